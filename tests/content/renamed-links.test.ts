/**
 * Renaming a page: the check suggests its new address as the redirect, and after the redirect is added no page
 * links the old address (the site's own links are written with the new one); the old address is a redirect page.
 */
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, prepareFixture, reportedProblems } from '../helpers/fixture-build';

test('a renamed case: the suggestion is its new address, and links to the old one are written with the new', async () => {
  const f = prepareFixture('renamed-links', { from: FIXTURE_CONTENT });
  const dir = join(f.contentDir, 'cases');
  const file = readdirSync(dir).filter((n) => /\.mdx?$/.test(n)).sort()[0]!;
  const id = file.replace(/\.mdx?$/, '');
  const renamed = `${id}-omdoebt`;
  renameSync(join(dir, file), join(dir, file.replace(id, renamed)));
  // The case's own text links its old address, as a page written before the rename would.
  const path = join(dir, file.replace(id, renamed));
  f.write(`cases/${file.replace(id, renamed)}`, `${readFileSync(path, 'utf8')}\n\nSe også [casen](/cases/${id}/#indhold).\n`);
  const first = await buildFixture('renamed-links');
  expect(first.status).toBe(1);
  expect(reportedProblems(first)).toContainEqual(
    expect.stringContaining(`{ "fra": "/cases/${id}/", "til": "/cases/${renamed}/" }`),
  );

  f.editJson('data/omdirigeringer.json', (data) => {
    (data as unknown as { fra: string; til: string }[]).push({ fra: `/cases/${id}/`, til: `/cases/${renamed}/` });
  });
  const second = await buildFixture('renamed-links');
  expect(second.status, second.output.slice(-3000)).toBe(0);
  const html = readFileSync(join(second.outDir, 'cases', renamed, 'index.html'), 'utf8');
  expect(html).toContain(`href="/cases/${renamed}/#indhold"`);
  expect(html).not.toContain(`href="/cases/${id}/`);
  const old = readFileSync(join(second.outDir, 'cases', id, 'index.html'), 'utf8');
  expect(old).toContain(`url=/cases/${renamed}/`);
});
