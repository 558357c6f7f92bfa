/**
 * Danish hyphenation for headings, done at build time: soft hyphens (U+00AD) go where Danish words may break, found
 * with TeX's Danish hyphenation patterns (the `hyphen` package). The browser then breaks a long compound such as
 * "Universitetshospital" at a syllable, with a visible hyphen, instead of anywhere or not at all.
 */
import danish from 'hyphen/da';

// A CommonJS package: Node gives its exports as the default export.
const { hyphenateSync } = danish;

export const SOFT_HYPHEN = '\u00ad';
/** Words shorter than this are left alone: they fit on any line. */
export const MIN_WORD_LENGTH = 7;
/** Letters a break must leave before it, and after it (Danish typography: at least two, and three at the end). */
const LEFT_MIN = 2;
const RIGHT_MIN = 3;

/** A word with its allowed breaks; a break that leaves too short a piece at either end is dropped. */
function hyphenateWord(word: string): string {
  const pieces = hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH }).split(SOFT_HYPHEN);
  let out = '';
  let before = 0;
  pieces.forEach((piece, i) => {
    const after = word.length - before;
    if (i > 0 && before >= LEFT_MIN && after >= RIGHT_MIN) out += SOFT_HYPHEN;
    out += piece;
    before += piece.length;
  });
  return out;
}

/** Plain text with soft hyphens in its long words. Text that already has soft hyphens is returned as it is. */
export function hyphenateText(text: string): string {
  if (text.includes(SOFT_HYPHEN)) return text;
  return text.replace(/\p{L}{7,}/gu, (word) => hyphenateWord(word));
}

/**
 * An HTML page with soft hyphens in the text of its h1–h4 headings; tags, attributes and entities are untouched,
 * and so is everything outside the headings (the title, meta tags, body text).
 */
export function hyphenateHeadings(html: string): string {
  return html.replace(
    /(<(h[1-4])\b[^>]*>)([\s\S]*?)(<\/\2>)/gi,
    (_whole, open: string, _tag: string, inner: string, close: string) => {
      const hyphenated = inner
        .split(/(<[^>]*>|&[#\w]+;)/)
        .map((part) => (part.startsWith('<') || part.startsWith('&') ? part : hyphenateText(part)))
        .join('');
      return open + hyphenated + close;
    },
  );
}
