/** The agreements in a production build: a page each, what an agreement is, only the real measures, no sample content. */
import { expect, test } from 'vitest';
import { page, pages } from '../helpers/dist';
import { agreements, units } from '../helpers/site-content';
import { fold } from '../helpers/text';

const agreementPages = pages.filter((p) => /^\/aftaler\/[^/]+\/$/.test(p.path));
const BADGE = 'Prøveindhold';
const agreementOf = (unitId: string) => agreements.find((a) => a.data.unitId === unitId);

test('there is one agreement page per unit in the list', () => {
  expect(agreementPages.map((p) => p.path).sort()).toEqual(units.map((u) => `/aftaler/${u.id}/`).sort());
});

test.each(units.map((u) => [u.id, u] as const))('%s: says what the agreement is, shows only its real parts, and no sample marker', (id, unit) => {
  const built = page(`/aftaler/${id}/`);
  const agreement = agreementOf(id)!.data;
  expect(fold(built.root.querySelector('h1')!.text)).toBe(fold(unit.data.name));
  expect(fold(built.root.querySelector('h1')!.parentNode.querySelector('.lead')!.text)).toContain('bæredygtighedsaftale');
  const sections = built.root.querySelectorAll('section[aria-labelledby^="spor-"]').map((s) => s.getAttribute('aria-labelledby')!.replace('spor-', ''));
  const withRealMeasures = Object.entries(agreement.measuresByTrack)
    .filter(([, measures]) => measures.some((m) => !m.sample))
    .map(([track]) => track);
  expect(sections.sort()).toEqual(withRealMeasures.sort());
  const text = fold(built.root.querySelector('main')!.text);
  expect(text).not.toContain(BADGE);
  expect(built.root.querySelectorAll('main [role="note"]')).toHaveLength(0);
  const real = new Set(Object.values(agreement.measuresByTrack).flat().filter((m) => !m.sample).map((m) => fold(m.title)));
  for (const measure of Object.values(agreement.measuresByTrack).flat().filter((m) => m.sample && !real.has(fold(m.title))))
    expect(text).not.toContain(fold(measure.title));
  expect(text.includes('Periode:')).toBe(!agreement.period.sample);
  expect(text.includes('Kontakt:')).toBe(!agreement.contact.sample);
  expect(text.includes('Vores egne input')).toBe(agreement.ownInputs.some((i) => !(i as { sample?: boolean }).sample));
  // Until a measure is published, the page says so once, under its lead, and has no section for the measures.
  expect(text.split('Aftalens indsatser er ikke offentliggjort endnu').length - 1).toBe(withRealMeasures.length ? 0 : 1);
  expect(built.root.querySelector('[aria-labelledby="indsatser-titel"]') !== null).toBe(withRealMeasures.length > 0);
  expect(built.root.getElementById('om-aftalerne')).not.toBeNull();
});

test('the overview groups hospitals and other units, with no sample marks and no empty progress lines', () => {
  const overview = page('/aftaler/');
  const group = (id: string) => overview.root.querySelector(`#${id}-titel`)?.parentNode.querySelectorAll('h3 a').map((a) => fold(a.text)) ?? [];
  const byOrder = [...units].sort((a, b) => a.data.order - b.data.order);
  expect(group('hospitaler')).toEqual(byOrder.filter((u) => u.data.kind === 'hospital').map((u) => fold(u.data.name)));
  expect(group('andre-enheder')).toEqual(byOrder.filter((u) => u.data.kind !== 'hospital').map((u) => fold(u.data.name)));
  const text = fold(overview.root.querySelector('main')!.text);
  const withReal = units.filter((u) => Object.values(agreementOf(u.id)?.data.measuresByTrack ?? {}).flat().some((m) => !m.sample));
  expect(text.split('Fremdrift:').length - 1).toBe(withReal.length);
  expect(text).not.toContain(BADGE);
});
