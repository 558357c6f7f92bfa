/**
 * An indicator (indikator): the measurements that show progress toward one or more targets, as published
 * in the climate accounts and the region's own reports. All indicators are in one file,
 * `content/data/indikatorer.json`, so next year's figures are added in one place.
 */
import { z } from 'astro/zod';
import { entryId, externalUrl, longTitle, text, year } from './common';
import { MEASURE_UNITS } from './target';

/** A measurement may also be a change in per cent from the target's baseline year. */
export const RELATIVE_UNIT = '% ift. basisår';
export const INDICATOR_UNITS = [...MEASURE_UNITS, RELATIVE_UNIT] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const measurementSchema = z
  .object({
    /** The year the measurement is for. */
    aar: year.describe('År\nÅret, tallet gælder for. Hvert år må kun stå én gang.'),
    /** The value, as a plain number in the indicator's unit: 400000, not "400.000 t". */
    vaerdi: z
      .number({
        error: (issue) =>
          issue.input === undefined ? undefined : 'Skriv værdien som et tal uden enhed og uden punktum, fx 400000.',
      })
      .describe('Værdi\nTallet i indikatorens enhed, uden enhed og uden punktum som tusindtalsseparator, fx 400000.'),
    /** Where the figure is published: one address, or a list when it takes several. */
    kilde: z
      .union([externalUrl, z.array(externalUrl).min(1)], {
        error: (issue) =>
          issue.code === 'invalid_union' ? 'Skriv kildens fulde adresse, der begynder med https://.' : undefined,
      })
      .describe('Kilde\nDen fulde adresse, hvor tallet er offentliggjort, der begynder med https://.'),
    /** When the source gives the figure roughly: "ca." (about) or "knap" (just under). */
    omtrent: z
      .enum(['ca.', 'knap'])
      .optional()
      .describe('Omtrent\n"ca." eller "knap", hvis kilden skriver tallet sådan.'),
    /** true when the figure is worked out from published figures rather than published itself; say how in `note`. */
    afledt: z
      .boolean()
      .default(false)
      .describe('Afledt\nSlå til, hvis tallet er regnet ud fra andre offentliggjorte tal. Skriv så i "Note", hvordan.'),
    /**
     * true when an editor has checked a figure the build finds implausible – more than 10 times larger or smaller
     * than the year before – and it is right. Leave it out otherwise.
     */
    kontrolleret: z
      .boolean()
      .default(false)
      .describe(
        'Kontrolleret\nSlå til, hvis tallet er mere end 10 gange større eller mindre end året før, og du har tjekket, at det er rigtigt.',
      ),
    /** What a reader needs to read the figure right, e.g. how it was derived or that the method changed. */
    note: text.optional().describe('Note\nDet, læseren skal vide for at læse tallet rigtigt.'),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.afledt && !m.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'mangler. Når "afledt" er true, skal "note" sige, hvordan tallet er regnet ud.',
      });
    }
  })
  .transform((m) => ({
    year: m.aar,
    value: m.vaerdi,
    sources: typeof m.kilde === 'string' ? [m.kilde] : m.kilde,
    approx: m.omtrent,
    derived: m.afledt,
    note: m.note,
  }));

export const indicatorSchema = z
  .object({
    /** The indicator's id, used in the chart's and the data file's address: `/grafer/<id>.svg`, `/data/<id>.csv`. */
    id: entryId('indikatoren').describe('Id\nIndikatorens id, som bruges i adressen på grafen og datafilen.'),
    /** What the indicator shows, e.g. "Regionens samlede klimaaftryk". */
    titel: text.describe('Titel\nHvad indikatoren viser, fx "Regionens samlede klimaaftryk".'),
    /** Confirms a title that really must be longer than a phone's heading takes. */
    langTitel: longTitle,
    /** The targets it measures progress toward: ids of files in `content/maal/`. */
    maal: z.array(entryId('et mål')).min(1).describe('Mål\nDe mål, indikatoren måler fremdriften mod.'),
    /** The unit of every measurement. */
    enhed: z.enum(INDICATOR_UNITS).describe('Enhed\nEnheden for alle målinger.'),
    /** A caveat that holds for the whole series, e.g. that the method changed between years. */
    metodeNote: text
      .optional()
      .describe('Note om metoden\nEt forbehold for hele serien, fx at metoden er ændret mellem årene.'),
    /** The measurements, one per year; an empty list when none are published yet. */
    maalinger: z.array(measurementSchema).default([]).describe('Målinger\nÉt tal pr. år. Tilføj næste års tal her.'),
  })
  .strict()
  .superRefine((indicator, ctx) => {
    const seen = new Map<number, number>();
    indicator.maalinger.forEach((m, i) => {
      const first = seen.get(m.year);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['maalinger', i, 'aar'],
          message: `er ${m.year}, som også står i maalinger[nr. ${first + 1}]. Hvert år må kun stå én gang.`,
        });
      } else seen.set(m.year, i);
    });
  })
  .transform((i) => ({
    title: i.titel,
    targetIds: i.maal,
    unit: i.enhed,
    methodNote: i.metodeNote,
    measurements: [...i.maalinger].sort((a, b) => a.year - b.year),
  }));

export type IndicatorData = z.output<typeof indicatorSchema>;
export type Measurement = z.output<typeof measurementSchema>;
