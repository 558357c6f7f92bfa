/**
 * After the build: each page keeps only the CSS it uses (src/lib/design/page-css.ts). Runs before the size limits,
 * so the weights reported and tested are those of the pages as published. `PAGE_CSS=all` leaves every page its whole
 * stylesheet, for a comparison (tests/content/page-css.test.ts): pages cut down look exactly like pages with it all.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files';
import { pruneInlineCss } from '../lib/design/page-css';

export function pageCss(): AstroIntegration {
  return {
    name: 'page-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PAGE_CSS === 'all') return;
        const root = fileURLToPath(dir);
        let before = 0;
        let after = 0;
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const next = await pruneInlineCss(html);
          if (next === html) continue;
          await writeFile(file, next);
          before += html.length;
          after += next.length;
          pages += 1;
        }
        if (pages)
          logger.info(
            `${pages} sider har kun den CSS, de bruger: ${Math.round((before - after) / 1024)} KB mindre i alt (før komprimering).`,
          );
      },
    },
  };
}
