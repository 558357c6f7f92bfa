/**
 * The whole strategy as one document structure: its sections in order, with their headings and targets. The
 * `/overblik/` page and `/dokumenter/strategien.pdf` both render this structure, so the two cannot drift: a section
 * or a target added here appears in both, in the same order, under the same heading.
 */
import type {
  CircularPrinciple,
  FocalPoint,
  Indicator,
  Instrument,
  Strategy,
  Target,
  Track,
  Vision,
} from '../content/strategy';
import { hasMeasurements } from '../charts/model';
import { t } from '../i18n';

/** A text page's heading and lead, as `getPage()` gives them. */
export interface PageText {
  title: string;
  description: string;
  lead?: string;
}

interface SectionBase {
  /** The section's anchor on the page and its bookmark in the PDF. */
  id: string;
  title: string;
  intro?: string;
}
export type DocumentSection =
  | (SectionBase & { kind: 'vision'; vision: Vision[] })
  | (SectionBase & {
      kind: 'direction';
      targets: Target[];
      /** The indicators that measure these targets and have measurements: the climate footprint's chart. */
      indicators: Indicator[];
    })
  | (SectionBase & { kind: 'focal'; focalPoints: FocalPoint[] })
  | (SectionBase & { kind: 'track'; track: Track; focusHeading: string })
  | (SectionBase & {
      kind: 'grounding';
      subheading: string;
      principles: CircularPrinciple[];
      /** The strategy's second ground, FN's world goals: its heading, a sentence, and the page that says more. */
      goals: { heading: string; text: string; href: string; linkLabel: string };
    })
  | (SectionBase & { kind: 'coherence'; instruments: Instrument[] });

export interface StrategyDocument {
  title: string;
  /** The strategy's own name, for the cover. */
  tagline: string;
  lead: string;
  sections: DocumentSection[];
}

export interface StrategyDocumentPages {
  overview: PageText;
  grounding: PageText;
  coherence: PageText;
}

/** The document: the overview page's heading and lead, then vision, direction, focal points, tracks, grounding, coherence. */
export function strategyDocument(strategy: Strategy, pages: StrategyDocumentPages): StrategyDocument {
  return {
    title: pages.overview.title,
    tagline: t('site.tagline'),
    lead: pages.overview.lead ?? pages.overview.description,
    sections: [
      { kind: 'vision', id: 'vision', title: t('home.vision'), vision: strategy.vision },
      {
        kind: 'direction',
        id: 'klimaretning',
        title: t('home.direction'),
        targets: strategy.overallTargets,
        indicators: strategy.indicators.filter(
          (i) =>
            hasMeasurements(i) && i.targets.some((target) => strategy.overallTargets.some((o) => o.id === target.id)),
        ),
      },
      { kind: 'focal', id: 'omdrejningspunkter', title: t('home.focalPoints'), focalPoints: strategy.focalPoints },
      ...strategy.tracks.map((track): DocumentSection => ({
        kind: 'track',
        id: `spor-${track.id}`,
        title: track.title,
        intro: track.intro,
        track,
        focusHeading: t('track.focus'),
      })),
      {
        kind: 'grounding',
        id: 'staasted',
        title: pages.grounding.title,
        intro: pages.grounding.lead,
        subheading: t('overview.circular'),
        principles: strategy.circular,
        goals: {
          heading: t('overview.goals'),
          text: t('overview.goalsText'),
          href: '/staasted/',
          linkLabel: t('overview.goalsLink', { page: pages.grounding.title }),
        },
      },
      {
        kind: 'coherence',
        id: 'sammenhaeng',
        title: pages.coherence.title,
        intro: pages.coherence.lead,
        instruments: strategy.instruments,
      },
    ],
  };
}
