/**
 * Every QR code in dist/ is drawn by Chromium, decoded with jsQR, and followed: it must hold the absolute
 * short link on the site's address, and that link must lead, through /k/<code>/, to a page that exists.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { distFiles, siteUrl } from '../helpers/dist';
import { startSite, type Site } from '../helpers/browser';
import { agreements, sitePages, tracks } from '../helpers/site-content';

const qrFiles = distFiles.filter((f) => /^qr\/[^/]+\.svg$/.test(f));
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

test('every poster has its QR code: each track, each agreement and each text page with a short code', () => {
  const codes = [...tracks, ...agreements, ...sitePages].flatMap((entry) => entry.data.shortCode ?? []);
  expect(qrFiles).toEqual(expect.arrayContaining(codes.map((code) => `qr/${code}.svg`)));
});

test.each(qrFiles)('%s decodes to its short link, which leads to a live page', async (file) => {
  const code = file.slice(3, -4);
  const context = await site.browser.newContext({ viewport: { width: 330, height: 330 } });
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}/${file}`);
    const png = PNG.sync.read(await page.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(new URL(`k/${code}/`, siteUrl).href);

    // Follow it on the local copy of the site: the short link's meta refresh must land on a real page.
    const local = `${site.url}/${decoded!.data.slice(siteUrl.length)}`;
    await page.goto(local);
    await page.waitForURL((url) => !url.pathname.startsWith('/k/'));
    const landed = new URL(page.url());
    const response = await page.request.get(landed.href);
    expect(response.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
  } finally {
    await context.close();
  }
});
