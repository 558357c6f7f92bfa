/** The string table's own copy: one word for one thing, CO₂, Danish quotation marks, plurals by rule. */
import { expect, test } from 'vitest';
import strings from '../../src/i18n/da.json';

const entries = Object.entries(strings) as [string, string][];

test('our own words call good examples "gode eksempler", never "cases"', () => {
  expect(entries.filter(([, value]) => /\bcases?\b/i.test(value.replace(/\/cases\/\S*/g, '')))).toEqual([]);
});

test('CO₂ and m³ are typeset, and quotation marks are Danish » «', () => {
  expect(entries.filter(([, value]) => /\bCO2|\bm3\b|[“”„]|«(?=[\p{L}{])/u.test(value))).toEqual([]);
});

test('no count is written before a noun by hand: a count that varies has a plural string', () => {
  // "{n} indsatser" in a string without a ".one" twin would say "1 indsatser".
  const byHand = entries.filter(
    ([key, value]) =>
      /\{(n|count|total)\} (indsatser|cases|gode eksempler|resultater)/.test(value) && !/\.(one|other)$/.test(key),
  );
  expect(byHand).toEqual([]);
});
