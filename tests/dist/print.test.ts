/**
 * The printed twins, read as a printer and a screen reader would: every poster PDF rendered to pixels (pdftoppm),
 * its QR code decoded (jsQR) and measured on paper, and followed to a live page; the strategy PDF tagged, titled,
 * Danish, with every font embedded, a bookmark per section of /overblik/ and every target /overblik/ shows.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { distDir, distFiles, fileForPath, page, siteUrl } from '../helpers/dist';
import { fold } from '../helpers/text';
import strings from '../../src/i18n/da.json';
import { shortCodes, targets } from '../helpers/site-content';

/** Resolutions to render at: a scanner's view is coarse; the second is tried when the first does not decode. */
const RESOLUTIONS = [50, 100];
const MIN_SIDE_CM = { a4: 12, a3: 17 } as const;
const posters = distFiles.filter((f) => /^plakater\/[^/]+-a[34]\.pdf$/.test(f)).sort();
const work = mkdtempSync(join(tmpdir(), 'print-test-'));
const measured: string[] = [];

function render(file: string, dpi: number): PNG {
  const base = join(work, `${file.replace(/[/.]/g, '_')}-${dpi}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', join(distDir, file), base]);
  return PNG.sync.read(readFileSync(`${base}.png`));
}

/** The decoded code and the resolution it was found at. */
function scan(file: string) {
  for (const dpi of RESOLUTIONS) {
    const png = render(file, dpi);
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (code) return { code, dpi };
  }
  return undefined;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

test('there is an A4 and an A3 poster for every short code', () => {
  expect(posters).toEqual(shortCodes.flatMap((c) => [`plakater/${c.id}-a3.pdf`, `plakater/${c.id}-a4.pdf`]).sort());
});

describe.each(posters)('%s', (file) => {
  test('its QR code decodes, is printed large enough for a corridor, and leads to a live page', () => {
    const size = file.endsWith('-a3.pdf') ? 'a3' : 'a4';
    const found = scan(file);
    expect(found, 'no QR code found').toBeDefined();
    const { code, dpi } = found!;
    const { topLeftCorner, topRightCorner, bottomLeftCorner } = code.location;
    // The side of the code itself (its dark modules' square), without the quiet zone around it.
    const sidePx = (distance(topLeftCorner, topRightCorner) + distance(topLeftCorner, bottomLeftCorner)) / 2;
    const sideCm = (sidePx / dpi) * 2.54;
    measured.push(`${file}: ${sideCm.toFixed(1)} cm`);
    expect(sideCm).toBeGreaterThanOrEqual(MIN_SIDE_CM[size]);

    const url = new URL(code.data);
    expect(url.origin).toBe(new URL(siteUrl).origin);
    const short = readFileSync(join(distDir, fileForPath(url.pathname)!), 'utf8');
    const target = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(short)?.[1];
    expect(target, `${url.pathname} sends the reader nowhere`).toBeDefined();
    expect(fileForPath(target!), target).toBeDefined();
    expect(file).toContain(url.pathname.split('/')[2]);
  });
});

test('measured QR sides', () => {
  // Printed for the closing note; the assertions are above.
  if (measured.length) console.log(measured.join('\n'));
  expect(measured.length).toBe(posters.length);
});

describe('the strategy PDF', () => {
  const file = join(distDir, 'dokumenter', 'strategien.pdf');
  const bytes = readFileSync(file);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const overview = page('/overblik/').root;

  test('is tagged, titled and Danish', () => {
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${strings['document.title']}$`, 'm'));
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/Lang \(da-DK\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toContain('pdfuaid:part>1<');
  });

  test('embeds every font it uses', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
  });

  test('its structure tree holds headings, paragraphs and lists, and its bookmarks are the sections of /overblik/', async () => {
    const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
    const roles = new Set<string>();
    const walk = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) roles.add(node.role);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    for (let i = 1; i <= pdf.numPages; i += 1) walk((await (await pdf.getPage(i)).getStructTree()) as never);
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'LBody']) expect(roles, role).toContain(role);
    // The PDF's contents page has a bookmark of its own; it is not a section.
    const outline = (await pdf.getOutline()).map((item) => fold(item.title)).filter((title) => title !== strings['document.contents']);
    // The page's own contents list ("På denne side") is not a section.
    const sections = overview
      .querySelectorAll('main h2')
      .filter((h) => h.id !== 'paa-denne-side')
      .map((h) => fold(h.text));
    expect(outline.slice(1)).toEqual(sections);
  });

  test('its text holds every target /overblik/ shows', () => {
    const text = fold(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
    const titles = overview.querySelectorAll('article[id^="maal-"]').map((card) => fold(card.querySelector('h3, h4, h5')!.text));
    expect(titles.length).toBe(targets.length);
    // A glyph the font lacks would drop out of the text: CO₂ is printed as CO2, never as CO.
    for (const title of titles) expect(text, title).toContain(title.replace(/₂/g, '2').replace(/\s+/g, ' '));
  });

  /** Each page's text, and the pages the bookmarks (the cover, the contents, each section) lead to, from 1. */
  const pageTexts = async () => {
    const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
    const texts = Array.from({ length: pdf.numPages }, (_, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' }),
    );
    const starts: { title: string; page: number }[] = [];
    for (const item of await pdf.getOutline()) {
      const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
      starts.push({ title: fold(item.title), page: (await pdf.getPageIndex(dest![0] as never)) + 1 });
    }
    return { texts, starts };
  };

  test('has a contents page that gives the page each section starts on, and a page number on every page but the cover', async () => {
    const { texts, starts } = await pageTexts();
    const contents = starts.find((s) => s.title === strings['document.contents']);
    expect(contents, 'no bookmark for the contents').toBeDefined();
    const lines = texts[contents!.page - 1]!.split('\n').map((line) => fold(line).trim());
    expect(lines.find(Boolean)).toBe(strings['document.contents']);
    const sections = starts.filter((s) => s.page > contents!.page);
    expect(sections.length).toBeGreaterThan(0);
    // Each entry is a line: the section's title, then the page its bookmark leads to.
    for (const section of sections) expect(lines, section.title).toContainEqual(expect.stringMatching(new RegExp(`^${section.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${section.page}$`)));
    texts.forEach((text, i) => {
      const label = strings['document.pageNumber'].replace('{page}', String(i + 1)).replace('{pages}', String(texts.length));
      if (i === 0) expect(text).not.toContain(label);
      else expect(text, `page ${i + 1}`).toContain(label);
    });
  });

  test("no page has less than a third of an average page's text, except the last page of a section", async () => {
    const { texts, starts } = await pageTexts();
    const lengths = texts.map((text) => text.replace(/\s+/g, '').length);
    const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    const startPages = new Set(starts.map((s) => s.page));
    const scraps = lengths
      .map((length, i) => ({ page: i + 1, length }))
      .filter(({ page }) => page < texts.length && !startPages.has(page + 1))
      .filter(({ length }) => length < average / 3);
    expect(scraps, `average ${Math.round(average)} characters`).toEqual([]);
  });
});
