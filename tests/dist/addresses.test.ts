/**
 * The addresses that must keep working, as the build publishes them (/adresser.json, read by the next build): every
 * page the build made is in it, and every address in it is a page or a redirect to one (the redirects themselves:
 * tests/content/content-check.test.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { distDir, fileForPath, pages } from '../helpers/dist';
import { cases, redirects } from '../helpers/site-content';

const kept = JSON.parse(readFileSync(`${distDir}/adresser.json`, 'utf8')) as string[];
/** Pages with their own registry (short links, poster print views) and the 404 page are not in this one. */
const builtPages = pages
  .filter((p) => p.path !== '/404.html' && !/^\/(k|plakater)\/[^/]+\/$/.test(p.path) && !p.redirect)
  .map((p) => p.path);

test('every page the build made is in the published list of addresses, sorted and once', () => {
  expect(builtPages.filter((path) => !kept.includes(path))).toEqual([]);
  expect(kept).toEqual([...new Set(kept)].sort());
});

/** A sample case a production build leaves out: its address sends the reader to its first track's list. */
const hiddenSample = (address: string) => {
  const sample = cases.find((c) => c.data.sample && `/cases/${c.id}/` === address);
  return sample && `/cases/spor/${sample.data.trackIds[0]}/`;
};

test('every address in it is a page, or a page that sends the reader on to one', () => {
  for (const address of kept) {
    const built = pages.find((p) => p.path === address);
    expect(built, address).toBeDefined();
    if (built!.redirect) {
      expect(redirects.find((r) => r.from === address)?.to ?? hiddenSample(address), address).toBe(built!.redirect);
      expect(fileForPath(built!.redirect), built!.redirect).toBeDefined();
    }
  }
});
