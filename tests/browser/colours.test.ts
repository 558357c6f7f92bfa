/**
 * One meaning per colour, as a phone (390 px) and a desktop (1280 px) get the pages: every chart the browser picks
 * (the narrow or the wide drawing) draws its measurements and targets in chart colours, never a track's or a
 * status's, and every colour in it but the grid is at least 3:1 against the chart's background; the status marks of
 * the targets' overview are status colours at least 3:1 against what they stand on. And /maal/ opens with every
 * target linked from its overview, within two phone screens (1688 px) at 390×844, with nothing wider than the screen.
 * The colours are read from the design tokens, the charts and targets from the built site and the content.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, viewports, type Site } from '../helpers/browser';
import { page as builtPage, pages } from '../helpers/dist';
import { indicators, targets } from '../helpers/site-content';
import { contrastRatio } from '../../src/lib/design/contrast';
import { chartColours, statusColours, trackColours } from '../../src/lib/design/tokens';

const widths = [viewports.phone, viewports.desktop];
const chartPages = pages.filter((p) => p.root.querySelector('figure[id^="graf-"] img')).map((p) => p.path);
const trackHexes = new Set(
  Object.values(trackColours).flatMap(({ solid, light }) => [solid, light].map((c) => c.toLowerCase())),
);
const statusHexes = new Set(
  Object.values(statusColours).flatMap(({ solid, light }) => [solid, light].map((c) => c.toLowerCase())),
);
const chartHexes = new Set(Object.values(chartColours).map((c) => c.toLowerCase()));
const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000' };

/** Every colour an SVG paints with (fill and stroke), as lower-case #rrggbb. */
function svgColours(svg: string): string[] {
  const values = [...svg.matchAll(/\b(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
  return [...new Set(values.filter((v) => v !== 'none').map((v) => NAMED[v] ?? v))];
}

/** `rgb(r, g, b)` as #rrggbb. */
function hexOf(rgb: string): string {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
  return `#${[r!, g!, b!].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

test('the charts looked at are those of the build: /maal/ draws every indicator with measurements', () => {
  const drawn = builtPage('/maal/')
    .root.querySelectorAll('figure[id^="graf-"] img')
    .map((img) => img.closest('figure')!.id.slice('graf-'.length));
  expect(new Set(drawn)).toEqual(new Set(indicators.filter((i) => i.data.measurements.length > 0).map((i) => i.id)));
  if (drawn.length > 0) expect(chartPages).toContain('/maal/');
});

describe.each(widths.map((v) => [v.width, v] as const))('at %i px', (_width, viewport) => {
  test('every chart draws in chart colours only, no track or status colour, each at least 3:1 on its background', async () => {
    const context = await site.browser.newContext({ viewport });
    try {
      const tab = await context.newPage();
      const seen = new Set<string>();
      for (const path of chartPages) {
        await tab.goto(site.url + path);
        const sources = await tab.evaluate(async () => {
          const images = [...document.querySelectorAll<HTMLImageElement>('figure[id^="graf-"] img')];
          for (const img of images) img.loading = 'eager';
          await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
          return images.map((img) => img.currentSrc);
        });
        expect(sources.length, path).toBeGreaterThan(0);
        for (const source of sources) {
          if (seen.has(source)) continue;
          seen.add(source);
          const response = await tab.request.get(source);
          expect(response.ok(), source).toBe(true);
          const svg = await response.text();
          // The chart paints its own background first, over the whole drawing.
          const background = svg.match(/<rect fill="([^"]+)" width="(\d+)" height="(\d+)"\/>/);
          expect(background, source).not.toBeNull();
          const backgroundHex = NAMED[background![1]!.toLowerCase()] ?? background![1]!.toLowerCase();
          expect(backgroundHex).toBe(chartColours.background.toLowerCase());
          const used = svgColours(svg);
          expect(used, source).toContain(chartColours.measured.toLowerCase());
          expect(
            used.filter((c) => trackHexes.has(c) || statusHexes.has(c)),
            `${source} draws in a track or status colour`,
          ).toEqual([]);
          expect(
            used.filter((c) => !chartHexes.has(c)),
            `${source} draws in a colour that is no chart colour`,
          ).toEqual([]);
          // The grid only helps the eye: every point carries its value.
          for (const colour of used.filter((c) => c !== backgroundHex && c !== chartColours.grid.toLowerCase()))
            expect(contrastRatio(colour, backgroundHex), `${source}: ${colour}`).toBeGreaterThanOrEqual(3);
        }
      }
      // The phone gets the narrow drawings, the desktop the wide ones.
      const narrow = [...seen].filter((s) => s.endsWith('-smal.svg')).length;
      expect(narrow === seen.size || narrow === 0).toBe(true);
      expect(narrow > 0).toBe(viewport.width < 576);
    } finally {
      await context.close();
    }
  });

  test("/maal/'s overview: every target linked once, its details where the link leads, its status marks in status colours at 3:1", async () => {
    const context = await site.browser.newContext({ viewport });
    try {
      const tab = await context.newPage();
      await tab.goto(`${site.url}/maal/`);
      const found = await tab.evaluate(() => {
        const overview = document.querySelector('#alle-maal');
        if (!overview) return undefined;
        const background = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (!/rgba\(.*,\s*0\)$|transparent/.test(bg)) return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        const firstCard = document.querySelector('main article, main figure');
        return {
          // The overview comes first in the page's main content, before any card or chart.
          first: !firstCard || Boolean(overview.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING),
          links: [...overview.querySelectorAll('a')].map((a) => ({
            href: a.getAttribute('href')!,
            bottom: a.getBoundingClientRect().bottom + window.scrollY,
            inItem: Boolean(a.closest('li')),
          })),
          marks: [...overview.querySelectorAll('dd svg')].map((svg) => ({
            colour: getComputedStyle(svg).color,
            background: background(svg),
          })),
          scrollWidth: document.documentElement.scrollWidth,
          overviewOverflows: overview.scrollWidth > overview.clientWidth,
        };
      });
      expect(found, 'no overview (#alle-maal) on /maal/').toBeDefined();
      expect(found!.first).toBe(true);
      expect(found!.scrollWidth).toBeLessThanOrEqual(viewport.width);
      expect(found!.overviewOverflows).toBe(false);
      for (const target of targets) {
        const links = found!.links.filter((l) => l.href.endsWith(`#maal-${target.id}`));
        expect(links, target.id).toHaveLength(1);
        const [link] = links;
        expect(link!.inItem, target.id).toBe(true);
        if (viewport.width === viewports.phone.width) expect(link!.bottom, target.id).toBeLessThanOrEqual(1688);
        // Where the link leads is that target's card: on this page, or on its track's page.
        const [path, id] = link!.href.split('#') as [string, string];
        const there = builtPage(path || '/maal/').root.getElementById(id);
        expect(there, link!.href).not.toBeNull();
      }
      const statusSolids = new Set(Object.values(statusColours).map(({ solid }) => solid.toLowerCase()));
      expect(found!.marks.length).toBe(targets.length);
      for (const mark of found!.marks) {
        expect(statusSolids.has(hexOf(mark.colour)), mark.colour).toBe(true);
        expect(contrastRatio(hexOf(mark.colour), hexOf(mark.background))).toBeGreaterThanOrEqual(3);
      }
    } finally {
      await context.close();
    }
  });
});
