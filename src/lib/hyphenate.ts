/**
 * Danish hyphenation for headings, done at build time: soft hyphens (U+00AD) go where Danish words may break, found
 * with TeX's Danish hyphenation patterns (the `hyphen` package). The browser then breaks a long compound such as
 * "Universitetshospital" at a syllable, with a visible hyphen, instead of anywhere or not at all.
 *
 * A compound breaks best where its own parts meet ("Regions-hospitalet", not "Regi-onshospitalet"). The caller may
 * pass what splits a word into its parts (the middleware passes the search's hunspell splitter, lib/search/ being of
 * a higher rank than this file). For a word it splits:
 * - every boundary between two parts is a break (the parts are three letters or more);
 * - a part of `LONG_PART` letters or more also keeps the pattern breaks inside it, taken from the left, as long as no
 *   piece between two breaks (or between a break and the part's ends) is shorter than `MIN_COMPOUND_PIECE` letters;
 *   "hospitalet" becomes "hospi-talet", never "ho-" or "-et";
 * - a shorter part is never broken inside ("Regions" stays whole).
 * Any other word keeps the pattern breaks that leave two letters before and three after, and no one-letter piece
 * between two breaks.
 *
 * A unit or an abbreviation is never broken: a word with a digit, a sub- or superscript ("CO₂e", "m³") or an upper
 * case letter after a lower case one ("kWh", "MWh", "MidtVask") is left whole, and so is everything inside a
 * `whitespace-nowrap` span (a figure with its unit, an address: lib/format.ts, `keepTogether`).
 *
 * The result depends only on the text (and the dictionary), so every build gives the same bytes; each word is
 * worked out once per build (a cache per splitter).
 */
import danish from 'hyphen/da';
import { NOWRAP_CLASS } from './format';

// A CommonJS package: Node gives its exports as the default export.
const { hyphenateSync } = danish;

export const SOFT_HYPHEN = '\u00ad';
/** Words shorter than this are left alone: they fit on any line. */
export const MIN_WORD_LENGTH = 7;
/** Letters a break must leave before it, and after it (Danish typography: at least two, and three at the end). */
const LEFT_MIN = 2;
const RIGHT_MIN = 3;
/** In a compound: the shortest piece a break may leave, and the shortest part that is broken inside at all. */
export const MIN_COMPOUND_PIECE = 3;
export const LONG_PART = 8;

/**
 * The parts of a compound exactly as written (their lengths add up to the word's; case may differ), or undefined
 * when the word is not a compound.
 */
export type CompoundParts = (word: string) => readonly string[] | undefined;

/** The positions (letters from the start) where the patterns allow a break. */
function patternBreaks(word: string): number[] {
  const pieces = hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH }).split(SOFT_HYPHEN);
  const breaks: number[] = [];
  let before = 0;
  for (const piece of pieces.slice(0, -1)) breaks.push((before += piece.length));
  return breaks;
}

/** The breaks of a compound whose parts end at `ends` (the last end is the word's length). */
function compoundBreaks(patterns: number[], ends: number[]): number[] {
  const breaks: number[] = [];
  let start = 0;
  for (const end of ends) {
    if (end - start >= LONG_PART) {
      let last = start;
      for (const point of patterns) {
        if (point - last >= MIN_COMPOUND_PIECE && end - point >= MIN_COMPOUND_PIECE && point > start && point < end) {
          breaks.push(point);
          last = point;
        }
      }
    }
    if (end < ends.at(-1)!) breaks.push(end);
    start = end;
  }
  return breaks;
}

/**
 * The breaks of any other word: two letters before, three after, and never a one-letter piece between two breaks;
 * the later break wins ("Gød-strup", "Psy-kia-trien", not "Gø-d-strup", "Psy-ki-a-trien").
 */
function plainBreaks(patterns: number[], length: number): number[] {
  const breaks: number[] = [];
  for (const point of patterns) {
    if (point < LEFT_MIN || length - point < RIGHT_MIN) continue;
    if (breaks.length > 0 && point - breaks.at(-1)! < 2) breaks[breaks.length - 1] = point;
    else breaks.push(point);
  }
  return breaks;
}

/** Where the parts of a compound end, or undefined when the word is not one (or the parts do not add up). */
function partEnds(word: string, compounds: CompoundParts | undefined): number[] | undefined {
  const parts = compounds?.(word);
  if (!parts || parts.length < 2) return undefined;
  const ends: number[] = [];
  let end = 0;
  for (const part of parts) {
    if (part.length < MIN_COMPOUND_PIECE) return undefined;
    ends.push((end += part.length));
  }
  return end === word.length ? ends : undefined;
}

/** A word with its allowed breaks. */
function hyphenateWord(word: string, compounds: CompoundParts | undefined): string {
  const patterns = patternBreaks(word);
  const ends = partEnds(word, compounds);
  const breaks = ends ? compoundBreaks(patterns, ends) : plainBreaks(patterns, word.length);
  let out = '';
  let from = 0;
  for (const point of breaks) {
    out += word.slice(from, point) + SOFT_HYPHEN;
    from = point;
  }
  return out + word.slice(from);
}

/** A word that is a unit or an abbreviation, or holds a figure: never broken. */
const isUnit = (word: string) => /[\p{N}]/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);

/** Each word's result, once per build: one cache for each splitter (and one for none). */
const caches = new WeakMap<CompoundParts, Map<string, string>>();
const plainCache = new Map<string, string>();

/**
 * Plain text with soft hyphens in its long words; `compounds` (optional) says where a compound's parts meet. Text
 * that already has soft hyphens is returned as it is.
 */
export function hyphenateText(text: string, compounds?: CompoundParts): string {
  if (text.includes(SOFT_HYPHEN)) return text;
  let cache = compounds ? caches.get(compounds) : plainCache;
  if (!cache) caches.set(compounds!, (cache = new Map()));
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    if (word.length < MIN_WORD_LENGTH || !/^\p{L}+$/u.test(word) || isUnit(word)) return word;
    let done = cache.get(word);
    if (done === undefined) cache.set(word, (done = hyphenateWord(word, compounds)));
    return done;
  });
}

const NOWRAP_SPAN = new RegExp(`^<span\\b[^>]*\\bclass="(?:[^"]*\\s)?${NOWRAP_CLASS}(?:\\s[^"]*)?"`, 'i');

/** The class of the box a heading's hyphenated word is set in (global.css): it breaks only where it must. */
export const WORD_CLASS = 'hy';
/** A run of text with no space that holds a soft hyphen: a hyphenated word with the punctuation at its sides. */
const HYPHENATED_RUN = new RegExp(`[^\\s]*${SOFT_HYPHEN}[^\\s]*`, 'g');
/** The longest word (in letters) from which an h1 or h2 is told its length, so its type can be set smaller to fit it (global.css). */
export const FIT_WORD_LENGTH = 14;

/**
 * An HTML page with soft hyphens in the text of its h1–h4 headings; tags, attributes and entities are untouched,
 * and so is everything outside the headings (the title, meta tags, body text) and inside a nowrap span.
 *
 * Each hyphenated word is set in a `WORD_CLASS` box, which the browser keeps whole and moves to the next line when
 * it fits there, so a word is broken (at its soft hyphens) only when it is wider than the line itself: "Aarhus
 * Univer-sitetshospital" becomes "Aarhus / Universitetshospital". An h1 or h2 whose longest word has
 * `FIT_WORD_LENGTH` letters or more gets that length as `--word`, and on a narrow screen its type shrinks so that
 * word fits a line (down to a floor; below it the word breaks where its parts meet).
 */
export function hyphenateHeadings(html: string, compounds?: CompoundParts): string {
  return html.replace(
    /(<(h[1-4])\b[^>]*>)([\s\S]*?)(<\/\2>)/gi,
    (_whole, open: string, tag: string, inner: string, close: string) => {
      /** The open spans inside the heading, each with whether it keeps its text on one line. */
      const spans: boolean[] = [];
      let longest = 0;
      const hyphenated = inner
        .split(/(<[^>]*>|&[#\w]+;)/)
        .map((part) => {
          if (/^<span\b/i.test(part)) spans.push(NOWRAP_SPAN.test(part) || spans.at(-1) === true);
          else if (/^<\/span\s*>/i.test(part)) spans.pop();
          if (part.startsWith('<') || part.startsWith('&') || spans.at(-1) === true) return part;
          return hyphenateText(part, compounds).replace(HYPHENATED_RUN, (run) => {
            for (const word of run.replaceAll(SOFT_HYPHEN, '').match(/\p{L}+/gu) ?? [])
              longest = Math.max(longest, word.length);
            return `<span class="${WORD_CLASS}">${run}</span>`;
          });
        })
        .join('');
      const fits = /^h[12]$/i.test(tag) && longest >= FIT_WORD_LENGTH && !/\sstyle=/i.test(open);
      return (fits ? open.replace(/>$/, ` style="--word:${longest}">`) : open) + hyphenated + close;
    },
  );
}
