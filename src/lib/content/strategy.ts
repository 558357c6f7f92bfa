/**
 * Assembles the strategy from its collections and checks what no single schema can: that every id one
 * entry names exists, and that no target is left off the pages. Pure: it takes plain entries, so it is
 * unit-tested without Astro, and `src/data/strategy.ts` feeds it the real collections.
 */
import { ContentError, type ContentProblem, quotedList } from '../errors';
import type { Ambition, Point, TrackData } from '../../schemas/track';
import type { TargetData } from '../../schemas/target';
import type { CircularPrincipleData, FocalPointData, InstrumentData, VisionData } from '../../schemas/strategy';
import { RELATIVE_UNIT, type IndicatorData } from '../../schemas/indicator';
import { computeProgress, type Progress } from './progress';

/** An entry as a collection gives it: its id, the file it came from, and its validated data. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface StrategyInput {
  tracks: Entry<TrackData>[];
  targets: Entry<TargetData>[];
  focalPoints: Entry<FocalPointData>[];
  vision: Entry<VisionData>[];
  circular: Entry<CircularPrincipleData>[];
  instruments: Entry<InstrumentData>[];
  indicators: Entry<IndicatorData>[];
}

export interface TrackRef {
  id: string;
  title: string;
  colour: TrackData['colour'];
}

/** An indicator as a target sees it: its data, without the list of targets. */
export type IndicatorRef = Omit<IndicatorData, 'targetIds'> & { id: string };
export type Target = TargetData & {
  id: string;
  track?: TrackRef;
  /** The indicator that measures the target; every target has one, even before anything is published. */
  indicator: IndicatorRef;
  progress: Progress;
};
export type Indicator = IndicatorRef & { targets: Target[] };
/** A point under an ambition: a sentence, or one or more targets that share the strategy's sentence. */
export type ResolvedPoint = { kind: 'text'; text: string } | { kind: 'target'; targets: Target[] };
export interface ResolvedAmbition {
  heading: string;
  points: ResolvedPoint[];
  sub?: { heading: string; points: ResolvedPoint[] };
}
export type Track = Omit<TrackData, 'ambitions'> & {
  id: string;
  ambitions: ResolvedAmbition[];
  focalPoint: { id: string; title: string };
  /** The track's measurable targets, in the order they stand under its ambitions. */
  targets: Target[];
  /**
   * The focus points that no ambition says already (see `sameStatement`). The strategy states most of a track's
   * focus twice, as a point on the track's opening page and as an ambition heading over its targets; the track's
   * page says each once, as the ambition heading, and lists only these under the focus.
   */
  focusBeyondAmbitions: string[];
};
export type FocalPoint = FocalPointData & { id: string; tracks: TrackRef[] };
export type Vision = VisionData & { id: string };
export type CircularPrinciple = CircularPrincipleData & { id: string };
export type Instrument = InstrumentData & { id: string };

/**
 * True when two sentences of the strategy say the same: equal but for spacing, the kind of dash and a closing full
 * stop (the strategy writes "energirigtigt − med" in one place and "energirigtigt - med" in another).
 */
export function sameStatement(a: string, b: string): boolean {
  const plain = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[\u2010-\u2015\u2212-]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\.$/, '');
  return plain(a) === plain(b);
}

export interface Strategy {
  vision: Vision[];
  /** Targets that belong to no track: the strategy's overall climate direction. */
  overallTargets: Target[];
  tracks: Track[];
  focalPoints: FocalPoint[];
  circular: CircularPrinciple[];
  instruments: Instrument[];
  /** Every target: the overall ones first, then each track's in track order. */
  targets: Target[];
  /** Every indicator, in the order of the first target each measures. */
  indicators: Indicator[];
}

const byOrder = <T extends { id: string; data: { order: number } }>(a: T, b: T) =>
  a.data.order - b.data.order || a.id.localeCompare(b.id);

function checkUniqueOrder<T extends { order: number }>(entries: Entry<T>[], problems: ContentProblem[], field: string) {
  const seen = new Map<number, Entry<T>>();
  for (const entry of entries) {
    const other = seen.get(entry.data.order);
    if (other) {
      problems.push({
        file: entry.file,
        field,
        message: `er ${entry.data.order}, men det nummer har "${other.id}" (${other.file}) allerede. Giv hver sit nummer.`,
      });
    } else seen.set(entry.data.order, entry);
  }
}

/** Which indicator measures each target, by target id; an id that is no target, or measured twice, is a problem. */
function indicatorsByTarget(input: StrategyInput, problems: ContentProblem[]): Map<string, Entry<IndicatorData>> {
  const targetIds = new Set(input.targets.map((t) => t.id));
  const indicatorFor = new Map<string, Entry<IndicatorData>>();
  for (const entry of input.indicators) {
    entry.data.targetIds.forEach((targetId, i) => {
      const where = { file: entry.file, entry: entry.id, field: `maal[nr. ${i + 1}]` };
      if (!targetIds.has(targetId)) {
        problems.push({
          ...where,
          message: `er "${targetId}", men der er ingen fil content/maal/${targetId}.json. Brug et af: ${quotedList(targetIds)}.`,
        });
        return;
      }
      const other = indicatorFor.get(targetId);
      if (other) {
        problems.push({
          ...where,
          message: `er "${targetId}", som indikatoren "${other.id}" allerede måler. Et mål har én indikator.`,
        });
        return;
      }
      indicatorFor.set(targetId, entry);
    });
  }
  return indicatorFor;
}

interface AssembledTargets {
  targetById: Map<string, Target>;
  /** The file each target came from, for messages. */
  targetFile: Map<string, string>;
}

/** Each target with its track, its indicator and its progress; a wrong track, no indicator or a wrong unit is a problem. */
function assembleTargets(
  input: StrategyInput,
  trackRefs: Map<string, TrackRef>,
  indicatorFor: Map<string, Entry<IndicatorData>>,
  problems: ContentProblem[],
): AssembledTargets {
  const targetById = new Map<string, Target>();
  const targetFile = new Map<string, string>();
  for (const entry of input.targets) {
    const { trackId } = entry.data;
    if (trackId !== undefined && !trackRefs.has(trackId)) {
      problems.push({
        file: entry.file,
        field: 'spor',
        message: `er "${trackId}", men det spor findes ikke. Brug et af: ${quotedList(trackRefs.keys())}, eller udelad feltet for et overordnet mål.`,
      });
    }
    const indicatorEntry = indicatorFor.get(entry.id);
    if (!indicatorEntry) {
      problems.push({
        file: entry.file,
        message: `Målet har ingen indikator. Tilføj en indikator med "maal": ["${entry.id}"] i content/data/indikatorer.json – også selv om der ikke er målinger endnu ("maalinger": []).`,
      });
    }
    // A stand-in keeps the other checks meaningful; the build stops on the problem above anyway.
    const placeholder: IndicatorData = {
      targetIds: [],
      title: entry.data.title,
      unit: entry.data.unit,
      methodNote: undefined,
      measurements: [],
    };
    const { targetIds: _ids, ...indicatorData } = indicatorEntry?.data ?? placeholder;
    const unitFits =
      indicatorData.unit === entry.data.unit ||
      (indicatorData.unit === RELATIVE_UNIT && entry.data.kind === 'reduktion-procent');
    if (indicatorEntry && !unitFits) {
      problems.push({
        file: indicatorEntry.file,
        entry: indicatorEntry.id,
        field: 'enhed',
        message: `er "${indicatorData.unit}", men målet "${entry.id}" måles i "${entry.data.unit}". Brug "${entry.data.unit}"${entry.data.kind === 'reduktion-procent' ? ` eller "${RELATIVE_UNIT}"` : ''}.`,
      });
    }
    const indicator: IndicatorRef = { ...indicatorData, id: indicatorEntry?.id ?? entry.id };
    targetById.set(entry.id, {
      ...entry.data,
      id: entry.id,
      track: trackId ? trackRefs.get(trackId) : undefined,
      indicator,
      progress: computeProgress(entry.data, indicator.unit, indicator.measurements),
    });
    targetFile.set(entry.id, entry.file);
  }
  return { targetById, targetFile };
}

/**
 * Each track with its ambitions' points resolved to targets. A target must exist, stand on its own track's page,
 * and stand there once; afterwards every track target must have been placed.
 */
function assembleTracks(
  trackEntries: Entry<TrackData>[],
  focalById: Map<string, Entry<FocalPointData>>,
  { targetById, targetFile }: AssembledTargets,
  problems: ContentProblem[],
): Track[] {
  const placed = new Map<string, { trackId: string; field: string }>();
  const tracks = trackEntries.map((entry): Track => {
    const t = entry.data;
    const focal = focalById.get(t.focalPointId);
    if (!focal) {
      problems.push({
        file: entry.file,
        field: 'omdrejningspunkt',
        message: `er "${t.focalPointId}", men det omdrejningspunkt findes ikke. Brug et af: ${quotedList(focalById.keys())}.`,
      });
    }
    const trackTargets: Target[] = [];
    const resolveTarget = (targetId: string, field: string): Target[] => {
      const target = targetById.get(targetId);
      if (!target) {
        problems.push({
          file: entry.file,
          field,
          message: `er "${targetId}", men der er ingen fil content/maal/${targetId}.json. Brug et af: ${quotedList(targetById.keys())}.`,
        });
        return [];
      }
      const earlier = placed.get(target.id);
      if (earlier) {
        problems.push({
          file: entry.file,
          field,
          message: `nævner målet "${target.id}", som allerede står i content/spor/${earlier.trackId}.md (${earlier.field}). Et mål står ét sted.`,
        });
      }
      placed.set(target.id, { trackId: entry.id, field });
      if (target.track?.id !== entry.id) {
        problems.push({
          file: entry.file,
          field,
          message: `nævner målet "${target.id}", men målet hører til ${target.track ? `sporet "${target.track.id}"` : 'intet spor'} (feltet "spor" i ${targetFile.get(target.id)}). Ret et af de to steder.`,
        });
      }
      trackTargets.push(target);
      return [target];
    };
    const resolve = (points: Point[], fieldPrefix: string): ResolvedPoint[] =>
      points.flatMap((point, index): ResolvedPoint[] => {
        if (point.kind === 'text') return [point];
        const field = `${fieldPrefix}[nr. ${index + 1}].maal`;
        const many = point.targetIds.length > 1;
        const targets = point.targetIds.flatMap((id, i) => resolveTarget(id, many ? `${field}[nr. ${i + 1}]` : field));
        return targets.length ? [{ kind: 'target', targets }] : [];
      });
    const ambitions = t.ambitions.map((a: Ambition, i): ResolvedAmbition => ({
      heading: a.heading,
      points: resolve(a.points, `ambitioner[nr. ${i + 1}].punkter`),
      sub: a.sub
        ? { heading: a.sub.heading, points: resolve(a.sub.points, `ambitioner[nr. ${i + 1}].herunder.punkter`) }
        : undefined,
    }));
    return {
      ...t,
      id: entry.id,
      ambitions,
      focalPoint: { id: t.focalPointId, title: focal?.data.title ?? t.focalPointId },
      targets: trackTargets,
      focusBeyondAmbitions: t.focus.filter((point) => !ambitions.some((a) => sameStatement(a.heading, point))),
    };
  });

  for (const target of targetById.values()) {
    if (target.track && !placed.has(target.id)) {
      problems.push({
        file: targetFile.get(target.id) ?? target.id,
        message: `Målet hører til sporet "${target.track.id}", men står ikke på sporets side. Tilføj { maal: "${target.id}" } under en ambition i content/spor/${target.track.id}.md.`,
      });
    }
  }
  return tracks;
}

/** The focal points with the tracks that point to them; numbers must be unique and every point needs a track. */
function assembleFocalPoints(
  input: StrategyInput,
  tracks: Track[],
  trackRefs: Map<string, TrackRef>,
  problems: ContentProblem[],
): FocalPoint[] {
  const focalEntries = [...input.focalPoints].sort(byOrder);
  checkUniqueOrder(focalEntries, problems, 'nummer');
  return focalEntries.map((f) => {
    const members = tracks.filter((t) => t.focalPointId === f.id).map((t) => trackRefs.get(t.id)!);
    if (members.length === 0) {
      problems.push({
        file: f.file,
        message: `Omdrejningspunktet "${f.id}" har ingen spor. Et spor peger på det med feltet "omdrejningspunkt".`,
      });
    }
    return { ...f.data, id: f.id, tracks: members };
  });
}

/** Every indicator once, in the order of the first target it measures, with all the targets it measures. */
function collectIndicators(targets: Target[]): Indicator[] {
  const indicators: Indicator[] = [];
  for (const target of targets) {
    if (indicators.some((i) => i.id === target.indicator.id)) continue;
    indicators.push({ ...target.indicator, targets: targets.filter((t) => t.indicator.id === target.indicator.id) });
  }
  return indicators;
}

/** Builds the strategy, or throws a `ContentError` that lists every broken reference at once. */
export function assembleStrategy(input: StrategyInput): Strategy {
  const problems: ContentProblem[] = [];
  const focalById = new Map(input.focalPoints.map((f) => [f.id, f]));
  const trackEntries = [...input.tracks].sort(byOrder);
  const trackRefs = new Map<string, TrackRef>(
    trackEntries.map((t) => [t.id, { id: t.id, title: t.data.title, colour: t.data.colour }]),
  );
  checkUniqueOrder(trackEntries, problems, 'nummer');

  const indicatorFor = indicatorsByTarget(input, problems);
  const assembled = assembleTargets(input, trackRefs, indicatorFor, problems);
  const tracks = assembleTracks(trackEntries, focalById, assembled, problems);
  const focalPoints = assembleFocalPoints(input, tracks, trackRefs, problems);
  if (problems.length) throw new ContentError(problems);

  const overallTargets = [...assembled.targetById.values()].filter((t) => !t.track);
  const targets = [...overallTargets, ...tracks.flatMap((t) => t.targets)];
  const withId = <T>(entries: Entry<T & { order: number }>[]) =>
    [...entries].sort(byOrder).map((e) => ({ ...e.data, id: e.id }));
  return {
    vision: withId(input.vision),
    overallTargets,
    tracks,
    focalPoints,
    circular: withId(input.circular),
    instruments: withId(input.instruments),
    targets,
    indicators: collectIndicators(targets),
  };
}
