/**
 * A good example (case) from one or more tracks: `content/cases/<id>.mdx`. The file name is its address,
 * `/cases/<id>/`. Every figure comes with what it compares with and a source.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { description, entryId, longTitle, source, text, year } from './common';

/**
 * Where case photos live: `content/billeder/`, written in `billede.fil` as "billeder/<file>" (the browser editor
 * writes "/billeder/<file>", which means the same).
 */
export const IMAGE_PATH = /^\/?billeder\/[a-z0-9][a-z0-9._-]*\.(jpe?g|png|webp)$/;

/** A photo's path from the content folder, e.g. "billeder/legepladsen.jpg", whichever way it was written. */
export const imagePathInContent = (file: string) => file.replace(/^\//, '');

/**
 * The case schema, with the photo's file as `imageFile`: a plain path for the content check, and Astro's
 * `image()` in src/content.config.ts, so that the photo goes through Astro's image pipeline.
 */
export const caseSchemaWith = <F extends z.ZodType>(imageFile: F) =>
  z
    .object({
      /** The case's title. */
      titel: text.describe('Titel\nCasens overskrift.'),
      /** Confirms a title that really must be longer than a phone's heading takes. */
      langTitel: longTitle,
      /** One or two sentences: what was done and what it gave. Shown in lists and feeds. */
      resume: text.describe(
        'Resumé\nEn eller to sætninger: hvad blev gjort, og hvad gav det. Vises i lister og i RSS.',
      ),
      /** The tracks the case belongs to: ids in `content/spor/`. */
      spor: z.array(entryId('et spor')).min(1).describe('Spor\nDe spor, casen hører til. Vælg mindst ét.'),
      /** The units behind it: ids in `content/data/enheder.json`. Empty for a case across the whole region. */
      enheder: z
        .array(entryId('en enhed'))
        .default([])
        .describe('Enheder\nEnhederne bag casen. Vælg ingen for en case fra hele regionen.'),
      /** The effect in figures, each with what it is and what it compares with. */
      effekt: z
        .array(
          z
            .object({
              /** The figure, as a plain number: 96.2, not "96,2 %". */
              vaerdi: z
                .number({
                  error: (issue) =>
                    issue.input === undefined ? undefined : 'Skriv værdien som et tal uden enhed, fx 96.2.',
                })
                .describe('Værdi\nTallet uden enhed, med punktum som decimaltegn, fx 96.2.'),
              /** Its unit, e.g. "%", "t", "sæt", "kr.". */
              enhed: text.describe('Enhed\nFx %, t, sæt eller kr.'),
              /** What the figure is, and what it compares with, e.g. "mindre CO2e end en legeplads i ny plast". */
              hvad: text.describe(
                'Hvad tallet er\nOg hvad det sammenlignes med, fx "mindre CO2e end en legeplads i ny plast".',
              ),
            })
            .strict()
            .transform((e) => ({ value: e.vaerdi, unit: e.enhed, what: e.hvad })),
        )
        .default([])
        .describe('Effekt i tal\nHvert tal med enhed og forklaring.'),
      /** When: a year, or the period as the source gives it, e.g. "februar 2020 – juni 2021". Leave out if the source does not say. */
      periode: z
        .union([year, text], {
          error: (issue) =>
            issue.code === 'invalid_union' ? 'Skriv et årstal, fx 2021, eller perioden som tekst.' : undefined,
        })
        .optional()
        .describe(
          'Periode\nEt årstal, fx 2021, eller perioden, som kilden skriver den. Lad feltet stå tomt, hvis kilden ikke siger det.',
        ),
      /** The year used to sort cases and date them in the feed. Leave out if the source does not say. */
      aar: year
        .optional()
        .describe('År\nÅret, casen sorteres og dateres efter. Lad feltet stå tomt, hvis kilden ikke siger det.'),
      /** The day the case went on the site, e.g. 2026-11-26: dates it in the RSS feed. Needed when `aar` is left out. */
      udgivet: z
        .union([z.date(), z.string()], {
          error: 'Skriv datoen som år-måned-dag, fx 2026-11-26.',
        })
        .transform((value, ctx) => {
          const date =
            typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
          if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
            ctx.addIssue({
              code: 'custom',
              message: `er "${String(value)}". Skriv datoen som år-måned-dag, fx 2026-11-26.`,
            });
            return z.NEVER;
          }
          return date;
        })
        .optional()
        .describe(
          'Udgivet\nDagen, casen kom på sitet, fx 2026-11-26. Dater casen i RSS-feedet; skal udfyldes, hvis År er tomt.',
        ),
      /** Where the facts come from. */
      kilder: z.array(source).min(1).describe('Kilder\nHvor fakta kommer fra. Mindst én.'),
      /**
       * A photo: a file in `content/billeder/`, e.g. "billeder/legepladsen.jpg", with a text saying what it shows.
       * The build makes it smaller for phones and desktops, in modern formats.
       */
      billede: z
        .object({
          /** The photo's file, e.g. "billeder/legepladsen.jpg": JPEG, PNG or WebP in content/billeder/. */
          fil: imageFile.describe(
            'Billedfil\nUpload et foto (JPG, PNG eller WebP). Filnavnet må kun have små bogstaver, tal og bindestreger.',
          ),
          /** What the image shows, for people who cannot see it. Required. */
          alt: text.describe('Alternativ tekst\nHvad billedet viser, for dem der ikke kan se det. Skal udfyldes.'),
        })
        .strict()
        .optional()
        .describe('Billede\nEt foto med en tekst om, hvad det viser.'),
      /** true for a sample case where no public case exists yet; it shows a badge and the build lists it. */
      eksempel: z
        .boolean()
        .default(false)
        .describe(
          'Eksempel\nSlå til for en eksempel-case, hvor der endnu ikke findes en rigtig. Den vises med et mærke.',
        ),
      /** The meta description for search engines and sharing. */
      beskrivelse: description.describe(
        'Beskrivelse til søgemaskiner\n50–170 tegn, der vises i søgeresultater og ved deling.',
      ),
    })
    .strict()
    .superRefine((c, ctx) => {
      if (c.aar === undefined && c.udgivet === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['udgivet'],
          message:
            'mangler: RSS-feedet skal have en dato for hver case. Skriv "aar" (fx 2024) eller "udgivet" (dagen, casen kom på sitet, fx 2026-11-26).',
        });
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
      image: c.billede ? { src: (c.billede as { fil: z.output<F> }).fil, alt: c.billede.alt } : undefined,
      sample: c.eksempel,
      description: c.beskrivelse,
    }));

/** The schema as the content check uses it: the photo is a path. */
export const caseSchema = caseSchemaWith(
  z.string().regex(IMAGE_PATH, 'Læg billedet i content/billeder/ og skriv fx "billeder/legepladsen.jpg".'),
);

/** The photo as Astro's `image()` gives it: the file's address and size, for the image pipeline. */
export type CaseImage = Pick<ImageMetadata, 'src' | 'width' | 'height' | 'format'>;

/** A case as pages read it: the photo is Astro's processed image. */
export type CaseData = Omit<z.output<typeof caseSchema>, 'image'> & {
  image?: { src: CaseImage | undefined; alt: string };
};
