/**
 * Finds Danish text written straight into a component, layout or page instead of coming from the UI strings
 * (`src/i18n/da.json`, read with `t()`) or from content. Reads each `.astro` file with Astro's own parser: text in
 * the markup, human-readable attributes, and string literals in the frontmatter and in `{ }` expressions.
 */
import { parse } from '@astrojs/compiler';
import type { Node, ParentNode } from '@astrojs/compiler/types';

/** Attributes a visitor reads or hears. */
const READABLE_ATTRIBUTES = new Set([
  'alt',
  'title',
  'aria-label',
  'aria-description',
  'placeholder',
  'label',
  'summary',
]);

/** Common Danish words that give a phrase away; a class list or an id contains none of them. */
const DANISH_WORDS = new Set(
  'og i på er af til med for den det en et ikke der som at har se mål om fra kan vi du alle hele side sider flere ingen eller men når nye år'.split(
    ' ',
  ),
);

/** True when a string reads as Danish prose: a letter æ, ø or å, or a common Danish word among other words. */
export function looksDanish(text: string): boolean {
  if (/[æøåÆØÅ]/.test(text)) return true;
  const words = text
    .toLowerCase()
    .split(/[\s,.:;!?()]+/)
    .filter(Boolean);
  return words.length >= 2 && words.some((word) => DANISH_WORDS.has(word));
}

/**
 * The string literals in a piece of JavaScript ('…', "…" and the fixed parts of `…`), without object keys
 * (`{ 'i gang': … }`) and property names (`real['i gang']`): those name data, a reader never sees them.
 */
export function stringLiterals(code: string): string[] {
  const found: string[] = [];
  const pattern = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g;
  for (const match of code.matchAll(pattern)) {
    const literal = match[1] ?? match[2] ?? match[3];
    if (literal === undefined) continue; // a comment
    const after = code.slice(match.index + match[0].length).trimStart();
    const before = code.slice(0, match.index).trimEnd();
    if (after.startsWith(':') && /[{,]$/.test(before)) continue; // an object key
    if (before.endsWith('[') && after.startsWith(']')) continue; // a property name
    found.push(...literal.split(/\$\{[^}]*\}/));
  }
  return found;
}

export interface HardCodedText {
  line: number;
  text: string;
}

/** Every piece of Danish text in an `.astro` file that does not come from the strings file or content. */
export async function hardCodedTexts(source: string): Promise<HardCodedText[]> {
  const { ast } = await parse(source, { position: true });
  const found: HardCodedText[] = [];
  const report = (node: Node, text: string) => found.push({ line: node.position?.start.line ?? 0, text: text.trim() });
  const visit = (node: Node, inExpression: boolean, inRawText: boolean) => {
    if (node.type === 'frontmatter') {
      for (const literal of stringLiterals(node.value)) if (looksDanish(literal)) report(node, literal);
      return;
    }
    if (node.type === 'text' && !inRawText) {
      if (inExpression) {
        for (const literal of stringLiterals(node.value)) if (looksDanish(literal)) report(node, literal);
      } else if (/\p{L}{2,}/u.test(node.value)) report(node, node.value);
      return;
    }
    if (node.type === 'comment') return;
    if ('attributes' in node) {
      for (const attribute of node.attributes) {
        const readable = READABLE_ATTRIBUTES.has(attribute.name) || attribute.name.startsWith('data-label');
        if (attribute.kind === 'quoted' && readable && /\p{L}{2,}/u.test(attribute.value))
          report(node, attribute.value);
        if (attribute.kind === 'expression' || attribute.kind === 'template-literal') {
          for (const literal of stringLiterals(
            attribute.kind === 'expression' ? attribute.value : `\`${attribute.value}\``,
          )) {
            if (looksDanish(literal)) report(node, literal);
          }
        }
      }
    }
    const raw = inRawText || ('name' in node && (node.name === 'script' || node.name === 'style'));
    if ('children' in node) {
      for (const child of (node as ParentNode).children) visit(child, inExpression || node.type === 'expression', raw);
    }
  };
  visit(ast, false, false);
  return found;
}
