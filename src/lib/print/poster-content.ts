/**
 * The poster model: everything a poster says and shows, made once per short link. The PDF (`poster.ts`) and the
 * print view (`/plakater/<code>/`) both render this model and nothing else, so their wording cannot drift.
 */
import type { Agreement } from '../content/agreements';
import type { ShortLink } from '../hosting/short-links';
import type { Track } from '../content/strategy';
import type { PageData } from '../../schemas/strategy';
import type { TrackColour } from '../../schemas/track';
import { colours, trackColours } from '../design/tokens';
import { t } from '../i18n';
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

export interface PosterContent {
  code: string;
  kind: 'track' | 'agreement' | 'page';
  /** A small line above the title, e.g. "Bæredygtighedsaftale". */
  eyebrow: string;
  title: string;
  /** A few lines of text under the title. */
  lines: string[];
  /** The call to action in large type, e.g. "Scan og se aftalen". */
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
  logo?: LogoFile;
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

/** The short link as people type it: no scheme, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export interface PosterSources {
  siteUrl: string;
  links: ShortLink[];
  tracks: Track[];
  agreements: Agreement[];
  /** Text pages that carry a code, with their address. */
  pages: (PageData & { path: string })[];
  logo?: LogoFile;
}

type Wording = Pick<PosterContent, 'kind' | 'eyebrow' | 'title' | 'lines' | 'callToAction' | 'accent' | 'track'>;

/** One poster per live short link, in code order. */
export function posterContents({ siteUrl, links, tracks, agreements, pages, logo }: PosterSources): PosterContent[] {
  return links
    .filter((link) => !link.retired)
    .map((link) => {
      const url = new URL(`k/${link.code}/`, siteUrl).href;
      const shortLink = displayUrl(url);
      const common = {
        code: link.code,
        url,
        shortLink,
        typeHint: t('poster.typeHint'),
        qrAlt: t('poster.qrAlt', { link: shortLink }),
        footer: t('poster.footer', { tagline: t('site.tagline') }),
        contact: contactLine(),
        ...(logo ? { logo } : {}),
      };
      return { ...common, ...wording(link.code, { tracks, agreements, pages }) };
    });
}

function wording(code: string, { tracks, agreements, pages }: Omit<PosterSources, 'siteUrl' | 'links'>): Wording {
  const track = tracks.find((tr) => tr.shortCode === code);
  if (track) {
    return {
      kind: 'track',
      accent: trackColours[track.colour].solid,
      track: track.colour,
      eyebrow: t('track.numberOf', { n: track.order, total: tracks.length }),
      title: track.title,
      lines: [track.summary],
      callToAction: t('poster.cta.track'),
    };
  }
  const agreement = agreements.find((a) => a.shortCode === code);
  if (agreement) {
    return {
      kind: 'agreement',
      accent: colours.brand,
      eyebrow: t('poster.agreement'),
      title: agreement.unit.name,
      lines: [t('poster.agreementLine', { unit: agreement.unit.name })],
      callToAction: t('poster.cta.agreement'),
    };
  }
  const page = pages.find((p) => p.shortCode === code)!;
  return {
    kind: 'page',
    accent: colours.brand,
    eyebrow: t('poster.strategy'),
    title: page.title,
    lines: page.posterLines ?? (page.lead ? [page.lead] : []),
    callToAction: t('poster.cta.page'),
  };
}
