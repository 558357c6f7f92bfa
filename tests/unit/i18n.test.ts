import { expect, test } from 'vitest';
import strings from '../../src/i18n/da.json';
import { t } from '../../src/lib/i18n';

test('fills placeholders', () => {
  expect(t('track.numberOf', { n: 2, total: 5 })).toBe('Spor 2 af 5');
});

test('a missing placeholder value is an error, not a visible "{n}"', () => {
  expect(() => t('track.numberOf', { n: 2 })).toThrow(/mangler værdien \{total\}/);
});

test('the footer link has the wording the accessibility law asks for', () => {
  expect(strings['footer.accessibility']).toBe('Tilgængelighedserklæring');
});
