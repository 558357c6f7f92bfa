/** The rule on the editors' guide: an example file or address that does not exist is named with its line. */
import { expect, test } from 'vitest';
import { guideExamples, guideProblems } from '../../src/lib/content-check/guide';

const guide = [
  '# Vejledning',
  'Se fx `maal/vandforbrug.json` og siden `/cases/den-cirkulaere-legeplads/`.',
  'Et mønster: `spor/<id>.md`, en kommando: `npm run ny`, og `/cases/…/`.',
].join('\n');

test('examples are the files and addresses in backticks, not patterns or commands', () => {
  expect(guideExamples(guide)).toEqual([
    { example: 'maal/vandforbrug.json', line: 2, column: 8 },
    { example: '/cases/den-cirkulaere-legeplads/', line: 2, column: 41 },
  ]);
});

test('a file the site serves is an address, checked against the site', () => {
  const seen: string[] = [];
  guideProblems(
    'content/README.md',
    'Data: `/data/klimaaftryk.csv`.',
    () => false,
    (a) => (seen.push(a), true),
  );
  expect(seen).toEqual(['/data/klimaaftryk.csv']);
});

test('an example that does not exist is a Danish problem with file, line and column; one that exists is none', () => {
  const none = guideProblems(
    'content/README.md',
    guide,
    () => true,
    () => true,
  );
  expect(none).toEqual([]);
  const problems = guideProblems(
    'content/README.md',
    guide,
    (path) => path !== 'maal/vandforbrug.json',
    () => false,
  );
  expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([
    ['content/README.md', 2, 8],
    ['content/README.md', 2, 41],
  ]);
  expect(problems[0]!.message).toMatch(
    /^nævner maal\/vandforbrug\.json som eksempel, men det er en fil, der ikke findes\./,
  );
  expect(problems[1]!.message).toContain('en adresse, der ikke findes på sitet');
});
