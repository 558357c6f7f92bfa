/** A material to download and reuse ("Brug & byg videre"): `content/materialer/<id>.json`. */
import { z } from 'astro/zod';
import { longTitle, text } from './common';

export const MATERIAL_KINDS = ['plakat', 'data', 'præsentation', 'dokument'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const materialSchema = z
  .object({
    /** The material's name. */
    titel: text.describe('Titel\nMaterialets navn.'),
    /** Confirms a title that really must be longer than a phone's heading takes. */
    langTitel: longTitle,
    /** What it is and what it can be used for, in a sentence or two. */
    beskrivelse: text.describe('Beskrivelse\nHvad materialet er, og hvad det kan bruges til, i en sætning eller to.'),
    /** "plakat", "data", "præsentation" or "dokument". */
    type: z.enum(MATERIAL_KINDS).describe('Type\nPlakat, data, præsentation eller dokument.'),
    /**
     * The file's address on the site: one the build makes (a poster, `/plakater/strategi-a4.pdf`; data,
     * `/data/klimaaftryk.csv`; the strategy as PDF, `/dokumenter/strategien.pdf`) or one in `public/materialer/`.
     */
    fil: z
      .string()
      .regex(
        /^\/[a-z0-9][a-z0-9/._-]*\.(pdf|csv|svg|png|pptx|docx|xlsx)$/,
        'Skriv filens adresse på sitet, fx "/plakater/strategi-a4.pdf" eller "/materialer/slides.pptx".',
      )
      .describe(
        'Fil\nUpload en fil (PDF, PPTX, DOCX, XLSX, CSV, SVG eller PNG), eller skriv adressen på en fil, sitet selv laver, fx /plakater/strategi-a4.pdf.',
      ),
  })
  .strict()
  .transform((m) => ({ title: m.titel, description: m.beskrivelse, kind: m.type, file: m.fil }));

export type MaterialData = z.output<typeof materialSchema>;
