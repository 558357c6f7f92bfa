/**
 * The one place pages read content from. Everything is assembled and cross-checked once per build. Before
 * any page gets content, `checkContent()` runs every cross-check on its own (each on the raw collections, so
 * one stage's mistake does not hide another's) and stops the build with all the problems together, in Danish,
 * each naming its file and field.
 */
import { join } from 'node:path';
import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { assembleStrategy, type Entry, type Strategy, type TrackRef } from '../lib/content/strategy';
import { assembleAgreements, type Agreement, type Organisation } from '../lib/content/agreements';
import { assembleCases, type Case } from '../lib/content/cases';
import { assembleShortLinks, pageCodeClaims, type CodeClaim, type ShortLink } from '../lib/hosting/short-links';
import { ContentError, formatProblem, type ContentProblem } from '../lib/errors';
import { contentReport, formatReport, reportYear, type ReportSection } from '../lib/content/report';
import { posterContents, type LogoFile, type PosterContent } from '../lib/print/poster-content';
import { readLogo } from '../lib/print/logo';
import { t } from '../lib/i18n';
import { contentDir, contentPath } from '../lib/content/paths.mjs';
import { once } from '../lib/once';
import { PAGES, type PageId } from '../schemas/strategy';
import { checkContentFiles } from '../lib/content-check';
import { publishedContent, showsSampleContent } from '../lib/content/sample';

/**
 * The one switch for sample content: on in `astro dev` and in a preview build (`PREVIEW=1`), off in production.
 * Every page, list, count, feed, search index and PDF gets agreements and cases through the getters below.
 */
// MODE, not DEV: DEV follows NODE_ENV, which a test runner sets to "test" for the builds it starts.
export const showSamples = showsSampleContent({
  dev: import.meta.env.MODE === 'development',
  preview: process.env.PREVIEW,
});

async function entries<C extends CollectionKey>(collection: C): Promise<Entry<CollectionEntry<C>['data']>[]> {
  // Sorted by id: the order a collection comes in is not the same from build to build.
  const all = (await getCollection(collection)).sort((a, b) => a.id.localeCompare(b.id));
  return all.map((e) => ({ id: e.id, file: ('filePath' in e && e.filePath) || contentPath(collection), data: e.data }));
}

/** The address of a text page: `content/sider/forside.mdx` is `/`, every other `content/sider/<id>.mdx` is `/<id>/`. */
export const pagePath = (id: string) => (id === 'forside' ? '/' : `/${id}/`);

// The raw lists the stages share, straight from the collections (valid by schema, not yet cross-checked).
const rawTracks = once(async (): Promise<TrackRef[]> =>
  (await entries('spor')).map((t) => ({ id: t.id, title: t.data.title, colour: t.data.colour })),
);
const rawUnits = once(async (): Promise<Organisation[]> =>
  (await entries('enheder')).map((u) => ({ ...u.data, id: u.id })),
);

const loadStrategy = once(async () =>
  assembleStrategy({
    tracks: await entries('spor'),
    targets: await entries('maal'),
    focalPoints: await entries('omdrejningspunkter'),
    vision: await entries('vision'),
    circular: await entries('cirkulaerOekonomi'),
    instruments: await entries('instrumenter'),
    indicators: await entries('indikatorer'),
  }),
);

const loadAgreements = once(async () =>
  assembleAgreements({
    units: await entries('enheder'),
    agreements: await entries('aftaler'),
    tracks: await rawTracks(),
  }),
);

const loadCases = once(async () =>
  assembleCases({
    cases: await entries('cases'),
    tracks: await rawTracks(),
    units: await rawUnits(),
  }),
);

/** Every page's claim on a short code, from the raw content (the claims themselves: src/lib/hosting/short-links.ts). */
async function codeClaims(): Promise<{
  claims: CodeClaim[];
  pages: (CollectionEntry<'sider'>['data'] & { path: string })[];
}> {
  const pageEntries = await entries('sider');
  const pages = pageEntries
    .filter((p) => p.data.shortCode)
    .map((p) => ({ ...p.data, path: pagePath(p.id), file: p.file }));
  const claims = pageCodeClaims({
    tracks: await entries('spor'),
    agreements: await entries('aftaler'),
    pages: pageEntries,
    units: await rawUnits(),
  });
  return { claims, pages };
}

const loadShortLinks = once(async () => {
  const { claims } = await codeClaims();
  return assembleShortLinks(claims, await entries('kortkoder'), contentPath('kortkoder'));
});

/**
 * Runs every cross-check, each on its own, and throws one ContentError with all their problems (the same
 * problem found by two stages is listed once). Every getter below waits for it.
 */
export const checkContent = once(async () => {
  // Dead internal links and published addresses that disappeared (the content check found them before the build).
  const problems: ContentProblem[] = [
    ...checkContentFiles({ root: process.cwd(), contentDir, publicDir: process.env.PUBLIC_DIR ?? 'public' })
      .addressProblems,
  ];
  for (const stage of [loadStrategy, loadAgreements, loadCases, loadShortLinks]) {
    try {
      await stage();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  const seen = new Set<string>();
  const unique = problems.filter((p) => !seen.has(formatProblem(p)) && seen.add(formatProblem(p)));
  if (unique.length) throw new ContentError(unique);
});

export async function getStrategy(): Promise<Strategy> {
  await checkContent();
  return loadStrategy();
}

const loadPublished = once(async () =>
  publishedContent({ agreements: await loadAgreements(), cases: await loadCases() }, showSamples),
);

/** The agreements, checked against the units list and the tracks; sample parts only where samples are shown. */
export async function getAgreements(): Promise<Agreement[]> {
  await checkContent();
  return (await loadPublished()).agreements;
}

/** The cases, newest first, checked against the tracks and units; sample cases only where samples are shown. */
export async function getCases(): Promise<Case[]> {
  await checkContent();
  return (await loadPublished()).cases;
}

/** The sample cases this build leaves out (none where samples are shown): their addresses lead to their tracks. */
export async function getHiddenSampleCases(): Promise<Case[]> {
  await checkContent();
  return showSamples ? [] : (await loadCases()).filter((c) => c.sample);
}

/** A case's rendered body. */
export async function renderCase(id: string) {
  const entry = await getEntry('cases', id);
  if (!entry) throw new Error(`${contentPath('cases', `${id}.mdx`)} findes ikke.`);
  return (await render(entry)).Content;
}

const loadPosters = once(async (): Promise<{ links: ShortLink[]; posters: PosterContent[] }> => {
  const links = await loadShortLinks();
  const { pages } = await codeClaims();
  const { tracks, overallTargets } = await loadStrategy();
  const { agreements } = await loadPublished();
  return {
    links,
    posters: posterContents({
      siteUrl: import.meta.env.SITE,
      links,
      tracks,
      overallTargets,
      agreements,
      pages,
      logo: getLogo(),
    }),
  };
});

/** The region's logo from `public/logo/`, when an editor has supplied it (posters and the strategy PDF). */
export function getLogo(): LogoFile | undefined {
  return readLogo(join(process.cwd(), 'public'), t('site.owner'));
}

/** Every short link (`/k/<code>/`) and the poster for each. */
export async function getShortLinks(): Promise<{ links: ShortLink[]; posters: PosterContent[] }> {
  await checkContent();
  return loadPosters();
}

/** A text page from `content/sider/`, with its rendered body. Missing pages stop the build. */
export async function getPage(id: PageId) {
  const page = await getEntry('sider', id);
  if (!page) throw new Error(`${contentPath('sider', `${id}.mdx`)} mangler. Siden bruges af sitet; opret filen igen.`);
  const { Content } = await render(page);
  // Only a page whose route publishes its body (PAGES) has one to show.
  return { ...page.data, Content, hasBody: PAGES[id].body && Boolean(page.body?.trim()) };
}

const loadReport = once(async (): Promise<ReportSection[]> => {
  const sections = contentReport({
    year: reportYear(process.env, new Date()),
    // The editors' list names every sample part, whether or not this build shows it.
    agreements: (await checkContent(), await loadAgreements()),
    cases: await loadCases(),
    indicators: (await getStrategy()).indicators,
    indicatorFile: contentPath('indikatorer'),
    targetFile: (id) => contentPath('maal', `${id}.json`),
  });
  console.log(formatReport(sections));
  return sections;
});

/** The editors' list of what needs attention; the build prints it once. */
export const getContentReport = loadReport;
