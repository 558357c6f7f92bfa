/**
 * What a first visit to a built page costs: the HTML, the CSS (inline and linked), the JavaScript (inline
 * and linked) and images, raw and gzip-compressed (level 6, what most hosts use), and the number of requests.
 * Shared by `npm run bench` and the budget tests, so both measure the same thing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const gzip = (buffer) => gzipSync(buffer, { level: 6 }).length;

/** @param {string} text */
function sized(text) {
  const buffer = Buffer.from(text);
  return { raw: buffer.length, gzip: buffer.length ? gzip(buffer) : 0 };
}

/** The viewport a phone shows a page at, in CSS pixels: images are counted at the size a phone picks for it. */
export const PHONE_WIDTH = 390;
/** Image types every phone browser the site supports shows, in a `<picture>`'s `<source type>`. */
const PHONE_TYPES = new Set(['image/webp', 'image/avif', 'image/jpeg', 'image/png', 'image/svg+xml']);

/** `a.webp 400w, b.webp 800w` → [{ url, width }], in the order written. */
function srcsetCandidates(srcset) {
  return (srcset ?? '')
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter(([url]) => url)
    .map(([url, descriptor]) => ({
      url,
      width: /^\d+w$/.test(descriptor ?? '') ? Number.parseInt(descriptor, 10) : undefined,
    }));
}

/** From width-described candidates, the one a browser picks for a slot `PHONE_WIDTH` wide: the smallest that fills it. */
function pickCandidate(candidates) {
  const sized = candidates.filter((c) => c.width).sort((a, b) => a.width - b.width);
  if (!sized.length) return candidates[0]?.url;
  return (sized.find((c) => c.width >= PHONE_WIDTH) ?? sized.at(-1)).url;
}

/**
 * The file a phone downloads for an `<img>`: inside a `<picture>`, the first `<source>` whose type and media a phone
 * takes, at the candidate that fills the phone's width; else the `<img>`'s own srcset, else its `src`. A camera photo
 * is published at 400, 800 and 1200 px: a phone loads the 400 px WebP, not the 1200 px JPEG fallback.
 */
function phoneImage(img) {
  const picture = img.parentNode?.tagName === 'PICTURE' ? img.parentNode : undefined;
  for (const source of picture?.querySelectorAll('source') ?? []) {
    const type = source.getAttribute('type');
    if (type && !PHONE_TYPES.has(type)) continue;
    const media = source.getAttribute('media');
    const max = media && /max-width:\s*([\d.]+)(em|px)/.exec(media);
    const min = media && /min-width:\s*([\d.]+)(em|px)/.exec(media);
    const px = (m) => Number(m[1]) * (m[2] === 'em' ? 16 : 1);
    if ((max && PHONE_WIDTH > px(max)) || (min && PHONE_WIDTH < px(min))) continue;
    const url = pickCandidate(srcsetCandidates(source.getAttribute('srcset')));
    if (url) return url;
  }
  return pickCandidate(srcsetCandidates(img.getAttribute('srcset'))) ?? img.getAttribute('src');
}

/**
 * @param {string} distDir
 * @param {string} htmlFile path inside distDir, e.g. "spor/x/index.html"
 */
export function pageWeight(distDir, htmlFile) {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const document = parse(html, { blockTextElements: { script: true, style: true } });
  const inlineCss = document
    .querySelectorAll('style')
    .map((style) => style.rawText)
    .join('');
  const inlineJs = document
    .querySelectorAll('script:not([src])')
    .filter((script) => !/^application\/(ld\+)?json$/i.test(script.getAttribute('type') ?? ''))
    .map((script) => script.rawText)
    .join('');
  const fileOf = (href) => {
    if (!href || /^(https?:)?\/\//.test(href) || href.startsWith('data:')) return undefined;
    const path = join(distDir, href.split(/[?#]/)[0]);
    return existsSync(path) ? path : undefined;
  };
  const filesOf = (selector, attribute) =>
    document
      .querySelectorAll(selector)
      .map((element) => fileOf(element.getAttribute(attribute)))
      .filter(Boolean);
  const linkedCss = filesOf('link[rel~="stylesheet"]', 'href');
  const linkedJs = filesOf('script[src]', 'src');
  const images = document
    .querySelectorAll('img[src]')
    .map((img) => fileOf(phoneImage(img)))
    .filter(Boolean);
  // The web fonts the CSS declares (every page sets text in all of its weights) and any font preloaded.
  const cssText = inlineCss + linkedCss.map((file) => readFileSync(file, 'utf8')).join('');
  const fonts = [
    ...new Set([
      ...[...cssText.matchAll(/url\(['"]?([^'")]+\.woff2?)['"]?\)/g)].map((m) => fileOf(m[1])),
      ...filesOf('link[rel~="preload"][as="font"]', 'href'),
    ]),
  ].filter(Boolean);
  const sumFiles = (files) =>
    files.reduce(
      (total, file) => {
        const buffer = readFileSync(file);
        return { raw: total.raw + buffer.length, gzip: total.gzip + gzip(buffer) };
      },
      { raw: 0, gzip: 0 },
    );
  const css = sumFiles(linkedCss);
  const js = sumFiles(linkedJs);
  const inlineCssSize = sized(inlineCss);
  const inlineJsSize = sized(inlineJs);
  const htmlSize = sized(html);
  const imageSize = sumFiles(images);
  const fontSize = sumFiles(fonts);
  return {
    /** The HTML document as sent, inline CSS and JS included. */
    html: htmlSize,
    /** CSS: inline (already inside the HTML) and linked files. */
    css: { inline: inlineCssSize, linked: css, files: linkedCss.length },
    /** JavaScript: inline (inside the HTML) and linked files. */
    js: { inline: inlineJsSize, linked: js, files: linkedJs.length },
    /** Images as a phone loads them (see phoneImage). */
    images: { ...imageSize, files: images.length },
    /** Font files: fetched after the HTML, never blocking the text (font-display: swap). */
    fonts: { ...fontSize, files: fonts.length },
    /** HTML + linked CSS, gzip: the budget for a page that must show at once. */
    htmlAndCssGzip: htmlSize.gzip + css.gzip,
    /** Everything a first visit downloads, gzip. */
    totalGzip: htmlSize.gzip + css.gzip + js.gzip + imageSize.gzip + fontSize.gzip,
    requests: 1 + linkedCss.length + linkedJs.length + images.length + fonts.length,
    hasJavaScript: inlineJs.trim().length > 0 || linkedJs.length > 0,
  };
}

/** The budget for a page people reach by QR code: HTML + CSS under this many gzip bytes. */
export const QR_PAGE_BUDGET = 14 * 1024;
/**
 * A QR landing page needs no JavaScript: everything on it works without. The one script it may load is a small
 * enhancement (the phone menu closing with Escape), under this many gzip bytes, in a file of its own.
 */
export const QR_PAGE_SCRIPT_BUDGET = 1024;

/**
 * Every page's path and file in a built site. The browser editor (`admin/`) is an application for the editors, not
 * a page of the site: its budget is not the visitors' (its script is about 650 KB gzip, loaded once and cached).
 */
export function builtPages(distDir) {
  const walk = (dir) =>
    readdirSync(join(distDir, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? dir === '' && e.name === 'admin'
          ? []
          : walk(join(dir, e.name))
        : e.name.endsWith('.html')
          ? [join(dir, e.name)]
          : [],
    );
  return walk('').map((file) => ({
    file,
    path: `/${file
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')}`,
  }));
}

/** Pages people reach from a poster's QR code: tracks, agreements and cases. */
export const isQrLandingPage = (path) =>
  /^\/(spor|aftaler)\/[^/]+\/$/.test(path) ||
  (/^\/cases\/[^/]+\/$/.test(path) && !/^\/cases\/(spor|enhed)\//.test(path));

/** The largest first visit a page may cost, images included, gzip. */
export const PAGE_BUDGET = 100 * 1024;

/**
 * Every budget the built site breaks, in words; empty when all hold. QR landing pages: HTML + CSS under 14 KB
 * gzip, in one response, no inline script and at most 1 KB of enhancing script. Every page: under 100 KB on a first
 * visit, images included.
 */
export function budgetViolations(distDir) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return builtPages(distDir).flatMap(({ file, path }) => {
    const w = pageWeight(distDir, file);
    const problems = [];
    if (isQrLandingPage(path)) {
      if (w.htmlAndCssGzip >= QR_PAGE_BUDGET)
        problems.push(
          `${path}: HTML + CSS er ${kb(w.htmlAndCssGzip)} gzip; grænsen for en QR-side er ${kb(QR_PAGE_BUDGET)}`,
        );
      if (w.js.inline.raw > 0) problems.push(`${path}: en QR-side må ikke have JavaScript i selve HTML'en`);
      if (w.js.linked.gzip > QR_PAGE_SCRIPT_BUDGET)
        problems.push(
          `${path}: en QR-side må højst hente ${kb(QR_PAGE_SCRIPT_BUDGET)} JavaScript (gzip); den henter ${kb(w.js.linked.gzip)}`,
        );
      if (w.css.files > 0) problems.push(`${path}: en QR-side skal have sin CSS i selve HTML'en`);
    }
    if (w.totalGzip > PAGE_BUDGET)
      problems.push(`${path}: en første visning koster ${kb(w.totalGzip)} gzip; grænsen er ${kb(PAGE_BUDGET)}`);
    return problems;
  });
}
