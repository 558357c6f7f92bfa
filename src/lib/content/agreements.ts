/**
 * Assembles the sustainability agreements: each with its unit, its measures under the five tracks in the
 * strategy's order, and its progress at a glance. Checks what the schemas cannot: that each agreement names
 * a unit in the list and tracks that exist, and that every unit has exactly one agreement.
 */
import { ContentError, type ContentProblem, quotedList } from '../errors';
import type { Entry, TrackRef } from './strategy';
import type { AgreementData, Measure, MeasureStatus, OrganisationData } from '../../schemas/agreement';
import { MEASURE_STATUSES } from '../../schemas/agreement';

export type Organisation = OrganisationData & { id: string };

export interface Agreement extends Omit<AgreementData, 'measuresByTrack' | 'unitId' | 'period' | 'contact'> {
  unit: Organisation;
  /** The years the agreement covers; absent where only a sample period exists and samples are not shown. */
  period?: AgreementData['period'];
  /** Who to ask; absent where only a sample contact exists and samples are not shown. */
  contact?: AgreementData['contact'];
  file: string;
  /** All five tracks in order, each with its measures (possibly none). */
  tracks: { track: TrackRef; measures: Measure[] }[];
  progress: AgreementProgress;
  /** What in the agreement is sample content, in words, e.g. ["5 indsatser", "periode"]. */
  sampleParts: string[];
}

export interface AgreementProgress {
  /** Measures that are the unit's real ones, counted by status. */
  real: Record<MeasureStatus, number>;
  realTotal: number;
  /** Measures that are still sample content. */
  sampleTotal: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function assembleAgreements(input: {
  units: Entry<OrganisationData>[];
  agreements: Entry<AgreementData>[];
  tracks: TrackRef[];
}): Agreement[] {
  const problems: ContentProblem[] = [];
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const trackIds = new Set(input.tracks.map((t) => t.id));
  const agreementFor = new Map<string, Entry<AgreementData>>();

  for (const entry of input.agreements) {
    const { unitId } = entry.data;
    if (!unitById.has(unitId)) {
      problems.push({
        file: entry.file,
        field: 'enhed',
        message: `er "${unitId}", men den enhed står ikke i content/data/enheder.json. Brug et af: ${quotedList(unitById.keys())}.`,
      });
    } else if (agreementFor.has(unitId)) {
      problems.push({
        file: entry.file,
        field: 'enhed',
        message: `er "${unitId}", men ${agreementFor.get(unitId)!.file} er allerede aftalen for den enhed. En enhed har én aftale.`,
      });
    } else agreementFor.set(unitId, entry);
    for (const key of Object.keys(entry.data.measuresByTrack)) {
      if (!trackIds.has(key)) {
        problems.push({
          file: entry.file,
          field: `indsatser.${key}`,
          message: `er ikke et spor. Skriv indsatserne under et af sporene: ${quotedList(trackIds)}.`,
        });
      }
    }
  }
  for (const unit of input.units) {
    if (!agreementFor.has(unit.id)) {
      problems.push({
        file: unit.file,
        entry: unit.id,
        message: `Enheden har ingen aftale. Opret content/aftaler/${unit.id}.md med "enhed: ${unit.id}".`,
      });
    }
  }
  if (problems.length) throw new ContentError(problems);

  return [...input.units]
    .sort((a, b) => a.data.order - b.data.order)
    .map((unitEntry) => {
      const entry = agreementFor.get(unitEntry.id)!;
      const { measuresByTrack, unitId: _unit, ...rest } = entry.data;
      const tracks = input.tracks.map((track) => ({ track, measures: measuresByTrack[track.id] ?? [] }));
      const measures = tracks.flatMap((t) => t.measures);
      const real = Object.fromEntries(
        MEASURE_STATUSES.map((s) => [s, measures.filter((m) => !m.sample && m.status === s).length]),
      ) as Record<MeasureStatus, number>;
      const sampleMeasures = measures.filter((m) => m.sample).length;
      const sampleInputs = rest.ownInputs.filter((i) => i.sample).length;
      const sampleParts = [
        ...(sampleMeasures ? [plural(sampleMeasures, 'indsats', 'indsatser')] : []),
        ...(sampleInputs ? [plural(sampleInputs, 'eget input', 'egne input')] : []),
        ...(rest.period.sample ? ['periode'] : []),
        ...(rest.contact.sample ? ['kontakt'] : []),
      ];
      return {
        ...rest,
        unit: { ...unitEntry.data, id: unitEntry.id },
        file: entry.file,
        tracks,
        progress: { real, realTotal: measures.length - sampleMeasures, sampleTotal: sampleMeasures },
        sampleParts,
      };
    });
}
