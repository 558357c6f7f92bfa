/**
 * The units with sustainability agreements (`content/data/enheder.json`) and their agreements
 * (`content/aftaler/<unit>.md`). The agreements' real measures are not public yet: sample content is marked
 * with `eksempel: true`, shown with a badge, and listed by the build.
 */
import { z } from 'astro/zod';
import { description, entryId, shortCode, text, year } from './common';

export const UNIT_KINDS = ['hospital', 'anden enhed'] as const;

/** A unit of the region: `content/data/enheder.json`. */
export const organisationSchema = z
  .object({
    /** The unit's id, which its agreement names and which is its page's address: `/aftaler/<id>/`. */
    id: entryId('enheden').describe(
      'Id\nEnhedens id, som også er adressen på dens side, fx psykiatrien: /aftaler/psykiatrien/. Små bogstaver, tal og bindestreger.',
    ),
    /** The unit's place in the lists. */
    nummer: z.number().int().min(1).describe('Nummer\nEnhedens plads i listerne.'),
    /** The unit's full name, e.g. "Regionshospitalet Gødstrup". */
    navn: text.describe('Navn\nEnhedens fulde navn, fx "Regionshospitalet Gødstrup".'),
    /** A short name for tight places, e.g. "Gødstrup". */
    kortNavn: text.describe('Kort navn\nEt kort navn til trange steder, fx "Gødstrup".'),
    /** "hospital" or "anden enhed". */
    type: z.enum(UNIT_KINDS).describe('Type\n"hospital" eller "anden enhed".'),
    /** What the unit is, in a line, e.g. which sites it covers. */
    beskrivelse: text.optional().describe('Beskrivelse\nHvad enheden er, på én linje.'),
  })
  .strict()
  .transform((u) => ({
    order: u.nummer,
    name: u.navn,
    shortName: u.kortNavn,
    kind: u.type,
    description: u.beskrivelse,
  }));

export const MEASURE_STATUSES = ['planlagt', 'i gang', 'gennemført'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const EXECUTIONS = ['enheden', 'hele organisationen'] as const;

/** Marks content that stands in for the unit's real agreement until the communications staff replace it. */
const sample = z.boolean().default(false);

export const measureSchema = z
  .object({
    /** The measure in a few words. */
    titel: text.describe('Titel\nIndsatsen med få ord.'),
    /** What is done. */
    beskrivelse: text.describe('Beskrivelse\nHvad der bliver gjort.'),
    /** How progress is followed (the indicator Koncern Bæredygtighed set for it, where there is one). */
    indikator: text.describe('Indikator\nHvordan fremdriften følges.'),
    /** "planlagt", "i gang" or "gennemført". */
    status: z.enum(MEASURE_STATUSES).describe('Status\nPlanlagt, i gang eller gennemført.'),
    /** Who carries it out: "enheden" (the unit itself) or "hele organisationen" (across the region). */
    udfoeres: z.enum(EXECUTIONS).describe('Udføres af\nEnheden selv eller hele organisationen.'),
    /** true while this is sample content, not the unit's real measure. */
    eksempel: sample.describe(
      'Eksempel\nSlået til, så længe dette er eksempelindhold og ikke enhedens rigtige indsats.',
    ),
  })
  .strict()
  .transform((m) => ({
    title: m.titel,
    description: m.beskrivelse,
    indicator: m.indikator,
    status: m.status,
    byWhom: m.udfoeres,
    sample: m.eksempel,
  }));

export const ownInputSchema = z
  .object({
    /** The initiative in a few words. */
    titel: text.describe('Titel\nInitiativet med få ord.'),
    /** What the unit does on its own initiative. */
    beskrivelse: text.describe('Beskrivelse\nHvad enheden gør på eget initiativ.'),
    /** true while this is sample content. */
    eksempel: sample.describe('Eksempel\nSlået til, så længe dette er eksempelindhold.'),
  })
  .strict()
  .transform((i) => ({ title: i.titel, description: i.beskrivelse, sample: i.eksempel }));

export const agreementSchema = z
  .object({
    /** The unit the agreement is with: an id in `content/data/enheder.json`. */
    enhed: entryId('enheden').describe('Enhed\nEnheden, aftalen er med.'),
    /** The short code for the agreement's poster and QR code: `/k/<kode>/`. Never change it once printed. */
    kortkode: shortCode.describe(
      'Kortkode\nKoden til plakatens QR-kode, fx psykiatri: /k/psykiatri/. Må aldrig ændres, når den er trykt.',
    ),
    /** The years the agreement covers. */
    periode: z
      .object({
        /** The first year. */
        fra: year.describe('Fra\nDet første år, fx 2025.'),
        /** The last year. */
        til: year.describe('Til\nDet sidste år. Må ikke ligge før "Fra".'),
        /** true while the period is sample content. */
        eksempel: sample.describe('Eksempel\nSlået til, så længe perioden er eksempelindhold.'),
      })
      .strict()
      .superRefine((p, ctx) => {
        if (p.til < p.fra)
          ctx.addIssue({
            code: 'custom',
            path: ['til'],
            message: `er ${p.til}, men må ikke ligge før "fra" (${p.fra}).`,
          });
      })
      .describe('Periode\nDe år, aftalen gælder.'),
    /** Who to ask about the agreement. */
    kontakt: z
      .object({
        /** The contact's role, e.g. "Bæredygtighedskonsulent". */
        rolle: text.describe('Rolle\nKontaktpersonens rolle, fx "Bæredygtighedskonsulent".'),
        /** An email address, where one is given. */
        email: z
          .email({ error: 'Skriv en gyldig e-mailadresse, fx navn@rm.dk.' })
          .optional()
          .describe('E-mail\nEn e-mailadresse, hvis der er en, fx navn@rm.dk.'),
        /** true while the contact is sample content. */
        eksempel: sample.describe('Eksempel\nSlået til, så længe kontakten er eksempelindhold.'),
      })
      .strict()
      .describe('Kontakt\nHvem man kan spørge om aftalen.'),
    /** The measures, grouped under the ids of the five tracks, e.g. `ansvarligt-forbrug:`. */
    indsatser: z
      .record(z.string(), z.array(measureSchema).min(1))
      .describe('Indsatser\nIndsatserne under hvert af de fem spor.'),
    /** "Vores egne input": the unit's own initiatives. */
    egneInput: z.array(ownInputSchema).default([]).describe('Vores egne input\nEnhedens egne initiativer.'),
    /** The meta description for search engines and sharing. */
    beskrivelse: description.describe(
      'Beskrivelse til søgemaskiner\n50–170 tegn, der vises i søgeresultater og ved deling.',
    ),
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
    id: shortCode.describe('Kode\nKoden, som den er trykt.'),
    /** Where the code leads if no page carries it any more (an internal address, e.g. "/aftaler/"). */
    til: z
      .string()
      .regex(/^\/(?:[a-z0-9-]+\/)*$/, 'Skriv en intern adresse, der begynder og slutter med /, fx "/aftaler/".')
      .optional()
      .describe('Fører til\nHvor koden fører hen, hvis ingen side har den længere: en intern adresse, fx "/aftaler/".'),
    /** Why the code is here, e.g. which poster it was printed on. */
    note: text.optional().describe('Note\nHvorfor koden står her, fx hvilken plakat den er trykt på.'),
  })
  .strict()
  .transform((c) => ({ fallback: c.til, note: c.note }));

export type OrganisationData = z.output<typeof organisationSchema>;
export type AgreementData = z.output<typeof agreementSchema>;
export type Measure = z.output<typeof measureSchema>;
export type IssuedCodeData = z.output<typeof issuedCodeSchema>;
