/** The 11 agreements: a page each, measures under the five tracks, sample content visibly marked. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { page, pages } from '../helpers/dist';
import { fold } from '../helpers/text';

const units = JSON.parse(readFileSync('content/data/enheder.json', 'utf8')) as { id: string; navn: string; type: string }[];
const tracks = readdirSync('content/spor').map((f) => f.replace(/\.md$/, ''));
const agreementPages = pages.filter((p) => /^\/aftaler\/[^/]+\/$/.test(p.path));
const BADGE = 'Eksempel – erstattes af enhedens aftale';

/** How many things in an agreement file are marked as sample: measures, own inputs, period, contact. */
function sampleCount(unitId: string): number {
  const file = readdirSync('content/aftaler').find((f) => readFileSync(`content/aftaler/${f}`, 'utf8').includes(`enhed: ${unitId}\n`))!;
  return (readFileSync(`content/aftaler/${file}`, 'utf8').match(/^\s*eksempel: true$/gm) ?? []).length;
}

test('there are exactly 11 agreement pages, one per unit in the list', () => {
  expect(units).toHaveLength(11);
  expect(agreementPages.map((p) => p.path).sort()).toEqual(units.map((u) => `/aftaler/${u.id}/`).sort());
});

test.each(units)('$navn: every measure sits under one of the five tracks, and every sample is marked', (unit) => {
  const built = page(`/aftaler/${unit.id}/`);
  expect(fold(built.root.querySelector('h1')!.text)).toBe(unit.navn);
  const sections = built.root.querySelectorAll('section[aria-labelledby^="spor-"]');
  expect(sections.map((s) => s.getAttribute('aria-labelledby')!.replace('spor-', '')).sort()).toEqual([...tracks].sort());
  const badges = built.root.querySelectorAll('span').filter((s) => fold(s.text) === BADGE);
  expect(badges.length).toBe(sampleCount(unit.id));
  expect(fold(built.root.querySelector('main')!.text)).toContain('Vores egne input');
});

test('the overview groups hospitals and other units, with progress and sample marks', () => {
  const overview = page('/aftaler/');
  const group = (id: string) => overview.root.querySelector(`#${id}-titel`)!.parentNode.querySelectorAll('h3 a').map((a) => fold(a.text));
  expect(group('hospitaler')).toEqual(units.filter((u) => u.type === 'hospital').map((u) => u.navn));
  expect(group('andre-enheder')).toEqual(units.filter((u) => u.type !== 'hospital').map((u) => u.navn));
  const text = fold(overview.root.querySelector('main')!.text);
  expect(text).toContain('Fremdrift: Vises, når enhedens egne indsatser er lagt ind.');
  expect(text.split(BADGE).length - 1).toBe(11);
});

