/** Nothing in content/ is silently left off the site. */
import { expect, test } from 'vitest';
import { page } from '../helpers/dist';
import { indicators, targets, tracks } from '../helpers/site-content';
import { fold } from '../helpers/text';
import strings from '../../src/i18n/da.json';

const cardIds = (path: string) => page(path).root.querySelectorAll('article[id^="maal-"]').map((el) => el.id.replace(/^maal-/, ''));

test('every target of a track is a card on its track page', () => {
  for (const target of targets.filter((t) => t.data.trackId)) {
    expect(cardIds(`/spor/${target.data.trackId}/`), target.id).toContain(target.id);
  }
});

test('every target is on the targets page – a card with its chart once measured, else a row of the overview leading to its track page – and a card on the full overview', () => {
  const all = targets.map((t) => t.id).sort();
  const measured = (id: string) => indicators.some((i) => i.data.targetIds.includes(id) && i.data.measurements.length > 0);
  const root = page('/maal/').root;
  for (const target of targets) {
    const place = root.getElementById(`maal-${target.id}`);
    expect(place, target.id).not.toBeNull();
    if (measured(target.id) || !target.data.trackId) expect(place!.tagName, target.id).toBe('ARTICLE');
    else {
      expect(place!.closest('#alle-maal'), target.id).not.toBeNull();
      const link = place!.querySelector('a')!.getAttribute('href');
      expect(link, target.id).toBe(`/spor/${target.data.trackId}/#maal-${target.id}`);
    }
  }
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
