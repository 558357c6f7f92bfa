/**
 * The cross-references (an unknown track, unit, target or indicator, a target no indicator measures, a case
 * per track, short codes), checked by the content check on the entries it validated itself, before Astro reads
 * anything: a mistake in them stops the build before a page is rendered or `dist/` is touched. The checks are
 * the same functions the data layer assembles the pages with (`src/data/content.ts`), each run on its own, so
 * one stage's mistake does not hide another's.
 */
import { ContentError, type ContentProblem } from '../errors';
import { assembleStrategy, type Entry } from '../content/strategy';
import { assembleAgreements } from '../content/agreements';
import { assembleCases } from '../content/cases';
import { assembleShortLinks, pageCodeClaims } from '../hosting/short-links';

/** One validated entry: its collection, id, file and the schema's output. */
export interface ValidEntry {
  collection: string;
  id: string;
  file: string;
  data: unknown;
}

/** Every cross-reference problem of the validated entries; `registryFile` is the list of issued short codes. */
export function checkCrossReferences(valid: ValidEntry[], registryFile: string): ContentProblem[] {
  const of = <T>(collection: string): Entry<T>[] =>
    valid
      .filter((e) => e.collection === collection)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => ({ id: e.id, file: e.file, data: e.data as T }));
  /* eslint-disable @typescript-eslint/no-explicit-any -- the schemas' outputs, as the stages type them */
  const tracks = of<any>('spor');
  const trackRefs = tracks.map((t) => ({ id: t.id, title: t.data.title, colour: t.data.colour }));
  const units = of<any>('enheder');
  const unitRefs = units.map((u) => ({ ...u.data, id: u.id }));
  const stages: (() => unknown)[] = [
    () =>
      assembleStrategy({
        tracks,
        targets: of('maal'),
        focalPoints: of('omdrejningspunkter'),
        vision: of('vision'),
        circular: of('cirkulaerOekonomi'),
        instruments: of('instrumenter'),
        indicators: of('indikatorer'),
      }),
    () => assembleAgreements({ units, agreements: of('aftaler'), tracks: trackRefs }),
    () => assembleCases({ cases: of('cases'), tracks: trackRefs, units: unitRefs }),
    () =>
      assembleShortLinks(
        pageCodeClaims({ tracks, agreements: of('aftaler'), pages: of('sider'), units: unitRefs }),
        of('kortkoder'),
        registryFile,
      ),
  ];
  /* eslint-enable @typescript-eslint/no-explicit-any */
  const problems: ContentProblem[] = [];
  for (const stage of stages) {
    try {
      stage();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  return problems;
}
