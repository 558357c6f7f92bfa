/** The search index on the built site: sample content out of it, and the word list from the site's words. */
import { readFileSync } from 'node:fs';
import { fold } from '../helpers/text';
import { expect, test } from 'vitest';
import { distDir, page } from '../helpers/dist';
import { agreements, cases, materials, tracks } from '../helpers/site-content';

test.each(agreements.map((a) => [a.data.unitId, a] as const))(
  'no sample measure is on the agreement page of %s in a production build, and every measure there is indexed',
  (unitId, agreement) => {
    const all = Object.values(agreement.data.measuresByTrack).flat();
    const realTitles = new Set(all.filter((m) => !m.sample).map((m) => fold(m.title)));
    const measures = page(`/aftaler/${unitId}/`).root.querySelectorAll('section li.card:has(h4)');
    expect(measures.length).toBe(all.filter((m) => !m.sample).length);
    for (const measure of measures) {
      const title = fold(measure.querySelector('h4')!.text);
      expect(realTitles.has(title), title).toBe(true);
      expect(measure.hasAttribute('data-pagefind-ignore'), title).toBe(false);
    }
  },
);

test('every published case is a page of the index', () => {
  for (const c of cases.filter((c) => !c.data.sample)) expect(page(`/cases/${c.id}/`).html, c.id).toContain('data-pagefind-body');
});

test("the materials' download lines (format and size) are left out of the index", () => {
  const lines = page('/materialer/')
    .root.querySelectorAll('a[download]')
    .map((a) => a.parentNode);
  // Every material, and every poster in both sizes (a material that is a poster is listed once, with the posters).
  expect(lines.length).toBeGreaterThanOrEqual(materials.length);
  for (const line of lines) expect(line.hasAttribute('data-pagefind-ignore'), line.toString()).toBe(true);
});

test("the index's word list is sorted and holds the words of every track's name", () => {
  const words: string[] = JSON.parse(readFileSync(`${distDir}/pagefind/ord.json`, 'utf8'));
  expect(words).toEqual([...words].sort());
  for (const track of tracks) {
    const named = fold(track.data.title).toLocaleLowerCase('da').match(/\p{L}{3,}/gu) ?? [];
    expect(words, track.id).toEqual(expect.arrayContaining(named));
  }
});
