/**
 * The one switch for sample content (src/lib/content/sample.ts): the same content built for production and as a
 * preview (`PREVIEW=1`). The fixture makes one agreement hold a real measure beside a sample measure, a sample
 * period, a sample contact and a sample own input, and adds a sample case; each carries a marker word found nowhere
 * else. Production publishes none of them on any page, list, feed, search index or PDF (and no "Prøveindhold"
 * marker); the preview shows them, marked, and keeps the search index free of them.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml, stringify } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, prepareFixture, type FixtureBuild } from '../helpers/fixture-build';

const MARKER = 'Prøveindhold';
const units = JSON.parse(readFileSync('content/data/enheder.json', 'utf8')) as { id: string; navn: string }[];
const unit = units[0]!;
const agreementFile = readdirSync('content/aftaler').find((f) =>
  readFileSync(`content/aftaler/${f}`, 'utf8').includes(`enhed: ${unit.id}\n`),
)!;
const trackIds = readdirSync('content/spor').map((f) => f.replace(/\.md$/, '')).sort();

/** Words that appear only where the fixture put them. */
const sample = {
  measure: 'Kvapsoindsats',
  period: '2091–2092',
  contact: 'Kvapsokontakt',
  input: 'Kvapsoinput',
  caseTitle: 'Kvapsocasen om prøver',
  caseSlug: 'kvapso-case',
};
const real = { measure: 'Zorbelindsats' };

function prepare(name: string) {
  const f = prepareFixture(name);
  const text = readFileSync(join(f.contentDir, 'aftaler', agreementFile), 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)!;
  const data = parseYaml(front!) as Record<string, unknown>;
  const measure = (title: string, eksempel: boolean) => ({
    titel: title,
    beskrivelse: `${title} er en indsats i testen af aftalens dele.`,
    indikator: `Antal for ${title}`,
    status: 'i gang',
    udfoeres: 'enheden',
    eksempel,
  });
  data.periode = { fra: 2091, til: 2092, eksempel: true };
  data.kontakt = { rolle: sample.contact, email: 'kvapso@rm.dk', eksempel: true };
  data.indsatser = { [trackIds[0]!]: [measure(real.measure, false), measure(sample.measure, true)] };
  data.egneInput = [{ titel: sample.input, beskrivelse: `${sample.input} er et eget input i testen.`, eksempel: true }];
  f.write(`aftaler/${agreementFile}`, `---\n${stringify(data)}---\n${body ?? ''}`);
  f.write(
    `cases/${sample.caseSlug}.mdx`,
    `---\ntitel: "${sample.caseTitle}"\nresume: "Et godt eksempel, der kun findes i testen af, hvad der udgives."\nspor: [${trackIds[0]}]\nenheder: [${unit.id}]\naar: 2021\nkilder:\n  - navn: "Region Midtjylland"\n    url: https://www.rm.dk/\neksempel: true\nbeskrivelse: "Et godt eksempel, som kun findes i testen af, hvad en bygning til produktion udgiver og ikke udgiver."\n---\n\nTekst om Kvapsocasen.\n`,
  );
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

interface Built {
  build: FixtureBuild;
  /** Every readable text of the public site, by file: pages, feeds, data, search index, PDFs. */
  texts: Map<string, string>;
  /** The search index's text alone. */
  index: string;
}

function read(build: FixtureBuild): Built {
  const texts = new Map<string, string>();
  let index = '';
  for (const file of walk(build.outDir)) {
    const path = relative(build.outDir, file);
    // The editors' list names sample content on purpose; the browser editor is an app of its own.
    if (path.startsWith('redaktion/') || path.startsWith('admin/') || path.startsWith('_astro/')) continue;
    let text: string | undefined;
    if (/\.(html|xml|json|csv|txt|svg)$/.test(path) && !path.startsWith('pagefind/')) text = readFileSync(file, 'utf8');
    else if (path.endsWith('.pdf')) text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    else if (path.startsWith('pagefind/') && /(pf_fragment|pf_index|pf_meta|\.json)$/.test(path)) {
      const bytes = readFileSync(file);
      try {
        text = gunzipSync(bytes).toString('utf8');
      } catch {
        text = bytes.toString('utf8');
      }
      index += `${text}\n`;
    }
    // Soft hyphens split long words in headings; a word must be found however it is hyphenated.
    if (text !== undefined) texts.set(path, text.replace(/\u00ad|&shy;/g, '').replace(/\s+/g, ' '));
  }
  return { build, texts, index };
}

const where = (built: Built, word: string) =>
  [...built.texts].filter(([, text]) => text.toLowerCase().includes(word.toLowerCase())).map(([path]) => path);

let production: Built;
let preview: Built;

beforeAll(async () => {
  prepare('sample-production');
  prepare('sample-preview');
  const prod = await buildFixture('sample-production', { PREVIEW: '' });
  expect(prod.status, prod.output).toBe(0);
  const prev = await buildFixture('sample-preview', { PREVIEW: '1' });
  expect(prev.status, prev.output).toBe(0);
  production = read(prod);
  preview = read(prev);
}, 600_000);

const page = (built: Built) => built.texts.get(`aftaler/${unit.id}/index.html`)!;

describe('a production build', () => {
  test.each(Object.entries(sample))('publishes no sample %s anywhere', (_kind, word) => {
    expect(where(production, word)).toEqual([]);
  });

  test('has no sample marker on any page, feed or PDF', () => {
    expect(where(production, MARKER)).toEqual([]);
    expect(where(production, 'eksempel: true')).toEqual([]);
  });

  test('still publishes the real measure beside the hidden sample one', () => {
    expect(page(production)).toContain(real.measure);
    expect(production.index).toContain(real.measure.toLowerCase().slice(0, 8));
  });

  test('the sample case is in no list, count or feed, and its address leads to its track', () => {
    const list = production.texts.get('cases/index.html')!;
    expect(list).not.toContain(`/cases/${sample.caseSlug}/`);
    expect(production.texts.get('cases/rss.xml')).not.toContain(sample.caseSlug);
    const moved = production.texts.get(`cases/${sample.caseSlug}/index.html`)!;
    expect(moved).toContain(`url=/cases/spor/${trackIds[0]}/`);
    // Its address is kept (a printed or shared link never goes dead), as a page that only leads on.
    expect(moved).not.toContain(sample.caseTitle);
  });
});

describe('a preview build', () => {
  test.each(Object.entries(sample))('shows the sample %s', (_kind, word) => {
    expect(where(preview, word).length).toBeGreaterThan(0);
  });

  test('marks the agreement with its samples once, and the sample case', () => {
    expect(page(preview).split(MARKER).length - 1).toBe(1);
    expect(page(preview)).toContain(real.measure);
    expect(preview.texts.get(`cases/${sample.caseSlug}/index.html`)).toContain(MARKER);
    expect(preview.texts.get('cases/index.html')).toContain(MARKER);
  });

  test('keeps sample content out of the search index', () => {
    for (const word of [sample.measure, sample.contact, sample.input, 'kvapsocasen']) {
      expect(preview.index.toLowerCase()).not.toContain(word.toLowerCase());
    }
  });
});
