/** Every indicator has its charts and data file, every chart figure can be read without the picture, and the CSV is the dataset. */
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

test.each(indicators.map((i) => i.id))('%s has a wide and a narrow SVG chart and a CSV file', (id) => {
  for (const file of [`grafer/${id}.svg`, `grafer/${id}-smal.svg`, `data/${id}.csv`]) expect(existsSync(`${distDir}/${file}`), file).toBe(true);
  expect(readFileSync(`${distDir}/grafer/${id}.svg`, 'utf8')).toMatch(/^<\?xml[^>]*><svg /);
});

test.each(indicators)('the CSV of $id reads back to exactly the dataset', (indicator) => {
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
  expect(figures.length).toBeGreaterThanOrEqual(indicators.length * 2);
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

test('each track page shows the chart of every target on it', () => {
  for (const indicator of indicators) {
    for (const targetId of indicator.maal) {
      const track = targets[targetId]!.spor;
      if (!track) continue;
      expect(page(`/spor/${track}/`).root.getElementById(`graf-${indicator.id}`), `${indicator.id} on ${track}`).not.toBeNull();
    }
  }
});

test('the targets page shows every chart, and the front page the footprint, loaded at once', () => {
  const onTargets = page('/maal/').root.querySelectorAll('figure[id^="graf-"]').map((f) => f.id.replace('graf-', ''));
  expect(onTargets.sort()).toEqual(indicators.map((i) => i.id).sort());
  const front = page('/').root.getElementById('graf-klimaaftryk');
  expect(front?.querySelector('img')?.getAttribute('loading')).toBe('eager');
  expect(fold(front!.text)).toContain('Strategien angiver ikke, hvilket basisår de −68 % regnes fra');
});

test('a target without measurements says so in its chart, its table and its status', () => {
  const card = page('/spor/energi-og-byggeri/').root.getElementById('maal-vandforbrug')!;
  expect(fold(card.text)).toContain('Status: Ingen målinger endnu.');
  const figure = page('/spor/energi-og-byggeri/').root.getElementById('graf-vandforbrug')!;
  expect(fold(figure.querySelector('figcaption')!.text)).toContain('Ingen målinger offentliggjort endnu');
  expect(fold(figure.querySelector('tbody')!.text)).toBe('Ingen målinger offentliggjort endnu.');
});
