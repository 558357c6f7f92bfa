/**
 * A page cut down to the CSS it uses (src/lib/design/page-css.ts) looks exactly like the page with the whole
 * stylesheet. The content builds once with `PAGE_CSS=all`, every page keeping the whole sheet; a copy of that build
 * has its pages cut down the way the build does it. In Chromium, the largest page of each kind (the front page, a
 * track, an agreement, a good example, a list, a poster, …) is read from both at 390 px (the menu shut and open),
 * at 1280 px and as printed: every element must have the same computed style in both. (Pixels are no measure here:
 * Chromium's own drawing of the same page differs by a pixel from one screenshot to the next.)
 */
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildFixture, prepareFixture } from '../helpers/fixture-build';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { pruneInlineCss } from '../../src/lib/design/page-css';

const NAME = 'page-css';
const whole = join('.tmp', 'fixtures', NAME, 'dist');
const cut = join('.tmp', 'fixtures', NAME, 'dist-cut');

interface Server {
  url: string;
  close(): Promise<void>;
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );

/** The page's address, and its kind: the address with every segment after the first as `*`. */
function addressOf(file: string) {
  const path = `/${relative(cut, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  const [first, ...rest] = path.split('/').filter(Boolean);
  return { path, kind: first ? `/${[first, ...rest.map(() => '*')].join('/')}/` : '/' };
}

/** Pages the build cut down, the largest of each kind (most content, most rules at stake). */
let compared: string[] = [];
const fileOf = new Map<string, string>();
let servers: Server[] = [];
let browser: Browser;

beforeAll(async () => {
  prepareFixture(NAME);
  const build = await buildFixture(NAME, { PAGE_CSS: 'all' });
  expect(build.status, build.output.slice(-3000)).toBe(0);
  rmSync(cut, { recursive: true, force: true });
  cpSync(whole, cut, { recursive: true });
  const largest = new Map<string, { path: string; size: number }>();
  for (const file of htmlFiles(cut)) {
    if (relative(cut, file).startsWith(`admin${sep}`)) continue;
    const html = readFileSync(file, 'utf8');
    const next = await pruneInlineCss(html);
    if (next === html) continue;
    writeFileSync(file, next);
    const { path, kind } = addressOf(file);
    const size = statSync(file).size;
    fileOf.set(path, relative(cut, file));
    if ((largest.get(kind)?.size ?? -1) < size) largest.set(kind, { path, size });
  }
  compared = [...largest.values()].map((p) => p.path).sort();
  servers = await Promise.all([serveDist({ root: whole }), serveDist({ root: cut })]);
  browser = (await launchChromium()) as Browser;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

/**
 * Every element's computed style (and its ::before and ::after where they are drawn), custom properties left out:
 * what the browser draws the page with. Hashed per element in the page, so a long page stays quick to compare.
 */
function computedStyles(): string[] {
  const hash = (text: string) => {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return (h >>> 0).toString(36);
  };
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls}`;
  };
  const out: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      if (pseudo && (style.content === 'none' || style.content === 'normal')) continue;
      let text = '';
      for (let i = 0; i < style.length; i++) {
        const name = style[i]!;
        if (!name.startsWith('--')) text += `${name}:${style.getPropertyValue(name)};`;
      }
      out.push(`${describe(el)}${pseudo ?? ''} ${hash(text)}`);
    }
  }
  return out;
}

/** The computed styles of one element, in full, for the message when two pages differ. */
function stylesOf(index: number): string {
  const el = document.querySelectorAll('*')[index]!;
  const style = getComputedStyle(el);
  return [...style]
    .filter((name) => !name.startsWith('--'))
    .map((name) => `${name}:${style.getPropertyValue(name)}`)
    .join('\n');
}

interface View {
  width: number;
  media?: 'print';
  /** What is done on the page before it is read, e.g. opening the menu. */
  prepare?: (page: Page) => Promise<void>;
}

async function read(page: Page, url: string, view: View) {
  await page.goto(url, { waitUntil: 'networkidle' });
  await view.prepare?.(page);
  return page.evaluate(computedStyles);
}

/** Where the same page from the whole build and the cut-down one is drawn differently; empty when nowhere. */
async function differences(path: string, view: View): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: view.width, height: 900 } });
  const page = await context.newPage();
  if (view.media) await page.emulateMedia({ media: view.media });
  const a = await read(page, servers[0]!.url + path, view);
  const b = await read(page, servers[1]!.url + path, view);
  const found: string[] = [];
  if (a.length !== b.length) found.push(`${a.length} elements drawn with the whole stylesheet, ${b.length} without`);
  else {
    const index = a.findIndex((entry, i) => entry !== b[i]);
    if (index >= 0) {
      const element = a.slice(0, index + 1).filter((e) => !/::(before|after) /.test(e)).length - 1;
      const cutStyle = await page.evaluate(stylesOf, element);
      await read(page, servers[0]!.url + path, view);
      const wholeStyle = await page.evaluate(stylesOf, element);
      const wholeLines = new Set(wholeStyle.split('\n'));
      const changed = cutStyle.split('\n').filter((line) => !wholeLines.has(line));
      found.push(`${a[index]} is drawn otherwise: ${changed.slice(0, 8).join('; ')}`);
    }
  }
  await context.close();
  return found.map((f) => `${path} at ${view.width} px${view.media ? ' printed' : ''}: ${f}`);
}

/** The custom properties a page's CSS uses and does not define. */
function undefinedProperties(html: string): string[] {
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const defined = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
  return [...new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!))].filter((name) => !defined.has(name)).sort();
}

test('the build cut pages of several kinds, each smaller than with the whole stylesheet', () => {
  expect(compared.length).toBeGreaterThan(5);
  for (const path of compared) {
    const file = fileOf.get(path)!;
    expect(statSync(join(cut, file)).size, path).toBeLessThan(statSync(join(whole, file)).size);
  }
});

test('a cut page defines every custom property its rules use, in every state (the focus ring too)', () => {
  for (const file of fileOf.values()) {
    const own = undefinedProperties(readFileSync(join(cut, file), 'utf8'));
    const all = undefinedProperties(readFileSync(join(whole, file), 'utf8'));
    expect(own.filter((name) => !all.includes(name)), file).toEqual([]);
  }
});

const openMenu = async (page: Page) => {
  await page.locator('rm-menu summary').first().click();
};

test.each<[string, View]>([
  ['on a phone', { width: 390 }],
  ['on a desktop', { width: 1280 }],
  ['printed', { width: 800, media: 'print' }],
])('every kind of page is drawn the same with only its own CSS: %s', async (_name, view) => {
  const found: string[] = [];
  for (const path of compared) found.push(...(await differences(path, view)));
  expect(found).toEqual([]);
}, 600_000);

test("the keyboard's focus ring is drawn the same", async () => {
  const tab = async (page: Page) => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  };
  const found: string[] = [];
  for (const path of compared.slice(0, 3)) found.push(...(await differences(path, { width: 1280, prepare: tab })));
  expect(found).toEqual([]);
}, 120_000);

test('the phone menu, open, is drawn the same (it is the same on every page)', async () => {
  expect(await differences(compared[0]!, { width: 390, prepare: openMenu })).toEqual([]);
}, 120_000);
