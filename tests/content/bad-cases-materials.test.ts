/** A case that names a track or unit that does not exist, and a material whose file does not exist, fail the build. */
import { expect, test } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, prepareFixture, reportedProblems } from '../helpers/fixture-build';

test('a case with an unknown track and unit', async () => {
  const f = prepareFixture('bad-case', { from: FIXTURE_CONTENT });
  f.replace('cases/madaffald-randers.mdx', 'spor: ["ansvarligt-forbrug"]', 'spor: ["forbrug"]');
  f.replace('cases/madaffald-randers.mdx', 'enheder: ["regionshospitalet-randers"]', 'enheder: ["randers"]');
  const build = await buildFixture('bad-case');
  expect(build.status).not.toBe(0);
  expect(reportedProblems(build)).toEqual([
    expect.stringMatching(/^content\/cases\/madaffald-randers\.mdx: feltet "enheder\[nr\. 1\]" er "randers", men den enhed står ikke i content\/data\/enheder\.json\./),
    expect.stringMatching(/^content\/cases\/madaffald-randers\.mdx: feltet "spor\[nr\. 1\]" er "forbrug", men det spor findes ikke\. Brug et af: "ansvarligt-forbrug", /),
  ]);
});

test('a material whose file does not exist', async () => {
  const f = prepareFixture('bad-material', { from: FIXTURE_CONTENT });
  f.editJson('materialer/data-klimaaftryk.json', (d) => (d.fil = '/data/klimaaftrykket.csv'));
  const build = await buildFixture('bad-material');
  expect(build.status).not.toBe(0);
  expect(reportedProblems(build)).toEqual([
    // Found by the content check before the build, with the line of the field.
    expect.stringMatching(
      /^content\/materialer\/data-klimaaftryk\.json, linje \d+, kolonne \d+: feltet "fil" er "\/data\/klimaaftrykket\.csv", men den fil findes ikke\. Læg filen i public\/data\/klimaaftrykket\.csv, eller brug en plakat, en datafil eller \/dokumenter\/strategien\.pdf\.$/,
    ),
  ]);
});
