/**
 * /overblik/ and the track pages printed as a person would (Chromium's print to PDF on A4): no figure, card or track
 * icon is cut across two pages, no disclosure prints as "▸ …" (a chart's table prints open), and the page's address
 * is printed in its footer. Read back from the PDF with pdftotext.
 *
 * Whether a box is cut: two invisible markers are put in every figure, card and track mark before printing, one at
 * its top and one at its bottom edge (absolutely placed, so nothing moves); a box is whole when both print on the
 * same page. A box taller than a page must be cut and is left out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sitemapPaths, startSite, type Site } from '../helpers/browser';

const trackPages = sitemapPaths().filter((path) => /^\/spor\/[^/]+\/$/.test(path));
const paths = ['/overblik/', ...trackPages];
/** A4 less the print stylesheet's margins (16 mm top and bottom), in CSS px. */
const PAGE_HEIGHT = ((297 - 2 * 16) / 25.4) * 96;
const KEPT = 'main figure, main .card, main .print-exact, main .print-keep';
const work = mkdtempSync(join(tmpdir(), 'print-pages-'));
let site: Site;

beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

test('there are track pages to print', () => {
  expect(trackPages.length).toBeGreaterThan(0);
});

test.each(paths)(
  '%s prints with no figure, card or icon cut across pages, no "▸" disclosure and its address in the footer',
  async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 688, height: 1000 } });
    try {
      const tab = await context.newPage();
      await tab.goto(site.url + path);
      await tab.emulateMedia({ media: 'print' });
      const marked = await tab.evaluate(
        async ({ selector, pageHeight }) => {
          const images = [...document.images];
          for (const img of images) img.loading = 'eager';
          await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
          const boxes = [...document.querySelectorAll<HTMLElement>(selector)].filter(
            (el) => el.getClientRects().length > 0,
          );
          const kept = boxes.map((el, i) => {
            const tall = el.getBoundingClientRect().height > pageHeight;
            if (getComputedStyle(el).position === 'static') el.style.position = 'relative';
            for (const [end, edge] of [
              ['a', 'top'],
              ['b', 'bottom'],
            ] as const) {
              const marker = document.createElement('span');
              marker.textContent = `zq${i}${end}q`;
              marker.style.cssText = `position:absolute;${edge}:0;left:0;font:1px/1px sans-serif;color:#fff;white-space:nowrap;`;
              el.append(marker);
            }
            return { i, tall, what: `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')}` };
          });
          const footer = document.querySelector('body > footer');
          return {
            kept,
            canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href,
            footerText: footer && getComputedStyle(footer).display !== 'none' ? (footer as HTMLElement).innerText : '',
            summaries: [...document.querySelectorAll('main details > summary')].map((s) => s.textContent!.trim()),
            tableHeads: [...document.querySelectorAll('main details table thead th:first-child')].map((th) =>
              th.textContent!.trim(),
            ),
          };
        },
        { selector: KEPT, pageHeight: PAGE_HEIGHT },
      );
      const file = join(work, `${path.replace(/\W+/g, '-')}.pdf`);
      writeFileSync(file, await tab.pdf({ format: 'A4', preferCSSPageSize: true }));
      const count = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)$/m)![1]);
      const pageTexts = Array.from({ length: count }, (_, k) =>
        execFileSync('pdftotext', ['-f', String(k + 1), '-l', String(k + 1), file, '-'], { encoding: 'utf8' }),
      );
      const where = new Map<string, number>();
      pageTexts.forEach((text, k) => {
        for (const m of text.matchAll(/zq(\d+)([ab])q/g))
          if (!where.has(`${m[1]}${m[2]}`)) where.set(`${m[1]}${m[2]}`, k + 1);
      });

      expect(marked.kept.length, 'no figure, card or track mark to check').toBeGreaterThan(0);
      const cut = marked.kept
        .filter(({ i, tall }) => !tall && where.get(`${i}a`) !== where.get(`${i}b`))
        .map(({ i, what }) => `${what}: pages ${where.get(`${i}a`)} and ${where.get(`${i}b`)}`);
      expect(cut).toEqual([]);
      // Every box printed (its markers are in the PDF), so the check above saw them.
      expect(marked.kept.filter(({ i }) => !where.has(`${i}a`)).map(({ what }) => what)).toEqual([]);

      const text = pageTexts.join('\n');
      expect(text).not.toMatch(/[▸▾►▶]/);
      for (const summary of marked.summaries) expect(text, `the disclosure "${summary}" prints`).not.toContain(summary);
      // Each chart's table prints open: its header is there once per table.
      for (const head of new Set(marked.tableHeads))
        expect(text.split(head).length - 1).toBeGreaterThanOrEqual(marked.tableHeads.filter((h) => h === head).length);

      expect(marked.footerText).toContain(marked.canonical);
      expect(pageTexts.at(-1)!.replace(/\s+/g, '')).toContain(marked.canonical);
    } finally {
      await context.close();
    }
  },
);

test('on screen the page address is not shown: the address bar has it', async () => {
  const context = await site.browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${site.url}/overblik/`);
    const canonical = await tab.locator('link[rel="canonical"]').getAttribute('href');
    expect(await tab.locator('body > footer').innerText()).not.toContain(canonical);
  } finally {
    await context.close();
  }
});
