/** The checks publish:check runs over a built site, on small sites made here: every problem in Danish. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { siteProblems } from '../../scripts/site-check.mjs';

const page = (body: string) =>
  `<!doctype html><html lang="da"><head><title>Side</title></head><body><main>${body}</main></body></html>`;

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-check-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const url = 'https://baeredygtighed.rm.dk/';

test('a site whose links, budgets and addresses hold has no problems', () => {
  const dir = site({
    'index.html': page(
      '<a href="/cases/">Cases</a> <a href="/cases/#liste">Listen</a> <a href="https://www.rm.dk/">RM</a>' +
        ' <a href="/admin/#/collections/cases/entries/ny">Ret i editoren</a>',
    ),
    'cases/index.html': page('<h2 id="liste">Liste</h2>'),
    'admin/index.html': '<!doctype html><title>Editor</title>',
    'cases/gammel/index.html':
      '<!doctype html><meta http-equiv="refresh" content="0; url=/cases/"><a href="/cases/">Videre</a>',
    'adresser.json': JSON.stringify(['/', '/cases/', '/cases/gammel/']),
  });
  expect(siteProblems(dir, url)).toEqual([]);
});

test('a dead link, a missing section, a page missing from adresser.json and a vanished address are named in Danish', () => {
  const dir = site({
    'index.html': page('<a href="/cases/x/">X</a> <a href="/cases/#findes-ikke">Y</a>'),
    'cases/index.html': page(''),
    'maal/index.html': page(''),
    'adresser.json': JSON.stringify(['/', '/cases/', '/spor/gammelt/']),
  });
  expect(siteProblems(dir, url)).toEqual([
    '/: linket til /cases/x/ fører ikke til en side på sitet. Ret linket, eller tilføj en omdirigering.',
    '/: linket til /cases/#findes-ikke peger på et afsnit, der ikke findes på siden. Ret linket.',
    '/maal/: siden mangler i adresser.json. Byg igen; står fejlen der stadig, så sig det til udviklerne.',
    '/spor/gammelt/ er udgivet før, men findes ikke i det byggede site. Tilføj en omdirigering i content/data/omdirigeringer.json.',
  ]);
});

test('without adresser.json the build is asked for again', () => {
  const dir = site({ 'index.html': page('') });
  expect(siteProblems(dir, url)).toEqual([
    'adresser.json mangler i det byggede site: bygningen skriver den selv. Byg igen.',
  ]);
});
