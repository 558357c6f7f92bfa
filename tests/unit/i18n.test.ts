import { describe, expect, test } from 'vitest';
import strings from '../../src/i18n/da.json';
import { t, tn } from '../../src/lib/i18n';

test('fills placeholders', () => {
  expect(t('track.numberOf', { n: 2, total: 5 })).toBe('Spor 2 af 5');
});

test('a missing placeholder value is an error, not a visible "{n}"', () => {
  expect(() => t('track.numberOf', { n: 2 })).toThrow(/mangler værdien \{total\}/);
});

test('the footer link has the wording the accessibility law asks for', () => {
  expect(strings['footer.accessibility']).toBe('Tilgængelighedserklæring');
});

describe('plurals by Danish rules (Intl.PluralRules)', () => {
  test('one and other', () => {
    expect(tn('cases.count', 1)).toBe('1 godt eksempel');
    expect(tn('cases.count', 2)).toBe('2 gode eksempler');
    expect(tn('cases.count', 0)).toBe('0 gode eksempler');
    expect(tn('agreement.progressCount', 1, { parts: '1 i gang' })).toBe('1 indsats – 1 i gang.');
    expect(tn('agreement.progressCount', 3, { parts: '3 i gang' })).toBe('3 indsatser – 3 i gang.');
  });

  test('every plural string has both forms, and uses {n}', () => {
    const keys = Object.keys(strings);
    for (const key of keys.filter((k) => /\.(one|other)$/.test(k))) {
      const base = key.replace(/\.(one|other)$/, '');
      expect(keys, key).toContain(`${base}.one`);
      expect(keys, key).toContain(`${base}.other`);
      expect(strings[`${base}.other` as keyof typeof strings], key).toMatch(/\{(n|count)\}/);
    }
  });
});
