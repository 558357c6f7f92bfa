/** Building blocks shared by the content schemas. Messages are Danish and written for editors. */
import { z } from 'astro/zod';

/** An id of another entry: the file name without extension, e.g. `ansvarligt-forbrug`. */
export const entryId = (what: string) =>
  z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      `Skriv id'et på ${what} med små bogstaver, tal og bindestreger, fx "ansvarligt-forbrug".`,
    );

/** A year the strategy can speak of. */
export const year = z
  .number()
  .int('Skriv årstallet som et helt tal, fx 2030.')
  .min(1990, 'Årstallet skal være 1990 eller senere.')
  .max(2100, 'Årstallet skal være 2100 eller tidligere.');

/** A visible text: never empty. */
export const text = z.string().trim().min(1);

/**
 * true when an editor has checked that a title longer than a phone's heading takes (more than 12 words or 80
 * characters, src/lib/content-check/plausible.ts) really must be that long. Leave it out otherwise.
 */
export const longTitle = z
  .boolean()
  .optional()
  .describe(
    'Lang titel\nSlå til, hvis titlen er mere end 12 ord eller 80 tegn, og du har tjekket, at den skal være så lang.',
  );

/** The meta description for search engines and sharing: one or two sentences. */
export const description = z.string().trim().min(50).max(170);

/** An internal link on this site: starts and ends with `/`. */
export const internalPath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*$/, 'Skriv en intern adresse, der begynder og slutter med /, fx "/maal/".');

/** An address on another site: always https:// (never http:, javascript:, data: or the like). */
export const externalUrl = z
  .string()
  .regex(
    /^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i,
    'Skriv en fuld adresse, der begynder med https://.',
  );

/** A source: what it is and where it is. Shown as a "Kilde" line. */
export const source = z
  .object({
    /** The source's name as a reader should see it, e.g. "Region Midtjylland: Klimaregnskab". */
    navn: text.describe('Navn\nKildens navn, som læseren skal se det, fx "Region Midtjylland: Klimaregnskab".'),
    /** The address of the source. */
    url: externalUrl.describe('Adresse\nKildens fulde adresse, der begynder med https://.'),
  })
  .strict()
  .transform((s) => ({ name: s.navn, url: s.url }));

/**
 * A short code for a poster's QR code and short link (`/k/<code>/`). It never changes once printed, whatever
 * happens to the page's own address.
 */
export const shortCode = z
  .string()
  .regex(
    /^[a-z0-9]{2,16}$/,
    'Skriv koden med 2–16 små bogstaver (a–z) eller tal, uden æ, ø, å og mellemrum, fx "auh".',
  );
