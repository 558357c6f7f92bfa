/**
 * Fetches the live site's /adresser.json (every address it has published, written by each build) into a file, for
 * the next build's content check (PUBLISHED_ADDRESSES). The live site is the registry that no one has to keep:
 * a page made in the browser editor is in it once it is published. When the site cannot be reached (the first
 * deploy, no network) the committed registry content/data/adresser.json is all there is, and that is said.
 *
 * Usage: node scripts/published-addresses.mjs <site-url> <file>   prints the file's path when it was written
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @returns {Promise<string | undefined>} the file, when the live list was fetched and is a list of addresses */
export async function fetchPublishedAddresses(siteUrl, file) {
  const url = new URL('adresser.json', siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`svarede ${response.status}`);
    const list = await response.json();
    if (!Array.isArray(list) || list.some((a) => typeof a !== 'string'))
      throw new Error('er ikke en liste af adresser');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(list, null, 2)}\n`);
    console.log(`Udgivne adresser: ${list.length} fra ${url.href}.`);
    return file;
  } catch (error) {
    console.log(
      `Udgivne adresser: ${url.href} kunne ikke hentes (${error.message ?? error}); kun content/data/adresser.json bruges.`,
    );
    return undefined;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [siteUrl, file] = process.argv.slice(2);
  if (!file) {
    console.error('Brug: node scripts/published-addresses.mjs <sitets adresse> <fil>');
    process.exit(2);
  }
  if (!siteUrl) console.log('Udgivne adresser: SITE_URL er ikke sat; kun content/data/adresser.json bruges.');
  else await fetchPublishedAddresses(siteUrl, file);
}
