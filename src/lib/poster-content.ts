/** What each poster says: its title and lines come from the page it leads to. */
import type { PosterContent } from './poster';
import type { Agreement } from './agreements';
import type { ShortLink } from './short-links';
import type { Track } from './strategy';
import type { PageData } from '../schemas/strategy';
import { colours, trackColours } from './tokens';

const BRAND = colours.brand;

/** The track colours as hex, for print. */
export const TRACK_HEX = Object.fromEntries(
  Object.entries(trackColours).map(([key, { solid }]) => [key, solid]),
) as Record<Track['colour'], string>;

export interface PosterSources {
  siteUrl: string;
  links: ShortLink[];
  tracks: Track[];
  agreements: Agreement[];
  /** Text pages that carry a code, with their address. */
  pages: (PageData & { path: string })[];
}

/** One poster per live short link, in code order. */
export function posterContents({ siteUrl, links, tracks, agreements, pages }: PosterSources): PosterContent[] {
  return links
    .filter((link) => !link.retired)
    .map((link) => {
      const url = new URL(`k/${link.code}/`, siteUrl).href;
      const track = tracks.find((t) => t.shortCode === link.code);
      if (track) {
        return { code: link.code, url, accent: TRACK_HEX[track.colour], eyebrow: `Strategiens spor ${track.order} af ${tracks.length}`, title: track.title, lines: [track.summary] };
      }
      const agreement = agreements.find((a) => a.shortCode === link.code);
      if (agreement) {
        return {
          code: link.code,
          url,
          accent: BRAND,
          eyebrow: 'Bæredygtighedsaftale',
          title: agreement.unit.name,
          lines: [
            `Region Midtjylland har bæredygtighedsaftaler for ${agreements.length} enheder i regionen.`,
            `Se aftalen for ${agreement.unit.name}: indsatserne under strategiens fem spor og enhedens egne input.`,
          ],
        };
      }
      const page = pages.find((p) => p.shortCode === link.code)!;
      return { code: link.code, url, accent: BRAND, eyebrow: 'Region Midtjyllands bæredygtighedsstrategi', title: page.title, lines: page.posterLines ?? (page.lead ? [page.lead] : []) };
    });
}
