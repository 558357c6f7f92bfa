import { describe, expect, test } from 'vitest';
import { assembleAgreements } from '../../src/lib/content/agreements';
import { problems } from '../helpers/problems';
import { agreementSchema, organisationSchema } from '../../src/schemas/agreement';

const tracks = [
  { id: 'ansvarligt-forbrug', title: 'Ansvarligt forbrug', colour: 'forbrug' as const },
  { id: 'ledelse-og-styring', title: 'Ledelse og styring', colour: 'ledelse' as const },
];
const unit = (id: string, order: number) => ({
  id,
  file: 'content/data/enheder.json',
  data: organisationSchema.parse({
    id,
    nummer: order,
    navn: id.toUpperCase(),
    kortNavn: id,
    type: order === 1 ? 'hospital' : 'anden enhed',
  }),
});
const measure = (status: string, eksempel: boolean) => ({
  titel: 'T',
  beskrivelse: 'B',
  indikator: 'I',
  status,
  udfoeres: 'enheden',
  eksempel,
});
const agreement = (
  file: string,
  enhed: string,
  indsatser: Record<string, unknown[]>,
  extra: Record<string, unknown> = {},
) => ({
  id: file,
  file: `content/aftaler/${file}.md`,
  data: agreementSchema.parse({
    enhed,
    kortkode: enhed,
    periode: { fra: 2025, til: 2026 },
    kontakt: { rolle: 'Konsulent' },
    indsatser,
    beskrivelse: 'En beskrivelse, der er lang nok til at være en rigtig meta description.',
    ...extra,
  }),
});

describe('assembleAgreements', () => {
  test('lists every track in order, and counts only real measures as progress', () => {
    const [a] = assembleAgreements({
      units: [unit('auh', 1)],
      agreements: [
        agreement(
          'auh',
          'auh',
          { 'ledelse-og-styring': [measure('gennemført', false), measure('i gang', true)] },
          { egneInput: [{ titel: 'G', beskrivelse: 'B', eksempel: true }] },
        ),
      ],
      tracks,
    });
    expect(a!.tracks.map((t) => [t.track.id, t.measures.length])).toEqual([
      ['ansvarligt-forbrug', 0],
      ['ledelse-og-styring', 2],
    ]);
    expect(a!.progress).toEqual({ real: { planlagt: 0, 'i gang': 0, gennemført: 1 }, realTotal: 1, sampleTotal: 1 });
    expect(a!.sampleParts).toEqual(['1 indsats', '1 eget input']);
  });

  test('an agreement for a unit not in the list, a measure under an unknown track, a unit without an agreement', () => {
    expect(
      problems(() =>
        assembleAgreements({
          units: [unit('auh', 1), unit('psykiatrien', 2)],
          agreements: [
            agreement('auh', 'auh', { transport: [measure('planlagt', true)] }),
            agreement('vask', 'midtvask', {}),
          ],
          tracks,
        }),
      ),
    ).toEqual([
      'content/aftaler/auh.md: feltet "indsatser.transport" er ikke et spor. Skriv indsatserne under et af sporene: "ansvarligt-forbrug", "ledelse-og-styring".',
      'content/aftaler/vask.md: feltet "enhed" er "midtvask", men den enhed står ikke i content/data/enheder.json. Brug et af: "auh", "psykiatrien".',
      'content/data/enheder.json (id "psykiatrien"): Enheden har ingen aftale. Opret content/aftaler/psykiatrien.md med "enhed: psykiatrien".',
    ]);
  });

  test('two agreements for one unit', () => {
    expect(
      problems(() =>
        assembleAgreements({
          units: [unit('auh', 1)],
          agreements: [agreement('a', 'auh', {}), agreement('b', 'auh', {})],
          tracks,
        }),
      ),
    ).toEqual([
      'content/aftaler/b.md: feltet "enhed" er "auh", men content/aftaler/a.md er allerede aftalen for den enhed. En enhed har én aftale.',
    ]);
  });
});
