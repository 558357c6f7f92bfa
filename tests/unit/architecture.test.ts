/**
 * src/lib's folders import one way only (src/lib/README.md): a folder may import from folders of a lower rank,
 * never from one of its own rank or higher, and no chain of imports comes back to where it started.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/** The folders of src/lib in the order of src/lib/README.md; '.' is the shared utilities at the top level. */
const RANKS: Record<string, number> = {
  design: 0,
  '.': 1,
  content: 2,
  cms: 3,
  hosting: 4,
  'content-check': 5,
  charts: 5,
  search: 5,
  print: 6,
};

const LIB = 'src/lib';
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
const files = sources(LIB);
const folderOf = (file: string) => dirname(relative(LIB, file)).split('/')[0]!;

/** The files under src/lib that a file imports (relative imports only; packages and src/schemas are outside). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.\.?\/[^']+)'/g)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const hit = ['', '.ts', '.mjs', '/index.ts'].map((ext) => base + ext).find((p) => files.includes(relative('.', p)));
    return hit ? [relative('.', hit)] : [];
  });
}
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('src/lib architecture', () => {
  test('every folder of src/lib has a rank and a README that says what it owns', () => {
    const folders = [...new Set(files.map(folderOf))];
    expect(folders.filter((folder) => !(folder in RANKS))).toEqual([]);
    for (const folder of folders) expect(statSync(join(LIB, folder, 'README.md')).isFile()).toBe(true);
  });

  test('no import runs sideways or upward between folders', () => {
    const wrong = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => folderOf(target) !== folderOf(file) && RANKS[folderOf(target)]! >= RANKS[folderOf(file)]!)
        .map((target) => `${file} → ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  test('no file imports itself through a chain of imports', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test('the check sees the imports it judges', () => {
    expect(graph.get(join(LIB, 'print', 'poster.ts'))).toContain(join(LIB, 'print', 'qr.ts'));
  });
});
