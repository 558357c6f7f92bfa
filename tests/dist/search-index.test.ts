/** The search index on the built site: sample content marked out of it, and the word list from the site's words. */
import { readFileSync } from 'node:fs';
import { fold } from '../helpers/text';
import { expect, test } from 'vitest';
import { distDir, page } from '../helpers/dist';
import { agreements, cases, materials, tracks } from '../helpers/site-content';

test.each(agreements.map((a) => [a.data.unitId, a] as const))(
  'every sample measure on the agreement of %s is left out of the index, and no real measure is',
  (unitId, agreement) => {
    const sampleTitles = new Set(
      Object.values(agreement.data.measuresByTrack)
        .flat()
        .filter((m) => m.sample)
        .map((m) => fold(m.title)),
    );
    const measures = page(`/aftaler/${unitId}/`).root.querySelectorAll('section li.card:has(h4)');
    expect(measures.length).toBe(Object.values(agreement.data.measuresByTrack).flat().length);
    for (const measure of measures) {
      const title = fold(measure.querySelector('h4')!.text);
      expect(measure.hasAttribute('data-pagefind-ignore'), title).toBe(sampleTitles.has(title));
    }
  },
);

test.each(cases.map((c) => [c.id, c.data.sample ?? false] as const))('the case %s is a page of the index unless it is sample content (%s)', (id, sample) => {
  expect(page(`/cases/${id}/`).html.includes('data-pagefind-body')).toBe(!sample);
});

test("the materials' download lines (format and size) are left out of the index", () => {
  const lines = page('/materialer/')
    .root.querySelectorAll('a[download]')
    .map((a) => a.parentNode);
  expect(lines.length).toBe(materials.length);
  for (const line of lines) expect(line.hasAttribute('data-pagefind-ignore')).toBe(true);
});

test("the index's word list is sorted and holds the words of every track's name", () => {
  const words: string[] = JSON.parse(readFileSync(`${distDir}/pagefind/ord.json`, 'utf8'));
  expect(words).toEqual([...words].sort());
  for (const track of tracks) {
    const named = fold(track.data.title).toLocaleLowerCase('da').match(/\p{L}{3,}/gu) ?? [];
    expect(words, track.id).toEqual(expect.arrayContaining(named));
  }
});
