/**
 * Pins the Danish messages an editor sees for likely mistakes, one schema at a time. The same messages are
 * checked end to end, through a real build, in tests/content/.
 */
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { formatProblem, keepCustomMessages, problemsFromIssues } from '../../src/lib/errors';
import { trackSchema } from '../../src/schemas/track';
import { targetSchema } from '../../src/schemas/target';
import { instrumentSchema, pageSchema } from '../../src/schemas/strategy';
import { caseSchema } from '../../src/schemas/case';

function messages(schema: z.ZodType, data: unknown, file = 'content/x.md'): string[] {
  const result = schema.safeParse(data, keepCustomMessages);
  if (result.success) return [];
  return problemsFromIssues(file, result.error.issues, data).map(formatProblem);
}

const track = {
  titel: 'Ansvarligt forbrug',
  nummer: 1,
  omdrejningspunkt: 'klima-og-miljoe',
  farve: 'forbrug',
  kort: 'Kort tekst.',
  intro: 'Intro.',
  fokus: ['Fokus.'],
  ambitionerOverskrift: 'Ansvarligt forbrug – ambitioner og mål',
  ambitioner: [{ overskrift: 'Ambition.', punkter: ['Punkt.', { maal: 'et-maal' }, { maal: ['a', 'b'] }] }],
  beskrivelse: 'En beskrivelse, der er lang nok til at være en rigtig meta description.',
  kortkode: 'forbrug',
};

const target = {
  spor: 'ansvarligt-forbrug',
  titel: 'CO2',
  tekst: 'Vi reducerer …',
  maaling: 'CO2-aftryk',
  enhed: 't CO2',
  type: 'reduktion-procent',
  vaerdi: 30,
  basis: { aar: 2018 },
  frist: 2030,
};

describe('track (content/spor/*.md)', () => {
  test('valid data maps to English names', () => {
    const data = trackSchema.parse(track);
    expect(data.title).toBe('Ansvarligt forbrug');
    expect(data.ambitions[0]!.points).toEqual([
      { kind: 'text', text: 'Punkt.' },
      { kind: 'target', targetIds: ['et-maal'] },
      { kind: 'target', targetIds: ['a', 'b'] },
    ]);
  });

  test('a missing required field', () => {
    const { titel: _titel, ...rest } = track;
    expect(messages(trackSchema, rest, 'content/spor/ansvarligt-forbrug.md')).toEqual([
      'content/spor/ansvarligt-forbrug.md: feltet "titel" mangler. Det skal være en tekst.',
    ]);
  });

  test('a wrong type', () => {
    expect(messages(trackSchema, { ...track, nummer: 'to' })).toEqual([
      'content/x.md: feltet "nummer" er "to" (en tekst), men skal være et tal.',
    ]);
  });

  test('an unknown colour lists the allowed ones', () => {
    expect(messages(trackSchema, { ...track, farve: 'grøn' })).toEqual([
      'content/x.md: feltet "farve" er "grøn", men skal være et af: forbrug, energi, mobilitet, social, ledelse.',
    ]);
  });

  test('a misspelt field name', () => {
    expect(messages(trackSchema, { ...track, titl: 'x' })).toEqual([
      'content/x.md: feltet "titl" kendes ikke. Tjek stavningen, eller fjern feltet.',
    ]);
  });

  test('an empty text', () => {
    expect(messages(trackSchema, { ...track, intro: '  ' })).toEqual([
      'content/x.md: feltet "intro" er tom. Skriv en tekst.',
    ]);
  });

  test('a point that is neither a sentence nor a target names its place in the list', () => {
    expect(
      messages(trackSchema, { ...track, ambitioner: [{ overskrift: 'A.', punkter: ['Ok.', { mål: 'x' }] }] }),
    ).toEqual([
      'content/x.md: feltet "ambitioner[nr. 1].punkter[nr. 2]" er {"mål":"x"}, som ikke passer til nogen af de tilladte former. Skriv punktet som en tekst, eller som { maal: "<id>" } når punktet er et målbart mål i content/maal/.',
    ]);
  });

  test('an id with capitals or spaces', () => {
    expect(messages(trackSchema, { ...track, omdrejningspunkt: 'Klima og miljø' })).toEqual([
      'content/x.md: feltet "omdrejningspunkt" er "Klima og miljø", som ikke har den rigtige form. Skriv id\'et på et omdrejningspunkt med små bogstaver, tal og bindestreger, fx "ansvarligt-forbrug".',
    ]);
  });

  test('a short code with a Danish letter', () => {
    expect(messages(trackSchema, { ...track, kortkode: 'forbrög' })).toEqual([
      'content/x.md: feltet "kortkode" er "forbrög", som ikke har den rigtige form. Skriv koden med 2–16 små bogstaver (a–z) eller tal, uden æ, ø, å og mellemrum, fx "auh".',
    ]);
  });

  test('a meta description that is too long', () => {
    expect(messages(trackSchema, { ...track, beskrivelse: 'x'.repeat(200) })).toEqual([
      'content/x.md: feltet "beskrivelse" er for lang (200 tegn). Skriv højst 170 tegn.',
    ]);
  });
});

describe('target (content/maal/*.json)', () => {
  test('a target without a deadline', () => {
    const { frist: _frist, ...rest } = target;
    expect(messages(targetSchema, rest, 'content/maal/x.json')).toEqual([
      'content/maal/x.json: feltet "frist" mangler. Skriv fristen som et årstal, fx 2030, eller "ikke angivet" hvis strategien ikke nævner en.',
    ]);
  });

  test('"ikke angivet" is an explicit, allowed deadline; it becomes undefined', () => {
    expect(targetSchema.parse({ ...target, frist: 'ikke angivet' }).deadline).toBeUndefined();
  });

  test('a deadline written as text', () => {
    expect(messages(targetSchema, { ...target, frist: '2030' })).toEqual([
      'content/x.md: feltet "frist" er "2030", som ikke passer til nogen af de tilladte former. Skriv fristen som et årstal, fx 2030, eller "ikke angivet" hvis strategien ikke nævner en.',
    ]);
  });

  test('a year out of range', () => {
    expect(messages(targetSchema, { ...target, basis: { aar: 18 } })).toEqual([
      'content/x.md: feltet "basis.aar" er 18, men skal være mindst 1990.',
    ]);
  });

  test('an unknown unit', () => {
    expect(messages(targetSchema, { ...target, enhed: 'ton' })).toEqual([
      'content/x.md: feltet "enhed" er "ton", men skal være et af: %, t CO2, t CO2e, kWh, m³, antal.',
    ]);
  });

  test('climate neutrality must have value 0', () => {
    expect(messages(targetSchema, { ...target, type: 'klimaneutral', vaerdi: 5 })).toEqual([
      'content/x.md: feltet "vaerdi" er 5, men skal være 0, når "type" er "klimaneutral".',
    ]);
  });

  test('a value given as text with a percent sign', () => {
    expect(messages(targetSchema, { ...target, vaerdi: '30 %' })).toEqual([
      'content/x.md: feltet "vaerdi" er "30 %" (en tekst), men skal være et tal.',
    ]);
  });
});

describe('instrument and page', () => {
  const instrument = {
    id: 'klimaregnskab',
    nummer: 2,
    titel: 'Klimaregnskab',
    rolle: 'viser fremdriften',
    beskrivelse: 'Tekst.',
  };

  test('a link without its label', () => {
    expect(messages(instrumentSchema, { ...instrument, side: '/maal/' })).toEqual([
      'content/x.md: feltet "sideTekst" mangler. Skriv teksten på linket til "side", fx "Se mål og fremdrift".',
    ]);
  });

  test('an internal address without slashes', () => {
    expect(messages(instrumentSchema, { ...instrument, side: 'maal', sideTekst: 'Se mål' })).toEqual([
      'content/x.md: feltet "side" er "maal", som ikke har den rigtige form. Skriv en intern adresse, der begynder og slutter med /, fx "/maal/".',
    ]);
  });

  test('a source without https', () => {
    expect(messages(instrumentSchema, { ...instrument, kilde: { navn: 'RM', url: 'www.rm.dk' } })).toEqual([
      'content/x.md: feltet "kilde.url" er "www.rm.dk", som ikke har den rigtige form. Skriv en fuld adresse, der begynder med https://.',
    ]);
  });

  test('a page description that is too short', () => {
    expect(messages(pageSchema, { titel: 'Side', beskrivelse: 'For kort.' })).toEqual([
      'content/x.md: feltet "beskrivelse" er for kort (9 tegn). Skriv mindst 50 tegn.',
    ]);
  });
});

describe('case dates for the feed', () => {
  const base = {
    titel: 'T',
    resume: 'R.',
    spor: ['ansvarligt-forbrug'],
    kilder: [{ navn: 'Region Midtjylland', url: 'https://www.rm.dk/' }],
    beskrivelse: 'En beskrivelse, der er lang nok til at være en rigtig meta description af en case.',
  };
  test('a case with neither "aar" nor "udgivet" is refused: the feed needs a date', () => {
    expect(messages(caseSchema, base, 'content/cases/x.mdx')).toEqual([
      'content/cases/x.mdx: feltet "udgivet" mangler: RSS-feedet skal have en dato for hver case. Skriv "aar" (fx 2024) eller "udgivet" (dagen, casen kom på sitet, fx 2026-11-26).',
    ]);
  });
  test('"udgivet" as YAML gives it (a date) or as text, and a wrong date is named', () => {
    expect(caseSchema.parse({ ...base, udgivet: new Date('2026-11-26T00:00:00Z') }).published?.toISOString()).toBe(
      '2026-11-26T00:00:00.000Z',
    );
    expect(caseSchema.parse({ ...base, udgivet: '2026-11-26' }).published?.toISOString()).toBe(
      '2026-11-26T00:00:00.000Z',
    );
    expect(messages(caseSchema, { ...base, udgivet: '26/11/2026' }, 'content/cases/x.mdx')).toEqual([
      'content/cases/x.mdx: feltet "udgivet" er "26/11/2026". Skriv datoen som år-måned-dag, fx 2026-11-26.',
    ]);
  });
});
