/** What a first visit costs, as a phone loads it: the `<picture>` source a phone picks, not the desktop fallback. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { budgetViolations, pageWeight, PHONE_WIDTH } from '../../scripts/weight.mjs';

function site(html: string, files: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'weight-'));
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'cases', 'x'), { recursive: true });
  // Random bytes do not compress: the gzip size is about the file's size.
  for (const [name, size] of Object.entries(files))
    writeFileSync(join(dir, name), Buffer.from(Array.from({ length: size }, () => Math.floor(Math.random() * 256))));
  writeFileSync(join(dir, 'cases', 'x', 'index.html'), html);
  return dir;
}

const photo = `<picture>
  <source srcset="/_astro/p_400.webp 400w, /_astro/p_800.webp 800w, /_astro/p_1200.webp 1200w" sizes="100vw" type="image/webp">
  <img src="/_astro/p_1200.jpg" srcset="/_astro/p_400.jpg 400w, /_astro/p_800.jpg 800w, /_astro/p_1200.jpg 1200w" alt="Et foto">
</picture>`;

test('a photo in a <picture> counts as the WebP at the width that fills a phone, not the 1200 px JPEG fallback', () => {
  expect(PHONE_WIDTH).toBeLessThanOrEqual(400);
  const dir = site(`<!doctype html><html><body><main>${photo}</main></body></html>`, {
    '_astro/p_400.webp': 30_000,
    '_astro/p_800.webp': 90_000,
    '_astro/p_1200.webp': 150_000,
    '_astro/p_400.jpg': 40_000,
    '_astro/p_800.jpg': 120_000,
    '_astro/p_1200.jpg': 240_000,
  });
  const weight = pageWeight(dir, 'cases/x/index.html');
  expect(weight.images.files).toBe(1);
  expect(weight.images.raw).toBe(30_000);
  expect(budgetViolations(dir)).toEqual([]);
});

test('a source for wide screens only is passed over; a plain <img> counts its src', () => {
  const dir = site(
    `<!doctype html><html><body><picture><source media="(min-width: 48em)" srcset="/_astro/wide.svg"><img src="/_astro/narrow.svg" alt="Graf"></picture><img src="/_astro/big.png" alt="Stort"></body></html>`,
    { '_astro/wide.svg': 5_000, '_astro/narrow.svg': 2_000, '_astro/big.png': 110_000 },
  );
  const weight = pageWeight(dir, 'cases/x/index.html');
  expect(weight.images.raw).toBe(112_000);
  // The plain 110 KB image breaks the page budget, in Danish.
  expect(budgetViolations(dir)).toEqual([
    expect.stringMatching(/^\/cases\/x\/: en første visning koster [\d.]+ KB gzip; grænsen er 100\.0 KB$/),
  ]);
});
