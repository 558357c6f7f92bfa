/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide no page scrolls sideways. At a phone's and a desktop's width nothing is
 * wider than the screen or clipped, except inside a scroll region a keyboard can reach and that says it scrolls; and a
 * figure with its unit, an e-mail address or a short link (lib/format.ts, `keepTogether`) stays on one line.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sitemapPaths, startSite, viewports, type Site } from '../helpers/browser';
import { pages } from '../helpers/dist';
import strings from '../../src/i18n/da.json';

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

/** Opens every disclosure, and waits two frames, so what scrolls has been laid out and its hint shown. */
async function openAll(): Promise<void> {
  for (const details of document.querySelectorAll('details')) details.open = true;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/**
 * What is wider than the screen or cut off by a box around it. A box that scrolls sideways must be a focusable,
 * labelled region (role=region, aria-label, tabindex=0) that shows `hint`; anything else that does not fit the screen,
 * or is cut off by an ancestor that hides what overflows, is listed. Decoration (aria-hidden) may bleed off.
 */
function overflowProblems(hint: string): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  const name = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> »${(el.textContent ?? '').trim().slice(0, 40)}«`;
  if (document.documentElement.scrollWidth > width)
    problems.push(`the page is ${document.documentElement.scrollWidth}px wide`);
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1 || el.closest('[aria-hidden="true"]')) continue;
    const style = getComputedStyle(el);
    if (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
      const region =
        el.getAttribute('role') === 'region' &&
        (el.getAttribute('aria-label') ?? '').trim() !== '' &&
        el.getAttribute('tabindex') === '0';
      if (!region) problems.push(`${name(el)} scrolls sideways but is no focusable, labelled region`);
      const said = [...el.querySelectorAll('*')].some(
        (child) => child.textContent?.trim() === hint && child.getClientRects().length > 0,
      );
      if (!said) problems.push(`${name(el)} scrolls sideways and does not say so`);
    }
    // The nearest box that does not let this element show beyond it.
    let box: Element | null = el.parentElement;
    while (box && box !== document.body && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
    if (box && box !== document.body) {
      if (/auto|scroll/.test(getComputedStyle(box).overflowX)) continue;
      const outer = box.getBoundingClientRect();
      if (rect.right > outer.right + 1 || rect.left < outer.left - 1)
        problems.push(`${name(el)} is cut off by its ${name(box)}`);
    } else if (rect.right > width + 1 || rect.left < -1)
      problems.push(`${name(el)} reaches from ${Math.round(rect.left)} to ${Math.round(rect.right)}px`);
  }
  return problems;
}

/** Every nowrap span (figures, e-mail addresses, short links) and fit-line that runs over more than one line. */
function splitLines(): string[] {
  const split: string[] = [];
  for (const el of document.querySelectorAll('main .whitespace-nowrap, main .fit-line')) {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
    if (tops.size > 1) split.push((el.textContent ?? '').trim());
  }
  return split;
}

describe.each([
  ['phone', viewports.phone],
  ['desktop', viewports.desktop],
] as const)('every page on a %s', (_name, viewport) => {
  test('nothing is wider than the screen or cut off outside a focusable scroll region that says it scrolls', async () => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(site.url + path);
      await page.evaluate(openAll);
      for (const problem of await page.evaluate(overflowProblems, strings['table.scrollHint']))
        problems.push(`${path}: ${problem}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

test.each([320, 390])('at %i px no figure, e-mail address or short link is split over two lines', async (width) => {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const split: string[] = [];
  let checked = 0;
  for (const path of paths) {
    await page.goto(site.url + path);
    checked += await page.locator('main .whitespace-nowrap, main .fit-line').count();
    for (const text of await page.evaluate(splitLines)) split.push(`${path}: ${text}`);
  }
  await context.close();
  expect(checked).toBeGreaterThan(0);
  expect(split).toEqual([]);
});
