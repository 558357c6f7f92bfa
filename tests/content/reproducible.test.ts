/** The same content builds to the same bytes: a second build, from another folder, gives identical charts, data files, QR codes and posters. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, prepareFixture } from '../helpers/fixture-build';
import { distDir } from '../helpers/dist';

function hashes(dir: string, folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(dir, folder))
      .sort()
      .filter((file) => statSync(join(dir, folder, file)).isFile())
      .map((file) => [`${folder}/${file}`, createHash('sha256').update(readFileSync(join(dir, folder, file))).digest('hex')]),
  );
}

test('charts, CSV files, QR codes and PDF posters are byte-identical between two builds', async () => {
  prepareFixture('same-content');
  const build = await buildFixture('same-content');
  expect(build.status, build.output).toBe(0);
  for (const folder of ['grafer', 'data', 'qr', 'plakater']) {
    const first = hashes(distDir, folder);
    expect(Object.keys(first).length).toBeGreaterThan(0);
    expect(hashes(build.outDir, folder)).toEqual(first);
  }
});
