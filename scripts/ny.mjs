/**
 * Scaffolds for the communications staff. Each writes a file the next build accepts, with every field and a
 * comment on each, marked as sample content where it stands in for real content until it is edited.
 *
 *   npm run ny -- case "Titel"                          → content/cases/<titel>.mdx
 *   npm run ny -- materiale "Titel"                     → content/materialer/<titel>.json
 *   npm run ny -- maaling <indikator> <år> <værdi> <kilde-url>   → a new year in content/data/indikatorer.json
 *
 * CONTENT_DIR points it at another content folder (the tests use this).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { contentDir, contentPath } from '../src/lib/content/paths.mjs';
import { slugify } from '../src/lib/slug.mjs';
import { parseDanishNumber } from './danish-number.mjs';

const [kind, ...args] = process.argv.slice(2);

function fail(message) {
  console.error(`Fejl: ${message}`);
  process.exit(1);
}

/** "Den Cirkulære Legeplads i Randers" → "den-cirkulaere-legeplads-i-randers", at most 60 characters. */
function fileId(title) {
  return slugify(title).slice(0, 60).replace(/-+$/, '');
}

const yamlString = (text) => JSON.stringify(text);

function newFile(folder, title, extension) {
  if (!title?.trim()) fail(`skriv en titel i anførselstegn, fx: npm run ny -- ${kind} "Min titel"`);
  const id = fileId(title);
  if (!id) fail(`titlen "${title}" giver ikke et filnavn. Brug bogstaver eller tal.`);
  const file = contentPath(folder, `${id}.${extension}`);
  if (existsSync(file)) fail(`${file} findes allerede. Vælg en anden titel, eller ret den fil.`);
  return file;
}

function writeCase(title) {
  const file = newFile('cases', title, 'mdx');
  writeFileSync(
    file,
    `---
# Ny case. Ret hvert felt, og slet linjen "eksempel: true", når casen er klar. Vejledning: content/README.md
# Titlen, som den står øverst på siden.
titel: ${yamlString(title)}
# Én eller to sætninger: hvad blev gjort, og hvad gav det. Vises i lister og i RSS.
resume: "Skriv her kort, hvad der blev gjort, og hvad det gav."
# Sporene, casen hører til: ansvarligt-forbrug, energi-og-byggeri, mobilitet-og-transport, social-ansvarlighed, ledelse-og-styring.
spor: [ansvarligt-forbrug]
# Enhederne bag casen (id'er fra content/data/enheder.json), eller [] for hele regionen.
enheder: []
# Tallene: vaerdi (et tal), enhed, og hvad tallet er og sammenlignes med. Slet listen, hvis der ikke er tal.
effekt:
  - vaerdi: 0
    enhed: "%"
    hvad: "Skriv, hvad tallet er, og hvad det sammenlignes med."
# Hvornår, som kilden skriver det, fx "2024" eller "februar 2020 – juni 2021". Slet linjen, hvis kilden ikke siger det.
periode: "Skriv perioden her"
# Året, casen sorteres efter og dateres efter i RSS-feedet. Slet linjen, hvis kilden ikke siger det.
# aar: 2024
# Dagen, casen kom på sitet. RSS-feedet bruger den, når der ikke er et "aar".
udgivet: ${new Date().toISOString().slice(0, 10)}
# Kilderne: navn og fuld adresse. Mindst én.
kilder:
  - navn: "Skriv kildens navn"
    url: https://www.rm.dk/
# Et billede i content/billeder/ med en tekst om, hvad det viser (valgfrit). Det bliver gjort mindre af sig selv.
# billede:
#   fil: billeder/mit-billede.jpg
#   alt: "Skriv, hvad billedet viser."
# Markerer casen som eksempel, indtil den er skrevet færdig. Slet linjen, når casen er klar.
eksempel: true
# 50–170 tegn til søgemaskiner og deling.
beskrivelse: "Skriv en kort beskrivelse af casen til søgemaskiner og deling – mellem 50 og 170 tegn."
---

Skriv casen her med egne ord: hvad var udfordringen, hvad gjorde man, og hvad gav det?
`,
  );
  registerAddress(`/cases/${fileId(title)}/`);
  return file;
}

function writeMaterial(title) {
  // JSON, as the browser editor reads and writes materials (its collection "materialer" is JSON): one format for both.
  const file = newFile('materialer', title, 'json');
  const material = {
    titel: title,
    beskrivelse: 'Skriv her, hvad materialet er, og hvad det kan bruges til.',
    type: 'dokument',
    fil: '/dokumenter/strategien.pdf',
  };
  writeFileSync(file, `${JSON.stringify(material, null, 2)}\n`);
  return file;
}

function addMeasurement([indicatorId, yearText, valueText, url]) {
  if (!indicatorId || !yearText || !valueText || !url)
    fail(
      'skriv: npm run ny -- maaling <indikator> <år> <værdi> <kilde-url>, fx: npm run ny -- maaling klimaaftryk 2024 380000 https://www.rm.dk/…',
    );
  const file = contentPath('indikatorer');
  const indicators = JSON.parse(readFileSync(file, 'utf8'));
  const indicator = indicators.find((i) => i.id === indicatorId);
  if (!indicator)
    fail(`der er ingen indikator "${indicatorId}" i ${file}. Brug et af: ${indicators.map((i) => i.id).join(', ')}.`);
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    fail(`året "${yearText}" skal være et årstal mellem 1990 og 2100.`);
  const number = parseDanishNumber(valueText);
  if (!number.ok) fail(`værdien ${number.message}`);
  const value = number.value;
  if (!/^https?:\/\//.test(url)) fail(`kilden "${url}" skal være en fuld adresse, der begynder med https://.`);
  if (indicator.maalinger.some((m) => m.aar === year))
    fail(`indikatoren "${indicatorId}" har allerede en måling for ${year}. Ret den i ${file}.`);
  // A list of sources, as the browser editor writes it.
  indicator.maalinger.push({ aar: year, vaerdi: value, kilde: [url] });
  indicator.maalinger.sort((a, b) => a.aar - b.aar);
  writeFileSync(file, `${JSON.stringify(indicators, null, 2)}\n`);
  return file;
}

/** A new case has a new address: it goes in the address registry, so that it can never silently disappear. */
function registerAddress(path) {
  const file = `${contentDir}/data/adresser.json`;
  if (!existsSync(file)) return;
  const addresses = JSON.parse(readFileSync(file, 'utf8'));
  if (!addresses.includes(path)) writeFileSync(file, `${JSON.stringify([...addresses, path].sort(), null, 2)}\n`);
}

const actions = {
  case: () => writeCase(args.join(' ')),
  materiale: () => writeMaterial(args.join(' ')),
  maaling: () => addMeasurement(args),
};
if (!actions[kind]) fail('skriv hvad der skal laves: case, materiale eller maaling. Fx: npm run ny -- case "Titel"');
const written = actions[kind]();
console.log(`Skrevet: ${written}. Ret felterne, og se resultatet med npm run dev.`);
