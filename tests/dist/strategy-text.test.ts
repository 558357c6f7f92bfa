/** Every statement of the client's strategy text is on the site, word for word (whitespace folded). */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { pages } from '../helpers/dist';
import { splitStatements, visibleText } from '../helpers/text';

const seed = readFileSync('tests/fixtures/strategy-seed.txt', 'utf8');
const statements = splitStatements(seed);
// The site typesets the seed's "CO2" and "m3" as "CO₂" and "m³" (src/lib/format.ts); the words stay the seed's.
const siteText = pages
  .map((p) => visibleText(p.html))
  .join('\n')
  .replace(/m\u00b3/g, 'm3');

test('the seed splits into the statements of its slides', () => {
  expect(statements.length).toBeGreaterThan(100);
  expect(statements).toContain('Vi har en klar klimaretning mod 2030 og 2050');
  expect(statements).toContain('Klimaregnskab – viser fremdriften på de tre miljø- og klimaspor');
});

test('every statement of the strategy appears on the site', () => {
  const missing = statements.filter((statement) => !siteText.includes(statement));
  expect(missing).toEqual([]);
});
