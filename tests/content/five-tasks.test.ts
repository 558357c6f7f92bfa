/**
 * The five everyday tasks, written into a copy of the project as the browser editor writes them, and the whole
 * `npm test` run in that copy: lint, format, astro check, every unit, dist, browser and content test hold for this
 * content too.
 *   1. a new case with a 2 MB camera photo and no registered address
 *   2. a new measurement, saved with "maalinger" left out of the other indicators that have none
 *   3. a PDF material uploaded to public/materialer/
 *   4. an agreement's first real measure
 *   5. a renamed case with its redirect
 * The copy is the project as git sees it (tracked files and new ones not ignored), made a git repository of its own
 * (the reproducible-build test lists its files with git), with this folder's node_modules hard-linked file by file
 * (its caches left out, so the copy's builds never write into this folder's). In the copy, FIVE_TASKS_COPY=1 skips
 * this test, so the run does not recurse. Every server the tests start listens on a port the system chooses (port
 * 0), so the copy's browser and nginx tests never clash with a run beside them.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareFixture } from '../helpers/fixture-build';

const NAME = 'five-tasks/project';
const root = join('.tmp', 'fixtures', NAME);
/** Caches inside node_modules: the copy gets its own, empty. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** `from` re-created at `to`: folders made anew, files hard-linked, symbolic links copied as links. */
function linkTree(from: string, to: string, top = true) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (top && CACHES.has(entry.name)) continue;
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (entry.isDirectory()) linkTree(source, target, false);
    else linkSync(source, target);
  }
}

/** The project as git sees it, copied to `target`, except `content/` (the fixture's own copy). */
function copyProject(target: string) {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  });
  expect(listed.status, listed.stderr).toBe(0);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (file.startsWith('content/')) continue;
    try {
      cpSync(file, join(target, file), { verbatimSymlinks: true });
    } catch {
      // A file deleted in the working tree but not yet in git's index: it is not part of the project.
    }
  }
  linkTree('node_modules', join(target, 'node_modules'));
}

/** Runs `npm test` in the copy with the environment a developer's shell would have: none of this run's settings. */
function npmTest(cwd: string): Promise<{ status: number | null; output: string }> {
  const npm = process.env.npm_execpath;
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|CONTENT_DIR$|OUT_DIR$|PUBLIC_DIR$|DIST_DIR$|CACHE_DIR$|NODE_ENV$|TEST$)/.test(key)) continue;
    env[key] = value;
  }
  Object.assign(env, { FIVE_TASKS_COPY: '1', NO_COLOR: '1', FORCE_COLOR: '0' });
  return new Promise((done, fail) => {
    const child = npm
      ? spawn(process.execPath, [npm, 'test'], { cwd, env })
      : spawn('npm', ['test'], { cwd, env, shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output: stripVTControlCharacters(output) }));
  });
}

describe.skipIf(process.env.FIVE_TASKS_COPY === '1')('the five tasks in a copy of the project', () => {
  beforeAll(async () => {
    const f = prepareFixture(NAME);
    copyProject(root);
    const git = (...args: string[]) => {
      const run = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    };
    git('init', '--quiet');

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

      git('add', '--all');
  }, 600_000);

  test('the whole npm test passes in the copy', async () => {
    const run = await npmTest(root);
    const failures = run.output
      .split('\n')
      .filter((line) => /FAIL|×|Error|expected|npm error|problem/.test(line))
      .slice(0, 80);
    expect(run.status, `${failures.join('\n')}\n…\n${run.output.slice(-3000)}`).toBe(0);
    // The run ran every project, this test left out.
    for (const project of ['unit', 'dist', 'browser', 'content'])
      expect(run.output, project).toMatch(new RegExp(`^ *✓ \\|${project}\\| `, 'm'));
  }, 3_600_000);
});
