/** Danish search with Pagefind on the built site: expected pages, their kind shown, filters, loading only on use. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { startSite, viewports, type Site } from '../helpers/browser';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Every result for a query, from Pagefind's own API in the page: address and kind. */
async function allResults(page: Page, query: string): Promise<{ url: string; type: string }[]> {
  // Passed as a string: vitest would otherwise rewrite the browser's import().
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.map((r) => r.data()));
    return data.map((d) => ({ url: d.url, type: d.meta.type }));
  })()`);
}

async function searchFor(query: string) {
  const context = await site.browser.newContext({ viewport: viewports.desktop });
  const page = await context.newPage();
  await page.goto(`${site.url}/soeg/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.pagefind-ui__result');
  return { context, page };
}

test.each([
  ['genanvendelse', ['/spor/ansvarligt-forbrug/', '/cases/midtvask-plast-i-ring/', '/maal/']],
  ['midtVask', ['/aftaler/midtvask/', '/cases/midtvask-plast-i-ring/']],
  // The track page says "cykler"; Danish stemming alone would not find it from "cykel".
  ['cykel', ['/spor/mobilitet-og-transport/']],
  ['affald', ['/spor/ansvarligt-forbrug/', '/cases/mindre-affald-kirurgi-viborg/']],
  ['plastik', ['/cases/den-cirkulaere-legeplads/']],
])('"%s" finds the expected pages, each with its kind shown', async (query, expected) => {
  const { context, page } = await searchFor(query);
  try {
    const results = await allResults(page, query);
    for (const url of expected) expect(results.map((r) => r.url)).toContain(url);
    expect(results.every((r) => ['Spor', 'Mål', 'Aftale', 'Case', 'Materiale', 'Side'].includes(r.type))).toBe(true);
    const first = page.locator('.pagefind-ui__result').first();
    await expect.poll(async () => (await first.locator('.pagefind-ui__result-tag').allTextContents()).map((t) => t.trim())).toEqual([expect.stringMatching(/^Type: (Spor|Mål|Aftale|Case|Materiale|Side)$/)]);
  } finally {
    await context.close();
  }
});

test('the kind filter narrows the results to that kind', async () => {
  const { context, page } = await searchFor('affald');
  try {
    const count = async () => Number((await page.locator('.pagefind-ui__message').textContent())?.match(/\d+/)?.[0]);
    const before = await count();
    await page.getByRole('checkbox', { name: /^Case/ }).check();
    await expect.poll(count).toBeLessThan(before);
    await page.waitForTimeout(300);
    const tags = (await page.locator('.pagefind-ui__result-tag').allTextContents()).map((t) => t.trim());
    expect(tags.length).toBeGreaterThan(0);
    expect(new Set(tags)).toEqual(new Set(['Type: Case']));
  } finally {
    await context.close();
  }
});

test('axe finds nothing on the search page with results', async () => {
  const { context, page } = await searchFor('affald');
  try {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  } finally {
    await context.close();
  }
});

test("the search's JavaScript and index load only when someone searches", async () => {
  const context = await site.browser.newContext({ viewport: viewports.phone });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${site.url}/spor/ansvarligt-forbrug/`, { waitUntil: 'networkidle' });
  // A landing page loads at most the phone menu's small script, nothing of the search.
  const scripts = requested.filter((p) => p.endsWith('.js'));
  expect(scripts.length).toBeLessThanOrEqual(1);
  expect(scripts.filter((p) => /pagefind|soeg/.test(p))).toEqual([]);
  await page.goto(`${site.url}/soeg/`, { waitUntil: 'networkidle' });
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.getByLabel('Søg på sitet').last().fill('genanvendelse');
  await page.getByLabel('Søg på sitet').last().press('Enter');
  await page.waitForSelector('.pagefind-ui__result');
  expect(requested).toContain('/pagefind/pagefind-ui.js');
  expect(page.url()).toContain('?q=genanvendelse');
  await context.close();
});

test('without JavaScript the header search is a plain form to /soeg/?q=', async () => {
  const context = await site.browser.newContext({ viewport: viewports.phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  // On a phone the search is in the menu, a disclosure that opens without JavaScript.
  await page.locator('header details > summary').click();
  await page.getByRole('search').getByLabel('Søg på sitet').fill('cykel');
  await page.getByRole('search').getByRole('button', { name: 'Søg' }).click();
  await page.waitForURL(`${site.url}/soeg/?q=cykel`);
  expect(await page.locator('noscript').count()).toBe(1);
  await context.close();
});
