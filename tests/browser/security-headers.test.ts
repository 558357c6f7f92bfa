/**
 * dist/ served by nginx with the repository's configuration (deploy/nginx/): every page works with the Content-Security-Policy (no inline
 * script, nothing from another origin), search included, and no page triggers a single violation.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { sitemapPaths, startSite, type Site } from '../helpers/browser';
import { pages } from '../helpers/dist';

let site: Site;
let context: BrowserContext;
beforeAll(async () => {
  site = await startSite({ nginx: true });
  // The test's certificate is self-signed.
  context = await site.browser.newContext({ ignoreHTTPSErrors: true });
  // Record every violation the page reports, before any of its own code runs.
  await context.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

test('the pages are served with the security and privacy headers', async () => {
  const response = await context.request.get(`${site.url}/`);
  const headers = response.headers();
  expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
  expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('geolocation=()');
});

const paths = [
  ...sitemapPaths(),
  ...pages.map((p) => p.path).filter((p) => /^\/(plakater|k)\/[^/]+\/$/.test(p)),
  '/soeg/?q=affald',
];

test.each(paths)('%s works with no CSP violation', async (path) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  if (path.includes('?q=')) await page.waitForSelector('[data-search-result]');
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('hashed assets are cached for a year', async () => {
  const script = pages
    .find((p) => p.path === '/soeg/')!
    .root.querySelector('script[src]')!
    .getAttribute('src')!;
  const response = await context.request.get(site.url + script);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
