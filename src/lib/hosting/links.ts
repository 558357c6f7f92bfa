/**
 * The site never links its own redirect pages: after a page was renamed, every link to its old address (in a body,
 * a field or a template) is written with the new one, so a reader never passes through the redirect page and a
 * search engine sees one address. Pure: the build applies it to every page it wrote (src/integrations/redirected-links.ts).
 */
import type { PageRedirect } from './addresses';

/** `html` with every `href` to a redirect's old address pointing at its new one; query and #fragment are kept. */
export function rewriteRedirectedLinks(html: string, redirects: readonly PageRedirect[]): string {
  if (!redirects.length) return html;
  const to = new Map<string, string>();
  for (const r of redirects) {
    to.set(r.from, r.to);
    // The same address without its last slash, as an editor may have written it.
    to.set(r.from.replace(/\/$/, ''), r.to);
  }
  return html.replace(/(\shref=")([^"]*)"/g, (whole, start: string, value: string) => {
    const cut = value.search(/[?#]/);
    const path = cut < 0 ? value : value.slice(0, cut);
    const target = path.startsWith('/') ? to.get(path) : undefined;
    return target ? `${start}${target}${cut < 0 ? '' : value.slice(cut)}"` : whole;
  });
}

/** The built file of a redirect page (`/cases/gammel/` → `cases/gammel/index.html`), which keeps its own link. */
export function redirectPageFile(redirect: PageRedirect): string {
  return `${redirect.from.replace(/^\//, '')}index.html`;
}
