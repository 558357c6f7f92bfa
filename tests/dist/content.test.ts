/** Nothing in content/ is silently left off the site. */
import { expect, test } from 'vitest';
import { page } from '../helpers/dist';
import { focalPoints, targets, tracks } from '../helpers/site-content';
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

test('each focal point lists exactly its tracks, linked', () => {
  const section = page('/').root.querySelector('#omdrejningspunkter-titel')!.parentNode.parentNode;
  for (const focal of focalPoints) {
    const card = section.querySelectorAll('li.card').find((li) => fold(li.querySelector('h3, h4')?.text ?? '') === fold(focal.data.title))!;
    expect(card, focal.id).toBeDefined();
    const links = card.querySelectorAll('a').map((a) => a.getAttribute('href')).sort();
    expect(links, focal.id).toEqual(tracks.filter((t) => t.data.focalPointId === focal.id).map((t) => `/spor/${t.id}/`).sort());
  }
});
