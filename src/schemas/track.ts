/** A track (spor) of the strategy: `content/spor/<id>.md`. The file name is the track's id and its address. */
import { z } from 'astro/zod';
import { description, entryId, longTitle, shortCode, text } from './common';
import { trackColours, type TrackColourKey } from '../lib/design/tokens';

/** The five colour tokens of the tracks, defined in the design tokens (`src/lib/design/tokens.ts`). */
export const TRACK_COLOURS = Object.keys(trackColours) as [TrackColourKey, ...TrackColourKey[]];
export type TrackColour = TrackColourKey;

/**
 * One point under an ambition: the strategy's own sentence, or `{ maal: "<id>" }` when the point is a measurable
 * target in `content/maal/` (its wording then comes from the target). A sentence that holds two targets lists
 * both: `{ maal: ["<id>", "<id>"] }`.
 */
export const pointSchema = z
  .union([text, z.object({ maal: z.union([entryId('et mål'), z.array(entryId('et mål')).min(1)]) }).strict()], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'Skriv punktet som en tekst, eller som { maal: "<id>" } når punktet er et målbart mål i content/maal/.'
        : undefined,
  })
  .transform((p) =>
    typeof p === 'string'
      ? { kind: 'text' as const, text: p }
      : { kind: 'target' as const, targetIds: typeof p.maal === 'string' ? [p.maal] : p.maal },
  );

export const ambitionSchema = z
  .object({
    /** The ambition, as the strategy words it (the line above its bullet points). */
    overskrift: text.describe('Overskrift\nAmbitionen, som strategien formulerer den.'),
    /** The ambition's points, in the strategy's order. */
    punkter: z.array(pointSchema).min(1).describe('Punkter\nAmbitionens punkter.'),
    /** Points the strategy lists under a lead-in of their own, e.g. "Herunder prioriterer vi:". */
    herunder: z
      .object({
        /** The lead-in, e.g. "Herunder prioriterer vi:". */
        overskrift: text.describe('Overskrift\nIndledningen, fx "Herunder prioriterer vi:".'),
        /** The points under it. */
        punkter: z.array(pointSchema).min(1).describe('Punkter\nPunkterne under indledningen.'),
      })
      .strict()
      .optional()
      .describe('Herunder\nPunkter under deres egen indledning.'),
  })
  .strict()
  .transform((a) => ({
    heading: a.overskrift,
    points: a.punkter,
    sub: a.herunder ? { heading: a.herunder.overskrift, points: a.herunder.punkter } : undefined,
  }));

export const trackSchema = z
  .object({
    /** The track's name, as in the strategy. */
    titel: text.describe('Titel\nSporets navn, som i strategien.'),
    /** Confirms a title that really must be longer than a phone's heading takes. */
    langTitel: longTitle,
    /** The track's place in the strategy's order (1–5). */
    nummer: z.number().int().min(1).max(20).describe('Nummer\nSporets plads i rækkefølgen (1–5).'),
    /** The strategy focal point (omdrejningspunkt) the track belongs to: an id in `content/strategi/omdrejningspunkter.json`. */
    omdrejningspunkt: entryId('et omdrejningspunkt').describe(
      'Omdrejningspunkt\nDet omdrejningspunkt i strategien, sporet hører til.',
    ),
    /** The colour that marks the track, always shown with its name and icon. */
    farve: z.enum(TRACK_COLOURS).describe('Farve\nSporets farve, som altid vises sammen med navn og ikon.'),
    /** The track's short text in the overview "Strategiens fem spor", word for word. */
    kort: text.describe('Kort tekst\nSporets tekst på oversigten over de fem spor, ordret.'),
    /** The introduction at the top of the track's pages in the strategy, word for word. */
    intro: text.describe('Indledning\nIndledningen øverst på sporets side, ordret.'),
    /** The track's focus statements (the bullet points under the introduction), word for word. */
    fokus: z.array(text).min(1).describe('Fokus\nSporets fokuspunkter, ordret.'),
    /** The heading of the track's ambitions, word for word, e.g. "Ansvarligt forbrug – ambitioner og mål". */
    ambitionerOverskrift: text.describe(
      'Overskrift over ambitioner\nOrdret, fx "Ansvarligt forbrug – ambitioner og mål".',
    ),
    /** The ambitions and their points. */
    ambitioner: z.array(ambitionSchema).min(1).describe('Ambitioner\nAmbitionerne og deres punkter.'),
    /** The meta description for search engines and sharing. */
    beskrivelse: description.describe(
      'Beskrivelse til søgemaskiner\n50–170 tegn, der vises i søgeresultater og ved deling.',
    ),
    /** The short code for the track's poster and QR code: `/k/<kode>/`. Never change it once printed. */
    kortkode: shortCode.describe(
      'Kortkode\nKoden til sporets plakat og QR-kode, fx psykiatri: /k/psykiatri/. Må aldrig ændres, når den er trykt.',
    ),
  })
  .strict()
  .transform((t) => ({
    title: t.titel,
    order: t.nummer,
    focalPointId: t.omdrejningspunkt,
    colour: t.farve,
    summary: t.kort,
    intro: t.intro,
    focus: t.fokus,
    ambitionsHeading: t.ambitionerOverskrift,
    ambitions: t.ambitioner,
    description: t.beskrivelse,
    shortCode: t.kortkode,
  }));

export type TrackData = z.output<typeof trackSchema>;
export type Point = z.output<typeof pointSchema>;
export type Ambition = z.output<typeof ambitionSchema>;
