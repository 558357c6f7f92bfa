/**
 * Files the build makes that pages also need to know the size of (the materials list shows format and
 * size). Each file is made by the same function the endpoint uses, so the size shown is the size served.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getLogo, getPage, getShortLinks, getStrategy } from './content';
import { strategyDocument, type StrategyDocument } from '../lib/print/strategy-document';
import { renderStrategyPdf } from '../lib/print/strategy-pdf';
import { renderPosterPdf, type PosterSize } from '../lib/print/poster';
import { indicatorCsv } from '../lib/charts/csv';
import { getCollection } from 'astro:content';
import { once, oncePerKey } from '../lib/once';
import { ContentError, type ContentProblem } from '../lib/errors';
import type { MaterialData } from '../schemas/material';

/** The strategy as one document structure: what `/overblik/` shows and the PDF prints. */
export const getStrategyDocument = once(async (): Promise<StrategyDocument> => {
  const [overview, grounding, coherence] = await Promise.all([
    getPage('overblik'),
    getPage('staasted'),
    getPage('sammenhaeng'),
  ]);
  return strategyDocument(await getStrategy(), { overview, grounding, coherence });
});

/** The whole strategy as a PDF, made once per build. */
export const strategyPdf = once(async () => renderStrategyPdf(await getStrategyDocument(), getLogo()));

const drawPoster = oncePerKey(async (key): Promise<Uint8Array | undefined> => {
  const [code, size] = key.split('-') as [string, PosterSize];
  const content = (await getShortLinks()).posters.find((p) => p.code === code);
  return content && renderPosterPdf(content, size);
});

/** A poster PDF, drawn once per build whoever asks for it (its endpoint, or the materials list for its size). */
export function posterPdf(code: string, size: PosterSize): Promise<Uint8Array | undefined> {
  return drawPoster(`${code}-${size}`);
}

/** The bytes of a file on the site, or undefined if the build makes no such file and public/ has none. */
export async function siteFile(path: string): Promise<Uint8Array | undefined> {
  const poster = /^\/plakater\/([a-z0-9]+)-(a4|a3)\.pdf$/.exec(path);
  if (poster) return posterPdf(poster[1]!, poster[2] as PosterSize);
  const data = /^\/data\/([a-z0-9-]+)\.csv$/.exec(path);
  if (data) {
    const indicator = (await getStrategy()).indicators.find((i) => i.id === data[1]);
    return indicator && new TextEncoder().encode(indicatorCsv(indicator.id, indicator));
  }
  if (path === '/dokumenter/strategien.pdf') return strategyPdf();
  try {
    // The same public folder as the build's (astro.config.mjs: PUBLIC_DIR), so a fixture's uploads are found.
    return new Uint8Array(await readFile(join(resolve(process.env.PUBLIC_DIR ?? 'public'), path)));
  } catch {
    return undefined;
  }
}

export interface Material extends MaterialData {
  id: string;
  /** The file's format, from its name: "PDF", "CSV" … */
  format: string;
  bytes: number;
}

/** The materials with their files' format and size; a file that does not exist stops the build. */
export const getMaterials = once(async (): Promise<Material[]> => {
  const entries = await getCollection('materialer');
  const problems: ContentProblem[] = [];
  const found: Material[] = [];
  for (const entry of entries.sort((a, b) => a.id.localeCompare(b.id))) {
    const bytes = await siteFile(entry.data.file);
    if (!bytes) {
      problems.push({
        file: entry.filePath ?? entry.id,
        field: 'fil',
        message: `er "${entry.data.file}", men den fil findes ikke. Læg filen i public${entry.data.file}, eller brug en plakat, en datafil eller /dokumenter/strategien.pdf.`,
      });
      continue;
    }
    found.push({
      ...entry.data,
      id: entry.id,
      format: entry.data.file.split('.').pop()!.toUpperCase(),
      bytes: bytes.length,
    });
  }
  if (problems.length) throw new ContentError(problems);
  return found;
});
