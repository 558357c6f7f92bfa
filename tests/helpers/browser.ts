/** Starts the built site on 127.0.0.1 and Debian's Chromium for the browser tests. */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { XMLParser } from 'fast-xml-parser';
import { distDir, siteUrl } from './dist';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startNginx } from './nginx';

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

export interface Site {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Serves dist/ with a small Node server (with `withHeaders`, sending the rules of dist/_headers as Netlify and
 * Cloudflare Pages would); with `nginx`, with Debian's nginx and the repository's configuration (https, every
 * header, as in production). Pages of an nginx site need a context with `ignoreHTTPSErrors`.
 */
export async function startSite({ nginx = false, withHeaders = false } = {}): Promise<Site> {
  const headersFile = withHeaders ? `${distDir}/_headers` : undefined;
  const server = nginx
    ? await startNginx(distDir)
    : ((await serveDist({ root: distDir, headersFile })) as { url: string; close(): Promise<void> });
  const browser = (await launchChromium()) as Browser;
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The `<loc>` addresses of a sitemap file (an index or a URL set), read with an XML parser. */
function sitemapLocations(file: string): string[] {
  const xml = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' }).parse(
    readFileSync(file, 'utf8'),
  );
  const entries: { loc: string }[] = xml.sitemapindex?.sitemap ?? xml.urlset?.url ?? [];
  return entries.map((entry) => entry.loc);
}

/** Every path in the sitemap, e.g. `/spor/ansvarligt-forbrug/`. */
export function sitemapPaths(): string[] {
  const maps = sitemapLocations(`${distDir}/sitemap-index.xml`).map((loc) => new URL(loc).pathname);
  return maps.flatMap((map) =>
    sitemapLocations(`${distDir}${map}`).map((loc) => {
      const url = new URL(loc);
      if (!url.href.startsWith(siteUrl)) throw new Error(`the sitemap lists ${url.href}, outside ${siteUrl}`);
      return `/${url.href.slice(siteUrl.length)}`;
    }),
  );
}
