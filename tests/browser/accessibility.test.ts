/** axe over every page in the sitemap (and the 404 page) in Chromium, at phone and desktop widths. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths, startSite, viewports, type Site } from '../helpers/browser';
import { pages } from '../helpers/dist';

// Every page in the sitemap, the posters' print views (kept out of the sitemap), and the 404 page.
const printViews = pages.map((p) => p.path).filter((path) => /^\/plakater\/[^/]+\/$/.test(path));
const paths = [...sitemapPaths(), ...printViews, '/findes-ikke/'];
let site: Site;

beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

test('the sitemap lists every page', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/spor/ansvarligt-forbrug/');
  expect(paths).toContain('/tilgaengelighed/');
  expect(paths.length).toBeGreaterThanOrEqual(17);
});

describe.each(Object.entries(viewports))('%s', (_name, viewport) => {
  test.each(paths)('axe finds nothing on %s', async (path) => {
    const context = await site.browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      const response = await page.goto(site.url + path);
      expect(response?.status()).toBe(path === '/findes-ikke/' ? 404 : 200);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
