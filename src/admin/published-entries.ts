/**
 * Two rules Sveltia has no setting for, kept in the editor's page:
 *
 * - A body is saved as MDX can read it: `{`, `}` and a stray `<` typed as text are escaped before the save
 *   (src/lib/cms/mdx-text.ts), so the text editor cannot save what the build refuses.
 * - A saved entry keeps its address. Sveltia's "Rediger slug" would rename a published case's file, and its old
 *   address would die without a redirect; the menu item is not offered for an entry that exists. A new address is
 *   made as a new entry plus a redirect under "Omdirigeringer" (content/README.md, "Omdøbe eller slette en side").
 */
import type CMS from '@sveltia/cms';
import { escapeForMdx, MDX_COLLECTIONS } from '../lib/cms/mdx-text';

/** The labels of Sveltia's "edit slug" command in the languages the editor can be set to. */
const EDIT_SLUG = /^(Rediger slug|Edit slug)$/i;

type ImmutableMap = { get(key: string): unknown; set(key: string, value: unknown): ImmutableMap };

export function escapeBodiesOnSave(cms: typeof CMS) {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: ImmutableMap }) => {
      const collection = String(entry.get('collection') ?? entry.get('collectionName') ?? '');
      const data = entry.get('data') as ImmutableMap;
      const body = data.get('body');
      if (!(MDX_COLLECTIONS as readonly string[]).includes(collection) || typeof body !== 'string') return undefined;
      // The data alone: Sveltia saves a returned map without "data" and "i18n" as the entry's content.
      return data.set('body', escapeForMdx(body));
    },
  } as never);
}

/** An entry that is saved already: its address is in the URL, `#/collections/<name>/entries/<slug>`. */
const editingSavedEntry = () => /^#\/collections\/[^/]+\/entries\/[^/]+/.test(window.location.hash);

export function keepAddressesOfSavedEntries(root: Document = document) {
  const hide = () => {
    if (!editingSavedEntry()) return;
    for (const item of root.querySelectorAll<HTMLElement>('[role="menuitem"]')) {
      if (EDIT_SLUG.test(item.textContent?.trim() ?? '')) item.remove();
    }
  };
  new MutationObserver(hide).observe(root.documentElement, { childList: true, subtree: true });
}
