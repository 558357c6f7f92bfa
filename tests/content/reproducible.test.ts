/**
 * The same content builds to the same bytes: a second build, with its own cache and output folder, gives a
 * dist/ tree identical to the first, file for file: pages, charts, data files, QR codes, posters and the
 * search index. (Only /redaktion/ differs, because it names the content folder, which here is the fixture's.)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, prepareFixture } from '../helpers/fixture-build';
import { distDir } from '../helpers/dist';
import { HOSTING_FILES } from '../../src/lib/hosting/hosting';

function tree(root: string): Record<string, string> {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return Object.fromEntries(
    walk(root)
      .map((file) => relative(root, file))
      .filter((file) => file !== join('redaktion', 'index.html'))
      .sort()
      .map((file) => [file, createHash('sha256').update(readFileSync(join(root, file))).digest('hex')]),
  );
}

test('two builds of the same content give identical dist/ trees', async () => {
  prepareFixture('same-content');
  const build = await buildFixture('same-content');
  expect(build.status, build.output).toBe(0);
  const first = tree(distDir);
  expect(Object.keys(first).filter((f) => /^(grafer|qr|plakater|pagefind)\//.test(f)).length).toBeGreaterThan(50);
  // The hosting files too: the nginx redirect map, the server include, _redirects and _headers.
  for (const file of HOSTING_FILES) expect(first[file], file).toMatch(/^[0-9a-f]{64}$/);
  expect(readFileSync(join(build.outDir, '_nginx-http.conf'), 'utf8')).toMatch(/^map \$uri \$rm_redirect_301 \{/m);
  expect(tree(build.outDir)).toEqual(first);
});
