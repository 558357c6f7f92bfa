/**
 * A 6 MB photo in a case goes through Astro's image pipeline: the build warns that it is large, never publishes
 * the original, and a 390 px phone loads a file under 200 KB.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, prepareFixture } from '../helpers/fixture-build';
import { parseSrcset, pickCandidate } from '../../src/lib/content/images';

/** A photo-like JPEG of about 6 MB: a gradient with heavy noise, which compresses badly. */
async function bigPhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const noise = await sharp({ create: { width, height, channels: 3, background: { r: 128, g: 128, b: 128 }, noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).raw().toBuffer();
  for (let i = 0; i < noise.length; i += 3) noise[i] = Math.min(255, (noise[i]! + ((i / 3) % width) / 16) | 0);
  return sharp(noise, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
}

test('a 6 MB photo gives a page whose image on a 390 px phone is under 200 KB', async () => {
  const f = prepareFixture('case-image', { from: FIXTURE_CONTENT });
  const photo = await bigPhoto();
  expect(photo.length).toBeGreaterThan(5.5 * 1024 * 1024);
  expect(photo.length).toBeLessThan(8 * 1024 * 1024);
  mkdirSync(join(f.contentDir, 'billeder'), { recursive: true });
  writeFileSync(join(f.contentDir, 'billeder/stort-foto.jpg'), photo);
  f.replace('cases/groenne-agenter.mdx', /\nbeskrivelse:/, '\nbillede:\n  fil: billeder/stort-foto.jpg\n  alt: "Grønne agenter på et møde"\nbeskrivelse:');
  const build = await buildFixture('case-image');
  expect(build.status, build.output).toBe(0);
  // The build says the original is large, and reports the page budgets.
  expect(build.output).toMatch(/cases\/groenne-agenter\.mdx: billedet .*billeder\/stort-foto\.jpg er \d+,\d MB\. Det bliver gjort mindre på sitet/);
  expect(build.output).toMatch(/\[size-limits\] \d+ sider\. Tungeste første visning: \d+,\d KB gzip/);

  const html = parse(readFileSync(join(build.outDir, 'cases/groenne-agenter/index.html'), 'utf8'));
  const picture = html.querySelector('picture');
  expect(picture).not.toBeNull();
  const img = picture!.querySelector('img')!;
  expect(img.getAttribute('alt')).toBe('Grønne agenter på et møde');
  const sources = picture!.querySelectorAll('source').map((s) => ({ type: s.getAttribute('type'), srcset: s.getAttribute('srcset')! }));
  expect(sources.map((s) => s.type)).toEqual(['image/webp']);
  const sizeOf = (url: string) => statSync(join(build.outDir, decodeURI(url.split('?')[0]!))).size;
  // A 390 px phone at 1×, 2× and 3× pixel density, in every format it may pick.
  for (const { srcset } of [...sources, { srcset: img.getAttribute('srcset')! }]) {
    const candidates = parseSrcset(srcset);
    expect(candidates.length).toBeGreaterThan(1);
    for (const dpr of [1, 2, 3]) {
      const chosen = pickCandidate(candidates, 390, dpr)!;
      expect(sizeOf(chosen.url), `${chosen.url} at ${dpr}×`).toBeLessThan(200 * 1024);
    }
  }
  // The original is never published.
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const largest = Math.max(...files(build.outDir).filter((p) => /\.(jpe?g|webp|avif|png)$/.test(p)).map((p) => statSync(p).size));
  expect(largest).toBeLessThan(1024 * 1024);
});
