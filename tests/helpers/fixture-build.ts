/**
 * Builds the site from a copy of `content/` with deliberate mistakes, the way an editor would make them,
 * and returns what the build printed. Each fixture gets its own content, output and cache folders under
 * `.tmp/fixtures/`, so it never touches `dist/` or the real build's cache.
 *
 * A test that names particular files, ids, positions or line numbers copies FIXTURE_CONTENT instead of
 * `content/`: a frozen content site of the tests' own, so editors may change the real content freely.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureBuild {
  /** The build's exit code. */
  status: number | null;
  /** stdout and stderr together, without ANSI colours. */
  output: string;
  /** The content folder as the build saw it, relative to the project, e.g. `.tmp/fixtures/x/content`. */
  contentDir: string;
  outDir: string;
}

export interface Fixture {
  contentDir: string;
  /** Replaces text in a content file; fails if the text is not there, so a fixture never silently tests nothing. */
  replace(file: string, from: string | RegExp, to: string): void;
  /** Edits a JSON content file. */
  editJson(file: string, edit: (data: Record<string, unknown>) => void): void;
  write(file: string, text: string): void;
  remove(file: string): void;
}

/**
 * The tests' own content site: a copy of `content/` frozen when it was made, which the content check accepts
 * (tests/content/fixture-content.test.ts). Tests that need particular content build from it, never from the
 * real content. When a schema changes, change these files the way the real content is changed.
 */
export const FIXTURE_CONTENT = join('tests', 'fixtures', 'content');

/**
 * A fresh copy of `from` (the real `content/` unless told; FIXTURE_CONTENT for a test that names particular
 * content) at `.tmp/fixtures/<name>/content`; with `keep`, the copy the last call made.
 */
export function prepareFixture(name: string, { keep = false, from = 'content' } = {}): Fixture {
  const root = join('.tmp', 'fixtures', name);
  const contentDir = join(root, 'content');
  if (!keep) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    cpSync(from, contentDir, { recursive: true });
  }
  const path = (file: string) => join(contentDir, file);
  return {
    contentDir,
    replace(file, from, to) {
      const text = readFileSync(path(file), 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`fixture ${name}: ${file} does not contain ${String(from)}`);
      writeFileSync(path(file), next);
    },
    editJson(file, edit) {
      const data = JSON.parse(readFileSync(path(file), 'utf8')) as Record<string, unknown>;
      edit(data);
      writeFileSync(path(file), `${JSON.stringify(data, null, 2)}\n`);
    },
    write(file, text) {
      writeFileSync(path(file), text);
    },
    remove(file) {
      rmSync(path(file));
    },
  };
}

export function buildFixture(name: string, env: Record<string, string> = {}): Promise<FixtureBuild> {
  const root = join('.tmp', 'fixtures', name);
  const contentDir = join(root, 'content');
  const outDir = join(root, 'dist');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        CACHE_DIR: join(root, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: stripVTControlCharacters(output), contentDir, outDir }));
  });
}

/** The lines of the Danish error report, with the fixture's folder shown as `content/`. */
export function reportedProblems(build: FixtureBuild): string[] {
  const lines = build.output.split('\n');
  const start = lines.findIndex((line) => /Der er \d+ fejl i indholdet/.test(line));
  if (start < 0) return [];
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  - ')) break;
    block.push(line.slice(4).split(`${build.contentDir}/`).join('content/'));
  }
  return block;
}
