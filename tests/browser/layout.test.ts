/**
 * The phone journey, measured in Chromium: a small header with a menu that works with and without JavaScript, the
 * five tracks early on the front page, and headings whose long Danish words break only at a (soft) hyphen.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sitemapPaths, startSite, viewports, type Site } from '../helpers/browser';
import { CHART_LAYOUTS } from '../../src/lib/charts/model';
import { agreements, cases, sitePages, tracks } from '../helpers/site-content';
import { pages } from '../helpers/dist';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Whether the build has a page of its own at `path` (not one that only sends the reader on). */
const built = (path: string) => pages.some((p) => p.path === path && !p.redirect);

// One page of each kind a poster or a link lands on, whichever entries the content has today.
const trackPage = `/spor/${tracks[0]!.id}/`;
const agreementPage = `/aftaler/${agreements[0]!.data.unitId}/`;
const casePage = cases.map((c) => `/cases/${c.id}/`).find(built);
const landingPages = ['/', trackPage, agreementPage, ...(casePage ? [casePage] : [])];

test('the landing pages are built', () => {
  for (const path of landingPages) expect(built(path), path).toBe(true);
});

test.each(landingPages)('%s: the header is at most 140 px tall on a 390 px phone', async (path) => {
  const context = await site.browser.newContext({ viewport: viewports.phone });
  const page = await context.newPage();
  await page.goto(site.url + path);
  const height = await page.locator('body > header').evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(40);
  expect(height).toBeLessThanOrEqual(140);
  await context.close();
});

/** The phone menu's button, its navigation, and whether the navigation shows. */
function menu(page: Page) {
  const summary = page.locator('header details > summary');
  const nav = page.locator('header details').getByRole('navigation', { name: 'Hovedmenu' });
  return {
    summary,
    nav,
    isOpen: () => page.locator('header details').evaluate((el) => (el as HTMLDetailsElement).open),
  };
}

test('the phone menu opens with the keyboard, Tab goes into it, and Escape closes it and returns focus', async () => {
  const context = await site.browser.newContext({ viewport: viewports.phone });
  const page = await context.newPage();
  await page.goto(site.url + trackPage);
  const { summary, nav, isOpen } = menu(page);
  expect(await nav.isVisible()).toBe(false);
  // Skip link, the site's name, then the menu button.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
  expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await summary.textContent()).toContain('Menu');
  await page.keyboard.press('Enter');
  expect(await isOpen()).toBe(true);
  expect(await nav.getByRole('link').count()).toBe(6);
  for (const link of await nav.getByRole('link').all()) expect(await link.isVisible()).toBe(true);
  expect(await page.locator('header details').getByRole('searchbox').isVisible()).toBe(true);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/spor/');
  await page.keyboard.press('Escape');
  expect(await isOpen()).toBe(false);
  expect(await nav.isVisible()).toBe(false);
  expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
  // Space and Enter toggle it too, as on any button.
  await page.keyboard.press('Space');
  expect(await isOpen()).toBe(true);
  await page.keyboard.press('Enter');
  expect(await isOpen()).toBe(false);
  await context.close();
});

test('with JavaScript off, the phone menu opens and closes from the keyboard and its links work', async () => {
  const context = await site.browser.newContext({ viewport: viewports.phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url + agreementPage);
  const { summary, nav, isOpen } = menu(page);
  await summary.focus();
  await page.keyboard.press('Enter');
  expect(await isOpen()).toBe(true);
  await page.keyboard.press('Enter');
  expect(await isOpen()).toBe(false);
  await page.keyboard.press('Enter');
  const links = nav.getByRole('link');
  expect(await links.count()).toBe(6);
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= viewports.phone.width).toBe(true);
  }
  await nav.getByRole('link', { name: 'Mål og fremdrift' }).click();
  await page.waitForURL(`${site.url}/maal/`);
  expect(await page.locator('h1').evaluate((h1) => h1.textContent?.replaceAll('\u00ad', ''))).toBe('Mål og fremdrift');
  await context.close();
});

test('every row of the open phone menu is at least 44 px tall, and the tracks are each one tap from it', async () => {
  const context = await site.browser.newContext({ viewport: viewports.phone });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  const summary = page.locator('header details > summary');
  expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await summary.click();
  const panel = page.locator('header details > :not(summary)');
  const targets = panel.locator('a, button, input');
  expect(await targets.count()).toBeGreaterThan(6 + tracks.length);
  for (const target of await targets.all()) {
    const box = (await target.boundingBox())!;
    expect(box.height, await target.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
  }
  const trackLinks = await panel
    .locator('a[href^="/spor/"]')
    .evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')).filter((href) => /^\/spor\/[^/]+\/$/.test(href ?? '')),
    );
  expect(trackLinks.sort()).toEqual(tracks.map((track) => `/spor/${track.id}/`).sort());
  await context.close();
});

test.each([
  ['phone', viewports.phone],
  ['desktop', viewports.desktop],
] as const)('on a %s every search field has a visible label', async (name, viewport) => {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  for (const path of ['/', '/soeg/']) {
    await page.goto(site.url + path);
    if (name === 'phone') await page.locator('header details > summary').click();
    const fields = page.locator('input[type="search"]:visible');
    expect(await fields.count(), path).toBeGreaterThan(0);
    for (const field of await fields.all()) {
      const label = await field.evaluate((input) => {
        const element = (input as HTMLInputElement).labels?.[0];
        if (!element) return undefined;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return {
          text: element.textContent?.trim() ?? '',
          shown:
            box.width > 20 &&
            box.height > 10 &&
            style.visibility === 'visible' &&
            style.clipPath === 'none' &&
            style.clip === 'auto',
        };
      });
      expect(label, `${path}: a search field without a label`).toBeDefined();
      expect(label!.text.length, path).toBeGreaterThan(0);
      expect(label!.shown, `${path}: the label »${label!.text}« is not shown`).toBe(true);
    }
  }
  await context.close();
});

test('on a desktop the navigation and the search are visible without a menu button', async () => {
  const context = await site.browser.newContext({ viewport: viewports.desktop });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  expect(await page.locator('header details > summary').isVisible()).toBe(false);
  const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
  expect(await nav.getByRole('link').count()).toBe(6);
  for (const link of await nav.getByRole('link').all()) expect(await link.isVisible()).toBe(true);
  expect(await page.getByRole('search').getByRole('searchbox').isVisible()).toBe(true);
  await context.close();
});

describe.each([
  ['desktop 1280 × 800', { width: 1280, height: 800 }, 800],
  ['phone 390 × 844', { width: 390, height: 844 }, 1688],
] as const)('front page on %s', (_name, viewport, limit) => {
  test(`a link to every track starts within ${limit} px`, async () => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const tops = await page
      .locator('main a[href^="/spor/"]')
      .evaluateAll((links) =>
        links
          .filter((a) => /^\/spor\/[^/]+\/$/.test(a.getAttribute('href') ?? ''))
          .map((a) => ({ href: a.getAttribute('href'), top: a.getBoundingClientRect().top + window.scrollY })),
      );
    const firstOfEach = new Map<string, number>();
    for (const { href, top } of tops) if (!firstOfEach.has(href!)) firstOfEach.set(href!, top);
    expect([...firstOfEach.keys()].sort()).toEqual(tracks.map((track) => `/spor/${track.id}/`).sort());
    for (const [href, top] of firstOfEach) expect(top, href).toBeLessThan(limit);
    await context.close();
  });
});

/** The charts' drawings, served from /grafer/ (a case's photo in a figure is no chart). */
const CHART_IMAGES = 'main figure picture img[src^="/grafer/"]';
// The pages with charts in this build (content without measurements may have none): the first of each section
// (the front page, /maal/, a track page, …), so every kind of page that draws charts is measured.
const chartPages: string[] = [];
for (const p of pages) {
  const section = p.path.split('/')[1];
  if (p.redirect || !p.root.querySelector(CHART_IMAGES)) continue;
  if (!chartPages.some((path) => path.split('/')[1] === section)) chartPages.push(p.path);
}
if (chartPages.length === 0) console.log('Ingen grafer i dette byg: testen af graferne på en telefon springes over.');

test.skipIf(chartPages.length === 0).each([360, 390])(
  'at %i px every chart is the narrow drawing, shown so its text is at least 12 px',
  async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const charts: { src: string; scale: number }[] = [];
    for (const path of chartPages) {
      await page.goto(site.url + path);
      // The charts load lazily: load them all before measuring.
      await page.locator(CHART_IMAGES).evaluateAll(async (images) => {
        images.forEach((img) => ((img as HTMLImageElement).loading = 'eager'));
        await Promise.all(images.map((img) => (img as HTMLImageElement).decode().catch(() => undefined)));
      });
      charts.push(
        ...(await page.locator(CHART_IMAGES).evaluateAll((images) =>
          images.map((img) => ({
            src: (img as HTMLImageElement).currentSrc,
            scale: img.getBoundingClientRect().width,
          })),
        )),
      );
    }
    expect(charts.length).toBeGreaterThanOrEqual(chartPages.length);
    for (const chart of charts) {
      expect(chart.src).toMatch(/-smal\.svg$/);
      expect((CHART_LAYOUTS.narrow.font * chart.scale) / CHART_LAYOUTS.narrow.width, chart.src).toBeGreaterThanOrEqual(
        12,
      );
    }
    await context.close();
  },
);

/**
 * Every word of eight or more letters in an h1–h3 that runs over two lines, and the characters at the break.
 * Lines are found from the letters' Range rectangles; a break is fine when the text has a hyphen or soft hyphen
 * (U+00AD) between the two letters, and the word, whole, would not have fitted on a line of its own.
 */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    /** Whether `word`, set in the heading's type, is narrower than the heading's line. */
    const fits = (heading: Element, word: string) => {
      const style = getComputedStyle(heading);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const line = heading.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return canvas.measureText(word).width < line - 2;
    };
    for (const heading of document.querySelectorAll('main h1, main h2, main h3')) {
      if (heading.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{L}\u00ad-]+/gu)) {
          const letters = [...match[0]].filter((c) => /\p{L}/u.test(c)).length;
          if (letters < 8) continue;
          let previous: { index: number; top: number } | undefined;
          for (let i = 0; i < match[0].length; i += 1) {
            if (!/\p{L}/u.test(match[0][i]!)) continue;
            const range = document.createRange();
            range.setStart(node, match.index! + i);
            range.setEnd(node, match.index! + i + 1);
            // A letter just after a break can also give an empty rectangle at the end of the line above.
            const rect = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
            if (!rect) continue;
            if (previous && rect.top > previous.top + 2) {
              const between = match[0].slice(previous.index + 1, i);
              const word = match[0].replaceAll('\u00ad', '');
              if (!/[\u00ad-]/.test(between))
                found.push(`${word} (${match[0].slice(0, i).replaceAll('\u00ad', '')}|…)`);
              // Broken at a hyphen, though the whole word would have fitted on a line of its own.
              else if (fits(heading, word))
                found.push(`${word} fits a line, yet is split (${match[0].slice(0, i).replaceAll('\u00ad', '')}|…)`);
            }
            previous = { index: i, top: rect.top };
          }
        }
      }
    }
    return found;
  });
}

describe.each([360, 390])('headings at %i px', (width) => {
  test('no word of eight or more letters is split across lines, except at a hyphen or soft hyphen where it must', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of sitemapPaths()) {
      await page.goto(site.url + path);
      for (const word of await brokenWords(page)) problems.push(`${path}: ${word}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('poster landings put what was promised first (390 × 844)', () => {
  // The cases page's own short code, where it has one and there are cases to show.
  const casesCode = casePage && sitePages.find((p) => p.id === 'cases')?.data.shortCode;
  test.skipIf(!casesCode)(
    "the cases page's short link leads to the good examples, the first of them in the first screen, the filter closed above it",
    async () => {
      const context = await site.browser.newContext({ viewport: viewports.phone });
      const page = await context.newPage();
      await page.goto(`${site.url}/k/${casesCode}/`);
      await page.waitForURL(/\/cases\/$/);
      const heading = (await page.locator('main article :is(h2, h3)').first().boundingBox())!;
      expect(heading.y + heading.height).toBeLessThanOrEqual(viewports.phone.height);
      const filter = page.locator('main nav details');
      expect(await filter.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      expect((await filter.boundingBox())!.y).toBeLessThan(heading.y);
      // No option leads to an empty list.
      const options = await filter.locator('a').allTextContents();
      expect(options.length).toBeGreaterThan(1);
      expect(options.filter((text) => /\(0\)/.test(text))).toEqual([]);
      await context.close();
    },
  );

  test('an agreement says in its first screen which unit it is and what the agreement is about', async () => {
    const context = await site.browser.newContext({ viewport: viewports.phone });
    const page = await context.newPage();
    await page.goto(site.url + agreementPage);
    const h1 = page.locator('main h1');
    const lead = page.locator('main .lead').first();
    expect(await lead.textContent()).toContain(((await h1.textContent()) ?? '').replace(/\u00ad/g, '').trim());
    expect(await lead.textContent()).toMatch(/bæredygtighedsaftale/);
    const box = (await lead.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewports.phone.height);
    await context.close();
  });
});
