/** The 11 agreements in a production build: a page each, what an agreement is, only the real measures, no sample content. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { page, pages } from '../helpers/dist';
import { fold } from '../helpers/text';
import { parse as parseYaml } from 'yaml';

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

/** The agreement file of a unit, parsed. */
function agreementData(unitId: string) {
  const [, front] = /^---\n([\s\S]*?)\n---/.exec(agreementFile(unitId))!;
  return parseYaml(front!) as {
    periode: { fra: number; til: number; eksempel?: boolean };
    kontakt: { rolle: string; eksempel?: boolean };
    indsatser: Record<string, { titel: string; eksempel?: boolean }[]>;
    egneInput?: { titel: string; eksempel?: boolean }[];
  };
}

test.each(units)('$navn: says what the agreement is, shows only its real parts, and no sample marker', (unit) => {
  const built = page(`/aftaler/${unit.id}/`);
  const data = agreementData(unit.id);
  expect(fold(built.root.querySelector('h1')!.text)).toBe(unit.navn);
  expect(fold(built.root.querySelector('h1')!.parentNode.querySelector('.lead')!.text)).toContain('bæredygtighedsaftale');
  const sections = built.root.querySelectorAll('section[aria-labelledby^="spor-"]').map((s) => s.getAttribute('aria-labelledby')!.replace('spor-', ''));
  const withRealMeasures = tracks.filter((track) => (data.indsatser[track] ?? []).some((m) => !m.eksempel));
  expect(sections.sort()).toEqual(withRealMeasures.sort());
  const text = fold(built.root.querySelector('main')!.text);
  expect(text).not.toContain(BADGE);
  expect(built.root.querySelectorAll('main [role="note"]')).toHaveLength(0);
  for (const measure of Object.values(data.indsatser).flat().filter((m) => m.eksempel)) expect(text).not.toContain(measure.titel);
  expect(text.includes('Periode:')).toBe(!data.periode.eksempel);
  expect(text.includes('Kontakt:')).toBe(!data.kontakt.eksempel);
  const realInputs = (data.egneInput ?? []).filter((i) => !i.eksempel);
  expect(text.includes('Vores egne input')).toBe(realInputs.length > 0);
  // Until a measure is published, the page says once that the measures will be published there.
  expect(text.split('bliver offentliggjort på denne side').length - 1).toBe(withRealMeasures.length ? 0 : 1);
  expect(built.root.getElementById('om-aftalerne')).not.toBeNull();
});

test('the overview groups hospitals and other units, with no sample marks and no empty progress lines', () => {
  const overview = page('/aftaler/');
  const group = (id: string) => overview.root.querySelector(`#${id}-titel`)!.parentNode.querySelectorAll('h3 a').map((a) => fold(a.text));
  expect(group('hospitaler')).toEqual(units.filter((u) => u.type === 'hospital').map((u) => u.navn));
  expect(group('andre-enheder')).toEqual(units.filter((u) => u.type !== 'hospital').map((u) => u.navn));
  const text = fold(overview.root.querySelector('main')!.text);
  const withReal = units.filter((u) => Object.values(agreementData(u.id).indsatser).flat().some((m) => !m.eksempel));
  expect(text.split('Fremdrift:').length - 1).toBe(withReal.length);
  expect(text).not.toContain(BADGE);
});
