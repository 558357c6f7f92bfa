/**
 * Assembles the cases: each with its tracks and units, checked against the lists, newest first. Every track
 * must have at least one case (a sample, clearly marked, where no public case exists).
 */
import { ContentError, type ContentProblem, quotedList } from '../errors';
import type { Entry, TrackRef } from './strategy';
import type { Organisation } from './agreements';
import type { CaseData } from '../../schemas/case';

export type Case = Omit<CaseData, 'trackIds' | 'unitIds'> & {
  id: string;
  file: string;
  tracks: TrackRef[];
  units: Organisation[];
};

export function assembleCases(input: { cases: Entry<CaseData>[]; tracks: TrackRef[]; units: Organisation[] }): Case[] {
  const problems: ContentProblem[] = [];
  const trackById = new Map(input.tracks.map((t) => [t.id, t]));
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const cases = input.cases.map((entry): Case => {
    const { trackIds, unitIds, ...data } = entry.data;
    trackIds.forEach((id, i) => {
      if (!trackById.has(id))
        problems.push({
          file: entry.file,
          field: `spor[nr. ${i + 1}]`,
          message: `er "${id}", men det spor findes ikke. Brug et af: ${quotedList(trackById.keys())}.`,
        });
    });
    unitIds.forEach((id, i) => {
      if (!unitById.has(id))
        problems.push({
          file: entry.file,
          field: `enheder[nr. ${i + 1}]`,
          message: `er "${id}", men den enhed står ikke i content/data/enheder.json. Brug et af: ${quotedList(unitById.keys())}.`,
        });
    });
    return {
      ...data,
      id: entry.id,
      file: entry.file,
      tracks: trackIds.flatMap((id) => trackById.get(id) ?? []),
      units: unitIds.flatMap((id) => unitById.get(id) ?? []),
    };
  });
  for (const track of input.tracks) {
    if (!problems.length && !cases.some((c) => c.tracks.some((t) => t.id === track.id))) {
      problems.push({
        file: 'content/cases',
        message: `Sporet "${track.id}" har ingen case. Tilføj en case med "spor: [${track.id}]" – eller en eksempel-case med "eksempel: true", indtil der er en rigtig.`,
      });
    }
  }
  if (problems.length) throw new ContentError(problems);
  // Newest first; cases without a year last; then by title.
  return cases.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title, 'da'));
}

/** The date a case has in the RSS feed: the day it went on the site, or else 1 January of its year. */
export function feedDate(item: Pick<Case, 'published' | 'year'>): Date {
  if (item.published) return item.published;
  if (item.year !== undefined) return new Date(Date.UTC(item.year, 0, 1));
  throw new Error('A case needs "aar" or "udgivet"; the schema checks this.');
}
