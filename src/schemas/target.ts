/**
 * A measurable target (mål) of the strategy: `content/maal/<id>.json`. The file name is the target's id,
 * which tracks (and later indicators) refer to. Only what the strategy says goes here; what it does not say
 * is left out, and the site then says "ikke angivet i strategien".
 */
import { z } from 'astro/zod';
import { entryId, longTitle, text, year } from './common';

/** The units a target can be measured in. */
export const MEASURE_UNITS = ['%', 't CO2', 't CO2e', 'kWh', 'm³', 'antal'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

/**
 * How the target value is read:
 * - `reduktion-procent`: a fall of `vaerdi` per cent of the measured quantity (−30 % t CO2e),
 * - `reduktion`: a fall of `vaerdi` in the unit (20.000.000 kWh less),
 * - `niveau`: the quantity reaches `vaerdi` in the unit (60 % recycled),
 * - `klimaneutral`: net emissions reach zero (`vaerdi` is then 0).
 */
export const TARGET_KINDS = ['reduktion-procent', 'reduktion', 'niveau', 'klimaneutral'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Written in `frist` when the strategy gives no deadline, so that a missing deadline is always a choice. */
export const NO_DEADLINE = 'ikke angivet';

export const targetSchema = z
  .object({
    /** The track the target belongs to: an id in `content/spor/`. Leave it out for the strategy's overall climate direction. */
    spor: entryId('et spor')
      .optional()
      .describe('Spor\nSporet, målet hører til. Tomt for strategiens overordnede klimaretning.'),
    /** A short title for the target's card, e.g. "CO2 fra varer og tjenesteydelser". */
    titel: text.describe('Titel\nEn kort titel til målets kort.'),
    /** Confirms a title that really must be longer than a phone's heading takes. */
    langTitel: longTitle,
    /** The strategy's own wording of the target, word for word. */
    tekst: text.describe('Tekst\nStrategiens egen formulering af målet, ordret.'),
    /** What is measured, e.g. "CO2-aftryk fra forbrug af varer og tjenesteydelser". */
    maaling: text.describe('Hvad måles\nHvad der måles, fx "CO2-aftryk fra forbrug af varer og tjenesteydelser".'),
    /** The unit the measured quantity is counted in. */
    enhed: z.enum(MEASURE_UNITS).describe('Enhed\nEnheden, der måles i.'),
    /** How the target value is read: reduktion-procent, reduktion, niveau or klimaneutral. */
    type: z.enum(TARGET_KINDS).describe('Type\nReduktion i procent, reduktion, niveau eller klimaneutral.'),
    /** The target value: per cent for `reduktion-procent`, otherwise in `enhed`. */
    vaerdi: z
      .number()
      .min(0)
      .describe('Målværdi\nProcent for reduktion-procent, ellers i enheden. 0 for klimaneutral.'),
    /** true when the strategy says "minimum" or "mindst": the value is a floor, not an exact aim. */
    mindst: z.boolean().default(false).describe('Mindst\nSlå til, hvis strategien siger "minimum" eller "mindst".'),
    /** The baseline, where the strategy gives one. */
    basis: z
      .object({
        /** The baseline year. */
        aar: year.describe('Basisår\nBasisåret.'),
        /** The value in the baseline year, where the strategy gives it. */
        vaerdi: z.number().optional().describe('Værdi i basisåret\nVærdien i basisåret, hvis strategien angiver den.'),
      })
      .strict()
      .optional()
      .describe('Basis\nBasisåret og evt. værdien, hvis strategien angiver dem.'),
    /** The deadline year, or "ikke angivet" when the strategy gives none. */
    frist: z
      .union([year, z.literal(NO_DEADLINE)], {
        error: (issue) =>
          issue.code === 'invalid_union'
            ? 'Skriv fristen som et årstal, fx 2030, eller "ikke angivet" hvis strategien ikke nævner en.'
            : undefined,
      })
      .describe('Frist\nÅrstallet, eller "ikke angivet", hvis strategien ikke nævner en frist.'),
    /** Anything a reader needs to read the target right, e.g. that the deadline means "from 2025". */
    note: text.optional().describe('Note\nDet, læseren skal vide for at læse målet rigtigt.'),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.type === 'klimaneutral' && t.vaerdi !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['vaerdi'],
        message: `er ${t.vaerdi}, men skal være 0, når "type" er "klimaneutral".`,
      });
    }
  })
  .transform((t) => ({
    trackId: t.spor,
    title: t.titel,
    wording: t.tekst,
    measure: t.maaling,
    unit: t.enhed,
    kind: t.type,
    value: t.vaerdi,
    atLeast: t.mindst,
    baseline: t.basis ? { year: t.basis.aar, value: t.basis.vaerdi } : undefined,
    deadline: t.frist === NO_DEADLINE ? undefined : t.frist,
    note: t.note,
  }));

export type TargetData = z.output<typeof targetSchema>;
