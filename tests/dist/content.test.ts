/** Nothing in content/ is silently left off the site. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { page } from '../helpers/dist';
import { fold } from '../helpers/text';

const targets = readdirSync('content/maal').map((file) => ({
  id: file.replace(/\.json$/, ''),
  data: JSON.parse(readFileSync(`content/maal/${file}`, 'utf8')) as { spor?: string; titel: string },
}));
const cardIds = (path: string) => page(path).root.querySelectorAll('article[id^="maal-"]').map((el) => el.id.replace(/^maal-/, ''));

test('every target of a track is a card on its track page', () => {
  for (const target of targets.filter((t) => t.data.spor)) {
    expect(cardIds(`/spor/${target.data.spor}/`), target.id).toContain(target.id);
  }
});

test('every target is a card on the targets page and on the full overview', () => {
  const all = targets.map((t) => t.id).sort();
  expect(cardIds('/maal/').sort()).toEqual(all);
  expect(cardIds('/overblik/').sort()).toEqual(all);
});

test('the climate direction leads the front page', () => {
  const hero = page('/').root.querySelector('main')!.childNodes.find((n) => n.nodeType === 1)!;
  const text = fold(hero.text);
  expect(text).toContain('På vej mod en bæredygtig fremtid');
  expect(text).toContain('Cirkulær region');
  expect(text).toContain('−68 %');
  expect(text).toContain('Klimaneutral');
});

test('a target card says what is measured, the deadline and the baseline; what the strategy does not state is said beside it', () => {
  const card = page('/spor/ansvarligt-forbrug/').root.getElementById('maal-genanvendelse-affald')!;
  const text = fold(card.text);
  expect(text).toContain('60 %');
  expect(text).not.toContain('Ikke angivet i strategien');
  const note = fold(card.parentNode.parentNode.querySelector('.about-figures')!.text);
  expect(note).toContain('Genanvendelse af affald: strategien angiver hverken basisår eller frist for målet.');
  // The print overview keeps every field on the card.
  const printed = fold(page('/overblik/').root.getElementById('maal-genanvendelse-affald')!.text);
  expect(printed).toContain('Frist Ikke angivet i strategien');
  expect(printed).toContain('Basisår Ikke angivet i strategien');
  const co2 = fold(page('/spor/ansvarligt-forbrug/').root.getElementById('maal-co2-varer-og-tjenesteydelser')!.text);
  expect(co2).toContain('−30 %');
  expect(co2).toContain('Frist 2030');
  expect(co2).toContain('Basisår 2018');
});

test('the tracks are listed once on the front page and once on /spor/, there under the focal point that gathers each', () => {
  const trackIds = readdirSync('content/spor').map((f) => f.replace(/\.md$/, ''));
  const focalOf = (id: string) => /^omdrejningspunkt: (\S+)$/m.exec(readFileSync(`content/spor/${id}.md`, 'utf8'))![1]!;
  for (const path of ['/', '/spor/']) {
    const links = page(path).root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const id of trackIds) expect(links.filter((href) => href === `/spor/${id}/`), `${path} ${id}`).toHaveLength(1);
  }
  for (const id of trackIds) {
    const section = page('/spor/').root.querySelector(`section[aria-labelledby="omdrejningspunkt-${focalOf(id)}"]`)!;
    expect(section.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`/spor/${id}/`);
  }
});
