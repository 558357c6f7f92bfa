/** Mistakes in agreements and short codes fail the build, naming the file and the field. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, prepareFixture, reportedProblems } from '../helpers/fixture-build';

test('a measure under an unknown track, and an agreement for a unit that is not in the list', async () => {
  const f = prepareFixture('bad-agreements', { from: FIXTURE_CONTENT });
  f.replace('aftaler/midtvask.md', /^ {2}mobilitet-og-transport:$/m, '  transport:');
  f.replace('aftaler/regionsapoteket.md', /^enhed: regionsapoteket$/m, 'enhed: apoteket');
  const build = await buildFixture('bad-agreements');
  expect(build.status).not.toBe(0);
  expect(reportedProblems(build)).toEqual([
    expect.stringMatching(/^content\/aftaler\/midtvask\.md: feltet "indsatser\.transport" er ikke et spor\. Skriv indsatserne under et af sporene: "ansvarligt-forbrug", /),
    expect.stringMatching(/^content\/aftaler\/regionsapoteket\.md: feltet "enhed" er "apoteket", men den enhed står ikke i content\/data\/enheder\.json\. Brug et af: /),
    'content/data/enheder.json (id "regionsapoteket"): Enheden har ingen aftale. Opret content/aftaler/regionsapoteket.md med "enhed: regionsapoteket".',
  ]);
});

test('two entries with the same short code: the message names both files', async () => {
  const f = prepareFixture('duplicate-code', { from: FIXTURE_CONTENT });
  f.replace('aftaler/regionshospitalet-horsens.md', /^kortkode: horsens$/m, 'kortkode: randers');
  const build = await buildFixture('duplicate-code');
  expect(build.status).not.toBe(0);
  expect(reportedProblems(build)).toEqual([
    'content/aftaler/regionshospitalet-randers.md: feltet "kortkode" er "randers", som content/aftaler/regionshospitalet-horsens.md også bruger. En kode må kun bruges ét sted; giv en af dem en ny kode.',
    'content/data/kortkoder.json (id "horsens"): Ingen side har koden længere, men den kan være trykt på en plakat. Giv en side koden igen, eller skriv "til": "/adresse/", hvor koden skal føre hen.',
  ]);
});

test('renaming a page keeps its short link: the code follows the content, not the address', async () => {
  const f = prepareFixture('renamed-unit', { from: FIXTURE_CONTENT });
  f.editJson('data/enheder.json', (data) => {
    const units = data as unknown as { id: string }[];
    units.find((u) => u.id === 'midtvask')!.id = 'midtvask-vaskeri';
  });
  f.replace('aftaler/midtvask.md', /^enhed: midtvask$/m, 'enhed: midtvask-vaskeri');
  f.replace('cases/midtvask-plast-i-ring.mdx', 'enheder: ["midtvask"]', 'enheder: ["midtvask-vaskeri"]');
  // The old page addresses were published: they redirect (content/data/omdirigeringer.json), or the build stops.
  // Added to the redirects the content already has.
  const redirects = JSON.parse(readFileSync(`${f.contentDir}/data/omdirigeringer.json`, 'utf8')) as unknown[];
  f.write(
    'data/omdirigeringer.json',
    JSON.stringify([
      ...redirects,
      { fra: '/aftaler/midtvask/', til: '/aftaler/midtvask-vaskeri/' },
      { fra: '/cases/enhed/midtvask/', til: '/cases/enhed/midtvask-vaskeri/' },
    ]),
  );
  const build = await buildFixture('renamed-unit');
  expect(build.status, build.output).toBe(0);
  expect(readFileSync(`${build.outDir}/k/midtvask/index.html`, 'utf8')).toContain('content="0; url=/aftaler/midtvask-vaskeri/"');
  expect(readFileSync(`${build.outDir}/aftaler/midtvask/index.html`, 'utf8')).toContain('content="0; url=/aftaler/midtvask-vaskeri/"');
});
