/**
 * A failed build never leaves a broken site: a cross-reference error (an indicator that names a target no file has)
 * after a good build stops the next build before anything is rendered, and the previous output folder stays
 * exactly as it was, file for file and byte for byte.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, prepareFixture, reportedProblems } from '../helpers/fixture-build';

/** Every file under `dir` with the hash of its bytes and its modification time. */
function snapshot(dir: string, base = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const rel = base ? `${base}/${name}` : name;
    const stat = statSync(path);
    if (stat.isDirectory()) Object.assign(out, snapshot(path, rel));
    else out[rel] = `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stat.mtimeMs}`;
  }
  return out;
}

test('a cross-reference error after a good build leaves the previous dist/ as it was', async () => {
  const f = prepareFixture('failed-build-keeps-dist');
  const good = await buildFixture('failed-build-keeps-dist');
  expect(good.status, good.output.slice(-2000)).toBe(0);
  const before = snapshot(good.outDir);
  expect(Object.keys(before)).toContain('index.html');

  // Valid by its schema, wrong only as a cross-reference: the target it measures does not exist.
  f.editJson('data/indikatorer.json', (data) => {
    (data as unknown as Record<string, unknown>[]).push({
      id: 'ny-indikator',
      titel: 'En ny indikator',
      maal: ['findes-ikke'],
      enhed: '%',
      maalinger: [],
    });
  });
  const bad = await buildFixture('failed-build-keeps-dist');
  expect(bad.status).toBe(1);
  expect(bad.output).not.toContain('Complete!');
  expect(bad.output).not.toMatch(/^\s+at\s/m);
  expect(reportedProblems(bad)).toContainEqual(
    expect.stringMatching(/^content\/data\/indikatorer\.json.*\(id "ny-indikator"\).*"findes-ikke"/),
  );
  expect(snapshot(bad.outDir)).toEqual(before);
});
