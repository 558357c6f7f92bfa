/**
 * The address registry (content/data/adresser.json) is the site: every page the build made is in it, and every
 * address in it is either a page or a redirect to one (the redirects themselves: tests/content/content-check.test.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { pageRedirects } from '../../src/data/redirects';
import { pages } from '../helpers/dist';

const registry = JSON.parse(readFileSync('content/data/adresser.json', 'utf8')) as string[];
const redirects = pageRedirects('content');
/** Pages with their own registry (short links, poster print views) and the 404 page are not in this one. */
const builtPages = pages
  .map((p) => p.path)
  .filter((path) => path !== '/404.html' && !/^\/(k|plakater)\/[^/]+\/$/.test(path) && !redirects.some((r) => r.from === path));

test('every page the build made is in the address registry', () => {
  expect(builtPages.filter((path) => !registry.includes(path))).toEqual([]);
  expect(builtPages.length).toBeGreaterThan(50);
});

test('every registered address is a page or redirects to one', () => {
  const gone = registry.filter((address) => !builtPages.includes(address) && !redirects.some((r) => r.from === address));
  expect(gone).toEqual([]);
});
