/** The content check on the real content, and on small broken copies of it (no build needed). */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContentFiles, COLLECTIONS, patternExtensions } from '../../src/lib/content-check';
import { collectionPaths } from '../../src/lib/content/paths.mjs';
import { urlProblem } from '../../src/lib/content-check/body';
import { implausibleJump, suggestFileName, textValueProblem, thousandsSlip } from '../../src/lib/content-check/rules';
import { formatProblem } from '../../src/lib/errors';
import { parseDanishNumber } from '../../scripts/danish-number.mjs';

test('the real content passes the check', () => {
  const result = checkContentFiles({ root: process.cwd(), contentDir: 'content' });
  expect(result.problems.map(formatProblem)).toEqual([]);
});

describe('rules', () => {
  test('a Danish file name is suggested in ASCII', () => {
    expect(suggestFileName('Grøn kantine.mdx')).toBe('groen-kantine.mdx');
    expect(suggestFileName('Åben_Café (2).MD')).toBe('aaben-cafe-2.md');
  });

  test('Word quotes around a whole value, tabs and invisible characters are refused; quotes inside are fine', () => {
    expect(textValueProblem('”Grøn kantine”')).toMatch(/^står i anførselstegn \(”…”\)/);
    expect(textValueProblem('„Grøn kantine“')).toMatch(/^står i anførselstegn/);
    expect(textValueProblem('Projektet ”Grøn kantine” i Randers')).toBeUndefined();
    expect(textValueProblem('Vand\tforbrug')).toMatch(/tabulatortegn/);
    expect(textValueProblem('Vandforbrug\u200b')).toMatch(/usynligt tegn/);
    expect(textValueProblem('\ufeffVandforbrug')).toMatch(/usynligt tegn/);
    expect(textValueProblem('Vandforbrug')).toBeUndefined();
  });

  test('a number that looks like a thousands separator slip, and one that does not', () => {
    const n = (raw: string) => ({ path: [], raw, value: Number(raw), position: { line: 1, column: 1 } });
    expect(thousandsSlip(n('400.000'))).toMatch(
      /^er skrevet 400\.000, som læses som 400 .* skriv 400000 \(uden punktum\)/,
    );
    expect(thousandsSlip(n('1.234.567'))).toBeUndefined(); // not valid JSON at all: a syntax error
    expect(thousandsSlip(n('12.5'))).toBeUndefined();
    expect(thousandsSlip(n('0.125'))).toBeUndefined();
    expect(thousandsSlip(n('12.5000'))).toBeUndefined();
  });

  test('a tenfold jump, in either direction, but not a real change', () => {
    expect(implausibleJump({ year: 2022, value: 509000 }, { year: 2023, value: 400 })).toMatch(
      /^er 400, 1273 gange mindre end året før \(2022: 509000\)/,
    );
    expect(implausibleJump({ year: 2022, value: 23 }, { year: 2023, value: 240 })).toMatch(/10,4 gange større/);
    expect(implausibleJump({ year: 2022, value: 23 }, { year: 2023, value: 200 })).toBeUndefined();
    expect(implausibleJump({ year: 2022, value: 0 }, { year: 2023, value: 200 })).toBeUndefined();
  });

  test('URLs: https, mailto, tel and site addresses only', () => {
    for (const ok of ['https://www.rm.dk/', 'mailto:a@rm.dk', 'tel:+4512345678', '/maal/', '#afsnit'])
      expect(urlProblem(ok), ok).toBeUndefined();
    expect(urlProblem('javascript:alert(1)')).toMatch(/bruger "javascript:", som ikke er tilladt/);
    expect(urlProblem('data:text/html,x')).toMatch(/bruger "data:"/);
    expect(urlProblem('http://www.rm.dk/')).toMatch(/begynder med http:\/\/\. Brug https:\/\//);
    expect(urlProblem('www.rm.dk')).toMatch(/er ikke en fuld adresse/);
    expect(urlProblem('//evil.example')).toMatch(/mangler https:/);
  });

  test('a confirmed jump ("kontrolleret": true) passes the check', () => {
    rmSync('.tmp/unit-check', { recursive: true, force: true });
    mkdirSync('.tmp/unit-check', { recursive: true });
    cpSync('content', '.tmp/unit-check/content', { recursive: true });
    const file = '.tmp/unit-check/content/data/indikatorer.json';
    const list = JSON.parse(readFileSync(file, 'utf8')) as { id: string; maalinger: Record<string, unknown>[] }[];
    const m = list.find((i) => i.id === 'genanvendelse-affald')!.maalinger.at(-1)!;
    m.vaerdi = 2.2; // a share: a tenfold jump up (240 %) would also be over 100 %
    writeFileSync(file, JSON.stringify(list, null, 2));
    const jumped = checkContentFiles({ root: process.cwd(), contentDir: '.tmp/unit-check/content' });
    expect(jumped.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/"maalinger\[nr\. 3, år 2023\]\.vaerdi" er 2.2, 10,5 gange mindre/),
    ]);
    m.kontrolleret = true;
    writeFileSync(file, JSON.stringify(list, null, 2));
    expect(checkContentFiles({ root: process.cwd(), contentDir: '.tmp/unit-check/content' }).problems).toEqual([]);
  });
});

describe('the scaffold reads Danish numbers', () => {
  test.each([
    ['390.000', 390000],
    ['12,5', 12.5],
    ['1.234.567,5', 1234567.5],
    ['400 000', 400000],
    ['-3', -3],
    ['380000', 380000],
  ])('%s is %d', (input, value) => {
    expect(parseDanishNumber(input)).toEqual({ ok: true, value });
  });

  test.each(['12.5', '1,234,567', '400.00', 'fire', ''])('%s is refused with help', (input) => {
    const result = parseDanishNumber(input);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.message).toMatch(
      /punktum mellem tusinder og komma før decimaler, fx 390\.000 eller 12,5/,
    );
  });
});

test('the check reads the collections from the same places as Astro', () => {
  expect(patternExtensions('*.{md,mdx}')).toEqual(['.md', '.mdx']);
  expect(patternExtensions('*.json')).toEqual(['.json']);
  expect(COLLECTIONS.find((c) => c.name === 'cases')).toMatchObject({ folder: 'cases', extensions: ['.md', '.mdx'] });
  expect(COLLECTIONS.find((c) => c.name === 'indikatorer')).toMatchObject({ file: 'data/indikatorer.json' });
  expect(COLLECTIONS.map((c) => c.name)).toEqual(Object.keys(collectionPaths));
});
