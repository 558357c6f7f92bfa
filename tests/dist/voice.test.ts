/**
 * The site speaks as the region (issue 24): no page says "dette site" or sources the strategy to the region itself,
 * every page's footer holds the region's contact, the strategy PDF ends with it, and every character a page shows
 * is in the self-hosted Inter the page loads.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openSync, type Font } from 'fontkit';
import { distDir, distFiles, pages } from '../helpers/dist';
import { fold, visibleText } from '../helpers/text';
import { REGION_CONTACT } from '../../src/lib/contact';
import { VOICE_PHRASES } from '../../src/lib/content-check/voice';

/** Phrases that must not come back: a developer describing the site, or the region cited as its own strategy's source. */
const BANNED = [
  'dette site',
  'dette website',
  'sitet viser',
  'regionen har ikke offentliggjort',
  'Kilde: Region Midtjylland',
  'Kilder: Region Midtjylland',
];
const pagesWithFrame = pages.filter((p) => !p.html.includes('http-equiv="refresh"'));

test('the content check refuses every phrase the built site must not have', () => {
  for (const phrase of BANNED) expect(VOICE_PHRASES.some((v) => v.pattern.test(phrase)), phrase).toBe(true);
});

test('there are pages to check', () => {
  expect(pagesWithFrame.length).toBeGreaterThan(10);
});

describe.each(pagesWithFrame.map((p) => [p.path, p] as const))('%s', (_path, built) => {
  test('says none of the phrases the region does not say', () => {
    const text = visibleText(built.html).toLowerCase();
    expect(BANNED.filter((phrase) => text.includes(phrase.toLowerCase()))).toEqual([]);
  });

  test("has the region's address, telephone, e-mail and a link to rm.dk in its footer", () => {
    const footer = built.root.querySelector('footer');
    expect(footer).not.toBeNull();
    const text = fold(footer!.text);
    const c = REGION_CONTACT;
    expect(text).toContain(c.name);
    expect(text).toContain(c.street);
    expect(text).toContain(`${c.postcode} ${c.city}`);
    expect(text).toContain(c.telephone);
    expect(text).toContain(c.email);
    const hrefs = footer!.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(c.telephoneHref);
    expect(hrefs).toContain(`mailto:${c.email}`);
    expect(hrefs.some((href) => href && /^https:\/\/(www\.)?rm\.dk\/?$/.test(href))).toBe(true);
    expect(text).toContain(c.owningUnit);
  });
});

test("the strategy PDF says none of the phrases and ends with the region's contact", () => {
  const text = fold(execFileSync('pdftotext', [join(distDir, 'dokumenter/strategien.pdf'), '-'], { encoding: 'utf8' }));
  expect(BANNED.filter((phrase) => text.toLowerCase().includes(phrase.toLowerCase()))).toEqual([]);
  const c = REGION_CONTACT;
  const tail = text.slice(text.lastIndexOf(c.owningUnit));
  for (const fact of [c.street, `${c.postcode} ${c.city}`, c.telephone, c.email]) expect(tail).toContain(fact);
});

test('every poster names the region and its contact', () => {
  const posters = distFiles.filter((f) => /^plakater\/[^/]+\.pdf$/.test(f));
  expect(posters.length).toBeGreaterThan(0);
  for (const file of posters) {
    const text = fold(execFileSync('pdftotext', [join(distDir, file), '-'], { encoding: 'utf8' }));
    expect(text, file).toContain(REGION_CONTACT.telephone);
    expect(text, file).toContain(REGION_CONTACT.email);
  }
});

describe('the typeface', () => {
  const fontFiles = distFiles.filter((f) => /^_astro\/inter-\d+\.[\w-]+\.woff2$/.test(f));

  test('every page loads Inter from the site itself, with font-display: swap, and preloads one weight', () => {
    expect(fontFiles.length).toBeGreaterThan(0);
    for (const built of pagesWithFrame) {
      const css = built.root
        .querySelectorAll('style')
        .map((s) => s.text)
        .join('');
      const faces = css.match(/@font-face\{[^}]*font-family:"?Inter"?;[^}]*\}/g) ?? [];
      expect(faces.length, built.path).toBeGreaterThan(0);
      for (const face of faces) {
        expect(face).toContain('font-display:swap');
        expect(face).toMatch(/url\(\/_astro\/inter-\d+\.[\w-]+\.woff2\)/);
      }
      const preloads = built.root.querySelectorAll('link[rel="preload"][as="font"]');
      expect(preloads.length, built.path).toBe(1);
      expect(distFiles).toContain(preloads[0]!.getAttribute('href')!.slice(1));
    }
  });

  test('every character any page shows is in each weight of the subset font', () => {
    const shown = new Set<string>();
    for (const built of pagesWithFrame) for (const char of visibleText(built.html)) shown.add(char);
    for (const file of fontFiles) {
      const font = openSync(join(distDir, file)) as Font;
      const missing = [...shown].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!));
      expect(missing, file).toEqual([]);
    }
  });
});
