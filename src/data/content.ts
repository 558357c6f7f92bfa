/**
 * The one place pages read content from. The strategy is assembled and cross-checked once per build;
 * a broken reference stops the build with a Danish message naming file and field.
 */
import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { assembleStrategy, type Entry, type Strategy } from '../lib/strategy';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assembleAgreements, type Agreement } from '../lib/agreements';
import { contentReport, formatReport, reportYear, type ReportSection } from '../lib/content-report';
import { assembleShortLinks, type ShortLink } from '../lib/short-links';
import { posterContents } from '../lib/poster-content';
import { assembleCases, type Case } from '../lib/cases';
import type { PosterContent } from '../lib/poster';

const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

async function entries<C extends CollectionKey>(collection: C, fallbackFile: string): Promise<Entry<CollectionEntry<C>['data']>[]> {
  // Sorted by id: the order a collection comes in is not the same from build to build.
  const all = (await getCollection(collection)).sort((a, b) => a.id.localeCompare(b.id));
  return all.map((e) => ({ id: e.id, file: ('filePath' in e && e.filePath) || fallbackFile, data: e.data }));
}

let strategy: Promise<Strategy> | undefined;

export function getStrategy(): Promise<Strategy> {
  strategy ??= (async () =>
    assembleStrategy({
      tracks: await entries('spor', `${contentDir}/spor`),
      targets: await entries('maal', `${contentDir}/maal`),
      focalPoints: await entries('omdrejningspunkter', `${contentDir}/strategi/omdrejningspunkter.json`),
      vision: await entries('vision', `${contentDir}/strategi/vision.json`),
      circular: await entries('cirkulaerOekonomi', `${contentDir}/strategi/cirkulaer-oekonomi.json`),
      instruments: await entries('instrumenter', `${contentDir}/strategi/instrumenter.json`),
      indicators: await entries('indikatorer', `${contentDir}/data/indikatorer.json`),
    }))();
  return strategy;
}

let agreements: Promise<Agreement[]> | undefined;

/** The agreements, checked against the units list and the tracks. The build lists their sample content once. */
export function getAgreements(): Promise<Agreement[]> {
  agreements ??= (async () => {
    const { tracks } = await getStrategy();
    return assembleAgreements({
      units: await entries('enheder', `${contentDir}/data/enheder.json`),
      agreements: await entries('aftaler', `${contentDir}/aftaler`),
      tracks: tracks.map((t) => ({ id: t.id, title: t.title, colour: t.colour })),
    });
  })();
  return agreements;
}

let cases: Promise<Case[]> | undefined;

/** The cases, newest first, checked against the tracks and units. The build lists the sample cases once. */
export function getCases(): Promise<Case[]> {
  cases ??= (async () => {
    const { tracks } = await getStrategy();
    const units = (await getAgreements()).map((a) => a.unit);
    return assembleCases({
      cases: await entries('cases', `${contentDir}/cases`),
      tracks: tracks.map((t) => ({ id: t.id, title: t.title, colour: t.colour })),
      units,
      imageExists: (path) => existsSync(join(process.cwd(), 'public', path)),
    });
  })();
  return cases;
}

/** A case's rendered body. */
export async function renderCase(id: string) {
  const entry = await getEntry('cases', id);
  if (!entry) throw new Error(`${contentDir}/cases/${id}.mdx findes ikke.`);
  return (await render(entry)).Content;
}

/** The address of a text page: `content/sider/forside.mdx` is `/`, every other `content/sider/<id>.mdx` is `/<id>/`. */
export const pagePath = (id: string) => (id === 'forside' ? '/' : `/${id}/`);

let site: Promise<{ links: ShortLink[]; posters: PosterContent[] }> | undefined;

/** Every short link (`/k/<code>/`) and the poster for each; a duplicate or unregistered code stops the build. */
export function getShortLinks() {
  site ??= (async () => {
    const { tracks } = await getStrategy();
    const allAgreements = await getAgreements();
    const pages = (await getCollection('sider'))
      .sort((a, b) => a.id.localeCompare(b.id))
      .filter((p) => p.data.shortCode)
      .map((p) => ({ ...p.data, path: pagePath(p.id), file: p.filePath ?? `${contentDir}/sider/${p.id}.mdx` }));
    const claims = [
      ...tracks.map((t) => ({ code: t.shortCode, file: `${contentDir}/spor/${t.id}.md`, path: `/spor/${t.id}/`, title: t.title })),
      ...allAgreements.map((a) => ({ code: a.shortCode, file: a.file, path: `/aftaler/${a.unit.id}/`, title: `Bæredygtighedsaftalen for ${a.unit.name}` })),
      ...pages.map((p) => ({ code: p.shortCode!, file: p.file, path: p.path, title: p.title })),
    ];
    const registry = `${contentDir}/data/kortkoder.json`;
    const links = assembleShortLinks(claims, await entries('kortkoder', registry), registry);
    const siteUrl = import.meta.env.SITE;
    return { links, posters: posterContents({ siteUrl, links, tracks, agreements: allAgreements, pages }) };
  })();
  return site;
}

/** A text page from `content/sider/`, with its rendered body. Missing pages stop the build. */
export async function getPage(id: string) {
  const page = await getEntry('sider', id);
  if (!page) throw new Error(`${contentDir}/sider/${id}.mdx mangler. Siden bruges af sitet; opret filen igen.`);
  const { Content } = await render(page);
  return { ...page.data, Content, hasBody: Boolean(page.body?.trim()) };
}

let report: Promise<ReportSection[]> | undefined;

/** The editors' list of what needs attention; the build prints it once. */
export function getContentReport(): Promise<ReportSection[]> {
  report ??= (async () => {
    const sections = contentReport({
      year: reportYear(process.env, new Date()),
      agreements: await getAgreements(),
      cases: await getCases(),
      indicators: (await getStrategy()).indicators,
      indicatorFile: `${contentDir}/data/indikatorer.json`,
      targetFile: (id) => `${contentDir}/maal/${id}.json`,
    });
    console.log(formatReport(sections));
    return sections;
  })();
  return report;
}
