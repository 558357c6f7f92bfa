// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { DEFAULT_SITE_URL, resolveSiteUrl } from './src/lib/site.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pageRedirects } from './src/data/redirects.ts';
import { sizeLimits } from './src/integrations/size-limits.ts';
import { pageCss } from './src/integrations/page-css.ts';
import { admin } from './src/integrations/admin.ts';
import { redirectedLinks } from './src/integrations/redirected-links.ts';
import { webFonts } from './src/integrations/web-fonts.ts';
import { sampleCasePaths, showsSampleContent } from './src/lib/content/sample.ts';
import { contentPath } from './src/lib/content/paths.mjs';

// The one place the public address is set: canonical links, the sitemap and the QR codes all use it.
const site = resolveSiteUrl(process.env.SITE_URL);
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(
    `[site] SITE_URL er ikke sat; bygger til ${DEFAULT_SITE_URL}. Sæt SITE_URL til den rigtige adresse før udgivelse.`,
  );
}

// Old addresses of moved pages are redirect pages, not pages to list in the sitemap.
const movedPages = new Set(pageRedirects().map((r) => r.from));
// A production build keeps a sample case's address only as a page that leads on (src/data/content.ts has the switch).
const showSamples = showsSampleContent({ dev: process.argv.includes('dev'), preview: process.env.PREVIEW });
const hiddenSamples = new Set(showSamples ? [] : sampleCasePaths(contentPath('cases')));

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Tests build fixture content into their own folders; normal builds use dist/ and node_modules/.astro.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // The browser editor's end-to-end test builds what it saved, photos included, from a copy of public/.
  publicDir: process.env.PUBLIC_DIR ?? './public',
  build: {
    format: 'directory',
    // A QR landing page must arrive in one response: the CSS is small, so it goes inline.
    inlineStylesheets: 'always',
  },
  compressHTML: true,
  // Scripts always go in files of their own (never inline), so a Content-Security-Policy can forbid inline script.
  // Tailwind 4 through its Vite plugin; its theme is src/styles/theme.css, generated from src/lib/design/tokens.ts.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    // First: every content file is checked before Astro reads any of it (and before its cache is used).
    contentCheck({ unpublished: hiddenSamples }),
    // The pages' Inter, cut down to the characters the content and the code can show.
    webFonts(),
    mdx(),
    // Short-link redirects, poster print views and the editors' list are not pages to find in a search engine.
    sitemap({
      filter: (page) =>
        !/^\/(404|redaktion|k\/[^/]+|plakater\/[^/]+)\/$/.test(new URL(page).pathname) &&
        !movedPages.has(new URL(page).pathname) &&
        !hiddenSamples.has(new URL(page).pathname),
    }),
    // No page links a renamed page's old address: links are written with the new one (before the search index).
    redirectedLinks(),
    searchIndex(),
    // Each page keeps only the CSS it uses (before the size limits, which weigh the pages as published).
    pageCss(),
    // No original photo is published, and each page's weight is reported against the budgets.
    sizeLimits(),
    // The browser editor at /admin/, bundled from node_modules (src/integrations/admin.ts).
    admin(),
  ],
});
