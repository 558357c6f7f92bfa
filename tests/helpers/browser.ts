/** Starts the built site on 127.0.0.1 and Debian's Chromium for the browser tests. */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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
 * Serves dist/ with a small Node server; with `nginx`, with Debian's nginx and the repository's configuration
 * (https, every header, as in production). Pages of an nginx site need a context with `ignoreHTTPSErrors`.
 */
export async function startSite({ nginx = false } = {}): Promise<Site> {
  const server = nginx ? await startNginx(distDir) : ((await serveDist({ root: distDir })) as { url: string; close(): Promise<void> });
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

/** Every path in the sitemap, e.g. `/spor/ansvarligt-forbrug/`. */
export function sitemapPaths(): string[] {
  const index = readFileSync(`${distDir}/sitemap-index.xml`, 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((map) =>
    [...readFileSync(`${distDir}${map}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
      const url = new URL(m[1]!);
      if (!url.href.startsWith(siteUrl)) throw new Error(`the sitemap lists ${url.href}, outside ${siteUrl}`);
      return `/${url.href.slice(siteUrl.length)}`;
    }),
  );
}
