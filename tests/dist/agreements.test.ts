/** The 11 agreements: a page each, measures under the five tracks, sample content visibly marked. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { page, pages } from '../helpers/dist';
import { fold } from '../helpers/text';

const units = JSON.parse(readFileSync('content/data/enheder.json', 'utf8')) as { id: string; navn: string; type: string }[];
const tracks = readdirSync('content/spor').map((f) => f.replace(/\.md$/, ''));
const agreementPages = pages.filter((p) => /^\/aftaler\/[^/]+\/$/.test(p.path));
const BADGE = 'Prøveindhold';

/** The agreement file of a unit, as YAML text. */
function agreementFile(unitId: string): string {
  const file = readdirSync('content/aftaler').find((f) => readFileSync(`content/aftaler/${f}`, 'utf8').includes(`enhed: ${unitId}\n`))!;
  return readFileSync(`content/aftaler/${file}`, 'utf8');
}

test('there are exactly 11 agreement pages, one per unit in the list', () => {
  expect(units).toHaveLength(11);
  expect(agreementPages.map((p) => p.path).sort()).toEqual(units.map((u) => `/aftaler/${u.id}/`).sort());
});

test.each(units)('$navn: every measure sits under its track, and sample content is marked once, in one notice', (unit) => {
  const built = page(`/aftaler/${unit.id}/`);
  expect(fold(built.root.querySelector('h1')!.text)).toBe(unit.navn);
  const file = agreementFile(unit.id);
  const sections = built.root.querySelectorAll('section[aria-labelledby^="spor-"]').map((s) => s.getAttribute('aria-labelledby')!.replace('spor-', ''));
  const withMeasures = tracks.filter((track) => new RegExp(`^  ${track}:\\s*\\n\\s+- `, 'm').test(file));
  expect(sections.sort()).toEqual(withMeasures.sort());
  const text = fold(built.root.querySelector('main')!.text);
  const samples = (file.match(/^\s*eksempel: true$/gm) ?? []).length;
  expect(text.split(BADGE).length - 1).toBe(samples > 0 ? 1 : 0);
  expect(built.root.querySelectorAll('main [role="note"]').length).toBe(samples > 0 ? 1 : 0);
  expect(text).not.toMatch(/Eksempel –/);
  expect(text).toContain('Vores egne input');
});

test('the overview groups hospitals and other units, with progress and sample marks', () => {
  const overview = page('/aftaler/');
  const group = (id: string) => overview.root.querySelector(`#${id}-titel`)!.parentNode.querySelectorAll('h3 a').map((a) => fold(a.text));
  expect(group('hospitaler')).toEqual(units.filter((u) => u.type === 'hospital').map((u) => u.navn));
  expect(group('andre-enheder')).toEqual(units.filter((u) => u.type !== 'hospital').map((u) => u.navn));
  const text = fold(overview.root.querySelector('main')!.text);
  expect(text.split('Fremdrift:').length - 1).toBe(1);
  expect(text).toContain('Fremdrift: Vises for hver enhed, når enhedens egne indsatser er lagt ind.');
  expect(text.split(BADGE).length - 1).toBe(11);
});

