/**
 * The site's public address and the few settings that come from the environment.
 * Read once, in `astro.config.mjs`; everything else gets the address from `Astro.site`.
 */

/** Used when `SITE_URL` is not set. The build warns about it, because QR codes encode this address. */
export const DEFAULT_SITE_URL = 'https://baeredygtighed.rm.dk';

/**
 * Validates and normalises a site address: http(s) only, no query or fragment, always ending in `/`.
 * Throws a Danish error that names the setting.
 */
export function resolveSiteUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL er "${raw}", som ikke er en gyldig adresse. Skriv fx https://baeredygtighed.rm.dk`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL er "${raw}", men skal begynde med https:// (eller http:// lokalt).`);
  }
  if (url.search || url.hash) {
    throw new Error(`SITE_URL er "${raw}", men må ikke indeholde ? eller #.`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * The address of the accessibility statement in Digitaliseringsstyrelsen's WAS tool.
 * `ACCESSIBILITY_STATEMENT_URL` overrides it; by default it is `https://was.digst.dk/<host>`.
 */
export function resolveAccessibilityStatementUrl(siteUrl: string, override: string | undefined): string {
  if (override?.trim()) return new URL(override.trim()).href;
  return `https://was.digst.dk/${new URL(siteUrl).host}`;
}
