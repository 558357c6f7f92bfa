/**
 * What the search index stores besides a page's own words (at build time): for each word, its roots from the
 * Danish dictionary ("cykler" → "cykel") and the parts of a compound with their roots ("engangssæt" → "engangs",
 * "sæt"). Pagefind's Danish stemmer joins endings ("affaldet", "affald") but not these, so they are added as
 * low-weight words to the copy of each page that Pagefind reads.
 */
import type { CompoundSplitter } from './compounds';
import { VOID_ELEMENTS } from '../format';

/** Marks where a page's extra words begin in the indexed text; the results never show what follows it. */
export const EXTRA_TERMS_MARK = '⁂';

/** The words of a text, in lower case: runs of letters (Danish letters included) and digits. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The extra words for a text: roots and compound parts the text does not already contain, sorted. */
export function extraTerms(text: string, splitter: CompoundSplitter): string[] {
  const words = new Set(wordsOf(text));
  const extra = new Set<string>();
  for (const word of words) {
    // "co₂" and "m³" as the site typesets them are also found as typed: "co2", "m3".
    const typed = word.normalize('NFKC');
    if (typed !== word) extra.add(typed);
    if (word.length < 4 || /\d/.test(word)) continue;
    for (const lemma of splitter.lemmas(word)) extra.add(lemma);
    // A part may be a compound itself: "madspildskonsulenter" → "madspild" → "mad", "spild".
    const queue = [word];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const part of splitter.split(next) ?? []) {
        if (!extra.has(part.form)) queue.push(part.form);
        extra.add(part.form);
        extra.add(part.lemma);
      }
    }
  }
  return [...extra].filter((word) => word.length >= 3 && !words.has(word)).sort();
}

/**
 * The HTML without the elements Pagefind leaves out (`data-pagefind-ignore`), scripts, styles and tags: roughly
 * the text Pagefind indexes, enough to know its words.
 */
export function indexedText(html: string): string {
  const main = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return withoutElements(
    main,
    (tag) => /\sdata-pagefind-ignore\b/.test(tag) || /^<(script|style|svg|template)\b/i.test(tag),
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** `html` with every element whose opening tag matches `drop` removed, children included. */
function withoutElements(html: string, drop: (openingTag: string) => boolean): string {
  let out = '';
  let at = 0;
  const tags = /<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g;
  let skipping: { name: string; depth: number } | undefined;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const [tag, closing, name, selfClosing] = m as unknown as [string, string, string, string];
    const lower = name.toLowerCase();
    if (skipping) {
      if (lower !== skipping.name || selfClosing) continue;
      skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) {
        skipping = undefined;
        at = m.index + tag.length;
      }
      continue;
    }
    if (!closing && !selfClosing && !VOID_ELEMENTS.has(lower) && drop(tag)) {
      out += html.slice(at, m.index);
      skipping = { name: lower, depth: 1 };
    }
  }
  return skipping ? out : out + html.slice(at);
}
