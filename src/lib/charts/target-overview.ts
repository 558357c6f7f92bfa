/**
 * The targets at a glance (the overview at the top of /maal/): every target once, grouped as the page is (the
 * overall climate direction, then each track), with its figure, deadline, status and latest measurement, and where
 * its details are: its card and chart on /maal/ when it has measurements, otherwise its card on its track's page
 * (the targets page shows no card with empty parts). Worked out from the strategy alone.
 */
import type { StatusColourKey } from '../design/tokens';
import { hasMeasurements, measurementLabel } from './model';
import { STATUS_TONES, type Progress } from '../content/progress';
import type { Strategy, Target, TrackRef } from '../content/strategy';
import { targetFigures } from '../format';

export interface OverviewRow {
  id: string;
  title: string;
  /** The target's figure, e.g. "−68 %", "Mindst 60 %", "Klimaneutral". */
  figure: string;
  /** The deadline year, or undefined where the strategy gives none. */
  deadline?: number;
  progress: Progress;
  /** The colour of its status mark. */
  tone: StatusColourKey;
  /** The latest published measurement as the chart writes it, with its year. */
  latest?: { label: string; year: number };
  /** Where the target's details are: `#maal-<id>` on the targets page, or its card on its track's page. */
  href: string;
  /** Whether the details are on the targets page itself (a card and a chart), not on the track's page. */
  onPage: boolean;
}

export interface OverviewGroup {
  /** The id of the group's section further down the targets page. */
  sectionId: string;
  /** The track, or undefined for the strategy's overall targets. */
  track?: TrackRef;
  rows: OverviewRow[];
}

/** One target as a row of the overview. */
export function overviewRow(target: Target): OverviewRow {
  const figures = targetFigures(target);
  const latest = target.indicator.measurements.at(-1);
  const onPage = hasMeasurements(target.indicator) || !target.track;
  return {
    id: target.id,
    title: target.title,
    figure: figures.stated,
    deadline: typeof target.deadline === 'number' ? target.deadline : undefined,
    progress: target.progress,
    tone: STATUS_TONES[target.progress.status],
    latest: latest && {
      label: measurementLabel(latest.value, target.indicator.unit, latest.approx),
      year: latest.year,
    },
    href: onPage ? `#maal-${target.id}` : `/spor/${target.track!.id}/#maal-${target.id}`,
    onPage,
  };
}

/** Every target of the strategy, the overall ones first, then each track's in the track's order (every track). */
export function targetOverview(strategy: Pick<Strategy, 'overallTargets' | 'tracks'>): OverviewGroup[] {
  const groups: OverviewGroup[] = [];
  if (strategy.overallTargets.length)
    groups.push({ sectionId: 'klimaretning', rows: strategy.overallTargets.map(overviewRow) });
  // A track the strategy gives no measurable target keeps its place, with no rows: the overview says so.
  for (const track of strategy.tracks) {
    groups.push({
      sectionId: `maal-spor-${track.id}`,
      track: { id: track.id, title: track.title, colour: track.colour },
      rows: track.targets.map(overviewRow),
    });
  }
  return groups;
}
