/**
 * Screenshots of built pages at phone and desktop widths, for looking at before calling a page done.
 * Usage: npm run build && npm run screenshots [-- /path/ ...]   → .tmp/screenshots/{phone,desktop}_<path>.png
 * Each page is taken whole (fullPage) and as its first screen (`_first.png`), which is what a person sees first.
 */
import { mkdir } from 'node:fs/promises';
import { serveDist } from './serve-dist.mjs';
import { launchChromium } from './chromium.mjs';

/** The pages the issue asks to look at: the front page, a track, an agreement, a case and the targets page. */
const defaultPaths = [
  '/',
  '/spor/ansvarligt-forbrug/',
  '/aftaler/aarhus-universitetshospital/',
  '/cases/den-cirkulaere-legeplads/',
  '/maal/',
];
const paths = process.argv.slice(2).length ? process.argv.slice(2) : defaultPaths;
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const out = '.tmp/screenshots';
await mkdir(out, { recursive: true });
const server = await serveDist({ root: process.env.OUT_DIR ?? 'dist' });
const browser = await launchChromium();
try {
  for (const [name, viewport] of Object.entries(widths)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(server.url + path);
      // Charts load lazily: load every picture before a whole-page screenshot.
      await page.evaluate(async () => {
        const images = [...document.images];
        images.forEach((img) => (img.loading = 'eager'));
        await Promise.all(
          images.map((img) => (img.complete ? null : new Promise((done) => (img.onload = img.onerror = done)))),
        );
      });
      const file = `${out}/${name}${path.replace(/\//g, '_') || '_'}.png`;
      await page.screenshot({ path: file, fullPage: true });
      const first = file.replace(/\.png$/, '_first.png');
      await page.screenshot({ path: first });
      console.log(file, first);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

/** The printed twins as PNGs (pdftoppm, 60 dpi): A4 posters of a track, a unit and a page, and every page of the strategy PDF. */
async function printScreenshots() {
  const { execFileSync } = await import('node:child_process');
  for (const code of ['forbrug', 'auh', 'strategi']) {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      `dist/plakater/${code}-a4.pdf`,
      `${out}/poster-${code}-a4`,
    ]);
    console.log(`${out}/poster-${code}-a4.png`);
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', 'dist/dokumenter/strategien.pdf', `${out}/strategien`]);
  console.log(`${out}/strategien-*.png`);
}
await printScreenshots();
