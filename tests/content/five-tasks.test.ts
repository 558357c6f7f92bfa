/**
 * The five everyday tasks, written into a copy of the content as the browser editor writes them, then built, and
 * the whole dist project run over that build: the tests of the built site hold for this content too.
 *   1. a new case with a 2 MB camera photo and no registered address
 *   2. a new measurement, saved with "maalinger" left out of the other indicators that have none
 *   3. a PDF material uploaded to public/materialer/
 *   4. an agreement's first real measure
 *   5. a renamed case with its redirect
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, expect, test } from 'vitest';
import { buildFixture, prepareFixture, type FixtureBuild } from '../helpers/fixture-build';

const NAME = 'five-tasks';
const root = join('.tmp', 'fixtures', NAME);
let build: FixtureBuild;

beforeAll(async () => {
  const f = prepareFixture(NAME);
  cpSync('public', join(root, 'public'), { recursive: true });

  // 1. A camera photo: 3000 × 2000 px, colour gradients with grain, about 2 MB as a JPEG.
  const [w, h] = [3000, 2000];
  const pixels = Buffer.alloc(w * h * 3);
  let seed = 1;
  const grain = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 36;
  for (let y = 0; y < h; y += 1)
    for (let x = 0; x < w; x += 1) {
      const i = (y * w + x) * 3;
      const n = grain();
      pixels[i] = Math.max(0, Math.min(255, (x / w) * 200 + 30 + n));
      pixels[i + 1] = Math.max(0, Math.min(255, (y / h) * 180 + 40 + n));
      pixels[i + 2] = Math.max(0, Math.min(255, 120 + 60 * Math.sin(x / 90) + n));
    }
  mkdirSync(join(f.contentDir, 'billeder'), { recursive: true });
  const photo = join(f.contentDir, 'billeder', 'kamera.jpg');
  await sharp(pixels, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 90 }).toFile(photo);
  expect(statSync(photo).size).toBeGreaterThan(2 * 1000 * 1000);
  const track = readdirSync(join(f.contentDir, 'spor'))[0]!.replace(/\.md$/, '');
  f.write(
    'cases/genbrug-i-kantinen.mdx',
    `---
titel: Genbrug i kantinen
resume: Kantinen sorterer nu alt affald og har halveret madspildet på et år.
spor:
  - ${track}
enheder: []
effekt: []
udgivet: 2026-11-26
kilder:
  - navn: Region Midtjylland
    url: https://www.rm.dk/
billede:
  fil: billeder/kamera.jpg
  alt: Affaldsspande i kantinen med skilte til hver slags affald.
beskrivelse: Kantinen sorterer nu alt affald og har halveret madspildet. Et eksempel på genbrug i hverdagen.
---

Kantinen sorterer affaldet i seks slags.
`,
  );

  // 2. A measurement for an indicator with none; the others with none are saved without "maalinger".
  f.editJson('data/indikatorer.json', (data) => {
    const list = data as unknown as { id: string; maalinger?: unknown[] }[];
    const empty = list.filter((i) => !i.maalinger?.length);
    empty[0]!.maalinger = [{ aar: 2025, vaerdi: 1234.5, kilde: ['https://www.rm.dk/'] }];
    for (const other of empty.slice(1)) delete other.maalinger;
  });

  // 3. A PDF material.
  mkdirSync(join(root, 'public', 'materialer'), { recursive: true });
  writeFileSync(join(root, 'public', 'materialer', 'rapport.pdf'), readFileSync(`dist/plakater/${readdirSync('dist/plakater').find((p) => p.endsWith('-a4.pdf'))}`));
  f.write(
    'materialer/rapport.json',
    JSON.stringify({ titel: 'Rapport om genbrug', beskrivelse: 'Rapporten om genbrug i kantinerne.', type: 'dokument', fil: '/materialer/rapport.pdf' }, null, 2),
  );

  // 4. An agreement's first real measure: the first sample measure becomes real.
  const agreement = readdirSync(join(f.contentDir, 'aftaler')).find((file) => /^ {6}eksempel: true$/m.test(readFileSync(join(f.contentDir, 'aftaler', file), 'utf8')))!;
  f.replace(`aftaler/${agreement}`, /^ {6}eksempel: true$/m, '      eksempel: false');

  // 5. A case renamed, with its redirect.
  const renamed = readdirSync(join(f.contentDir, 'cases')).find((file) => file !== 'genbrug-i-kantinen.mdx' && file.endsWith('.mdx'))!;
  const id = renamed.replace(/\.mdx$/, '');
  renameSync(join(f.contentDir, 'cases', renamed), join(f.contentDir, 'cases', `${id}-nyt-navn.mdx`));
  f.editJson('data/omdirigeringer.json', (data) => {
    (data as unknown as { fra: string; til: string }[]).push({ fra: `/cases/${id}/`, til: `/cases/${id}-nyt-navn/` });
  });

  build = await buildFixture(NAME, { PUBLIC_DIR: join(root, 'public') });
}, 600_000);

test('the five tasks build', () => {
  expect(build.status, build.output.slice(-3000)).toBe(0);
});

test('every test of the built site passes for the build of the five tasks', () => {
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'dist'], {
    env: { ...process.env, DIST_DIR: build.outDir, CONTENT_DIR: build.contentDir, PUBLIC_DIR: join(root, 'public'), NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output.split('\n').filter((l) => /FAIL|×|Error|expected/.test(l)).slice(0, 60).join('\n')).toBe(0);
}, 900_000);
