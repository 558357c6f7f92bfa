/**
 * Links to a place on a page (`/spor/energi/#maal`, `#afsnit`): the fragment must be an id the page will have.
 * A page's ids are the ids of its body's headings (made as Astro makes them, in body.ts) and the ids its
 * templates write. The templates' ids are read from `src/` itself: a literal `id="maal"`, and for an id made from
 * content (`id={`spor-${track.id}`}`) its prefix followed by any entry's id. So a link is refused only when
 * no page could have its fragment; a right link is never refused.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface TemplateIds {
  /** Ids written as they are, e.g. `indhold`. */
  literal: Set<string>;
  /** Prefixes of ids made from content, e.g. `spor-`; `''` when an id is an entry's id itself. */
  prefixes: Set<string>;
}

function astroFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return astroFiles(path);
    return /\.(astro|ts)$/.test(name) ? [path] : [];
  });
}

/** The ids the templates in `src/` write, read from their source. */
export function templateIds(srcDir: string): TemplateIds {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of astroFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bid=["']([^"'{}]+)["']/g)) literal.add(m[1]!);
    for (const m of text.matchAll(/\bid=\{`([^`$]*)\$\{/g)) prefixes.add(m[1]!);
    // An id from a variable: the id is an entry's id, or a value the file writes (`id: 'vision'`, `tableId = `tal-${…}``).
    if (/\bid=\{[\w.[\]!]+\}/.test(text)) {
      prefixes.add('');
      for (const m of text.matchAll(/=\s*`([a-z0-9-]*)\$\{/g)) prefixes.add(m[1]!);
      for (const m of text.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)*)'/g)) literal.add(m[1]!);
    }
    for (const m of text.matchAll(/\bid:\s*'([a-z0-9-]+)'/g)) literal.add(m[1]!);
    for (const m of text.matchAll(/\bid:\s*`([a-z0-9-]*)\$\{/g)) prefixes.add(m[1]!);
  }
  return { literal, prefixes };
}

/** Is `fragment` an id the page may have? `headings` are the ids of the page's own body, if it has one. */
export function fragmentExists(
  fragment: string,
  headings: readonly string[],
  ids: TemplateIds,
  entryIds: ReadonlySet<string>,
): boolean {
  if (!fragment || headings.includes(fragment) || ids.literal.has(fragment)) return true;
  for (const prefix of ids.prefixes) {
    if (!fragment.startsWith(prefix)) continue;
    const rest = fragment.slice(prefix.length);
    if (entryIds.has(rest)) return true;
  }
  return false;
}
