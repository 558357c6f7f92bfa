/**
 * What in the content needs attention: sample content to replace, targets with no measurements, measurements
 * more than two years old, cases without an image or a source, agreements past their period. The build prints
 * it, and /redaktion/ shows it.
 */
import type { Agreement } from './agreements';
import type { Case } from './cases';
import type { Indicator } from './strategy';

export interface ReportItem {
  /** The file to open (for the build's printed list). */
  file: string;
  /** What needs doing, in a sentence an editor reads: names and titles, not file paths or JSON keys. */
  text: string;
  /** The page on the site the item is about, e.g. `/aftaler/psykiatrien/`. */
  page?: string;
  /** The entry in the browser editor: its collection (as in the CMS configuration) and its name there. */
  entry: EditorEntry;
}

export interface EditorEntry {
  collection: 'aftaler' | 'cases' | 'maal' | 'indikatorer';
  slug: string;
}

/** The entry's address in the browser editor at /admin/ (Sveltia CMS: `#/collections/<name>/entries/<slug>`). */
export function editorHref(entry: EditorEntry): string {
  return `/admin/#/collections/${entry.collection}/entries/${entry.slug}`;
}

/** `content/aftaler/psykiatrien.md` → `psykiatrien`: the entry's name in the editor is its file name. */
const slugOf = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
const INDICATOR_ENTRY: EditorEntry = { collection: 'indikatorer', slug: 'indikatorer' };

export interface ReportSection {
  id: string;
  title: string;
  items: ReportItem[];
}

export interface ReportInput {
  /** The year the build counts as "now". */
  year: number;
  agreements: Agreement[];
  cases: Case[];
  indicators: Indicator[];
  /** Where the indicators and the targets live, for the file column. */
  indicatorFile: string;
  targetFile: (targetId: string) => string;
}

/** Measurements older than this many years are stale. */
export const STALE_AFTER_YEARS = 2;

/** The year a build counts as now: SOURCE_DATE_EPOCH (seconds) when set, so that a build can be reproduced. */
export function reportYear(env: Record<string, string | undefined>, now: Date): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).getUTCFullYear();
  return now.getUTCFullYear();
}

export function contentReport(input: ReportInput): ReportSection[] {
  const { year } = input;
  return [
    {
      id: 'eksempler',
      title: 'Eksempelindhold, der skal erstattes',
      items: [
        ...input.agreements
          .filter((a) => a.sampleParts.length)
          .map((a) => ({
            file: a.file,
            text: `Aftalen for ${a.unit.name}: ${a.sampleParts.join(', ')} er eksempler.`,
            page: `/aftaler/${a.unit.id}/`,
            entry: { collection: 'aftaler' as const, slug: slugOf(a.file) },
          })),
        ...input.cases
          .filter((c) => c.sample)
          .map((c) => ({ file: c.file, text: `Casen "${c.title}" er et eksempel.`, ...caseLinks(c) })),
      ],
    },
    {
      id: 'uden-maalinger',
      title: 'Mål uden målinger',
      items: input.indicators
        .filter((i) => i.measurements.length === 0)
        .flatMap((i) =>
          i.targets.map((t) => ({
            file: input.targetFile(t.id),
            text: `Målet "${t.title}" har ingen målinger: tilføj dem i editoren under "Indikatorer og målinger", ved indikatoren "${i.title}".`,
            page: `/maal/#maal-${t.id}`,
            entry: INDICATOR_ENTRY,
          })),
        ),
    },
    {
      id: 'gamle-maalinger',
      title: `Målinger, der er mere end ${STALE_AFTER_YEARS} år gamle`,
      items: input.indicators
        .filter((i) => i.measurements.length > 0 && year - i.measurements.at(-1)!.year > STALE_AFTER_YEARS)
        .map((i) => ({
          file: input.indicatorFile,
          text: `Indikatoren "${i.title}" har senest en måling fra ${i.measurements.at(-1)!.year}: tilføj en nyere, når den er offentliggjort.`,
          ...(i.targets[0] ? { page: `/maal/#maal-${i.targets[0].id}` } : {}),
          entry: INDICATOR_ENTRY,
        })),
    },
    {
      id: 'cases-mangler',
      title: 'Cases uden billede eller kilde',
      items: input.cases.flatMap((c) => [
        ...(c.sources.length === 0 ? [{ file: c.file, text: `Casen "${c.title}" har ingen kilde.`, ...caseLinks(c) }] : []),
        ...(c.image ? [] : [{ file: c.file, text: `Casen "${c.title}" har intet billede.`, ...caseLinks(c) }]),
      ]),
    },
    {
      id: 'udloebne-aftaler',
      title: 'Aftaler, hvis periode er slut',
      items: input.agreements
        .filter((a) => a.period && a.period.to < year)
        .map((a) => ({
          file: a.file,
          text: `Aftalen for ${a.unit.name} gjaldt til ${a.period!.to}.`,
          page: `/aftaler/${a.unit.id}/`,
          entry: { collection: 'aftaler' as const, slug: slugOf(a.file) },
        })),
    },
  ];
}

function caseLinks(c: Case): Pick<ReportItem, 'page' | 'entry'> {
  return { page: `/cases/${c.id}/`, entry: { collection: 'cases', slug: slugOf(c.file) } };
}

/** The report as the build prints it. */
export function formatReport(sections: ReportSection[]): string {
  const lines = sections
    .filter((s) => s.items.length)
    .flatMap((s) => [`  ${s.title} (${s.items.length}):`, ...s.items.map((i) => `    · ${i.file}: ${i.text}`)]);
  return lines.length
    ? `\n[indhold] Redaktionens liste – det her trænger til opmærksomhed:\n${lines.join('\n')}`
    : '\n[indhold] Redaktionens liste er tom.';
}
