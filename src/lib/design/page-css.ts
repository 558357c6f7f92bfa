/**
 * Each page carries only the CSS it uses. Tailwind writes one stylesheet for the whole site, and the build puts it
 * inline in every page, so that a page scanned from a poster arrives in one response; most of its rules are for other
 * pages. After the build, each `<style>` of a page keeps only the rules whose classes, ids, elements and attributes
 * occur in that page (PurgeCSS, reading the page with an HTML parser, so `md:hidden` is one class). Kept whatever
 * the page holds: every custom property (a rule may use one only in a state, such as the focus ring's colour), the
 * states a browser sets without a change to the HTML (`[open]` on a `<details>`), rules for a state of any element
 * (`:focus-visible`), `@font-face` and `@property` rules, and every `@media print` rule of a class on the page.
 *
 * A page that loads a script which may write markup keeps the whole stylesheet: the classes that script adds are not
 * in the HTML until it runs. Only the scripts named in `MARKUP_FREE_SCRIPTS` are known to leave the markup alone.
 */
import { PurgeCSS } from 'purgecss';
import purgeHtml from 'purgecss-from-html';

/**
 * Scripts that change no markup, by the start of the file name Vite gives them (the component they belong to): the
 * header's menu only mirrors its state in `data-open` and closes on Escape.
 */
export const MARKUP_FREE_SCRIPTS = ['SiteHeader.astro_astro_type_script'];

/** Attributes the browser or a markup-free script sets while the page is open: their rules stay. */
const DYNAMIC_ATTRIBUTES = ['open', 'hidden', 'data-open'];

const STYLE = /<style([^>]*)>([\s\S]*?)<\/style>/g;

/**
 * True when every script of the page is data (JSON) or a markup-free one, so the HTML as built is all the CSS will
 * meet. An inline script, or any other, may write markup.
 */
export function markupIsFinal(html: string): boolean {
  return [...html.matchAll(/<script\b([^>]*)>/g)].every(([, attributes]) => {
    if (/\stype="application\/(ld\+)?json"/.test(attributes!)) return true;
    const src = /\ssrc="([^"]*)"/.exec(attributes!)?.[1];
    if (!src) return false;
    const name = src.slice(src.lastIndexOf('/') + 1);
    return MARKUP_FREE_SCRIPTS.some((prefix) => name.startsWith(prefix));
  });
}

/**
 * `html` with each `<style>` cut down to the rules the page uses; the page as it was when a script may write markup
 * (see `markupIsFinal`). A `<style>` left with no rule is removed. The same page gives the same bytes.
 */
export async function pruneInlineCss(html: string): Promise<string> {
  if (!markupIsFinal(html)) return html;
  const styles = [...html.matchAll(STYLE)];
  if (!styles.length) return html;
  const markup = html.replace(STYLE, '');
  const purge = new PurgeCSS();
  const kept: string[] = [];
  for (const style of styles) {
    const [result] = await purge.purge({
      content: [{ raw: markup, extension: 'html' }],
      css: [{ raw: style[2]! }],
      extractors: [{ extractor: purgeHtml, extensions: ['html'] }],
      dynamicAttributes: DYNAMIC_ATTRIBUTES,
      // A rule for a state of any element (`:focus-visible`, the keyboard's focus ring) applies wherever it occurs.
      safelist: { standard: [/^:/] },
      // Not PurgeCSS's pruning of custom properties: it dropped --color-focus, which only :focus-visible uses.
      variables: false,
      fontFace: false,
      keyframes: true,
    });
    kept.push(result?.css.trim() ?? style[2]!);
  }
  let i = 0;
  return html.replace(STYLE, (_whole, attributes: string) => {
    const css = kept[i++]!;
    return css ? `<style${attributes}>${css}</style>` : '';
  });
}
