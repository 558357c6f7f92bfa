/** The site works with the keyboard. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, viewports, type Site } from '../helpers/browser';
import { agreements, cases, tracks } from '../helpers/site-content';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

test('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
  const context = await site.browser.newContext({ viewport: viewports.phone });
  const page = await context.newPage();
  await page.goto(`${site.url}/spor/${tracks[0]!.id}/`);
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
  const box = await skip.boundingBox();
  expect(box && box.y >= 0 && box.y < 100).toBe(true);
  expect(await skip.textContent()).toBe('Gå til indholdet');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('indhold');
  await context.close();
});

test('Tab reaches every link in the header and the footer, each with a visible focus outline', async () => {
  const context = await site.browser.newContext({ viewport: viewports.desktop });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  const expected = await page.$$eval('header a, footer a', (links) => links.map((a) => a.getAttribute('href')));
  const reached = new Set<string>();
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        href: el.getAttribute('href'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) break;
    expect(focused.outline, `focus outline on ${focused.href}`).toBe(true);
    if (focused.href) reached.add(focused.href);
  }
  for (const href of expected) expect(reached, String(href)).toContain(href);
  await context.close();
});

// The phone menu with JavaScript off, and with the keyboard: tests/browser/layout.test.ts.

// One page of each kind, picked from the content the site was built from (a published case: a sample case has no
// page of its own in a production build).
const keyboardPages = [
  '/',
  `/spor/${tracks[0]!.id}/`,
  '/maal/',
  `/aftaler/${agreements[0]!.data.unitId}/`,
  '/cases/',
  ...cases
    .filter((c) => !c.data.sample)
    .slice(0, 1)
    .map((c) => `/cases/${c.id}/`),
  '/materialer/',
  '/soeg/',
];

describe.each(Object.entries(viewports))('keyboard at %s width', (_name, viewport) => {
  test.each(keyboardPages)(
    '%s: Tab reaches every visible interactive element, each with a visible focus outline',
    async (path) => {
      const context = await site.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(site.url + path);
      // Mark every interactive element a keyboard user must be able to reach.
      const total = await page.evaluate(() => {
        const candidates = [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, input, select, textarea, summary, [tabindex="0"]',
          ),
        ];
        const visible = candidates.filter(
          (el) =>
            el.getClientRects().length > 0 &&
            getComputedStyle(el).visibility !== 'hidden' &&
            !el.closest('[hidden], details:not([open]) > :not(summary)'),
        );
        visible.forEach((el, i) => el.setAttribute('data-kb', String(i)));
        return visible.length;
      });
      const reached = new Set<string>();
      const withoutOutline: string[] = [];
      for (let i = 0; i < total + 5; i += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            id: el.getAttribute('data-kb'),
            label: (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40),
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (!focused) continue;
        if (focused.id) reached.add(focused.id);
        if (!focused.outline) withoutOutline.push(focused.label);
      }
      expect(withoutOutline).toEqual([]);
      expect(reached.size).toBe(total);
      await context.close();
    },
  );
});
