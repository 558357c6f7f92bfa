/**
 * Reads a number the way a Dane writes it: `390.000` (point between thousands), `12,5` (comma for decimals),
 * `1.234.567,5`, `-3`, `400 000`. Anything else – `12.5`, `1,234,567`, `400.00` – is refused with the help the
 * build gives for the same slip, so a figure never changes size on its way into the content.
 */

/** @returns {{ ok: true, value: number } | { ok: false, message: string }} */
export function parseDanishNumber(input) {
  const text = String(input ?? '')
    .trim()
    .replace(/[\s\u00a0]+(?=\d{3}\b)/g, '');
  const help =
    'Skriv tallet, som du ville skrive det på dansk: punktum mellem tusinder og komma før decimaler, fx 390.000 eller 12,5 – ' +
    'eller uden punktum, fx 390000.';
  if (/^-?\d+$/.test(text)) return { ok: true, value: Number(text) };
  if (/^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text))
    return { ok: true, value: Number(text.replace(/\./g, '').replace(',', '.')) };
  if (/^-?\d+,\d+$/.test(text)) return { ok: true, value: Number(text.replace(',', '.')) };
  if (/^-?\d+\.\d+$/.test(text)) {
    return {
      ok: false,
      message: `"${input}" kan både læses som et decimaltal og som et tal med tusindtalsseparator. ${help}`,
    };
  }
  return { ok: false, message: `"${input}" er ikke et tal. ${help}` };
}
