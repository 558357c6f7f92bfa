/**
 * Where each kind of content lives: the one list the content collections, the data layer and the editors'
 * scaffolds (`scripts/ny.mjs`) all read. Plain JavaScript, so the scaffolds run on Node without a build.
 * `CONTENT_DIR` points everything at another content folder (the tests build fixture content that way).
 */

/** The content folder, relative to the project, without a trailing slash: `content` unless `CONTENT_DIR` says. */
export const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

/**
 * Each collection's place under the content folder: a folder of files (one entry each, matched by `pattern`), or
 * one JSON file that holds a list.
 * @satisfies {Record<string, { folder: string, pattern: string } | { file: string }>}
 */
export const collectionPaths = {
  spor: { folder: 'spor', pattern: '*.md' },
  maal: { folder: 'maal', pattern: '*.json' },
  sider: { folder: 'sider', pattern: '*.{md,mdx}' },
  vision: { file: 'strategi/vision.json' },
  omdrejningspunkter: { file: 'strategi/omdrejningspunkter.json' },
  cirkulaerOekonomi: { file: 'strategi/cirkulaer-oekonomi.json' },
  instrumenter: { file: 'strategi/instrumenter.json' },
  indikatorer: { file: 'data/indikatorer.json' },
  enheder: { file: 'data/enheder.json' },
  aftaler: { folder: 'aftaler', pattern: '*.md' },
  kortkoder: { file: 'data/kortkoder.json' },
  cases: { folder: 'cases', pattern: '*.{md,mdx}' },
  materialer: { folder: 'materialer', pattern: '*.{json,yaml}' },
};

/**
 * The path, from the project, of a collection's folder or list file, or of one file in a folder collection:
 * `contentPath('indikatorer')` is `content/data/indikatorer.json`, `contentPath('maal', 'energiforbrug.json')`
 * is `content/maal/energiforbrug.json`.
 * @param {keyof typeof collectionPaths} collection
 * @param {string} [fileName]
 * @returns {string}
 */
export function contentPath(collection, fileName) {
  const place = collectionPaths[collection];
  const path = `${contentDir}/${'file' in place ? place.file : place.folder}`;
  return fileName ? `${path}/${fileName}` : path;
}
