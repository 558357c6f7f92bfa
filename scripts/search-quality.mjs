/**
 * The search's query test set (tests/fixtures/search-queries.json) run through the real /soeg/ page in Chromium:
 * one page, each query typed into the field and submitted, the top 3 results read from the page. Used by
 * tests/browser/search.test.ts (which requires 90 %) and by npm run bench (which prints the share).
 */
import { readFileSync } from 'node:fs';

export const TOP = 3;

/** The queries: { query, type, expect: [url, …] }; a query is answered well when one of `expect` is in the top 3. */
export function searchQueries() {
  return JSON.parse(readFileSync(new URL('../tests/fixtures/search-queries.json', import.meta.url), 'utf8')).queries;
}

/** Runs every query in one page of `context` against `baseUrl`: each with its top results and whether it passed. */
export async function runSearchQueries(context, baseUrl, queries = searchQueries()) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/soeg/`);
  const field = page.locator('#soeg-felt');
  const outcomes = [];
  for (const { query, type, expect } of queries) {
    await field.fill(query);
    await field.press('Enter');
    await page.waitForFunction((q) => {
      const search = document.querySelector('rm-search');
      return search?.dataset.query === q && ['ready', 'empty'].includes(search.dataset.state ?? '');
    }, query);
    const top = await page
      .locator('[data-search-result]')
      .evaluateAll((items, n) => items.slice(0, n).map((item) => item.dataset.url), TOP);
    outcomes.push({ query, type, expect, top, passed: top.some((url) => expect.includes(url)) });
  }
  await page.close();
  const passed = outcomes.filter((o) => o.passed).length;
  return { outcomes, passed, total: outcomes.length, share: passed / outcomes.length };
}

/** The misses, one line each, in Danish: what was searched, what was expected, what came first. */
export function describeMisses(outcomes) {
  return outcomes
    .filter((o) => !o.passed)
    .map(
      (o) =>
        `«${o.query}» (${o.type}): ventede ${o.expect.join(' eller ')}, ` +
        `fik ${o.top.join(', ') || 'ingen resultater'}`,
    );
}
