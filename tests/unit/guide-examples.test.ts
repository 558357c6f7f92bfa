/** The rule on the editors' guide: an example file or address that does not exist is named with its line. */
import { expect, test } from 'vitest';
import {
  guideExamples,
  guideMessageExamples,
  guideMessageProblems,
  guideProblems,
} from '../../src/lib/content-check/guide';

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

const messagesGuide = [
  'Eksempel:',
  '',
  '```text',
  'content/spor/et-spor.md, linje 4, kolonne 1: har en fejl i felterne.',
  'content/cases/Grøn kantine.mdx: har et filnavn, der ikke kan bruges som adresse.',
  'content/maal/et-maal.json, linje 40, kolonne 3: feltet "frist" …',
  '```',
  '',
  'content/uden-for-blokken.md, linje 1, kolonne 1: tæller ikke.',
  '```sh',
  'content/i-en-anden-blok.md, linje 1, kolonne 1: tæller heller ikke.',
  '```',
].join('\n');

test("the guide's example messages are the lines of its text blocks that point into a file at a line", () => {
  expect(guideMessageExamples(messagesGuide)).toEqual([
    { file: 'spor/et-spor.md', at: 4, line: 4 },
    { file: 'maal/et-maal.json', at: 40, line: 6 },
  ]);
});

test('an example message about a file that is gone, or a line it lacks, is a Danish problem at its line', () => {
  const lines: Record<string, number> = { 'spor/et-spor.md': 20, 'maal/et-maal.json': 50 };
  expect(guideMessageProblems('content/README.md', messagesGuide, (path) => lines[path])).toEqual([]);
  const problems = guideMessageProblems('content/README.md', messagesGuide, (path) =>
    path === 'maal/et-maal.json' ? 12 : undefined,
  );
  expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
    [
      'content/README.md',
      4,
      'viser en eksempelbesked om content/spor/et-spor.md, men den fil findes ikke. Ret eksemplet: lav fejlen i en kopi af en fil, der findes, og skriv den besked, indholdstjekket giver.',
    ],
    [
      'content/README.md',
      6,
      'viser en eksempelbesked om linje 40 i content/maal/et-maal.json, men filen har kun 12 linjer. Ret eksemplet: lav fejlen i en kopi af en fil, der findes, og skriv den besked, indholdstjekket giver.',
    ],
  ]);
});
