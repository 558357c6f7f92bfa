/**
 * The same commit builds to the same bytes wherever it lies: the project copied to another folder (another path,
 * another depth, its own cache, as a developer's clone and CI's clone are) builds a dist/ tree identical to this
 * one's, file for file: pages, charts, data files, QR codes, posters, the search index, the hosting files and the
 * browser editor's bundle. Its node_modules is a link to this one's, the harder case: the packages then lie outside
 * the copy, at another path relative to it (a bundler that names files by their real paths gives other names there).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';
import { distDir } from '../helpers/dist';
import { HOSTING_FILES } from '../../src/lib/hosting/hosting';

function tree(root: string): Record<string, string> {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  return Object.fromEntries(
    walk(root)
      .map((file) => relative(root, file))
      .sort()
      .map((file) => [file, createHash('sha256').update(readFileSync(join(root, file))).digest('hex')]),
  );
}

/** The project as git sees it (tracked files and new ones not ignored), copied to `target`. */
function copyProject(target: string) {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' });
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    try {
      cpSync(file, join(target, file));
    } catch {
      // A file deleted in the working tree but not yet in git's index: it is not part of the project.
    }
  }
  // This folder's node_modules, through a link: no copying, and its packages' real paths lie outside the copy.
  symlinkSync(resolve('node_modules'), join(target, 'node_modules'), 'dir');
}

function build(cwd: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done, fail) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
    // The copy builds with its own defaults (no fixture folders), and a cache of its own, not the linked
    // node_modules/.astro of this folder.
    for (const name of ['CONTENT_DIR', 'OUT_DIR', 'PUBLIC_DIR']) delete env[name];
    env.CACHE_DIR = join(cwd, '.tmp', 'cache');
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output: stripVTControlCharacters(output) }));
  });
}

test('a build of the project in another folder gives a dist/ tree identical to this one', async () => {
  const elsewhere = resolve('.tmp', 'another-folder', 'deeper', 'site');
  rmSync(dirname(dirname(elsewhere)), { recursive: true, force: true });
  mkdirSync(elsewhere, { recursive: true });
  copyProject(elsewhere);
  const result = await build(elsewhere);
  expect(result.status, result.output.slice(-3000)).toBe(0);

  const here = tree(distDir);
  const there = tree(join(elsewhere, 'dist'));
  expect(Object.keys(here).filter((f) => /^(grafer|qr|plakater|pagefind)\//.test(f)).length).toBeGreaterThan(50);
  expect(Object.keys(here).filter((f) => f.startsWith('admin/cms/chunks/')).length).toBeGreaterThan(100);
  for (const file of HOSTING_FILES) expect(here[file], file).toMatch(/^[0-9a-f]{64}$/);
  // The first files that differ, by name, before the whole trees.
  const differing = [...new Set([...Object.keys(here), ...Object.keys(there)])].filter((f) => here[f] !== there[f]);
  expect(differing.slice(0, 20)).toEqual([]);
  expect(there).toEqual(here);
  rmSync(dirname(dirname(elsewhere)), { recursive: true, force: true });
}, 300_000);
