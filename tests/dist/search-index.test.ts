/** The search index on the built site: sample content marked out of it, and the word list with roots and parts. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { fold } from '../helpers/text';
import { expect, test } from 'vitest';
import { distDir, pages } from '../helpers/dist';

const page = (path: string) => pages.find((p) => p.path === path)!;

test('no sample measure is on an agreement page of a production build, and every measure there is indexed', () => {
  // Which measures are sample content, as the content file says ("eksempel: true").
  const source = readFileSync('content/aftaler/psykiatrien.md', 'utf8').split(/^---$/m)[1]!;
  const measuresByTrack = (parseYaml(source) as { indsatser: Record<string, { titel: string; eksempel?: boolean }[]> }).indsatser;
  const sampleTitles = new Set(Object.values(measuresByTrack).flat().filter((m) => m.eksempel).map((m) => m.titel));
  for (const measure of page('/aftaler/psykiatrien/').root.querySelectorAll('section li.card:has(h4)')) {
    const title = fold(measure.querySelector('h4')!.text);
    expect(sampleTitles.has(title), title).toBe(false);
    expect(measure.hasAttribute('data-pagefind-ignore'), title).toBe(false);
  }
});

test('every published case is a page of the index', () => {
  const published = readdirSync('content/cases').filter((f) => !/^eksempel:\s*true\s*$/m.test(readFileSync(`content/cases/${f}`, 'utf8')));
  expect(published.length).toBeGreaterThan(0);
  for (const file of published) expect(page(`/cases/${file.replace(/\.mdx?$/, '')}/`).html).toContain('data-pagefind-body');
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
