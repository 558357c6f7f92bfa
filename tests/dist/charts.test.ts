/**
 * Every indicator with measurements has its charts and data file, every chart figure can be read without the picture,
 * and the CSV is the dataset. An indicator without measurements has no chart, table or CSV anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distDir, fileForPath, page, pages } from '../helpers/dist';
import { parse as parseCsv } from 'csv-parse/sync';
import { fold } from '../helpers/text';

interface RawMeasurement {
  aar: number;
  vaerdi: number;
  kilde: string | string[];
  omtrent?: string;
  afledt?: boolean;
  note?: string;
}
const indicators = JSON.parse(readFileSync('content/data/indikatorer.json', 'utf8')) as { id: string; enhed: string; maal: string[]; maalinger: RawMeasurement[] }[];
const targets = Object.fromEntries(
  indicators.flatMap((i) => i.maal.map((id) => [id, JSON.parse(readFileSync(`content/maal/${id}.json`, 'utf8')) as { spor?: string }])),
);

const measured = indicators.filter((i) => i.maalinger.length > 0);
const unmeasured = indicators.filter((i) => i.maalinger.length === 0);

test('the dataset has indicators both with and without measurements', () => {
  expect(measured.length).toBeGreaterThan(0);
  expect(unmeasured.length).toBeGreaterThan(0);
});

test.each(measured.map((i) => i.id))('%s has a wide and a narrow SVG chart and a CSV file', (id) => {
  for (const file of [`grafer/${id}.svg`, `grafer/${id}-smal.svg`, `data/${id}.csv`]) expect(existsSync(`${distDir}/${file}`), file).toBe(true);
  expect(readFileSync(`${distDir}/grafer/${id}.svg`, 'utf8')).toMatch(/^<\?xml[^>]*><svg /);
});

test.each(unmeasured.map((i) => i.id))('%s, with no measurements, has no chart and no CSV file', (id) => {
  for (const file of [`grafer/${id}.svg`, `grafer/${id}-smal.svg`, `data/${id}.csv`]) expect(existsSync(`${distDir}/${file}`), file).toBe(false);
});

test('no page references a chart, table or CSV of an indicator without measurements', () => {
  const references: string[] = [];
  for (const built of pages) {
    for (const { id } of unmeasured) {
      for (const needle of [`/grafer/${id}.svg`, `/grafer/${id}-smal.svg`, `/data/${id}.csv`, `id="graf-${id}"`, `id="tal-${id}"`]) {
        if (built.html.includes(needle)) references.push(`${built.path}: ${needle}`);
      }
    }
  }
  expect(references).toEqual([]);
});

test.each(measured)('the CSV of $id reads back to exactly the dataset', (indicator) => {
  const [header, ...rows] = parseCsv(readFileSync(`${distDir}/data/${indicator.id}.csv`, 'utf8'), { bom: true }) as string[][];
  expect(header).toEqual(['indikator', 'aar', 'vaerdi', 'enhed', 'omtrent', 'afledt', 'kilde', 'note']);
  const read = rows.map(([id, year, value, unit, approx, derived, sources, note]) => ({
    id,
    aar: Number(year),
    vaerdi: Number(value),
    enhed: unit,
    omtrent: approx || undefined,
    afledt: derived === 'ja',
    kilde: sources!.split(' '),
    note: note || undefined,
  }));
  const expected = [...indicator.maalinger]
    .sort((a, b) => a.aar - b.aar)
    .map((m) => ({
      id: indicator.id,
      aar: m.aar,
      vaerdi: m.vaerdi,
      enhed: indicator.enhed,
      omtrent: m.omtrent,
      afledt: m.afledt ?? false,
      kilde: typeof m.kilde === 'string' ? [m.kilde] : m.kilde,
      note: m.note,
    }));
  expect(read).toEqual(expected);
});

const figures = pages.flatMap((p) => p.root.querySelectorAll('figure[id^="graf-"]').map((figure) => ({ path: p.path, figure })));

test('the charts appear on the pages', () => {
  expect(figures.length).toBeGreaterThanOrEqual(measured.length * 2);
});

describe.each(figures.map((f) => [`${f.path} ${f.figure.id}`, f] as const))('%s', (_name, { figure }) => {
  test('has a caption with the takeaway, a picture with alt text, a table and a CSV link', () => {
    expect(fold(figure.querySelector('figcaption')?.text ?? '').length).toBeGreaterThan(20);
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('alt')!.length).toBeGreaterThan(20);
    expect(fileForPath(img.getAttribute('src')!)).toBeDefined();
    expect(fileForPath(figure.querySelector('picture source')!.getAttribute('srcset')!)).toBeDefined();
    const table = figure.querySelector('table')!;
    expect(fold(table.querySelector('caption')?.text ?? '')).not.toBe('');
    expect(table.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(table.querySelectorAll('tbody th').every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    const csv = figure.querySelectorAll('a').find((a) => a.getAttribute('href')?.endsWith('.csv'));
    expect(csv && fileForPath(csv.getAttribute('href')!)).toBeDefined();
  });
});

test('each track page shows the chart of every measured target on it', () => {
  for (const indicator of measured) {
    for (const targetId of indicator.maal) {
      const track = targets[targetId]!.spor;
      if (!track) continue;
      expect(page(`/spor/${track}/`).root.getElementById(`graf-${indicator.id}`), `${indicator.id} on ${track}`).not.toBeNull();
    }
  }
});

test('the targets page shows every chart, and the front page the footprint with its note on the figures', () => {
  const onTargets = page('/maal/').root.querySelectorAll('figure[id^="graf-"]').map((f) => f.id.replace('graf-', ''));
  expect(onTargets.sort()).toEqual(measured.map((i) => i.id).sort());
  const front = page('/').root.getElementById('klimaaftryk')!;
  expect(front.getElementById('graf-klimaaftryk')).not.toBeNull();
  const note = front.querySelector('.about-figures')!;
  expect(fold(note.querySelector('h3')!.text)).toBe('Om tallene');
  expect(fold(note.text)).toContain('Klimaaftrykket i 2030: strategien angiver ikke et basisår for målet.');
  // The caveat is said in the note, not in the hero.
  expect(fold(page('/').root.querySelector('main > div')!.text)).not.toContain('angiver ikke');
});

test('a target without measurements shows its card with one line saying so, and no chart, table or CSV', () => {
  const track = page('/spor/energi-og-byggeri/').root;
  const card = track.getElementById('maal-vandforbrug')!;
  expect(fold(card.text)).toContain('Status: Ingen målinger offentliggjort endnu.');
  expect(fold(card.text).split('Ingen målinger').length - 1).toBe(1);
  expect(track.getElementById('graf-vandforbrug')).toBeNull();
  expect(track.querySelectorAll('table caption').some((c) => fold(c.text).startsWith('Vandforbrug'))).toBe(false);
});

test('what the strategy leaves open is said once per group of figures, in an "Om tallene" note, not on every card', () => {
  const targetsPage = page('/maal/');
  const text = fold(targetsPage.root.querySelector('main')!.text);
  expect(text.split('Ikke angivet i strategien').length - 1).toBe(0);
  const notes = targetsPage.root.querySelectorAll('.about-figures');
  expect(notes.length).toBeGreaterThan(3);
  for (const note of notes) expect(fold(note.querySelector('h3, h4, h5')!.text)).toBe('Om tallene');
  // A missing baseline is said in the note beside the card, not on the card.
  const kollektiv = targetsPage.root.getElementById('maal-kollektiv-trafik-co2-neutral')!;
  expect(fold(kollektiv.text)).not.toContain('basisår');
  const kollektivNote = kollektiv.parentNode.parentNode.querySelector('.about-figures')!;
  expect(fold(kollektivNote.text)).toContain('CO2-neutral kollektiv trafik: strategien angiver ikke et basisår for målet.');
  // Every card is followed by a note or has all its figures (deadline and baseline) on the card.
  for (const card of targetsPage.root.querySelectorAll('article[id^="maal-"]')) {
    const complete = fold(card.text).includes('Frist') && fold(card.text).includes('Basisår');
    const noted = card.parentNode.parentNode.querySelector('.about-figures') !== null;
    expect(complete || noted, card.id).toBe(true);
  }
});
