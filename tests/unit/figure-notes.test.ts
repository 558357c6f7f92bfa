import { describe, expect, test } from 'vitest';
import { figureNotes } from '../../src/lib/charts/figure-notes';

const assessable = { status: 'on-track' as const, explanation: 'Målingen for 2023 ligger under den lige vej.' };
const noData = { status: 'no-data' as const, explanation: 'Der er ikke offentliggjort målinger for målet endnu.' };
const noBaseline = {
  status: 'not-assessable' as const,
  explanation: 'Strategien angiver ikke et basisår for målet, så der er ingen sti.',
};
const noBaseMeasurement = { status: 'not-assessable' as const, explanation: 'Der er ingen måling for basisåret 2018.' };
const baseline = { year: 2018 };

describe('figureNotes', () => {
  test('says what the strategy does not give – baseline, deadline or both – even before anything is measured', () => {
    expect(figureNotes(undefined, [{ title: 'Kollektiv trafik', deadline: 2030, progress: noData }])).toEqual([
      'Kollektiv trafik: strategien angiver ikke et basisår for målet.',
    ]);
    expect(figureNotes(undefined, [{ title: 'Affald', baseline, progress: noData }])).toEqual([
      'Affald: strategien angiver ingen frist for målet.',
    ]);
    expect(figureNotes(undefined, [{ title: 'Ansatte', progress: noBaseline }])).toEqual([
      'Ansatte: strategien angiver hverken basisår eller frist for målet.',
    ]);
  });

  test('a climate-neutral target needs no baseline', () => {
    expect(
      figureNotes(undefined, [{ title: 'Klimaneutral', kind: 'klimaneutral', deadline: 2050, progress: noData }]),
    ).toEqual([]);
  });

  test('a target with a baseline and a deadline that still cannot be assessed says why', () => {
    expect(figureNotes(undefined, [{ title: 'Varer', baseline, deadline: 2030, progress: noBaseMeasurement }])).toEqual(
      [`Varer: ${noBaseMeasurement.explanation.replace(/^D/, 'd')}`],
    );
  });

  test("method notes come first; each target's note names it; a complete target adds nothing", () => {
    const notes = figureNotes(
      ['Metoden er ændret i 2020.', undefined],
      [
        {
          title: 'Klimaaftrykket i 2030',
          deadline: 2030,
          note: 'Uden basisår kan fremdriften ikke beregnes.',
          progress: noBaseline,
        },
        { title: 'Vandforbrug', baseline, deadline: 2030, progress: assessable },
      ],
    );
    expect(notes).toEqual([
      'Metoden er ændret i 2020.',
      'Klimaaftrykket i 2030: strategien angiver ikke et basisår for målet. Uden basisår kan fremdriften ikke beregnes.',
    ]);
  });

  test('the same sentence is said once, and a capitalised acronym keeps its capitals', () => {
    const same = {
      title: 'Ét mål',
      baseline,
      deadline: 2030,
      note: 'FN’s verdensmål nævnes ikke.',
      progress: assessable,
    };
    expect(figureNotes(undefined, [same, { ...same }])).toEqual(['Ét mål: FN’s verdensmål nævnes ikke.']);
  });

  test('targets that would say the same share one note, which names the others', () => {
    const waste = { baseline, deadline: 2030, note: 'Målet står under målet for 2030.', progress: assessable };
    expect(
      figureNotes(undefined, [
        { title: 'Genanvendelse', ...waste },
        { title: 'Vandforbrug', baseline, deadline: 2030, progress: assessable },
        { title: 'CO₂ fra affald', ...waste },
        { title: 'Madspild', ...waste },
      ]),
    ).toEqual(['Genanvendelse: målet står under målet for 2030. Det samme gælder CO₂ fra affald og Madspild.']);
  });

  test('nothing to say gives no notes', () => {
    expect(figureNotes('  ', [{ title: 'Vandforbrug', baseline, deadline: 2030, progress: assessable }])).toEqual([]);
  });
});
