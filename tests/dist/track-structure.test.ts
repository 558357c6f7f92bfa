/**
 * One template for every track page: the same sections in the same order (focus, ambitions and targets, good
 * examples), each focus point shown, and each target stated once with one card.
 */
import { expect, test } from 'vitest';
import { page } from '../helpers/dist';
import { targets as targetEntries, tracks as trackEntries } from '../helpers/site-content';
import { fold, visibleText } from '../helpers/text';

const tracks = trackEntries.map((track) => track.id);
const trackFile = (id: string) => ({ fokus: trackEntries.find((track) => track.id === id)!.data.focus });
const targets = targetEntries.map((target) => ({ id: target.id, spor: target.data.trackId, tekst: target.data.wording }));
/** The page's text as the content writes it ("m³" typeset from "m3"). */
const textOf = (path: string) => visibleText(page(path).html).replace(/m\u00b3/g, 'm3');
const sectionsOf = (path: string) =>
  page(path)
    .root.querySelectorAll('main section[id]')
    .filter((s) => !s.parentNode.closest('section'))
    .map((s) => s.getAttribute('id'));

test('every track page has the same sections, in the same order', () => {
  const structures = tracks.map((id) => sectionsOf(`/spor/${id}/`));
  expect(structures[0]).toEqual(expect.arrayContaining(['fokus', 'ambitioner', 'cases']));
  for (const structure of structures) expect(structure).toEqual(structures[0]);
});

test.each(tracks)('%s shows every one of its focus points', (id) => {
  const focus = page(`/spor/${id}/`).root.getElementById('fokus')!;
  const shown = focus.querySelectorAll('li').map((li) => fold(li.text));
  expect(shown).toEqual(trackFile(id).fokus.map((statement) => fold(statement)));
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
