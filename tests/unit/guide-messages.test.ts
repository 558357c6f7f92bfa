/**
 * The mistakes the editors' guide (content/README.md) explains give the messages it shows: each mistake, made in a
 * copy of the content on files of its own or on files picked at run time, gives exactly that Danish message from
 * the content check, with file, line and column. The test never reads the guide or names a real entry: what the
 * real guide must hold (every file its example messages name exists) is a rule of the content check
 * (src/lib/content-check/guide.ts), told when the site is built.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { allProblems, checkContentFiles } from '../../src/lib/content-check';
import { formatProblem } from '../../src/lib/errors';

const dir = '.tmp/guide-messages/content';
const shown = (file: string) => `content/${file}`;
let messages: string[];
const expected: string[] = [];

/** Line and column (1-based) of `needle` in `text`, plus `offset` characters. */
function position(text: string, needle: string, offset = 0, from: 'first' | 'last' = 'first') {
  const index = (from === 'first' ? text.indexOf(needle) : text.lastIndexOf(needle)) + offset;
  if (index < offset) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, index).split('\n');
  return `linje ${before.length}, kolonne ${before.at(-1)!.length + 1}`;
}
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
function edit(file: string, from: string | RegExp, to: string) {
  const text = read(file);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file} does not contain ${String(from)}`);
  write(file, next);
  return next;
}
/** The first file of a folder of the content copy, e.g. `spor/x.md`. */
const first = (folder: string, ext: string) =>
  `${folder}/${
    readdirSync(join(dir, folder))
      .filter((f) => f.endsWith(ext))
      .sort()[0]!
  }`;

/** A case of the fixture's own, valid unless `body` or `fields` make it wrong. */
function writeCase(name: string, { title, body = 'Teksten om casen.', fields = '' }: Record<string, string>) {
  const track = first('spor', '.md').replace(/^spor\/|\.md$/g, '');
  const text = `---
titel: ${title}
resume: Et resumé af casen, som den står i vejledningens eksempel.
spor: [${track}]
enheder: []
effekt: []
udgivet: 2026-11-26
kilder:
  - navn: Region Midtjylland
    url: https://www.rm.dk/
${fields}beskrivelse: En case skrevet til testen af vejledningens eksempler på fejlbeskeder fra indholdstjekket.
---

${body}
`;
  write(`cases/${name}`, text);
  return text;
}

beforeAll(() => {
  rmSync('.tmp/guide-messages', { recursive: true, force: true });
  mkdirSync('.tmp/guide-messages', { recursive: true });
  cpSync('content', dir, { recursive: true });

  // Syntax: a comma after the last item of a JSON list.
  const list = first('strategi', '.json');
  const listText = edit(list, /\}\s*\]\s*$/, '},\n]\n');
  expected.push(
    `${shown(list)}, ${position(listText, '},\n]', 1, 'last')}: er ikke gyldig JSON. Der er et komma efter det sidste punkt i en liste eller gruppe. Slet kommaet.`,
  );
  // A tab in the fields of a track.
  const track = first('spor', '.md');
  const trackText = edit(track, /^nummer: /m, '\tnummer: ');
  expected.push(
    `${shown(track)}, ${position(trackText, '\tnummer')}: har en fejl i felterne. Der er et tabulatortegn (Tab). Ryk ind med mellemrum i stedet.`,
  );
  // A colon in a title without quotes.
  const page = first('sider', '.mdx');
  const pageText = edit(page, /^titel: .*$/m, 'titel: Strategi: ståsted');
  expected.push(
    `${shown(page)}, ${position(pageText, 'Strategi: ståsted')}: har en fejl i felterne. Teksten efter feltnavnet indeholder et kolon. Sæt "anførselstegn" om hele teksten.`,
  );
  // { and < in MDX text.
  const braces = writeCase('vejledning-klammer.mdx', { title: 'Klammer', body: 'Vi sparede {10 %} af energien.' });
  expected.push(
    `content/cases/vejledning-klammer.mdx, ${position(braces, '{10 %}', 5)}: har en fejl i teksten: I MDX er { og } kode. Skriv \\{ og \\} for at vise tegnene som tekst – eller skriv teksten om uden klammer.`,
  );
  const less = writeCase('vejledning-mindre-end.mdx', {
    title: 'Mindre end',
    body: 'Under <5 % af maden går til spilde.',
  });
  expected.push(
    `content/cases/vejledning-mindre-end.mdx, ${position(less, '<5', 1)}: har en fejl i teksten: I MDX begynder < et tag. Skriv "under" eller "mindre end" i stedet for <, fx "under 5", eller skriv \\<.`,
  );
  // A field of the wrong type.
  const target = first('maal', '.json');
  const targetText = edit(target, /"frist": [^,\n}]+/, '"frist": "2030"');
  expected.push(
    `${shown(target)}, ${position(targetText, '"frist"')}: feltet "frist" er "2030", som ikke passer til nogen af de tilladte former. Skriv fristen som et årstal, fx 2030, eller "ikke angivet" hvis strategien ikke nævner en.`,
  );
  // Code and links that are not allowed.
  const script = writeCase('vejledning-script.mdx', { title: 'Script', body: '<script>alert(1)</script>' });
  expected.push(
    `content/cases/vejledning-script.mdx, ${position(script, '<script>')}: har et <script>-element, som kører JavaScript. Det er ikke tilladt i indhold: slet det.`,
  );
  const http = writeCase('vejledning-http.mdx', {
    title: 'Usikkert link',
    body: 'Læs [strategien](http://www.rm.dk/strategien/).',
  });
  expected.push(
    `content/cases/vejledning-http.mdx, ${position(http, '[strategien]')}: har et link, der ikke er tilladt: "http://www.rm.dk/strategien/" begynder med http://. Brug https://, så forbindelsen er sikker.`,
  );
  // Figures that are hardly right: 400.000, and a tenfold jump. Two indicators get measurements of the fixture's.
  const indicatorsFile = 'data/indikatorer.json';
  const indicators = JSON.parse(read(indicatorsFile)) as { id: string; enhed: string; maalinger?: unknown[] }[];
  const source = ['https://www.rm.dk/'];
  // A series of changes against a base year is not checked for jumps.
  const jumpy = indicators.slice(1).find((i) => i.enhed !== '% ift. basisår')!;
  indicators[0]!.maalinger = [{ aar: 2023, vaerdi: 123456789, kilde: source }];
  jumpy.maalinger = [
    { aar: 2022, vaerdi: 23, kilde: source },
    { aar: 2023, vaerdi: 240, kilde: source },
  ];
  write(indicatorsFile, `${JSON.stringify(indicators, null, 2)}\n`);
  const indicatorsText = edit(indicatorsFile, '123456789', '400.000');
  expected.push(
    `content/${indicatorsFile}, ${position(indicatorsText, '400.000')} (id "${indicators[0]!.id}"): feltet "maalinger[nr. 1, år 2023].vaerdi" er skrevet 400.000, som læses som 400 – punktum er decimaltegn her, ikke tusindtalsseparator. Mente du 400.000, så skriv 400000 (uden punktum). Har tallet virkelig tre decimaler, så skriv det med fire, fx 400.0000.`,
    `content/${indicatorsFile}, ${position(indicatorsText, '"vaerdi": 240')} (id "${jumpy.id}"): feltet "maalinger[nr. 2, år 2023].vaerdi" er 240, 10,4 gange større end året før (2022: 23). Det ligner en tastefejl: et nul for meget eller for lidt, eller punktum som tusindtalsseparator (skriv 400000, ikke 400.000). Er tallet rigtigt, så skriv "kontrolleret": true i målingen.`,
  );
  // File names and titles.
  writeCase('Grøn kantine.mdx', { title: 'Grøn kantine' });
  expected.push(
    'content/cases/Grøn kantine.mdx: har et filnavn, der ikke kan bruges som adresse. Brug små bogstaver a–z, tal og bindestreger, uden æ, ø, å og mellemrum: omdøb filen til groen-kantine.mdx.',
  );
  writeCase('vejledning-titel-a.mdx', { title: 'To cases med samme titel' });
  const twin = writeCase('vejledning-titel-b.mdx', { title: 'To cases med samme titel' });
  expected.push(
    `content/cases/vejledning-titel-b.mdx, ${position(twin, 'To cases')}: feltet "titel" er "To cases med samme titel", som også er titlen i content/cases/vejledning-titel-a.mdx. To sider med samme titel kan ikke skelnes: giv dem hver sin titel.`,
  );
  const quoted = writeCase('vejledning-citat.mdx', { title: '"”En titel i citationstegn”"' });
  expected.push(
    `content/cases/vejledning-citat.mdx, ${position(quoted, '"”')}: feltet "titel" står i anførselstegn (”…”), som ville blive vist på siden. Slet anførselstegnene om teksten.`,
  );
  // An address that was published and is gone, and a link to it.
  edit('data/adresser.json', /^\[/, '[\n  "/cases/vejledning-gammel-adresse/",');
  writeCase('vejledning-ny-adresse.mdx', { title: 'Ny adresse' });
  const link = writeCase('vejledning-link.mdx', {
    title: 'Et dødt link',
    body: 'Se [casen](/cases/vejledning-gammel-adresse/).',
  });
  expected.push(
    'content/data/adresser.json: Adressen /cases/vejledning-gammel-adresse/ er udgivet før, men findes ikke længere (er en fil omdøbt eller slettet?). Links og bogmærker til den ville give "Siden findes ikke". Tilføj en omdirigering i content/data/omdirigeringer.json, fx { "fra": "/cases/vejledning-gammel-adresse/", "til": "/cases/vejledning-ny-adresse/" }.',
    `content/cases/vejledning-link.mdx, ${position(link, '[casen]')}: har et link til /cases/vejledning-gammel-adresse/, som ikke findes på sitet. Tjek adressen på sitet, og ret linket.`,
  );
  // A photo that is not there.
  const photo = writeCase('vejledning-billede.mdx', {
    title: 'Et billede, der mangler',
    fields: 'billede:\n  fil: billeder/findes-ikke.jpg\n  alt: Et billede\n',
  });
  expected.push(
    `content/cases/vejledning-billede.mdx, ${position(photo, 'billeder/findes-ikke.jpg')}: feltet "billede.fil" er "billeder/findes-ikke.jpg", men der er ingen fil content/billeder/findes-ikke.jpg. Læg billedet dér, eller ret navnet.`,
  );

  const result = checkContentFiles({ root: process.cwd(), contentDir: dir });
  messages = allProblems(result).map((p) => formatProblem(p).split(`${dir}/`).join('content/'));
});

test('each mistake the guide explains gives its Danish message, with file, line and column', () => {
  expect(expected).toHaveLength(16);
  for (const message of expected) expect(messages, message).toContain(message);
});
