/** Nothing in content/ is silently left off the site. */
import { expect, test } from 'vitest';
import { page } from '../helpers/dist';
import { targets, tracks } from '../helpers/site-content';
import { fold } from '../helpers/text';
import strings from '../../src/i18n/da.json';

const cardIds = (path: string) => page(path).root.querySelectorAll('article[id^="maal-"]').map((el) => el.id.replace(/^maal-/, ''));

test('every target of a track is a card on its track page', () => {
  for (const target of targets.filter((t) => t.data.trackId)) {
    expect(cardIds(`/spor/${target.data.trackId}/`), target.id).toContain(target.id);
  }
});

test('every target is a card on the targets page and on the full overview', () => {
  const all = targets.map((t) => t.id).sort();
  expect(cardIds('/maal/').sort()).toEqual(all);
  expect(cardIds('/overblik/').sort()).toEqual(all);
});

test('the climate direction leads the front page: the circular region and every overall target', () => {
  const hero = page('/').root.querySelector('main')!.childNodes.find((n) => n.nodeType === 1)!;
  const text = fold(hero.text);
  expect(text).toContain(strings['home.circular']);
  for (const target of targets.filter((t) => !t.data.trackId)) expect(text, target.id).toContain(fold(target.data.title));
});

test('a card on a track page leaves out what the strategy does not state; the print overview says it on every card', () => {
  for (const target of targets) {
    if (target.data.trackId) {
      const card = page(`/spor/${target.data.trackId}/`).root.getElementById(`maal-${target.id}`)!;
      expect(fold(card.text), target.id).not.toContain('Ikke angivet i strategien');
    }
    const printed = fold(page('/overblik/').root.getElementById(`maal-${target.id}`)!.text);
    const { deadline, baseline } = target.data;
    expect(printed, target.id).toContain(deadline === undefined ? 'Frist Ikke angivet i strategien' : `Frist ${deadline}`);
    expect(printed, target.id).toContain(baseline === undefined ? 'Basisår Ikke angivet i strategien' : `Basisår ${baseline.year}`);
  }
});

test('the tracks are listed once on the front page and once on /spor/, there under the focal point that gathers each', () => {
  const trackIds = tracks.map((t) => t.id);
  const focalOf = (id: string) => tracks.find((t) => t.id === id)!.data.focalPointId;
  for (const path of ['/', '/spor/']) {
    const links = page(path).root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const id of trackIds) expect(links.filter((href) => href === `/spor/${id}/`), `${path} ${id}`).toHaveLength(1);
  }
  for (const id of trackIds) {
    const section = page('/spor/').root.querySelector(`section[aria-labelledby="omdrejningspunkt-${focalOf(id)}"]`)!;
    expect(section.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`/spor/${id}/`);
  }
});
