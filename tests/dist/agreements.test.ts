/** The agreements: a page for each, measures under their tracks, sample content visibly marked. */
import { expect, test } from 'vitest';
import { page, pages } from '../helpers/dist';
import { agreements, units } from '../helpers/site-content';
import { fold } from '../helpers/text';

const agreementPages = pages.filter((p) => /^\/aftaler\/[^/]+\/$/.test(p.path));
const BADGE = 'Prøveindhold';
const agreementOf = (unitId: string) => agreements.find((a) => a.data.unitId === unitId);
/** Whether anything in a unit's agreement is still sample content. */
const hasSample = (unitId: string) => {
  const a = agreementOf(unitId)!.data;
  return (
    Boolean(a.period.sample || a.contact.sample) ||
    Object.values(a.measuresByTrack).some((measures) => measures.some((m) => m.sample)) ||
    a.ownInputs.some((i) => (i as { sample?: boolean }).sample)
  );
};

test('there is one agreement page per unit in the list', () => {
  expect(agreementPages.map((p) => p.path).sort()).toEqual(units.map((u) => `/aftaler/${u.id}/`).sort());
});

test.each(units.map((u) => [u.id, u] as const))('%s: every measure sits under its track, and sample content is marked once, in one notice', (id, unit) => {
  const built = page(`/aftaler/${id}/`);
  expect(fold(built.root.querySelector('h1')!.text)).toBe(fold(unit.data.name));
  const agreement = agreementOf(id)!.data;
  const sections = built.root.querySelectorAll('section[aria-labelledby^="spor-"]').map((s) => s.getAttribute('aria-labelledby')!.replace('spor-', ''));
  const withMeasures = Object.entries(agreement.measuresByTrack).filter(([, measures]) => measures.length > 0).map(([track]) => track);
  expect(sections.sort()).toEqual(withMeasures.sort());
  const text = fold(built.root.querySelector('main')!.text);
  expect(text.split(BADGE).length - 1).toBe(hasSample(id) ? 1 : 0);
  expect(built.root.querySelectorAll('main [role="note"]').length).toBe(hasSample(id) ? 1 : 0);
  expect(text).not.toMatch(/Eksempel –/);
  expect(text).toContain('Vores egne input');
});

test('the overview groups hospitals and other units, with progress and sample marks', () => {
  const overview = page('/aftaler/');
  const group = (id: string) => overview.root.querySelector(`#${id}-titel`)?.parentNode.querySelectorAll('h3 a').map((a) => fold(a.text)) ?? [];
  const byOrder = [...units].sort((a, b) => a.data.order - b.data.order);
  expect(group('hospitaler')).toEqual(byOrder.filter((u) => u.data.kind === 'hospital').map((u) => fold(u.data.name)));
  expect(group('andre-enheder')).toEqual(byOrder.filter((u) => u.data.kind !== 'hospital').map((u) => fold(u.data.name)));
  const text = fold(overview.root.querySelector('main')!.text);
  expect(text.split(BADGE).length - 1).toBe(units.filter((u) => hasSample(u.id)).length);
});
