/**
 * The content the built site was made from, read the way the build reads it: every file through the content
 * check's parsers and the schemas, with their defaults filled in (an indicator without "maalinger" has none).
 * Tests of the real site use it to say what must hold for whatever content the check accepts, never which
 * content there is today.
 */
import { checkContentFiles, type ValidEntry } from '../../src/lib/content-check';
import type { AgreementData, IssuedCodeData, OrganisationData } from '../../src/schemas/agreement';
import type { caseSchema } from '../../src/schemas/case';
import type { IndicatorData } from '../../src/schemas/indicator';
import type { MaterialData } from '../../src/schemas/material';
import type { TargetData } from '../../src/schemas/target';
import type { FocalPointData, pageSchema } from '../../src/schemas/strategy';
import type { TrackData } from '../../src/schemas/track';
import type { z } from 'astro/zod';

export const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
const checked = checkContentFiles({ root: process.cwd(), contentDir });
if (checked.problems.length) throw new Error(`${contentDir}: the content check refuses this content; build it first.`);

type Entry<T> = { id: string; file: string; data: T };
const of = <T>(collection: ValidEntry['collection']): Entry<T>[] =>
  checked.entries
    .filter((e) => e.collection === collection)
    .map((e) => ({ id: e.id, file: e.file, data: e.data as T }))
    .sort((a, b) => a.id.localeCompare(b.id));

export const tracks = of<TrackData>('spor');
export const targets = of<TargetData>('maal');
export const indicators = of<IndicatorData>('indikatorer');
export const units = of<OrganisationData>('enheder');
export const agreements = of<AgreementData>('aftaler');
export const cases = of<z.output<typeof caseSchema>>('cases');
export const materials = of<MaterialData>('materialer');
export const focalPoints = of<FocalPointData>('omdrejningspunkter');
export const shortCodes = of<IssuedCodeData>('kortkoder');
/** The text pages (`content/sider/<id>.mdx`): `forside` is `/`, any other `/<id>/`. */
export const sitePages = of<z.output<typeof pageSchema>>('sider');
export const redirects = checked.redirects;
/** Every page address the content makes (the check's own list). */
export const addresses = checked.addresses;
