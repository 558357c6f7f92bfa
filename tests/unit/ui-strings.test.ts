import { describe, expect, test } from 'vitest';
import { hardCodedTexts, looksDanish, stringLiterals } from '../helpers/ui-strings';

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
  test('reads string literals and skips comments', () => {
    expect(stringLiterals("a('x') // 'y'\n`p ${q} r`")).toEqual(['x', 'p ', ' r']);
  });
});
