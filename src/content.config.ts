/**
 * The content collections. Content lives in the top-level `content/` folder (or `CONTENT_DIR`, which the
 * tests use to build fixture content). Every collection goes through `checkedLoader`, which reports all
 * mistakes in Danish with file and field; cross-references are checked in `src/lib/content/strategy.ts`.
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createContentCheck } from './lib/content/loaders';
import { collectionPaths, contentPath } from './lib/content/paths.mjs';
import { trackSchema } from './schemas/track';
import { targetSchema } from './schemas/target';
import { indicatorSchema } from './schemas/indicator';
import { agreementSchema, issuedCodeSchema, organisationSchema } from './schemas/agreement';
import { IMAGE_PATH, caseSchema, caseSchemaWith, imagePathInContent } from './schemas/case';
import { z } from 'astro/zod';
import { materialSchema } from './schemas/material';
import {
  circularPrincipleSchema,
  focalPointSchema,
  instrumentSchema,
  pageSchema,
  visionSchema,
} from './schemas/strategy';

const { checkedLoader } = createContentCheck();

/** A collection read from its place in `content/` (see `content-paths.mjs`) through the checked loader. */
function collection<S extends z.ZodType, A extends z.ZodType = S>(
  name: keyof typeof collectionPaths,
  schema: S,
  astroSchema?: (context: SchemaContext) => A,
) {
  const place = collectionPaths[name];
  const path = contentPath(name);
  const loader =
    'file' in place
      ? checkedLoader(file(path), schema, path)
      : checkedLoader(glob({ base: `./${path}`, pattern: place.pattern }), schema);
  // Pages read what Astro's schema gives (`A`: the case photo as image metadata), the content check reads `S`.
  return defineCollection({ loader, schema: astroSchema ?? (schema as unknown as A) });
}

export const collections = {
  spor: collection('spor', trackSchema),
  maal: collection('maal', targetSchema),
  sider: collection('sider', pageSchema),
  vision: collection('vision', visionSchema),
  omdrejningspunkter: collection('omdrejningspunkter', focalPointSchema),
  cirkulaerOekonomi: collection('cirkulaerOekonomi', circularPrincipleSchema),
  instrumenter: collection('instrumenter', instrumentSchema),
  indikatorer: collection('indikatorer', indicatorSchema),
  enheder: collection('enheder', organisationSchema),
  aftaler: collection('aftaler', agreementSchema),
  kortkoder: collection('kortkoder', issuedCodeSchema),
  // The photo goes through Astro's image pipeline: `image()` resolves "billeder/x.jpg" from content/.
  cases: collection('cases', caseSchema, ({ image }) =>
    caseSchemaWith(
      z
        .string()
        .regex(IMAGE_PATH)
        .transform((file) => `../${imagePathInContent(file)}`)
        // image() is declared by what it gives (the image's metadata); what it takes is the path as a string.
        .pipe(image() as unknown as z.ZodType<z.output<ReturnType<typeof image>>, string>),
    ),
  ),
  materialer: collection('materialer', materialSchema),
};
