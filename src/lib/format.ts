/** Danish number and target formatting, shared by every page that shows a figure. */
import type { TargetData } from '../schemas/target';
import { t } from './i18n';

const numberFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
/** The typographic minus sign, as Danish typesetting uses for a fall. */
export const MINUS = '\u2212';
const NBSP = '\u00a0';

/** 20000000 → "20.000.000"; 96.2 → "96,2". */
export function formatNumber(value: number): string {
  return numberFormat.format(value).replace('-', MINUS);
}

/** A value with its unit, kept on one line: "30.000 m³", "60 %". */
export function formatQuantity(value: number, unit: string): string {
  return `${formatNumber(value)}${NBSP}${unit}`;
}

/** A value in a target's unit; a count ("antal") is shown as the bare number. */
export function formatAmount(value: number, unit: string): string {
  return unit === 'antal' ? formatNumber(value) : formatQuantity(value, unit);
}

/** Said wherever the strategy gives no value, so a gap is never silent. */
export const NOT_STATED = t('target.notStated');

export interface TargetFigures {
  /** The big number on the card, e.g. "−30 %", "−20.000.000 kWh", "60 %". */
  headline: string;
  /** "Mindst" when the strategy says minimum, else undefined. */
  qualifier?: string;
  deadline: string;
  baseline: string;
}

/** Everything a target card shows, worked out from the target's data and nothing else. */
export function targetFigures(
  target: Pick<TargetData, 'kind' | 'value' | 'unit' | 'atLeast' | 'deadline' | 'baseline'>,
): TargetFigures {
  const { kind, value, unit } = target;
  const amount = formatAmount(value, unit);
  const headline = {
    'reduktion-procent': `${MINUS}${formatQuantity(value, '%')}`,
    reduktion: `${MINUS}${amount}`,
    niveau: amount,
    klimaneutral: t('target.climateNeutral'),
  }[kind];
  const baseline = target.baseline
    ? target.baseline.value === undefined
      ? t('target.baselineValueNotStated', { year: target.baseline.year })
      : `${target.baseline.year}: ${formatAmount(target.baseline.value, unit)}`
    : NOT_STATED;
  return {
    headline,
    qualifier: target.atLeast ? t('target.atLeast') : undefined,
    deadline: target.deadline === undefined ? NOT_STATED : String(target.deadline),
    baseline,
  };
}

/** A file size the Danish way, in kB with a decimal comma under a megabyte: "0,7 kB", "1,4 kB", "1,2 MB". */
export function formatBytes(bytes: number): string {
  const oneDecimal = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes < 1_000_000) return `${oneDecimal.format(Math.max(bytes, 100) / 1000)}${NBSP}kB`;
  return `${oneDecimal.format(bytes / 1_000_000)}${NBSP}MB`;
}

/** Our text with chemistry and units typeset: "CO2" → "CO₂", "CO2e" → "CO₂e", "m3" (after a number) → "m³". */
export function typeset(text: string): string {
  return text.replace(/\bCO2(e?)\b/g, 'CO\u2082$1').replace(/(?<=[\d\s\u00a0])m3\b/g, 'm\u00b3');
}

const READABLE_ATTRIBUTES = /\b(alt|content|aria-label|title)="([^"]*)"/g;

/**
 * A page's HTML with `typeset()` applied to its text and to the attributes a reader meets (alt text, titles, meta
 * descriptions), never to an address, a class or an id.
 */
export function typesetHtml(html: string): string {
  return html
    .replace(/>([^<>]+)</g, (_whole, text: string) => `>${typeset(text)}<`)
    .replace(READABLE_ATTRIBUTES, (_whole, name: string, value: string) => `${name}="${typeset(value)}"`);
}
