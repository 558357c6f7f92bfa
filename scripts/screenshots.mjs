/**
 * Screenshots of built pages at phone and desktop widths, for looking at before calling a page done.
 * Usage: npm run build && node scripts/screenshots.mjs [/path/ ...]   → .tmp/screenshots/*.png
 */
import { mkdir } from 'node:fs/promises';
import { serveDist } from './serve-dist.mjs';
import { launchChromium } from './chromium.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/spor/ansvarligt-forbrug/'];
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
      const file = `${out}/${name}${path.replace(/\//g, '_') || '_'}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
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
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', `dist/plakater/${code}-a4.pdf`, `${out}/poster-${code}-a4`]);
    console.log(`${out}/poster-${code}-a4.png`);
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', 'dist/dokumenter/strategien.pdf', `${out}/strategien`]);
  console.log(`${out}/strategien-*.png`);
}
await printScreenshots();
