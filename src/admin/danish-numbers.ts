/**
 * Number fields that read Danish. Sveltia's number field is a text box (role "spinbutton") that reads `12,5` as 5
 * and `390.000` as 390. Before it sees what was typed, this reads the text the way a Dane writes it (the same rule
 * as `npm run ny -- maaling`, scripts/danish-number.mjs): `390.000` is 390000, `12,5` is 12.5, `1.234,5` is 1234.5.
 * The field then gets the number itself, written as the file stores it (12.5, 390000). Text that can be read two
 * ways (`12.5`) or is no number is refused: a Danish message under the field, and "Gem" saves nothing until it is
 * put right. Nothing typed is ever saved as another number.
 */
import { parseDanishNumber } from '../../scripts/danish-number.mjs';

const MESSAGE_CLASS = 'rm-danish-number-message';
const refused = new Set<HTMLInputElement>();

const isNumberField = (el: EventTarget | null): el is HTMLInputElement =>
  el instanceof HTMLInputElement && el.getAttribute('role') === 'spinbutton';

function showMessage(input: HTMLInputElement, text: string | undefined) {
  const next = input.nextElementSibling;
  const existing = next?.classList.contains(MESSAGE_CLASS) ? (next as HTMLElement) : undefined;
  if (!text) {
    existing?.remove();
    input.removeAttribute('data-rm-refused');
    refused.delete(input);
    return;
  }
  const message = existing ?? document.createElement('p');
  message.className = MESSAGE_CLASS;
  message.setAttribute('role', 'alert');
  message.style.cssText = 'color:#b00020;margin:.25rem 0 0;font-size:.875rem';
  message.textContent = text;
  if (!existing) input.after(message);
  input.setAttribute('data-rm-refused', '');
  refused.add(input);
}

/** Reads the typed text before Sveltia does; an unfinished number (`12,`) waits for the next key. */
function onInput(event: Event) {
  const input = event.target;
  if (!isNumberField(input)) return;
  const typed = input.value;
  if (typed.trim() === '' || /^-?\d+$/.test(typed.trim())) {
    showMessage(input, undefined);
    return;
  }
  const read = parseDanishNumber(typed);
  if (!read.ok) {
    // Sveltia never sees the text, so it cannot turn it into another number; "Gem" waits until it is right.
    event.stopImmediatePropagation();
    showMessage(input, read.message);
    return;
  }
  showMessage(input, undefined);
  // Sveltia reads the number as it is: 12,5 becomes 12.5 in the box, 390.000 becomes 390000.
  input.value = String(read.value);
}

/** Sveltia's field lets only digits, a point and a minus through; a Danish comma must reach the text box too. */
function onKey(event: Event) {
  if (!isNumberField(event.target)) return;
  const text = event instanceof KeyboardEvent ? event.key : (event as InputEvent).data;
  if (text && /[,\s]/.test(text)) event.stopImmediatePropagation();
}

/** "Gem" (and every other save) waits while a number field holds text that is not a number. */
function onSave(event: Event) {
  for (const input of [...refused]) if (!input.isConnected) refused.delete(input);
  if (!refused.size) return;
  const button = (event.target as Element | null)?.closest?.('button');
  if (!button || !/^(Gem|Save|Udgiv|Publish)/.test(button.textContent?.trim() ?? '')) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const first = [...refused][0]!;
  first.focus();
  first.scrollIntoView({ block: 'center' });
}

export function danishNumberFields(root: Window = window) {
  root.addEventListener('keydown', onKey, true);
  root.addEventListener('keypress', onKey, true);
  root.addEventListener('beforeinput', onKey, true);
  root.addEventListener('input', onInput, true);
  root.addEventListener('click', onSave, true);
}
