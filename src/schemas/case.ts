/**
 * A good example (case) from one or more tracks: `content/cases/<id>.mdx`. The file name is its address,
 * `/cases/<id>/`. Every figure comes with what it compares with and a source.
 */
import type { ImageMetadata } from 'astro';
import { z, type ZodTypeAny } from 'astro/zod';
import { description, entryId, source, text, year } from './common';

/** Where case photos live: `content/billeder/`, written in `billede.fil` as "billeder/<file>". */
export const IMAGE_PATH = /^billeder\/[a-z0-9][a-z0-9._-]*\.(jpe?g|png|webp)$/;

/**
 * The case schema, with the photo's file as `imageFile`: a plain path for the content check, and Astro's
 * `image()` in src/content.config.ts, so that the photo goes through Astro's image pipeline.
 */
export const caseSchemaWith = <F extends ZodTypeAny>(imageFile: F) => z
  .object({
    /** The case's title. */
    titel: text,
    /** One or two sentences: what was done and what it gave. Shown in lists and feeds. */
    resume: text,
    /** The tracks the case belongs to: ids in `content/spor/`. */
    spor: z.array(entryId('et spor')).min(1),
    /** The units behind it: ids in `content/data/enheder.json`. Empty for a case across the whole region. */
    enheder: z.array(entryId('en enhed')).default([]),
    /** The effect in figures, each with what it is and what it compares with. */
    effekt: z
      .array(
        z
          .object({
            /** The figure, as a plain number: 96.2, not "96,2 %". */
            vaerdi: z.number({ invalid_type_error: 'Skriv værdien som et tal uden enhed, fx 96.2.' }),
            /** Its unit, e.g. "%", "t", "sæt", "kr.". */
            enhed: text,
            /** What the figure is, and what it compares with, e.g. "mindre CO2e end en legeplads i ny plast". */
            hvad: text,
          })
          .strict()
          .transform((e) => ({ value: e.vaerdi, unit: e.enhed, what: e.hvad })),
      )
      .default([]),
    /** When: a year, or the period as the source gives it, e.g. "februar 2020 – juni 2021". Leave out if the source does not say. */
    periode: z.union([year, text], {
      errorMap: (issue, ctx) => (issue.code === 'invalid_union' ? { message: 'Skriv et årstal, fx 2021, eller perioden som tekst.' } : { message: ctx.defaultError }),
    }).optional(),
    /** The year used to sort cases and date them in the feed. Leave out if the source does not say. */
    aar: year.optional(),
    /** The day the case went on the site, e.g. 2026-11-26: dates it in the RSS feed. Needed when `aar` is left out. */
    udgivet: z
      .union([z.date(), z.string()], { errorMap: () => ({ message: 'Skriv datoen som år-måned-dag, fx 2026-11-26.' }) })
      .transform((value, ctx) => {
        const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
        if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
          ctx.addIssue({ code: 'custom', message: `er "${String(value)}". Skriv datoen som år-måned-dag, fx 2026-11-26.` });
          return z.NEVER;
        }
        return date;
      })
      .optional(),
    /** Where the facts come from. */
    kilder: z.array(source).min(1),
    /**
     * A photo: a file in `content/billeder/`, e.g. "billeder/legepladsen.jpg", with a text saying what it shows.
     * The build makes it smaller for phones and desktops, in modern formats.
     */
    billede: z
      .object({
        /** The photo's file, e.g. "billeder/legepladsen.jpg": JPEG, PNG or WebP in content/billeder/. */
        fil: imageFile,
        /** What the image shows, for people who cannot see it. Required. */
        alt: text,
      })
      .strict()
      .optional(),
    /** true for a sample case where no public case exists yet; it shows a badge and the build lists it. */
    eksempel: z.boolean().default(false),
    /** The meta description for search engines and sharing. */
    beskrivelse: description,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.aar === undefined && c.udgivet === undefined) {
      ctx.addIssue({ code: 'custom', path: ['udgivet'], message: 'mangler: RSS-feedet skal have en dato for hver case. Skriv "aar" (fx 2024) eller "udgivet" (dagen, casen kom på sitet, fx 2026-11-26).' });
    }
  })
  .transform((c) => ({
    title: c.titel,
    summary: c.resume,
    trackIds: c.spor,
    unitIds: c.enheder,
    effects: c.effekt,
    period: c.periode === undefined ? undefined : String(c.periode),
    year: c.aar,
    published: c.udgivet,
    sources: c.kilder,
    image: c.billede ? { src: c.billede.fil, alt: c.billede.alt } : undefined,
    sample: c.eksempel,
    description: c.beskrivelse,
  }));

/** The schema as the content check uses it: the photo is a path. */
export const caseSchema = caseSchemaWith(
  z.string().regex(IMAGE_PATH, 'Læg billedet i content/billeder/ og skriv fx "billeder/legepladsen.jpg".'),
);

/** The photo as Astro's `image()` gives it: the file's address and size, for the image pipeline. */
export type CaseImage = Pick<ImageMetadata, 'src' | 'width' | 'height'> & { format: 'png' | 'jpg' | 'jpeg' | 'tiff' | 'webp' | 'gif' | 'svg' | 'avif' };

/** A case as pages read it: the photo is Astro's processed image. */
export type CaseData = Omit<z.output<typeof caseSchema>, 'image'> & { image?: { src: CaseImage | undefined; alt: string } };
