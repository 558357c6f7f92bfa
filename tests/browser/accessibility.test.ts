/** axe over every page in the sitemap (and the 404 page) in Chromium, at phone and desktop widths. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths, startSite, viewports, type Site } from '../helpers/browser';
import { pages } from '../helpers/dist';
import { agreements, cases, sitePages, tracks } from '../helpers/site-content';

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

test('the sitemap lists every page the content makes, so axe sees them all', () => {
  const published = (path: string) => pages.some((p) => p.path === path && !p.redirect);
  const expected = [
    ...sitePages.map((p) => (p.id === 'forside' ? '/' : `/${p.id}/`)),
    ...tracks.map((track) => `/spor/${track.id}/`),
    ...agreements.map((agreement) => `/aftaler/${agreement.data.unitId}/`),
    // A sample case has no page of its own in a production build.
    ...cases.map((c) => `/cases/${c.id}/`).filter(published),
  ];
  for (const path of expected) expect(paths, path).toContain(path);
  // No page twice, and none that only sends the reader on.
  expect(new Set(paths).size).toBe(paths.length);
  expect(paths.filter((path) => pages.some((p) => p.path === path && p.redirect))).toEqual([]);
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
