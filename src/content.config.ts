/**
 * The content collections. Content lives in the top-level `content/` folder (or `CONTENT_DIR`, which the
 * tests use to build fixture content). Every collection goes through `checkedLoader`, which reports all
 * mistakes in Danish with file and field; cross-references are checked in `src/lib/strategy.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { ZodTypeAny } from 'astro/zod';
import { createContentCheck } from './lib/loaders';
import { trackSchema } from './schemas/track';
import { targetSchema } from './schemas/target';
import { indicatorSchema } from './schemas/indicator';
import { agreementSchema, issuedCodeSchema, unitSchema } from './schemas/agreement';
import { IMAGE_PATH, caseSchema, caseSchemaWith } from './schemas/case';
import { z } from 'astro/zod';
import { materialSchema } from './schemas/material';
import { circularPrincipleSchema, focalPointSchema, instrumentSchema, pageSchema, visionSchema } from './schemas/strategy';

const { checkedLoader } = createContentCheck();
const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

function folder<S extends ZodTypeAny>(name: string, pattern: string, schema: S) {
  return defineCollection({
    loader: checkedLoader(glob({ base: `./${contentDir}/${name}`, pattern }), schema),
    schema,
  });
}

function list<S extends ZodTypeAny>(path: string, schema: S) {
  const fullPath = `${contentDir}/${path}`;
  return defineCollection({ loader: checkedLoader(file(fullPath), schema, fullPath), schema });
}

export const collections = {
  spor: folder('spor', '*.md', trackSchema),
  maal: folder('maal', '*.json', targetSchema),
  sider: folder('sider', '*.{md,mdx}', pageSchema),
  vision: list('strategi/vision.json', visionSchema),
  omdrejningspunkter: list('strategi/omdrejningspunkter.json', focalPointSchema),
  cirkulaerOekonomi: list('strategi/cirkulaer-oekonomi.json', circularPrincipleSchema),
  instrumenter: list('strategi/instrumenter.json', instrumentSchema),
  indikatorer: list('data/indikatorer.json', indicatorSchema),
  enheder: list('data/enheder.json', unitSchema),
  aftaler: folder('aftaler', '*.md', agreementSchema),
  kortkoder: list('data/kortkoder.json', issuedCodeSchema),
  // The photo goes through Astro's image pipeline: `image()` resolves "billeder/x.jpg" from content/.
  cases: defineCollection({
    loader: checkedLoader(glob({ base: `./${contentDir}/cases`, pattern: '*.{md,mdx}' }), caseSchema),
    schema: ({ image }) => caseSchemaWith(z.string().regex(IMAGE_PATH).transform((file) => `../${file}`).pipe(image())),
  }),
  materialer: folder('materialer', '*.{json,yaml}', materialSchema),
};
