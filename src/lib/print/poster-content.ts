/**
 * The poster model: everything a poster says and shows, made once per short link. The PDF (`poster.ts`) and the
 * print view (`/plakater/<code>/`) both render this model and nothing else, so their wording cannot drift.
 */
import type { Agreement } from '../content/agreements';
import type { ShortLink } from '../hosting/short-links';
import type { Target, Track } from '../content/strategy';
import { targetFigures } from '../format';
import type { PageData } from '../../schemas/strategy';
import type { TrackColour } from '../../schemas/track';
import { colours, trackColours } from '../design/tokens';
import { t, tn } from '../i18n';
import { qrMatrix, QUIET_ZONE } from './qr';
import { REGION_CONTACT, websiteLabel } from '../contact';

/** The region's logo, when a file is supplied (see `logo.ts`); never drawn otherwise. */
export interface LogoFile {
  /** Its address on the site, for the print view, e.g. "/logo/region-midtjylland.png". */
  href: string;
  /** The file's bytes (PNG or JPEG), for the PDF. */
  bytes: Uint8Array;
  alt: string;
}

/** What a poster is for: the strategy (the front page), a track, a unit's agreement, or another text page. */
export type PosterKind = 'strategy' | 'track' | 'agreement' | 'page';

/** A figure a poster shows large: a target's value and what it measures, from the content. */
export interface PosterFigure {
  /** The value as the site writes it, e.g. "−68 %", "Mindst 2 %", "Klimaneutral". */
  value: string;
  /** What it is, e.g. "Klimaaftrykket i 2030". */
  label: string;
}

/** A track a poster names, with its icon and colour, and what the poster says about it (e.g. "3 indsatser"). */
export interface PosterTrack {
  colour: TrackColour;
  title: string;
  note?: string;
}

export interface PosterContent {
  code: string;
  kind: PosterKind;
  /** A small line above the title, e.g. "Bæredygtighedsaftale". */
  eyebrow: string;
  title: string;
  /** The reason to scan, in large type, from the content (`posterHeadline()`), e.g. "Se regionens klimamål". */
  headline: string;
  /** A few lines of text under the title. */
  lines: string[];
  /** The instruction beside the QR code: "Scan koden med mobilens kamera". */
  callToAction: string;
  /** The line before the short link, for people who would rather type it. */
  typeHint: string;
  /** The absolute short link the QR code encodes, e.g. "https://baeredygtighed.rm.dk/k/auh/". */
  url: string;
  /** The short link as people type it: "baeredygtighed.rm.dk/k/auh". */
  shortLink: string;
  /** The QR code's text alternative. */
  qrAlt: string;
  /** The line at the foot of the poster: who publishes it, and the strategy's name. */
  footer: string;
  /** The region's contact, under the footer: telephone, e-mail and web address (lib/contact.ts). */
  contact: string;
  /** The accent colour (a track's colour, or the region's blue). */
  accent: string;
  /** The track whose icon the poster shows, if it is a track's poster. */
  track?: TrackColour;
  /** A track's place in the strategy, for listing its poster in that order. */
  order?: number;
  /** Targets shown large: the strategy's overall targets, or a track's own. */
  figures?: PosterFigure[];
  /** Tracks named with their icons: the strategy's, or those an agreement's measures are ordered by. */
  tracks?: PosterTrack[];
  logo?: LogoFile;
}

/** What a headline is written from: only facts the content holds. */
export type HeadlineSubject =
  | { kind: 'strategy'; overallTargets: number }
  | { kind: 'track'; ambitionHeadings: string[] }
  | { kind: 'agreement'; unit: string; publishedMeasures: number }
  | { kind: 'agreements'; units: number; unitsWithMeasures: number }
  | { kind: 'page'; title: string; moduleName?: string };

/** Sentence adverbs that stand after the verb in a main clause and before it after "hvordan". */
const CLAUSE_ADVERBS = new Set(['kun', 'også', 'ikke', 'altid', 'aldrig', 'allerede', 'fortsat', 'stadig', 'gerne']);
const HEADLINE_MAX = 60;

/**
 * "Vi bruger kun det nødvendige til patientsikker behandling. …" → "vi kun bruger det nødvendige til patientsikker
 * behandling": the first clause of an ambition that the track states as "Vi …", in the word order of a clause after
 * "hvordan". Undefined when the ambition is not written that way.
 */
export function ambitionClause(heading: string): string | undefined {
  const first = heading
    .split(/[.!?](?:\s|$)/)[0]!
    .split(/\s[-–−]\s|,|;|:/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^Vi (\S+) (\S+)(.*)$/.exec(first);
  if (!match) return undefined;
  const [, verb, next, rest] = match as unknown as [string, string, string, string];
  return CLAUSE_ADVERBS.has(next.toLowerCase()) ? `vi ${next} ${verb}${rest}` : `vi ${verb} ${next}${rest}`;
}

/**
 * The poster's headline: a reason to scan, in Danish, written from the content alone. A track's comes from its own
 * ambitions (the first that reads well in a headline, else the shortest); an agreement promises what the unit has
 * committed to only once its measures are published; the strategy's names its climate targets when it has them.
 */
export function posterHeadline(subject: HeadlineSubject): string {
  switch (subject.kind) {
    case 'strategy':
      return t(subject.overallTargets > 0 ? 'poster.headline.climateTargets' : 'poster.headline.strategy');
    case 'track': {
      const candidates = subject.ambitionHeadings
        .map(ambitionClause)
        .filter((c): c is string => Boolean(c))
        .map((clause) => t('poster.headline.track', { clause }));
      const fitting = candidates.find((c) => c.length <= HEADLINE_MAX);
      if (fitting) return fitting;
      const shortest = [...candidates].sort((a, b) => a.length - b.length)[0];
      return shortest ?? t('poster.headline.trackFallback');
    }
    case 'agreement':
      return t(subject.publishedMeasures > 0 ? 'poster.headline.agreement' : 'poster.headline.agreementPending', {
        unit: subject.unit,
      });
    case 'agreements':
      // "What the 11 units have promised" only once every one of them has published its measures.
      return subject.units > 0 && subject.unitsWithMeasures === subject.units
        ? t('poster.headline.agreements', { n: subject.units })
        : t('poster.headline.agreementsPending');
    case 'page':
      return subject.moduleName ?? subject.title;
  }
}

/**
 * The printed side of the QR code on each sheet, in cm, counted over its dark modules (the quiet zone of four
 * modules comes on top). Scan distance is about ten times the side: 13 cm reads from about 1.3 m, 18.4 cm from 1.8 m.
 */
export const POSTER_QR_CM = { a4: 13, a3: 18.4 } as const;

/** The printed width of a poster's QR image with its quiet zone, in mm, so that its code is `POSTER_QR_CM` wide. */
export function qrImageMm(url: string, size: keyof typeof POSTER_QR_CM): number {
  const modules = qrMatrix(url).size;
  return Math.round((POSTER_QR_CM[size] * 10 * (modules + 2 * QUIET_ZONE)) / modules);
}

/** "Telefon 7841 0000 · kontakt@regionmidtjylland.dk · www.rm.dk": the region's contact on one line. */
export function contactLine(): string {
  const c = REGION_CONTACT;
  return `${t('footer.telephone')} ${c.telephone} · ${c.email} · ${websiteLabel()}`;
}

/** The line over the short link: "Scan koden med mobilens kamera, eller skriv adressen:". */
export function scanHint(content: Pick<PosterContent, 'callToAction' | 'typeHint'>): string {
  return `${content.callToAction}, ${content.typeHint.charAt(0).toLowerCase()}${content.typeHint.slice(1)}`;
}

/** The short link as people type it: no scheme, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export interface PosterSources {
  siteUrl: string;
  links: ShortLink[];
  tracks: Track[];
  /** The strategy's overall targets (its climate direction), for the strategy's poster. */
  overallTargets?: Target[];
  agreements: Agreement[];
  /** Text pages that carry a code, with their address. */
  pages: (PageData & { path: string })[];
  logo?: LogoFile;
}

type Wording = Pick<
  PosterContent,
  'kind' | 'eyebrow' | 'title' | 'headline' | 'lines' | 'accent' | 'track' | 'order' | 'figures' | 'tracks'
>;

/** A target as a poster figure: "−68 %" and its title. */
function figure(target: Target): PosterFigure {
  const f = targetFigures(target);
  return { value: f.stated, label: target.title };
}

const publishedMeasures = (agreement: Agreement) =>
  agreement.tracks.reduce((sum, tr) => sum + tr.measures.filter((m) => !m.sample).length, 0);

/** One poster per live short link, in code order. */
export function posterContents(sources: PosterSources): PosterContent[] {
  const { siteUrl, links, logo } = sources;
  return links
    .filter((link) => !link.retired)
    .map((link) => {
      const url = new URL(`k/${link.code}/`, siteUrl).href;
      const shortLink = displayUrl(url);
      const common = {
        code: link.code,
        url,
        shortLink,
        callToAction: t('poster.scan'),
        typeHint: t('poster.typeHint'),
        qrAlt: t('poster.qrAlt', { link: shortLink }),
        footer: t('poster.footer', { tagline: t('site.tagline') }),
        contact: contactLine(),
        ...(logo ? { logo } : {}),
      };
      return { ...common, ...wording(link.code, sources) };
    });
}

function wording(code: string, { tracks, agreements, pages, overallTargets = [] }: PosterSources): Wording {
  const track = tracks.find((tr) => tr.shortCode === code);
  if (track) {
    return {
      kind: 'track',
      accent: trackColours[track.colour].solid,
      track: track.colour,
      order: track.order,
      eyebrow: t('track.numberOf', { n: track.order, total: tracks.length }),
      title: track.title,
      headline: posterHeadline({ kind: 'track', ambitionHeadings: track.ambitions.map((a) => a.heading) }),
      lines: [track.summary],
      figures: track.targets.map(figure),
    };
  }
  const agreement = agreements.find((a) => a.shortCode === code);
  if (agreement) {
    const order = (id: string) => tracks.findIndex((tr) => tr.id === id);
    return {
      kind: 'agreement',
      accent: colours.brand,
      eyebrow: t('poster.agreement'),
      title: agreement.unit.name,
      headline: posterHeadline({
        kind: 'agreement',
        unit: agreement.unit.name,
        publishedMeasures: publishedMeasures(agreement),
      }),
      lines: [],
      // The agreement's measures are ordered by the tracks: all of them, each with its count once any is published.
      tracks: [...agreement.tracks]
        .sort((a, b) => order(a.track.id) - order(b.track.id))
        .map(({ track: tr, measures }) => {
          const published = measures.filter((m) => !m.sample).length;
          return {
            colour: tr.colour,
            title: tr.title,
            ...(published ? { note: tn('poster.measures', published) } : {}),
          };
        }),
    };
  }
  const page = pages.find((p) => p.shortCode === code)!;
  const lines = page.posterLines ?? (page.lead ? [page.lead] : []);
  if (page.path === '/') {
    return {
      kind: 'strategy',
      accent: colours.brand,
      eyebrow: t('poster.strategy'),
      title: page.title,
      headline: posterHeadline({ kind: 'strategy', overallTargets: overallTargets.length }),
      lines,
      figures: overallTargets.map(figure),
      tracks: tracks.map((tr) => ({ colour: tr.colour, title: tr.title })),
    };
  }
  const headline =
    page.path === '/aftaler/'
      ? posterHeadline({
          kind: 'agreements',
          units: agreements.length,
          unitsWithMeasures: agreements.filter((a) => publishedMeasures(a) > 0).length,
        })
      : posterHeadline({ kind: 'page', title: page.title, moduleName: page.moduleName });
  return {
    kind: 'page',
    accent: colours.brand,
    eyebrow: t('poster.strategy'),
    title: page.title,
    headline,
    lines,
  };
}

/** The kinds in the order the materials list shows them. */
export const POSTER_KIND_ORDER: readonly PosterKind[] = ['strategy', 'track', 'agreement', 'page'];

/**
 * The posters grouped by kind, in `POSTER_KIND_ORDER`: tracks in the strategy's order, the rest by title (Danish
 * order); empty groups left out.
 */
export function posterGroups<P extends { poster: Pick<PosterContent, 'kind' | 'title' | 'order'> }>(
  items: P[],
): { kind: PosterKind; items: P[] }[] {
  const byPlace = (a: P, b: P) =>
    (a.poster.order ?? 0) - (b.poster.order ?? 0) || a.poster.title.localeCompare(b.poster.title, 'da');
  return POSTER_KIND_ORDER.map((kind) => ({
    kind,
    items: items.filter((item) => item.poster.kind === kind).sort(byPlace),
  })).filter((g) => g.items.length > 0);
}
