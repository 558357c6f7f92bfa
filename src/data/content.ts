/**
 * The one place pages read content from. The strategy is assembled and cross-checked once per build;
 * a broken reference stops the build with a Danish message naming file and field.
 */
import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { assembleStrategy, type Entry, type Strategy } from '../lib/strategy';

const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

async function entries<C extends CollectionKey>(collection: C, fallbackFile: string): Promise<Entry<CollectionEntry<C>['data']>[]> {
  const all = await getCollection(collection);
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

/** A text page from `content/sider/`, with its rendered body. Missing pages stop the build. */
export async function getPage(id: string) {
  const page = await getEntry('sider', id);
  if (!page) throw new Error(`${contentDir}/sider/${id}.mdx mangler. Siden bruges af sitet; opret filen igen.`);
  const { Content } = await render(page);
  return { ...page.data, Content, hasBody: Boolean(page.body?.trim()) };
}
