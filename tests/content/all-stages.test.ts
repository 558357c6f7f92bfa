/** One build reports the broken references of every kind of content at once, not only the first it meets. */
import { expect, test } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, prepareFixture, reportedProblems } from '../helpers/fixture-build';

test('a broken reference in the strategy, an agreement, a case and a short code: all four in one report', async () => {
  const f = prepareFixture('all-stages', { from: FIXTURE_CONTENT });
  f.editJson('maal/vandforbrug.json', (d) => (d.spor = 'energi'));
  f.replace('aftaler/psykiatrien.md', /^ {2}social-ansvarlighed:$/m, '  socialt:');
  f.replace('cases/spiselige-skaale-horsens.mdx', 'enheder: ["regionshospitalet-horsens"]', 'enheder: ["horsens"]');
  f.replace('spor/ledelse-og-styring.md', /^kortkode: ledelse$/m, 'kortkode: styring');
  const build = await buildFixture('all-stages');
  expect(build.status).not.toBe(0);
  const problems = reportedProblems(build);
  expect(problems.map((p) => p.split(':')[0] + (p.match(/feltet "[^"]+"/)?.[0] ? ` ${p.match(/feltet "[^"]+"/)![0]}` : ''))).toEqual(
    expect.arrayContaining([
      'content/maal/vandforbrug.json feltet "spor"',
      'content/aftaler/psykiatrien.md feltet "indsatser.socialt"',
      'content/cases/spiselige-skaale-horsens.mdx feltet "enheder[nr. 1]"',
      'content/spor/ledelse-og-styring.md feltet "kortkode"',
    ]),
  );
});
