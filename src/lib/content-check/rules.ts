/**
 * Rules on values and names that no schema can express: file names, quotes pasted from Word, tabs and invisible
 * characters, numbers that look like a Danish thousands separator read as a decimal point, and implausible jumps.
 */
import type { DataPath, RawNumber } from './parse';
import { slugify } from '../slug.mjs';

/** "Grøn kantine.mdx" → "groen-kantine.mdx": the file name the message suggests. */
export function suggestFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  const slug = slugify(base);
  return `${slug || 'ny-fil'}${ext}`;
}

export const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:md|mdx|json|yaml)$/;

const WRAPPING_QUOTES: [string, string][] = [
  ['”', '”'],
  ['“', '”'],
  ['„', '“'],
  ['„', '”'],
  ['«', '»'],
  ['»', '«'],
  ['‘', '’'],
  ['’', '’'],
  ['"', '"'],
];
/** Zero-width and other invisible characters that arrive with text pasted from Word or a web page. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]/;
const EDGE_SPACE = /^[\s\u00a0]|[\s\u00a0]$/;

/** What is wrong with a text value, in Danish, or undefined. */
export function textValueProblem(value: string): string | undefined {
  if (value.includes('\t')) return 'indeholder et tabulatortegn (Tab). Skriv et mellemrum i stedet.';
  const trimmed = value.trim();
  if (
    INVISIBLE.test(value[0] ?? '') ||
    INVISIBLE.test(value.at(-1) ?? '') ||
    INVISIBLE.test(trimmed[0] ?? '') ||
    INVISIBLE.test(trimmed.at(-1) ?? '')
  ) {
    return 'har et usynligt tegn i starten eller slutningen (fx fra Word eller en hjemmeside). Slet tegnene før og efter teksten, og skriv dem igen.';
  }
  if (EDGE_SPACE.test(value) && /\u00a0/.test(value))
    return 'har et hårdt mellemrum i starten eller slutningen. Slet det.';
  if (
    trimmed.length > 1 &&
    WRAPPING_QUOTES.some(([open, close]) => trimmed.startsWith(open) && trimmed.endsWith(close))
  ) {
    return `står i anførselstegn (${trimmed[0]}…${trimmed.at(-1)}), som ville blive vist på siden. Slet anførselstegnene om teksten.`;
  }
  return undefined;
}

/** Every string in a value, with its path. */
export function stringsIn(value: unknown, path: DataPath = []): { path: DataPath; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsIn(v, [...path, k]));
  return [];
}

/**
 * `400.000` is 400 to JSON and YAML, but an editor meant four hundred thousand. A number written with 1–3 digits,
 * a point and exactly three digits is refused; a real figure with three decimals is written with four. (Two or more
 * such groups are not a number in JSON at all: the syntax check explains it.)
 */
export function thousandsSlip(n: RawNumber): string | undefined {
  if (!/^-?[1-9]\d{0,2}\.\d{3}$/.test(n.raw)) return undefined;
  const meant = n.raw.replace(/\./g, '');
  return (
    `er skrevet ${n.raw}, som læses som ${String(n.value).replace('.', ',')} – punktum er decimaltegn her, ikke tusindtalsseparator. ` +
    `Mente du ${Number(meant).toLocaleString('da-DK')}, så skriv ${meant} (uden punktum). Har tallet virkelig tre decimaler, så skriv det med fire, fx ${n.raw}0.`
  );
}

/** A measurement more than 10 times larger or smaller than the previous year's of the same indicator. */
export function implausibleJump(
  previous: { year: number; value: number },
  current: { year: number; value: number },
): string | undefined {
  const a = Math.abs(previous.value);
  const b = Math.abs(current.value);
  if (a === 0 || b === 0 || Math.sign(previous.value) !== Math.sign(current.value)) return undefined;
  const factor = b > a ? b / a : a / b;
  if (factor <= 10) return undefined;
  const direction = b > a ? 'større' : 'mindre';
  return (
    `er ${current.value}, ${factor < 100 ? factor.toFixed(1).replace('.', ',') : Math.round(factor)} gange ${direction} end året før (${previous.year}: ${previous.value}). ` +
    'Det ligner en tastefejl: et nul for meget eller for lidt, eller punktum som tusindtalsseparator (skriv 400000, ikke 400.000). ' +
    'Er tallet rigtigt, så skriv "kontrolleret": true i målingen.'
  );
}
