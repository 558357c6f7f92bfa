/**
 * After the build: every page that links an old address of a renamed page (content/data/omdirigeringer.json) links
 * the new one instead (src/lib/hosting/links.ts). Runs before the search index is made, so it indexes the final pages.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files';
import { pageRedirects } from '../data/redirects';
import { redirectPageFile, rewriteRedirectedLinks } from '../lib/hosting/links';

export function redirectedLinks(): AstroIntegration {
  return {
    name: 'redirected-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const redirects = pageRedirects();
        if (!redirects.length) return;
        const root = fileURLToPath(dir);
        const keep = new Set(redirects.map(redirectPageFile));
        let changed = 0;
        for (const file of await htmlFiles(root)) {
          if (keep.has(relative(root, file).split(sep).join('/'))) continue;
          const html = await readFile(file, 'utf8');
          const next = rewriteRedirectedLinks(html, redirects);
          if (next !== html) {
            await writeFile(file, next);
            changed += 1;
          }
        }
        if (changed) logger.info(`Links til flyttede sider peger nu på den nye adresse på ${changed} sider.`);
      },
    },
  };
}
