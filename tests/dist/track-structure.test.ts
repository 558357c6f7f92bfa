/**
 * One template for every track page: the same sections in the same order (focus, ambitions and targets, good
 * examples), each focus point shown once (as an ambition's heading where one says it, otherwise under the focus,
 * which is left out when every point is an ambition's), and each target stated once with one card.
 */
import { expect, test } from 'vitest';
import { page } from '../helpers/dist';
import { targets as targetEntries, tracks as trackEntries } from '../helpers/site-content';
import { fold, visibleText } from '../helpers/text';
import { sameStatement } from '../../src/lib/content/strategy';

const tracks = trackEntries.map((track) => track.id);
const trackFile = (id: string) => {
  const data = trackEntries.find((track) => track.id === id)!.data;
  return { fokus: data.focus, ambitioner: data.ambitions.map((a) => a.heading) };
};
/** The focus points no ambition heading says: the ones the focus section lists. */
const focusOnly = (id: string) =>
  trackFile(id).fokus.filter((point) => !trackFile(id).ambitioner.some((heading) => sameStatement(heading, point)));
const targets = targetEntries.map((target) => ({ id: target.id, spor: target.data.trackId, tekst: target.data.wording }));
/** The page's text as the content writes it ("m³" typeset from "m3"). */
const textOf = (path: string) => visibleText(page(path).html).replace(/m\u00b3/g, 'm3');
const sectionsOf = (path: string) =>
  page(path)
    .root.querySelectorAll('main section[id]')
    .filter((s) => !s.parentNode.closest('section'))
    .map((s) => s.getAttribute('id'));

test('every track page has the same sections, in the same order; the focus only where a point is not an ambition', () => {
  const structures = tracks.map((id) => sectionsOf(`/spor/${id}/`).filter((section) => section !== 'fokus'));
  expect(structures[0]).toEqual(expect.arrayContaining(['ambitioner', 'cases']));
  for (const structure of structures) expect(structure).toEqual(structures[0]);
  for (const id of tracks) expect(sectionsOf(`/spor/${id}/`).includes('fokus'), id).toBe(focusOnly(id).length > 0);
});

test.each(tracks)('%s shows every one of its focus points, once', (id) => {
  const root = page(`/spor/${id}/`).root;
  const listed = root.getElementById('fokus')?.querySelectorAll('li').map((li) => fold(li.text)) ?? [];
  expect(listed).toEqual(focusOnly(id).map((statement) => fold(statement)));
  const headings = root.querySelectorAll('#ambitioner h3').map((h) => fold(h.text));
  for (const point of trackFile(id).fokus) {
    const said = [...listed, ...headings].filter((text) => sameStatement(text, fold(point)));
    expect(said, point).toHaveLength(1);
  }
});

test.each(tracks)('%s states each of its targets once, with one card', (id) => {
  const text = textOf(`/spor/${id}/`);
  const own = targets.filter((target) => target.spor === id);
  for (const target of own) {
    const sentence = fold(target.tekst);
    expect(text.split(sentence).length - 1, target.id).toBe(1);
    expect(page(`/spor/${id}/`).root.querySelectorAll(`#maal-${target.id}`), target.id).toHaveLength(1);
  }
});
