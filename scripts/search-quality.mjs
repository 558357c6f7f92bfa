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

/** A slow phone connection: 400 kbit/s each way and 400 ms latency (Chromium's own network throttling). */
export const SLOW_NETWORK = {
  offline: false,
  latency: 400,
  downloadThroughput: 400_000 / 8,
  uploadThroughput: 400_000 / 8,
};

/**
 * How long the first search takes on a slow connection, in a fresh browser context (nothing cached), two ways:
 * `typed`, from pressing Enter to the first result, after opening /soeg/ and typing the query as a person would
 * (the index loads while they type); and `linked`, from opening /soeg/?q=… to the first result.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} [query]
 */
export async function firstResultsThrottled(browser, baseUrl, query = 'affald') {
  const run = async (/** @type {(page: import('playwright-core').Page) => Promise<number>} */ scenario) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
      return await scenario(page);
    } finally {
      await context.close();
    }
  };
  const firstResult = (/** @type {import('playwright-core').Page} */ page) =>
    page.waitForSelector('[data-search-result]', { timeout: 60_000 });
  const typed = await run(async (page) => {
    await page.goto(`${baseUrl}/soeg/`, { waitUntil: 'load' });
    await page.locator('#soeg-felt').click();
    await page.locator('#soeg-felt').pressSequentially(query, { delay: 150 });
    const started = Date.now();
    await page.locator('#soeg-felt').press('Enter');
    await firstResult(page);
    return Date.now() - started;
  });
  const linked = await run(async (page) => {
    const started = Date.now();
    await page.goto(`${baseUrl}/soeg/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await firstResult(page);
    return Date.now() - started;
  });
  return { query, typedMs: typed, linkedMs: linked, network: '400 kbit/s, 400 ms' };
}
