/**
 * The one switch for sample content ("Prøveindhold"): the measures, periods, contacts and own inputs marked
 * `eksempel: true` in an agreement, and sample cases. It is on in `astro dev` and in a preview build
 * (`PREVIEW=1 npm run build`), and off in every other build, which is what gets published. Pages, lists, counts,
 * feeds, the search index and the PDFs all read content through `src/data/content.ts`, which applies it once,
 * so no part of the site can show what another part leaves out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agreement } from './agreements';
import type { Case } from './cases';

/** Whether this build shows sample content: `astro dev`, or a build with `PREVIEW=1` (or `true`). */
export function showsSampleContent(options: { dev: boolean; preview: string | undefined }): boolean {
  if (options.dev) return true;
  const value = options.preview?.trim().toLowerCase();
  return value === '1' || value === 'true' || value === 'ja';
}

/** The agreement as a production build publishes it: only what is the unit's real agreement. */
export function withoutSampleParts(agreement: Agreement): Agreement {
  const tracks = agreement.tracks.map(({ track, measures }) => ({
    track,
    measures: measures.filter((m) => !m.sample),
  }));
  return {
    ...agreement,
    period: agreement.period?.sample ? undefined : agreement.period,
    contact: agreement.contact?.sample ? undefined : agreement.contact,
    tracks,
    ownInputs: agreement.ownInputs.filter((i) => !i.sample),
    progress: { ...agreement.progress, sampleTotal: 0 },
    sampleParts: [],
  };
}

/** The agreements and cases a build publishes, by the one switch. */
export function publishedContent(
  content: { agreements: Agreement[]; cases: Case[] },
  showSamples: boolean,
): { agreements: Agreement[]; cases: Case[] } {
  if (showSamples) return content;
  return {
    agreements: content.agreements.map(withoutSampleParts),
    cases: content.cases.filter((c) => !c.sample),
  };
}

/**
 * The addresses of the sample cases in a content folder, read from the files themselves (for the sitemap, which is
 * set up before any content is loaded): `/cases/<file>/` for each case with `eksempel: true`.
 */
export function sampleCasePaths(casesDir: string): string[] {
  if (!existsSync(casesDir)) return [];
  return readdirSync(casesDir)
    .filter((file) => /\.mdx?$/.test(file))
    .filter((file) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(casesDir, file), 'utf8'))?.[1] ?? '';
      return /^eksempel:\s*true\s*$/m.test(front);
    })
    .map((file) => `/cases/${file.replace(/\.mdx?$/, '')}/`);
}
