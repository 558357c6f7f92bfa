/**
 * The units with sustainability agreements (`content/data/enheder.json`) and their agreements
 * (`content/aftaler/<unit>.md`). The agreements' real measures are not public yet: sample content is marked
 * with `eksempel: true`, shown with a badge, and listed by the build.
 */
import { z } from 'astro/zod';
import { description, entryId, shortCode, text, year } from './common';

export const UNIT_KINDS = ['hospital', 'anden enhed'] as const;

/** A unit of the region: `content/data/enheder.json`. */
export const unitSchema = z
  .object({
    /** The unit's id, which its agreement names and which is its page's address: `/aftaler/<id>/`. */
    id: entryId('enheden'),
    /** The unit's place in the lists. */
    nummer: z.number().int().min(1),
    /** The unit's full name, e.g. "Regionshospitalet Gødstrup". */
    navn: text,
    /** A short name for tight places, e.g. "Gødstrup". */
    kortNavn: text,
    /** "hospital" or "anden enhed". */
    type: z.enum(UNIT_KINDS),
    /** What the unit is, in a line, e.g. which sites it covers. */
    beskrivelse: text.optional(),
  })
  .strict()
  .transform((u) => ({ order: u.nummer, name: u.navn, shortName: u.kortNavn, kind: u.type, description: u.beskrivelse }));

export const MEASURE_STATUSES = ['planlagt', 'i gang', 'gennemført'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const EXECUTIONS = ['enheden', 'hele organisationen'] as const;

/** Marks content that stands in for the unit's real agreement until the communications staff replace it. */
const sample = z.boolean().default(false);

export const measureSchema = z
  .object({
    /** The measure in a few words. */
    titel: text,
    /** What is done. */
    beskrivelse: text,
    /** How progress is followed (the indicator Koncern Bæredygtighed set for it, where there is one). */
    indikator: text,
    /** "planlagt", "i gang" or "gennemført". */
    status: z.enum(MEASURE_STATUSES),
    /** Who carries it out: "enheden" (the unit itself) or "hele organisationen" (across the region). */
    udfoeres: z.enum(EXECUTIONS),
    /** true while this is sample content, not the unit's real measure. */
    eksempel: sample,
  })
  .strict()
  .transform((m) => ({ title: m.titel, description: m.beskrivelse, indicator: m.indikator, status: m.status, byWhom: m.udfoeres, sample: m.eksempel }));

export const ownInputSchema = z
  .object({
    /** The initiative in a few words. */
    titel: text,
    /** What the unit does on its own initiative. */
    beskrivelse: text,
    /** true while this is sample content. */
    eksempel: sample,
  })
  .strict()
  .transform((i) => ({ title: i.titel, description: i.beskrivelse, sample: i.eksempel }));

export const agreementSchema = z
  .object({
    /** The unit the agreement is with: an id in `content/data/enheder.json`. */
    enhed: entryId('enheden'),
    /** The short code for the agreement's poster and QR code: `/k/<kode>/`. Never change it once printed. */
    kortkode: shortCode,
    /** The years the agreement covers. */
    periode: z
      .object({
        /** The first year. */
        fra: year,
        /** The last year. */
        til: year,
        /** true while the period is sample content. */
        eksempel: sample,
      })
      .strict()
      .superRefine((p, ctx) => {
        if (p.til < p.fra) ctx.addIssue({ code: 'custom', path: ['til'], message: `er ${p.til}, men må ikke ligge før "fra" (${p.fra}).` });
      }),
    /** Who to ask about the agreement. */
    kontakt: z
      .object({
        /** The contact's role, e.g. "Bæredygtighedskonsulent". */
        rolle: text,
        /** An email address, where one is given. */
        email: z.string().email('Skriv en gyldig e-mailadresse, fx navn@rm.dk.').optional(),
        /** true while the contact is sample content. */
        eksempel: sample,
      })
      .strict(),
    /** The measures, grouped under the ids of the five tracks, e.g. `ansvarligt-forbrug:`. */
    indsatser: z.record(z.string(), z.array(measureSchema).min(1)),
    /** "Vores egne input": the unit's own initiatives. */
    egneInput: z.array(ownInputSchema).default([]),
    /** The meta description for search engines and sharing. */
    beskrivelse: description,
  })
  .strict()
  .transform((a) => ({
    unitId: a.enhed,
    shortCode: a.kortkode,
    period: { from: a.periode.fra, to: a.periode.til, sample: a.periode.eksempel },
    contact: { role: a.kontakt.rolle, email: a.kontakt.email, sample: a.kontakt.eksempel },
    measuresByTrack: a.indsatser,
    ownInputs: a.egneInput,
    description: a.beskrivelse,
  }));

/** A code in the registry of issued short codes, `content/data/kortkoder.json`. */
export const issuedCodeSchema = z
  .object({
    /** The code, as printed. */
    id: shortCode,
    /** Where the code leads if no page carries it any more (an internal address, e.g. "/aftaler/"). */
    til: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'Skriv en intern adresse, der begynder og slutter med /, fx "/aftaler/".').optional(),
    /** Why the code is here, e.g. which poster it was printed on. */
    note: text.optional(),
  })
  .strict()
  .transform((c) => ({ fallback: c.til, note: c.note }));

export type UnitData = z.output<typeof unitSchema>;
export type AgreementData = z.output<typeof agreementSchema>;
export type Measure = z.output<typeof measureSchema>;
export type IssuedCodeData = z.output<typeof issuedCodeSchema>;
