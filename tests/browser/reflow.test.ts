/** WCAG 1.4.10 Reflow: at 320 CSS pixels wide no page scrolls sideways. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sitemapPaths, startSite, type Site } from '../helpers/browser';
import { pages } from '../helpers/dist';

const paths = [...sitemapPaths(), ...pages.map((p) => p.path).filter((path) => /^\/plakater\/[^/]+\/$/.test(path))];
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

test('no page is wider than a 320 px screen', async () => {
  const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const tooWide: string[] = [];
  for (const path of paths) {
    await page.goto(site.url + path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) tooWide.push(`${path} (${width}px)`);
  }
  await context.close();
  expect(tooWide).toEqual([]);
});
