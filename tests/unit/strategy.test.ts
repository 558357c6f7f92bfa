import { describe, expect, test } from 'vitest';
import { assembleStrategy, sameStatement, type StrategyInput } from '../../src/lib/content/strategy';
import { problems } from '../helpers/problems';
import { trackSchema } from '../../src/schemas/track';
import { targetSchema } from '../../src/schemas/target';
import { focalPointSchema } from '../../src/schemas/strategy';
import { indicatorSchema } from '../../src/schemas/indicator';

function track(id: string, order: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    file: `content/spor/${id}.md`,
    data: trackSchema.parse({
      titel: id,
      nummer: order,
      omdrejningspunkt: 'klima',
      farve: 'forbrug',
      kort: 'Kort.',
      intro: 'Intro.',
      fokus: ['Fokus.'],
      ambitionerOverskrift: `${id} – ambitioner og mål`,
      ambitioner: [{ overskrift: 'Ambition.', punkter: ['Punkt.'] }],
      beskrivelse: 'En beskrivelse, der er lang nok til at være en rigtig meta description.',
      kortkode: id.replace(/-/g, ''),
      ...extra,
    }),
  };
}

function target(id: string, spor?: string) {
  return {
    id,
    file: `content/maal/${id}.json`,
    data: targetSchema.parse({
      spor,
      titel: id,
      tekst: `Tekst ${id}.`,
      maaling: 'x',
      enhed: '%',
      type: 'niveau',
      vaerdi: 60,
      frist: 2030,
    }),
  };
}

function indicator(id: string, maal: string[], extra: Record<string, unknown> = {}) {
  return {
    id,
    file: 'content/data/indikatorer.json',
    data: indicatorSchema.parse({ id, titel: id, maal, enhed: '%', maalinger: [], ...extra }),
  };
}

function input(overrides: Partial<StrategyInput> = {}): StrategyInput {
  return {
    indicators: [
      indicator('i-overall', ['overall']),
      indicator('i-a', ['a1', 'a2']),
      indicator('i-b', ['b-maal'], { maalinger: [{ aar: 2024, vaerdi: 61, kilde: 'https://x.dk/' }] }),
    ],
    tracks: [
      track('b-spor', 2, { ambitioner: [{ overskrift: 'A.', punkter: ['P.', { maal: 'b-maal' }] }] }),
      track('a-spor', 1, {
        ambitioner: [
          {
            overskrift: 'A.',
            punkter: [{ maal: ['a1', 'a2'] }],
            herunder: { overskrift: 'Herunder:', punkter: ['Q.'] },
          },
        ],
      }),
    ],
    targets: [target('overall'), target('a1', 'a-spor'), target('a2', 'a-spor'), target('b-maal', 'b-spor')],
    focalPoints: [
      {
        id: 'klima',
        file: 'f.json',
        data: focalPointSchema.parse({ id: 'klima', nummer: 1, titel: 'Klima og miljø', beskrivelse: 'B.' }),
      },
    ],
    vision: [],
    circular: [],
    instruments: [],
    ...overrides,
  };
}

describe('assembleStrategy', () => {
  test('sorts tracks, resolves targets in place, and separates the overall targets', () => {
    const s = assembleStrategy(input());
    expect(s.tracks.map((t) => t.id)).toEqual(['a-spor', 'b-spor']);
    expect(s.tracks[0]!.ambitions[0]!.points).toEqual([
      { kind: 'target', targets: [expect.objectContaining({ id: 'a1' }), expect.objectContaining({ id: 'a2' })] },
    ]);
    expect(s.tracks[0]!.ambitions[0]!.sub).toEqual({ heading: 'Herunder:', points: [{ kind: 'text', text: 'Q.' }] });
    expect(s.tracks[0]!.targets.map((t) => t.id)).toEqual(['a1', 'a2']);
    expect(s.tracks[0]!.focalPoint).toEqual({ id: 'klima', title: 'Klima og miljø' });
    expect(s.overallTargets.map((t) => t.id)).toEqual(['overall']);
    expect(s.targets.map((t) => t.id)).toEqual(['overall', 'a1', 'a2', 'b-maal']);
    expect(s.focalPoints[0]!.tracks.map((t) => t.id)).toEqual(['a-spor', 'b-spor']);
  });

  test('the focus points no ambition says already: those the track page lists under its focus', () => {
    const i = input();
    i.tracks[0] = track('b-spor', 2, {
      fokus: ['Vi bygger − med omtanke.', 'Vi sparer på vandet.'],
      ambitioner: [{ overskrift: 'Vi bygger - med omtanke', punkter: [{ maal: 'b-maal' }] }],
    });
    expect(assembleStrategy(i).tracks.find((t) => t.id === 'b-spor')!.focusBeyondAmbitions).toEqual([
      'Vi sparer på vandet.',
    ]);
    expect(assembleStrategy(input()).tracks[0]!.focusBeyondAmbitions).toEqual(['Fokus.']);
  });

  test('a target names a track that does not exist', () => {
    const i = input();
    i.targets[3] = target('b-maal', 'transport');
    expect(problems(() => assembleStrategy(i))).toEqual([
      'content/maal/b-maal.json: feltet "spor" er "transport", men det spor findes ikke. Brug et af: "a-spor", "b-spor", eller udelad feltet for et overordnet mål.',
      'content/spor/b-spor.md: feltet "ambitioner[nr. 1].punkter[nr. 2].maal" nævner målet "b-maal", men målet hører til intet spor (feltet "spor" i content/maal/b-maal.json). Ret et af de to steder.',
    ]);
  });

  test('a track names a focal point that does not exist', () => {
    const i = input();
    i.tracks[0] = track('b-spor', 2, {
      omdrejningspunkt: 'klimaet',
      ambitioner: [{ overskrift: 'A.', punkter: [{ maal: 'b-maal' }] }],
    });
    expect(problems(() => assembleStrategy(i))).toEqual([
      'content/spor/b-spor.md: feltet "omdrejningspunkt" er "klimaet", men det omdrejningspunkt findes ikke. Brug et af: "klima".',
    ]);
  });

  test('a point names a target that does not exist, and the real target is then on no page', () => {
    const i = input();
    i.tracks[0] = track('b-spor', 2, { ambitioner: [{ overskrift: 'A.', punkter: [{ maal: 'b-mal' }] }] });
    expect(problems(() => assembleStrategy(i))).toEqual([
      'content/spor/b-spor.md: feltet "ambitioner[nr. 1].punkter[nr. 1].maal" er "b-mal", men der er ingen fil content/maal/b-mal.json. Brug et af: "overall", "a1", "a2", "b-maal".',
      'content/maal/b-maal.json: Målet hører til sporet "b-spor", men står ikke på sporets side. Tilføj { maal: "b-maal" } under en ambition i content/spor/b-spor.md.',
    ]);
  });

  test('a target placed twice, and one placed under another track', () => {
    const i = input();
    i.tracks[0] = track('b-spor', 2, {
      ambitioner: [{ overskrift: 'A.', punkter: [{ maal: 'b-maal' }, { maal: 'a2' }] }],
    });
    expect(problems(() => assembleStrategy(i))).toEqual([
      'content/spor/b-spor.md: feltet "ambitioner[nr. 1].punkter[nr. 2].maal" nævner målet "a2", som allerede står i content/spor/a-spor.md (ambitioner[nr. 1].punkter[nr. 1].maal[nr. 2]). Et mål står ét sted.',
      'content/spor/b-spor.md: feltet "ambitioner[nr. 1].punkter[nr. 2].maal" nævner målet "a2", men målet hører til sporet "a-spor" (feltet "spor" i content/maal/a2.json). Ret et af de to steder.',
    ]);
  });

  test('two tracks with the same number', () => {
    const i = input();
    i.tracks[0] = track('b-spor', 1, { ambitioner: [{ overskrift: 'A.', punkter: [{ maal: 'b-maal' }] }] });
    expect(problems(() => assembleStrategy(i))).toEqual([
      'content/spor/b-spor.md: feltet "nummer" er 1, men det nummer har "a-spor" (content/spor/a-spor.md) allerede. Giv hver sit nummer.',
    ]);
  });

  test('every target gets its indicator and progress; indicators list their targets', () => {
    const s = assembleStrategy(input());
    expect(s.indicators.map((i) => [i.id, i.targets.map((t) => t.id)])).toEqual([
      ['i-overall', ['overall']],
      ['i-a', ['a1', 'a2']],
      ['i-b', ['b-maal']],
    ]);
    const b = s.targets.find((t) => t.id === 'b-maal')!;
    expect(b.indicator.measurements).toEqual([
      { year: 2024, value: 61, sources: ['https://x.dk/'], approx: undefined, derived: false, note: undefined },
    ]);
    expect(b.progress.status).toBe('met');
    expect(s.targets.find((t) => t.id === 'a1')!.progress.status).toBe('no-data');
  });

  test('an indicator for a target that does not exist, a target without an indicator, a target measured twice', () => {
    const i = input();
    i.indicators = [indicator('i-overall', ['overall', 'a1']), indicator('i-a', ['a1', 'a3'])];
    expect(problems(() => assembleStrategy(i))).toEqual([
      'content/data/indikatorer.json (id "i-a"): feltet "maal[nr. 1]" er "a1", som indikatoren "i-overall" allerede måler. Et mål har én indikator.',
      'content/data/indikatorer.json (id "i-a"): feltet "maal[nr. 2]" er "a3", men der er ingen fil content/maal/a3.json. Brug et af: "overall", "a1", "a2", "b-maal".',
      'content/maal/a2.json: Målet har ingen indikator. Tilføj en indikator med "maal": ["a2"] i content/data/indikatorer.json – også selv om der ikke er målinger endnu ("maalinger": []).',
      'content/maal/b-maal.json: Målet har ingen indikator. Tilføj en indikator med "maal": ["b-maal"] i content/data/indikatorer.json – også selv om der ikke er målinger endnu ("maalinger": []).',
    ]);
  });

  test("an indicator whose unit does not fit its target's", () => {
    const i = input();
    i.indicators[2] = indicator('i-b', ['b-maal'], { enhed: 'kWh' });
    expect(problems(() => assembleStrategy(i))).toEqual([
      'content/data/indikatorer.json (id "i-b"): feltet "enhed" er "kWh", men målet "b-maal" måles i "%". Brug "%".',
    ]);
  });

  test('a focal point with no tracks', () => {
    const i = input();
    i.focalPoints.push({
      id: 'social',
      file: 'f.json',
      data: focalPointSchema.parse({ id: 'social', nummer: 2, titel: 'Social', beskrivelse: 'B.' }),
    });
    expect(problems(() => assembleStrategy(i))).toEqual([
      'f.json: Omdrejningspunktet "social" har ingen spor. Et spor peger på det med feltet "omdrejningspunkt".',
    ]);
  });
});

describe('sameStatement', () => {
  test('the same sentence with another dash, other spacing or without its full stop', () => {
    expect(sameStatement('Vi bygger med omtanke − med respekt.', 'Vi bygger med omtanke - med  respekt')).toBe(true);
    expect(sameStatement(' Vi sikrer et godt arbejdsmiljø.', 'Vi sikrer et godt arbejdsmiljø.\n')).toBe(true);
  });
  test('another word is another sentence', () => {
    expect(
      sameStatement(
        'Vi bruger bæredygtighed til at lykkes med transformationen af sundhedsvæsnet.',
        'Vi bruger bæredygtighed som bidrag til transformationen af sundhedsvæsnet.',
      ),
    ).toBe(false);
    expect(sameStatement('Vi sikrer et godt arbejdsmiljø.', 'Vi sikrer et godt arbejdsmiljø!')).toBe(false);
  });
});
