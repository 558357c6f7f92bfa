/**
 * Every indicator with measurements has its charts and data file, every chart figure can be read without the picture,
 * and the CSV is the dataset. An indicator without measurements has no chart, table or CSV anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { indicators, targets } from '../helpers/site-content';
import { describe, expect, test } from 'vitest';
import { distDir, fileForPath, page, pages } from '../helpers/dist';
import { parse as parseCsv } from 'csv-parse/sync';
import { fold } from '../helpers/text';

const targetTrack = new Map(targets.map((t) => [t.id, t.data.trackId]));
const measured = indicators.filter((i) => i.data.measurements.length > 0).map((i) => ({ id: i.id, ...i.data }));
const unmeasured = indicators.filter((i) => i.data.measurements.length === 0).map((i) => ({ id: i.id, ...i.data }));

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

test.each(measured.map((i) => [i.id, i] as const))('the CSV of %s reads back to exactly the dataset', (_id, indicator) => {
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
  const expected = indicator.measurements.map((m) => ({
    id: indicator.id,
    aar: m.year,
    vaerdi: m.value,
    enhed: indicator.unit,
    omtrent: m.approx,
    afledt: m.derived ?? false,
    kilde: m.sources,
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
    for (const targetId of indicator.targetIds) {
      const track = targetTrack.get(targetId);
      if (!track) continue;
      expect(page(`/spor/${track}/`).root.getElementById(`graf-${indicator.id}`), `${indicator.id} on ${track}`).not.toBeNull();
    }
  }
});

test('the targets page shows every chart, and every note on the figures is headed "Om tallene"', () => {
  const onTargets = page('/maal/').root.querySelectorAll('figure[id^="graf-"]').map((f) => f.id.replace('graf-', ''));
  expect(onTargets.sort()).toEqual(measured.map((i) => i.id).sort());
  for (const built of pages)
    for (const note of built.root.querySelectorAll('.about-figures'))
      expect(fold(note.querySelector('h3, h4, h5')!.text), built.path).toBe('Om tallene');
});

test('a target none of whose indicators has a measurement shows its card with one line saying so, and no chart, table or CSV', () => {
  const unmeasuredIds = new Set(unmeasured.map((i) => i.id));
  const withoutFigures = targets.filter(
    (t) => t.data.trackId && indicators.filter((i) => i.data.targetIds.includes(t.id)).every((i) => unmeasuredIds.has(i.id)),
  );
  for (const target of withoutFigures) {
    const track = page(`/spor/${target.data.trackId}/`).root;
    // On the track's page and on /overblik/, where the card also says why a status cannot be given.
    for (const [where, root] of [['spor', track], ['overblik', page('/overblik/').root]] as const) {
      const card = root.getElementById(`maal-${target.id}`)!;
      expect(fold(card.text), `${where}: ${target.id}`).toContain('Status: Ingen målinger offentliggjort endnu.');
      expect(fold(card.text).split(/ingen målinger|ikke offentliggjort målinger/i).length - 1, `${where}: ${target.id}`).toBe(1);
    }
    for (const indicator of indicators.filter((i) => i.data.targetIds.includes(target.id))) {
      expect(track.getElementById(`graf-${indicator.id}`), indicator.id).toBeNull();
    }
  }
});

test('what the strategy leaves open is said once per group of figures, in an "Om tallene" note, not on every card', () => {
  const targetsPage = page('/maal/');
  const text = fold(targetsPage.root.querySelector('main')!.text);
  expect(text.split('Ikke angivet i strategien').length - 1).toBe(0);
  // Every card is followed by a note or has all its figures (deadline and baseline) on the card.
  for (const card of targetsPage.root.querySelectorAll('article[id^="maal-"]')) {
    const complete = fold(card.text).includes('Frist') && fold(card.text).includes('Basisår');
    const noted = card.parentNode.parentNode.querySelector('.about-figures') !== null;
    expect(complete || noted, card.id).toBe(true);
  }
});
