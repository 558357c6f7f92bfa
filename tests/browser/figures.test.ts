/**
 * Figures never break (issue 24): at 320, 360 and 390 px, on every page, a number stays on the line of its unit or
 * sign ("−20.000.000 kWh", "6 %", "400.000 t CO₂e"), and no e-mail address or short link is split over two lines.
 * One browser and one tab; each page is loaded once and measured at the three widths.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sitemapPaths, startSite, type Site } from '../helpers/browser';
import { pages } from '../helpers/dist';

const WIDTHS = [320, 360, 390];
const paths = [...sitemapPaths(), ...pages.map((p) => p.path).filter((path) => /^\/plakater\/[^/]+\/$/.test(path))];
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Runs in the page: every figure, e-mail address and short link in the visible text that spans two lines. */
function splitFigures(): string[] {
  const units = [
    'kWh',
    'MWh',
    'GWh',
    'kW',
    'MW',
    'm³',
    'm²',
    'km',
    'kg',
    'tons',
    'ton',
    't',
    '%',
    'kr\\.',
    'mio\\.',
    'mia\\.',
    'pct\\.',
    'procent',
  ];
  const patterns = [
    // A number with its sign and its unit (and a "mio." before the unit, and "CO₂e" after a tonne).
    new RegExp(
      `[−+-]?\\d[\\d.]*(?:,\\d+)?[ \\u00a0](?:(?:mio|mia)\\.[ \\u00a0])?(?:${units.join('|')})(?:[ \\u00a0]CO[2₂]e?)?(?![\\p{L}\\d])`,
      'gu',
    ),
    // An e-mail address.
    /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
    // A short link: a host and a short path, as a poster prints it.
    /(?:[a-z0-9-]+\.)+[a-z]{2,}\/k\/[a-z0-9]+/g,
  ];
  const broken: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, template, svg')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length < 2) continue;
        const lines = new Set(rects.map((r) => Math.round(r.top + r.height / 2)));
        const tops = [...lines].sort((a, b) => a - b);
        // Rects of one line differ by a pixel or two (a superscript, a bold span); a new line is a line height away.
        if (tops.at(-1)! - tops[0]! > rects[0]!.height / 2) broken.push(match[0].replace(/\u00a0/g, ' '));
      }
    }
  }
  return broken;
}

test('no number is split from its unit or sign, and no e-mail address or short link is split, at 320, 360 and 390 px', async () => {
  const context = await site.browser.newContext({ viewport: { width: WIDTHS[0]!, height: 800 } });
  const page = await context.newPage();
  const found: string[] = [];
  let checked = 0;
  for (const path of paths) {
    await page.goto(site.url + path);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const broken = await page.evaluate(splitFigures);
      found.push(...broken.map((figure) => `${path} at ${width}px: "${figure}"`));
      checked += 1;
    }
  }
  await context.close();
  expect(checked).toBe(paths.length * WIDTHS.length);
  expect(found).toEqual([]);
});
