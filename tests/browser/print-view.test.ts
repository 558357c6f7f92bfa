/**
 * The posters' print views, printed as a person would (Chromium's print to PDF on A4): one sheet, and its QR code,
 * decoded from the printed page, is at least 12 cm – the same as the PDF poster, from the same poster model.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { startSite, type Site } from '../helpers/browser';
import { pages, siteUrl } from '../helpers/dist';
import { agreements, sitePages, tracks } from '../helpers/site-content';

const views = pages.map((p) => p.path).filter((path) => /^\/plakater\/[^/]+\/$/.test(path));
// A track's and a unit's poster, and every text page's (the front page's, the agreements' and any other page's):
// the kinds the model words differently, whichever entries the content has.
const sample = [
  tracks[0]!.data.shortCode,
  agreements[0]!.data.shortCode,
  ...sitePages.flatMap((p) => p.data.shortCode ?? []),
].map((code) => `/plakater/${code}/`);
const work = mkdtempSync(join(tmpdir(), 'print-view-'));
let site: Site;

beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

test('the sample covers print views that exist', () => {
  for (const path of sample) expect(views).toContain(path);
});

test.each(sample)(
  '%s prints on one A4 sheet with a QR code of at least 12 cm that leads to its short link',
  async (path) => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(site.url + path);
      const file = join(work, `${path.split('/')[2]}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
      let found: { side: number; data: string } | undefined;
      for (const dpi of [50, 100]) {
        execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', file, `${file}-${dpi}`]);
        const png = PNG.sync.read(readFileSync(`${file}-${dpi}.png`));
        const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        if (!code) continue;
        const { topLeftCorner: a, topRightCorner: b } = code.location;
        found = { side: (Math.hypot(a.x - b.x, a.y - b.y) / dpi) * 2.54, data: code.data };
        break;
      }
      expect(found, 'no QR code found on the printed page').toBeDefined();
      expect(found!.side).toBeGreaterThanOrEqual(12);
      expect(found!.data).toBe(new URL(`k/${path.split('/')[2]}/`, siteUrl).href);
    } finally {
      await context.close();
    }
  },
);
