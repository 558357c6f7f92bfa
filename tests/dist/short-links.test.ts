/** Short links and posters: every code leads to a page that exists; every poster is a real A4/A3 PDF with the right text. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { distDir, distFiles, fileForPath, pages, siteUrl } from '../helpers/dist';
import { shortCodes } from '../helpers/site-content';
import { fold } from '../helpers/text';

const redirectPages = pages.filter((p) => p.path.startsWith('/k/'));
const codes = shortCodes;
const display = (code: string) => `${new URL(siteUrl).host}/k/${code}`;

function refreshTarget(html: string): string {
  const match = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html);
  if (!match) throw new Error('no meta refresh');
  return match[1]!;
}

test('every registered code has a short-link page', () => {
  expect(redirectPages.map((p) => p.path.slice(3, -1)).sort()).toEqual(codes.map((c) => c.id).sort());
});

describe.each(redirectPages.map((p) => [p.path, p] as const))('%s', (path, built) => {
  test('sends the reader on to a page that exists, with a canonical link to it and a plain link', () => {
    const target = refreshTarget(built.html);
    expect(fileForPath(target), target).toBeDefined();
    expect(built.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(new URL(target.slice(1), siteUrl).href);
    expect(built.root.querySelector('main a')?.getAttribute('href')).toBe(target);
    expect(built.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const redirects = readFileSync(`${distDir}/_redirects`, 'utf8');
    expect(redirects).toContain(`${path} ${target} 301\n`);
  });
});

test('every page with a code shows its QR code and its short link in text', () => {
  const withBox = pages.filter((p) => p.root.querySelector('aside[aria-labelledby^="plakat-"]'));
  // A code no page carries any more leads to its fallback; every other code is shown on the page that carries it.
  const carried = withBox.map((p) => p.root.querySelector('aside[aria-labelledby^="plakat-"]')!.getAttribute('aria-labelledby')!.replace('plakat-', ''));
  for (const code of codes.filter((c) => !c.data.fallback)) expect(carried, code.id).toContain(code.id);
  for (const p of withBox) {
    const code = p.root.querySelector('aside[aria-labelledby^="plakat-"]')!.getAttribute('aria-labelledby')!.replace('plakat-', '');
    const box = p.root.querySelector('aside[aria-labelledby^="plakat-"]')!;
    expect(box.querySelector('img')!.getAttribute('src')).toBe(`/qr/${code}.svg`);
    expect(fold(box.text)).toContain(display(code));
    for (const href of box.querySelectorAll('a').map((a) => a.getAttribute('href')!)) expect(fileForPath(href), href).toBeDefined();
  }
});

const posters = distFiles.filter((f) => /^plakater\/[^/]+\.pdf$/.test(f));

test('there is an A4 and an A3 poster for every live code', () => {
  expect(posters.sort()).toEqual(codes.flatMap((c) => [`plakater/${c.id}-a3.pdf`, `plakater/${c.id}-a4.pdf`]).sort());
});

describe.each(posters)('%s', (file) => {
  test('is one page of the right size, under 200 KB, with the title and the short link in its text', async () => {
    const code = file.match(/^plakater\/(.+)-(a[34])\.pdf$/)![1]!;
    const size = file.endsWith('a4.pdf') ? [595.28, 841.89] : [841.89, 1190.55];
    expect(statSync(`${distDir}/${file}`).size).toBeLessThan(200 * 1024);
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(`${distDir}/${file}`)), useSystemFonts: false, verbosity: 0 }).promise;
    expect(pdf.numPages).toBe(1);
    const first = await pdf.getPage(1);
    expect(first.view.slice(2).map((n) => Math.round(n * 100) / 100)).toEqual(size);
    const text = fold((await first.getTextContent()).items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join(' '));
    expect(text).toContain(display(code));
    const target = refreshTarget(readFileSync(`${distDir}/k/${code}/index.html`, 'utf8'));
    const title = fold(pages.find((p) => p.file === fileForPath(target))!.root.querySelector('h1')!.text);
    expect(text.replace(/\s/g, '')).toContain(title.replace(/\s/g, ''));
    expect(existsSync(`${distDir}/plakater/${code}/index.html`)).toBe(true);
  });
});
