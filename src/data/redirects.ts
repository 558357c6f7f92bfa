/**
 * Page redirects: old addresses that must keep working after a page was renamed or removed, as a plain list of
 * { from, to }. Read from `content/data/omdirigeringer.json` (checked by the content check before the build);
 * `_redirects` and the static redirect pages (`src/pages/[...redirect].astro`) are made from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readRedirects, type PageRedirect } from '../lib/hosting/addresses';
import { contentDir as defaultContentDir } from '../lib/content/paths.mjs';

export type { PageRedirect };

export function pageRedirects(contentDir = defaultContentDir): PageRedirect[] {
  const file = `${contentDir}/data/omdirigeringer.json`;
  if (!existsSync(file)) return [];
  return readRedirects(JSON.parse(readFileSync(file, 'utf8'))).sort((a, b) => a.from.localeCompare(b.from));
}
