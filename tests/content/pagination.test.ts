/**
 * Long case lists are split into static pages of 24, linked with plain links and rel="prev"/"next": a build of
 * the content with 30 more cases in one track and one unit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, expect, test } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, prepareFixture, type FixtureBuild } from '../helpers/fixture-build';

const unit = (JSON.parse(readFileSync(join(FIXTURE_CONTENT, 'data/enheder.json'), 'utf8')) as { id: string }[])[0]!.id;
const extra = 30;
let build: FixtureBuild;
const html = (path: string) => parse(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));

beforeAll(async () => {
  const f = prepareFixture('paginated', { from: FIXTURE_CONTENT });
  for (let i = 0; i < extra; i += 1) {
    f.write(
      `cases/ekstra-${String(i).padStart(2, '0')}.mdx`,
      `---\ntitel: "Ekstra case ${i}"\nresume: "En case, der kun findes i testen af sidedelingen (nummer ${i})."\nspor: [mobilitet-og-transport]\nenheder: [${unit}]\naar: 2021\nkilder:\n  - navn: "Region Midtjylland"\n    url: https://www.rm.dk/\nbeskrivelse: "En case nummer ${i}, som kun findes i testen af, hvordan lange lister deles i sider."\n---\n\nTekst.\n`,
    );
  }
  build = await buildFixture('paginated');
  expect(build.status, build.output).toBe(0);
});

const lists = ['/cases/', '/cases/spor/mobilitet-og-transport/', `/cases/enhed/${unit}/`];

test.each(lists)('%s is split into pages of at most 24, each case on exactly one page', (base) => {
  const shown: string[] = [];
  let path: string | undefined = base;
  const seen: string[] = [];
  while (path) {
    seen.push(path);
    const root = html(path);
    const links = root.querySelectorAll('main ul.grid li a').map((a) => a.getAttribute('href')!).filter((h) => /^\/cases\/[^/]+\/$/.test(h));
    expect(links.length, path).toBeLessThanOrEqual(24);
    expect(links.length, path).toBeGreaterThan(0);
    shown.push(...new Set(links));
    const next = root.querySelector('head link[rel="next"]')?.getAttribute('href');
    const prev = root.querySelector('head link[rel="prev"]')?.getAttribute('href');
    expect(prev, path).toBe(seen.at(-2));
    // The same neighbours as plain links in the page, for every reader.
    expect(root.querySelector('main a[rel="next"]')?.getAttribute('href')).toBe(next);
    expect(root.querySelector('main a[rel="prev"]')?.getAttribute('href')).toBe(prev);
    if (seen.length > 1) expect(root.querySelector('title')!.text).toMatch(new RegExp(`side ${seen.length} af \\d+`));
    path = next;
  }
  expect(seen.length).toBeGreaterThan(1);
  expect(seen[1]).toBe(`${base}side/2/`);
  expect(new Set(shown).size).toBe(shown.length);
  // Every case page, not the address of a sample case a production build keeps only as a page that leads on.
  const cases = readdirSync(join(build.outDir, 'cases'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !['side', 'spor', 'enhed'].includes(e.name))
    .filter((e) => !readFileSync(join(build.outDir, 'cases', e.name, 'index.html'), 'utf8').includes('http-equiv="refresh"'));
  if (base === '/cases/') expect(shown.length).toBe(cases.length);
  else expect(shown.filter((h) => h.startsWith('/cases/ekstra-')).length).toBe(extra);
});
