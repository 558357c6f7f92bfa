/** No page asks another origin for anything, and no page sets a cookie. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sitemapPaths, startSite, type Site } from '../helpers/browser';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

test.each(sitemapPaths())('%s loads only from its own origin and sets no cookie', async (path) => {
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    const origin = new URL(site.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  } finally {
    await context.close();
  }
});
