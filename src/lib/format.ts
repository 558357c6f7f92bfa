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
  /** The figure as a list or a poster states it on one line: the headline with its qualifier, "Mindst −25 %". */
  stated: string;
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
  const qualifier = target.atLeast ? t('target.atLeast') : undefined;
  return {
    headline,
    qualifier,
    stated: qualifier ? `${qualifier} ${headline.charAt(0).toLowerCase()}${headline.slice(1)}` : headline,
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

/**
 * Units and signs a figure is written with on this site, longest first. "mio." and "mia." may stand before another
 * unit ("20 mio. kWh", "180 mio. kr."), and a tonne may be followed by what is weighed ("400.000 t CO₂e").
 */
const UNITS = [
  'kWh',
  'MWh',
  'GWh',
  'kW',
  'MW',
  'm³',
  'm²',
  'm3',
  'm2',
  'km',
  'kg',
  'tons',
  'ton',
  't',
  '%',
  '‰',
  'kr\\.',
  'pct\\.',
  'procent',
  '°C',
];
const UNIT = `(?:(?:mio|mia)\\.(?:[ \\u00a0](?:${UNITS.join('|')}))?|(?:${UNITS.join('|')}))(?:[ \\u00a0]CO[2₂]e?)?`;
/** A number with an optional sign, then a space and a unit: "−20.000.000 kWh", "6 %", "400.000 t CO₂e". */
const FIGURE = `[−+±-]?\\d[\\d.]*(?:,\\d+)?[ \\u00a0]${UNIT}(?![\\p{L}\\d])`;
/** An e-mail address, and a short web address (a link a reader types): at most 40 characters, no scheme needed. */
const EMAIL = `[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+`;
const SHORT_ADDRESS = `(?:https?:\\/\\/)?(?:[a-z0-9-]+\\.)+(?:dk|com|org|eu|net)(?:\\/[\\w\\-./]*)?`;
const UNBREAKABLE = new RegExp(`(?<![\\p{L}\\d@./-])(?:${FIGURE}|${EMAIL}|${SHORT_ADDRESS})`, 'gu');
const MAX_ADDRESS = 40;

/** The class that keeps a figure, an e-mail address or a short link on one line. */
export const NOWRAP_CLASS = 'whitespace-nowrap';

/**
 * Plain text (already HTML-escaped) with every figure, e-mail address and short web address in a span that never
 * breaks: a number stays with its unit or sign, and "kontakt@…" or "…/k/strategi" is never split. The text itself
 * (its spaces) is unchanged, so what a reader copies or a search finds is the same. With `inFlexbox` (text directly
 * in a flex or grid container, where a span would become an item of its own) the spaces inside a figure become
 * no-break spaces instead.
 */
export function keepTogetherText(text: string, inFlexbox = false): string {
  return text.replace(UNBREAKABLE, (match) => {
    // A sentence's full stop after an address is not part of it.
    const trail = /[.]$/.test(match) && !/(kr|pct|mio|mia)\.$/.test(match) ? '.' : '';
    const body = trail ? match.slice(0, -1) : match;
    const isAddress = !/\d[ \u00a0]/.test(body) || body.includes('@') || /[a-z]\.(dk|com|org|eu|net)/.test(body);
    if (isAddress && !body.includes('@') && body.length > MAX_ADDRESS) return match;
    if (!body.includes(' ') && !body.includes('\u00a0') && !isAddress) return match;
    if (inFlexbox) return body.replace(/ /g, NBSP) + trail;
    return `<span class="${NOWRAP_CLASS}">${body}</span>${trail}`;
  });
}

/** Elements whose text is not running text shown on the page. */
const SKIPPED = new Set(['script', 'style', 'textarea', 'title', 'svg', 'option', 'pre', 'code', 'head']);

/** Elements that have no end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** A class list that makes the element a flex or grid container at some width (Tailwind's `flex`, `md:grid` …). */
const FLEXBOX_CLASS = /\bclass="(?:[^"]*\s)?(?:[\w-]+:)*(?:inline-)?(?:flex|grid)(?:\s[^"]*)?"/;

/**
 * An HTML page with `keepTogetherText` applied to the text of its body: tags, attributes and the text of scripts,
 * styles, inline SVG, code and the head are left as they are.
 */
export function keepTogether(html: string): string {
  const skipping: string[] = [];
  /** The open elements, each with whether it lays out its children as a flex or grid container. */
  const open: { name: string; flexbox: boolean }[] = [];
  return html
    .split(/(<!--[\s\S]*?-->|<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
        if (tag) {
          const name = tag[2]!.toLowerCase();
          const closing = Boolean(tag[1]);
          if (SKIPPED.has(name)) {
            if (closing) {
              if (skipping.at(-1) === name) skipping.pop();
            } else if (!part.endsWith('/>')) skipping.push(name);
          }
          if (closing) {
            const at = open.map((o) => o.name).lastIndexOf(name);
            if (at >= 0) open.length = at;
          } else if (!VOID_ELEMENTS.has(name) && !part.endsWith('/>'))
            open.push({ name, flexbox: FLEXBOX_CLASS.test(part) });
        }
        return part;
      }
      return skipping.length || !part.trim() ? part : keepTogetherText(part, open.at(-1)?.flexbox ?? false);
    })
    .join('');
}

/** A web address's host as a reader names it: "https://www.rm.dk/x/" → "rm.dk". */
export function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

/** The host to show after a source's name, or undefined when the name already says it ("rm.dk: Klimaregnskab"). */
export function sourceHost(name: string, url: string): string | undefined {
  const host = hostOf(url);
  return name.toLowerCase().includes(host.toLowerCase()) ? undefined : host;
}
