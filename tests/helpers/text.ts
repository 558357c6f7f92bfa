/** Text helpers for tests that read the strategy's seed text and the built HTML. */
import { parse } from 'node-html-parser';

/**
 * Folds every run of whitespace (no-break spaces included) into one space; soft hyphens, which no one sees, go; and
 * "CO₂", which the site typesets from the content's "CO2", reads as the content writes it.
 */
export function fold(text: string, { asTypeset = false } = {}): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/CO\u2082/g, asTypeset ? 'CO\u2082' : 'CO2')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

const blockTags =
  /<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|section|article|header|footer|nav|main|aside|figure|figcaption|table|thead|tbody|tr|td|th|blockquote|details|summary|br|hr)\b/gi;

/** The text a reader sees on a page: body text, with a space between blocks, entities decoded. */
export function visibleText(html: string, options: { asTypeset?: boolean } = {}): string {
  const spaced = html.replace(blockTags, ' $&');
  const root = parse(spaced);
  root.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
  return fold(root.querySelector('body')?.text ?? '', options);
}

/**
 * Splits the seed text into its statements. The seed is text taken out of slides: each slide starts with a
 * line that begins with a space, lines wrap anywhere, and blank lines also fall inside sentences. A line
 * continues the statement above when it starts with a lower-case letter, a digit or a dash, or when the
 * line above ends inside a sentence (with a comma, "og", "i" …). A bullet (•) always starts a new statement.
 */
export function splitStatements(seed: string): string[] {
  const statements: string[] = [];
  let current = '';
  const flush = () => {
    const text = fold(current);
    if (text) statements.push(text);
    current = '';
  };
  for (const rawLine of seed.split('\n')) {
    const startsSlide = /^ \S/.test(rawLine);
    const line = rawLine.trim();
    if (!line) continue;
    if (startsSlide) {
      flush();
      current = line;
      continue;
    }
    const bullet = line.startsWith('•');
    const text = bullet ? line.slice(1).trim() : line;
    const continues =
      !bullet &&
      current !== '' &&
      (/^[a-zæøå0-9–−(-]/.test(text) || /[,]$|\b(?:og|i|at|for|med|af|til|en)$/.test(current.trim()));
    if (continues) current += ` ${text}`;
    else {
      flush();
      current = text;
    }
  }
  flush();
  return statements;
}
