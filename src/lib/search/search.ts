/**
 * Search on the search page (runs in the browser, pure logic): what kind each page is, how a query is read
 * (words the index lacks are transliterated, split into compound parts or corrected against the index's own word
 * list), how results are ranked, and how an excerpt is cleaned. The index itself is built by
 * src/integrations/search-index.ts, which adds each word's roots and compound parts from the Danish dictionary.
 */
import { EXTRA_TERMS_MARK, wordsOf } from './terms';

/** The kinds of page a search result can be, with the label the reader sees. */
export const SEARCH_KINDS = {
  spor: 'Spor',
  maal: 'Mål',
  aftale: 'Aftale',
  case: 'Case',
  materiale: 'Materiale',
  side: 'Side',
} as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

/** The words of the search index, sorted, with quick lookups of a word, a prefix and near misspellings. */
export class Vocabulary {
  readonly #words: readonly string[];
  readonly #set: ReadonlySet<string>;

  constructor(words: readonly string[]) {
    this.#words = [...new Set(words.map((w) => w.toLowerCase()))].sort();
    this.#set = new Set(this.#words);
  }

  has(word: string): boolean {
    return this.#set.has(word);
  }

  /** Whether some word of the index starts with `prefix` (Pagefind matches a query word as a prefix). */
  hasPrefix(prefix: string): boolean {
    let low = 0;
    let high = this.#words.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.#words[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    return this.#words[low]?.startsWith(prefix) ?? false;
  }

  /** A query word Pagefind will find: a word of the index, or (from four letters) the start of one. */
  knows(word: string): boolean {
    return this.has(word) || (word.length >= 4 && this.hasPrefix(word));
  }

  /** Words one letter away (one letter wrong, missing, extra, or two swapped), for words of five letters or more. */
  near(word: string): string[] {
    if (word.length < 5) return [];
    return this.#words.filter((candidate) => candidate.length >= 4 && oneEditApart(word, candidate));
  }
}

/** True when `a` and `b` differ by exactly one substitution, insertion, deletion or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

const TO_DANISH: readonly [string, string][] = [
  ['ae', 'æ'],
  ['oe', 'ø'],
  ['aa', 'å'],
];

/**
 * The ways a word may have been written without (or with) æ, ø and å: "baeredygtig" → "bæredygtig", "groen" →
 * "grøn", and back again for names such as "Århus" → "aarhus". Every combination, the word itself left out.
 */
export function transliterations(word: string): string[] {
  const lower = word.toLowerCase();
  const found = new Set<string>();
  const expand = (text: string, pairs: readonly [string, string][]) => {
    const spots: { at: number; from: string; to: string }[] = [];
    for (const [from, to] of pairs)
      for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + 1)) spots.push({ at, from, to });
    if (spots.length === 0 || spots.length > 4) return;
    spots.sort((x, y) => x.at - y.at);
    for (let mask = 1; mask < 1 << spots.length; mask += 1) {
      let out = '';
      let at = 0;
      let clash = false;
      spots.forEach((spot, i) => {
        if (!(mask & (1 << i))) return;
        if (spot.at < at) clash = true;
        out += text.slice(at, spot.at) + spot.to;
        at = spot.at + spot.from.length;
      });
      if (!clash) found.add(out + text.slice(at));
    }
  };
  expand(lower, TO_DANISH);
  expand(
    lower,
    TO_DANISH.map(([latin, danish]) => [danish, latin]),
  );
  found.delete(lower);
  return [...found];
}

const LINKING = ['s', 'e', ''] as const;

/**
 * A query word split into words of the index: "sutursæt" → "sutur", "sæt"; "plastaffald" → "plast", "affald".
 * A part may be followed by the linking letter -s- or -e-. The fewest parts win; parts have three letters or more,
 * or two for a first part that begins a word of the index ("el" in "elcykler", as in "elbil").
 */
export function splitWord(word: string, vocabulary: Vocabulary): string[] | undefined {
  const memo = new Map<string, string[] | null>();
  const split = (rest: string): string[] | undefined => {
    if (memo.has(rest)) return memo.get(rest) ?? undefined;
    let best: string[] | undefined;
    for (let cut = rest.length - 3; cut >= 2; cut -= 1) {
      const head = rest.slice(0, cut);
      const tail = rest.slice(cut);
      for (const link of LINKING) {
        if (link && !head.endsWith(link)) continue;
        const part = head.slice(0, head.length - link.length);
        // A two-letter first part ("el" in "elcykler") must begin a word of the index, and be followed by a word.
        const shortHead = part.length === 2 && rest === word && vocabulary.hasPrefix(part) && vocabulary.knows(tail);
        if (part.length < 2 || (part.length === 2 ? !shortHead : !vocabulary.knows(part))) continue;
        const after = vocabulary.knows(tail) ? [tail] : split(tail);
        if (after && (!best || after.length + 1 < best.length)) best = [part, ...after];
      }
      if (best?.length === 2) break;
    }
    memo.set(rest, best ?? null);
    return best;
  };
  return word.length >= 6 ? split(word) : undefined;
}

/** How one word of the query is searched for, and why. */
export interface WordPlan {
  word: string;
  /** For a compound, its parts (each must be found); otherwise the forms of the word (any may be found). */
  terms: string[];
  how: 'word' | 'transliterated' | 'compound' | 'corrected' | 'unknown';
}

/**
 * How each word of a query is searched for. A word the index knows is searched as it is (with its æ/ø/å or
 * ae/oe/aa form too, if the index has that as well). One it does not know is tried transliterated, then split
 * into compound parts, then corrected by one letter; else it is left to Pagefind's stemming as it is.
 * Words of one or two letters ("i", "af", "på") are left out when the query has longer ones.
 */
export function planQuery(query: string, vocabulary: Vocabulary): WordPlan[] {
  const all = [...new Set(wordsOf(query))];
  const words = all.some((word) => word.length > 2) ? all.filter((word) => word.length > 2) : all;
  return words.map((word): WordPlan => {
    const variants = transliterations(word).filter((variant) => variant.length >= 3 && vocabulary.knows(variant));
    if (vocabulary.knows(word)) return { word, terms: [word, ...variants], how: 'word' };
    if (variants.length) return { word, terms: variants, how: 'transliterated' };
    for (const form of [word, ...transliterations(word)]) {
      const parts = splitWord(form, vocabulary);
      if (parts) return { word, terms: parts, how: 'compound' };
    }
    const near = vocabulary.near(word);
    if (near.length) return { word, terms: near.slice(0, 3), how: 'corrected' };
    return { word, terms: [word], how: 'unknown' };
  });
}

/** One search per group: a page is found by a group when any of its terms finds it. */
export interface SearchGroup {
  terms: string[];
  /** How much a hit through the group counts: a word as typed counts fully, a guess a little less. */
  weight: number;
}

/**
 * The groups to search for a planned query. Pagefind finds only pages with every word of one search, so each
 * word is searched alone and the results are combined (`combineScores`): a compound's parts are groups of their
 * own; the forms of a word are one group.
 */
export function searchGroups(plan: readonly WordPlan[]): SearchGroup[] {
  return plan.flatMap((p): SearchGroup[] => {
    if (p.how === 'compound') return p.terms.map((term) => ({ terms: [term], weight: 0.8 }));
    return [{ terms: p.terms, weight: p.how === 'word' || p.how === 'unknown' ? 1 : 0.9 }];
  });
}

/** The words searched for, as the page tells the reader ("Søgte også efter: …"). */
export function searchText(plan: readonly WordPlan[]): string {
  return [...new Set(plan.flatMap((p) => p.terms))].join(' ');
}

/**
 * Scores per page from each group's scores (group → page → score): the sum, times the square of the share of
 * groups that found the page. A page with every word comes first; one with some of them still comes.
 */
export function combineScores(groups: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const combined = new Map<string, { sum: number; found: number }>();
  for (const group of groups) {
    for (const [id, score] of group) {
      const entry = combined.get(id) ?? { sum: 0, found: 0 };
      entry.sum += score;
      entry.found += 1;
      combined.set(id, entry);
    }
  }
  const n = Math.max(1, groups.length);
  return new Map([...combined].map(([id, { sum, found }]) => [id, sum * (found / n) ** 2]));
}

/** A result as the search page ranks it. */
export interface SearchHit {
  url: string;
  title: string;
  /** The kind's label, as in SEARCH_KINDS. */
  kind: string;
  /** Pagefind's score. */
  score: number;
}

/** Track pages and targets weigh more than other pages; overviews that list other pages weigh less. */
const KIND_WEIGHT: Record<string, number> = {
  [SEARCH_KINDS.spor]: 1.6,
  [SEARCH_KINDS.maal]: 1.4,
  [SEARCH_KINDS.case]: 1,
  [SEARCH_KINDS.aftale]: 1,
  [SEARCH_KINDS.materiale]: 0.8,
  [SEARCH_KINDS.side]: 0.8,
};
const LIST_WEIGHT = 0.6;

/** Pages that list other pages: /spor/, /aftaler/, /cases/ and the case lists by track and unit (not /maal/). */
export function isListPage(url: string): boolean {
  return (/^\/[^/]+\/$/.test(url) && url !== '/maal/') || /^\/cases\/(spor|enhed)\//.test(url);
}

/** How much of the query the title holds, 0 to 1: a title word starting like a planned word counts. */
export function titleMatch(title: string, plan: readonly WordPlan[]): number {
  if (plan.length === 0) return 0;
  const titleWords = wordsOf(title);
  const stem = (word: string) => word.slice(0, Math.max(3, Math.min(word.length, 5)));
  const matches = (term: string) =>
    titleWords.some((w) => w.startsWith(stem(term)) || (term.length >= 4 && w.includes(term)));
  return plan.filter((p) => p.terms.some(matches)).length / plan.length;
}

/** The results best first: Pagefind's score, weighed by kind, lists lower, and the page whose title matches first. */
export function rankHits<T extends SearchHit>(hits: readonly T[], plan: readonly WordPlan[]): T[] {
  const weighed = hits.map((hit) => {
    const title = titleMatch(hit.title, plan);
    const weight = (KIND_WEIGHT[hit.kind] ?? 1) * (isListPage(hit.url) ? LIST_WEIGHT : 1);
    // A title that holds the whole query puts the page first, before any page that only mentions the words.
    return { hit, rank: hit.score * weight * (1 + 2 * title) + (title === 1 ? 1000 * weight : 0) };
  });
  return weighed.sort((a, b) => b.rank - a.rank || a.hit.url.localeCompare(b.hit.url)).map((w) => w.hit);
}

/**
 * A Pagefind excerpt (HTML with <mark>) as pieces of text, marked or not, cut where the page's extra words begin;
 * undefined when nothing readable is left, so the page's description is shown instead.
 */
export function excerptPieces(excerpt: string): { text: string; mark: boolean }[] | undefined {
  const cut = excerpt.indexOf(EXTRA_TERMS_MARK);
  const html = cut >= 0 ? excerpt.slice(0, cut) : excerpt;
  const pieces = html
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const mark = part.startsWith('<mark>');
      return { text: decodeEntities(part.replace(/<[^>]+>/g, '')), mark };
    });
  const text = pieces
    .map((p) => p.text)
    .join('')
    .trim();
  if (text.length < 40) return undefined;
  const first = pieces[0]!;
  first.text = first.text.replace(/^\s+/, '');
  // An excerpt that starts mid-sentence says so.
  if (/^\p{Ll}/u.test(first.text) || !/^[\p{L}\p{N}]/u.test(first.text))
    first.text = `… ${first.text.replace(/^[^\p{L}\p{N}]+/u, '')}`;
  const last = pieces.at(-1)!;
  last.text = last.text.replace(/\s+$/, '');
  if (!/[.!?]$/.test(last.text)) last.text += ' …';
  return pieces;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name.toLowerCase()] ?? whole;
  });
}
