/**
 * Copy a Danish editor would sign: no note to ourselves on a public page, no slip in a generated label (a plural
 * by hand, a doubled verb, bytes, a lower-cased "co2"), CO₂ typeset, one quotation style (» «), and the editors'
 * list out of every public list. The strings file itself is checked in tests/unit/copy-strings.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distFiles, distDir, pages } from '../helpers/dist';
import { visibleText } from '../helpers/text';

/** Notes the site once made to itself, which a visitor has no use for. */
const NOTES = [
  'bliver lavet på ny, hver gang sitet bygges',
  'Vises ikke på dette site endnu',
  'Strategiens plakater siger',
  'QR-koden fører hertil',
  'ikke offentliggjort en samlet liste',
  'Fremdrift: Vises for hver enhed',
];
/** Slips of generated labels. */
const SLIPS: [string, RegExp][] = [
  ['a count of one with a plural noun', /(?<![\d.,])1 (?:cases|indsatser|gode eksempler|resultater|enheder|mål )/],
  ['"Se alle" before a count of one', /Se alle 1 /],
  ['a doubled verb', /\b(Hent|Se|Læs) (Hent|Se|Læs|Plakat: Se)\b/],
  ['a file size in bytes', /\b\d+ B\b/],
  ['a lower-cased co2', /\bco2\b/],
  ['CO2 not typeset', /\bCO2/],
  ['a quotation mark that is not Danish » «', /[“”„]|«(?=\p{L})/u],
];

const publicPages = pages.filter((p) => !p.path.startsWith('/redaktion/'));
const texts = publicPages.map((p) => [p.path, visibleText(p.html, { asTypeset: true })] as const);

describe.each(texts)('%s', (_path, text) => {
  test('has no note to ourselves', () => {
    for (const note of NOTES) expect(text).not.toContain(note);
  });

  test.each(SLIPS)('has no %s', (_name, slip) => {
    expect(text.replace(/\u00a0/g, ' ')).not.toMatch(slip);
  });
});

test("the editors' list is in no public page, search index or sitemap", () => {
  for (const page of publicPages) expect(page.html, page.path).not.toContain('href="/redaktion/"');
  const sitemaps = distFiles.filter((f) => /^sitemap.*\.xml$/.test(f));
  expect(sitemaps.length).toBeGreaterThan(0);
  for (const file of sitemaps) expect(readFileSync(`${distDir}/${file}`, 'utf8')).not.toContain('/redaktion/');
  const editors = pages.find((p) => p.path === '/redaktion/');
  if (editors) expect(editors.html).not.toContain('data-pagefind-body');
});
