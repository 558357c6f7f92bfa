/** The search index on the built site: sample content marked out of it, and the word list with roots and parts. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { distDir, pages } from '../helpers/dist';

const page = (path: string) => pages.find((p) => p.path === path)!;

test('every sample block on an agreement is left out of the index, and no real measure is', () => {
  const agreement = page('/aftaler/psykiatrien/');
  const measures = agreement.root.querySelectorAll('section li.card');
  expect(measures.length).toBeGreaterThan(0);
  for (const measure of measures) {
    const isSample = measure.text.includes('Eksempel – erstattes af enhedens aftale');
    expect(measure.hasAttribute('data-pagefind-ignore'), measure.querySelector('h3')?.text).toBe(isSample);
  }
});

test('a sample case is not a page of the index; a real one is', () => {
  expect(page('/cases/eksempel-job-paa-saerlige-vilkaar/').html).not.toContain('data-pagefind-body');
  expect(page('/cases/flergangsinstrumenter/').html).toContain('data-pagefind-body');
});

test("the materials' download lines (format and size) are left out of the index", () => {
  const lines = page('/materialer/')
    .root.querySelectorAll('a[download]')
    .map((a) => a.parentNode);
  expect(lines.length).toBeGreaterThan(3);
  for (const line of lines) expect(line.hasAttribute('data-pagefind-ignore')).toBe(true);
});

test("the index's word list holds the site's words with their roots and compound parts", () => {
  const words: string[] = JSON.parse(readFileSync(`${distDir}/pagefind/ord.json`, 'utf8'));
  // "cykler" is on the mobility track; "cykel" is its root. "madspildskonsulenter" gives "madspild", "spild".
  expect(words).toEqual(
    expect.arrayContaining(['cykler', 'cykel', 'engangssæt', 'sæt', 'madspild', 'spild', 'konsulent']),
  );
  expect(words).toEqual([...words].sort());
  // Sample text is not in it.
  expect(words).not.toContain('energigennemgang');
});
