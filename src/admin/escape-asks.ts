/**
 * Escape closes an open entry in Sveltia (its back button has the shortcut), and unsaved changes went with it
 * without a word: Sveltia only offers to restore a backup the next time the entry is opened. Here Escape asks
 * first, in Danish, whenever the entry has changes that are not saved (Sveltia's save button is enabled then); the
 * entry closes only if the editor says so. Escape that closes a menu or a dialog is left alone: Sveltia's shortcut
 * fires only when its back button can be clicked, not when something lies over it, and so does this.
 */

export const UNSAVED_QUESTION =
  'Du har ændringer, som ikke er gemt. Vil du lukke dokumentet og kassere ændringerne? Vælg Annuller for at blive og gemme dem.';

/** Whether `element` is shown and nothing (a menu, a dialog) lies over it: Sveltia's own test for a shortcut. */
function clickable(element: HTMLElement): boolean {
  if (!element.getClientRects().length) return false;
  const { top, left } = element.getBoundingClientRect();
  return document.elementsFromPoint(left + 4, top + 4).includes(element);
}

/** The button Escape would press: Sveltia marks it with aria-keyshortcuts="Escape". */
function escapeButton(): HTMLButtonElement | undefined {
  return [...document.querySelectorAll<HTMLButtonElement>('button[aria-keyshortcuts="Escape"]')].find(clickable);
}

/** Whether the open entry has unsaved changes: its save button (shortcut Ctrl+S or ⌘S) is enabled. */
function unsaved(): boolean {
  return [...document.querySelectorAll<HTMLButtonElement>('button[aria-keyshortcuts]')].some(
    (button) =>
      /(^|\s)(Ctrl|Meta)\+S(\s|$)/.test(button.getAttribute('aria-keyshortcuts') ?? '') &&
      !button.disabled &&
      button.getAttribute('aria-disabled') !== 'true',
  );
}

/** Registers the question; call before the CMS starts, so this listener runs before Sveltia's own. */
export function escapeAsksFirst(ask: (question: string) => boolean = (q) => window.confirm(q)): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      const back = escapeButton();
      if (!back || !unsaved()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (ask(UNSAVED_QUESTION)) back.click();
    },
    { capture: true },
  );
}
