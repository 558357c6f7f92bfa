/**
 * Builds the Pagefind search index after `astro build`, in Danish, from each page's main content
 * (`data-pagefind-body`). Word forms that Danish stemming does not join (cykel/cykler) are added to the copy
 * of each page that Pagefind reads; the served HTML is not changed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { synonymsFor } from '../lib/search';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []))));
  return nested.flat().sort();
}

/** The text of the page's main content, roughly: enough to see which words it uses. */
function mainText(html: string): string {
  const main = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main.replace(/<[^>]+>/g, ' ');
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
        if (!index) throw new Error(`Søgeindekset kunne ikke laves: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of await htmlFiles(outDir)) {
          // Headings carry soft hyphens (lib/hyphenate.ts); the index gets the words whole.
          const html = (await readFile(file, 'utf8')).replaceAll('\u00ad', '');
          if (!html.includes('data-pagefind-body')) continue;
          const extra = synonymsFor(mainText(html));
          // The extra forms go first in <main>, so they belong to the page as a whole, not to its last section.
          const content = extra.length ? html.replace(/(<main\b[^>]*>)/, `$1<p data-pagefind-weight="0.5">${extra.join(' ')}</p>`) : html;
          const url = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          const added = await index.addHTMLFile({ url, content });
          if (added.errors.length) throw new Error(`Søgeindekset: ${url}: ${added.errors.join('; ')}`);
          pages += 1;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Søgeindekset kunne ikke skrives: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`${pages} sider i søgeindekset på ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
