import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hardCodedTexts, looksDanish, stringLiterals } from '../helpers/ui-strings';

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return astroFiles(path);
    return path.endsWith('.astro') ? [path] : [];
  });
}

describe('the detector', () => {
  test('knows Danish prose from class lists and ids', () => {
    expect(looksDanish('Se tallene i en tabel')).toBe(true);
    expect(looksDanish('Søg')).toBe(true);
    expect(looksDanish('mt-3 overflow-x-auto text-sm')).toBe(false);
    expect(looksDanish('ansvarligt-forbrug')).toBe(false);
    expect(looksDanish('../lib/i18n')).toBe(false);
  });
  test('finds text in markup, attributes and expressions, but not in t() calls, scripts or comments', async () => {
    const source = [
      '---',
      "const label = 'Læs mere';",
      "const css = 'text-sm font-bold';",
      '---',
      '<!-- en kommentar om noget -->',
      '<p class="text-sm">Se tallene</p>',
      '<img src="/x.png" alt="Et billede af en cykel" />',
      "<p>{t('nav.home')}</p>",
      "<p>{ok ? 'Ja, det er i orden' : t('nav.home')}</p>",
      '<script>const x = "og så videre";</script>',
    ].join('\n');
    const found = (await hardCodedTexts(source)).map((f) => `${f.line}: ${f.text}`);
    expect(found).toEqual(['1: Læs mere', '6: Se tallene', '7: Et billede af en cykel', '9: Ja, det er i orden']);
  });
  test('reads string literals and skips comments, object keys and property names', () => {
    expect(stringLiterals("a('x') // 'y'\n`p ${q} r`")).toEqual(['x', 'p ', ' r']);
    expect(stringLiterals("const o = { 'i gang': 'I gang', b: real['i gang'] };")).toEqual(['I gang']);
  });
});

describe('UI strings come from src/i18n/da.json or from content', () => {
  const files = astroFiles('src');
  test.each(files)('%s has no Danish text of its own', async (file) => {
    const found = await hardCodedTexts(readFileSync(file, 'utf8'));
    expect(found.map((f) => `${file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
