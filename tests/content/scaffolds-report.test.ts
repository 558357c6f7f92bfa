/**
 * The scaffolds write files the next build accepts, and the content report lists exactly the sample entries and
 * the stale data of the fixture content. One build, with the date pinned by SOURCE_DATE_EPOCH.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { buildFixture, prepareFixture, type FixtureBuild } from '../helpers/fixture-build';
import { fold } from '../helpers/text';

const NAME = 'scaffolds-report';
let build: FixtureBuild;
let scaffoldOutput: string[] = [];

beforeAll(async () => {
  const f = prepareFixture(NAME);
  const ny = (...args: string[]) => execFileSync(process.execPath, ['scripts/ny.mjs', ...args], { env: { ...process.env, CONTENT_DIR: f.contentDir }, encoding: 'utf8' });
  scaffoldOutput = [
    ny('case', 'Ny case om genbrug af hjælpemidler'),
    ny('materiale', 'Slides om strategien'),
    ny('maaling', 'genanvendelse-affald', '2026', '26', 'https://www.rm.dk/'),
  ];
  // An agreement past its period.
  f.replace('aftaler/midtvask.md', /^ {2}fra: 2025\n {2}til: 2026$/m, '  fra: 2023\n  til: 2024');
  build = await buildFixture(NAME, { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 1) / 1000) });
});

test('each scaffold says what it wrote, and the build accepts the new files', () => {
  expect(scaffoldOutput.map((line) => line.trim())).toEqual([
    expect.stringMatching(/^Skrevet: \.tmp\/fixtures\/scaffolds-report\/content\/cases\/ny-case-om-genbrug-af-hjaelpemidler\.mdx\./),
    expect.stringMatching(/^Skrevet: \.tmp\/fixtures\/scaffolds-report\/content\/materialer\/slides-om-strategien\.json\./),
    expect.stringMatching(/^Skrevet: \.tmp\/fixtures\/scaffolds-report\/content\/data\/indikatorer\.json\./),
  ]);
  expect(build.status, build.output).toBe(0);
  const casePage = parse(readFileSync(`${build.outDir}/cases/ny-case-om-genbrug-af-hjaelpemidler/index.html`, 'utf8'));
  expect(fold(casePage.querySelector('h1')!.text)).toBe('Ny case om genbrug af hjælpemidler');
  expect(fold(casePage.querySelector('main')!.text)).toContain('Prøveindhold: Casen viser, hvordan en case fra sporet kommer til at se ud');
  expect(readFileSync(`${build.outDir}/materialer/index.html`, 'utf8')).toContain('Slides om strategien');
  expect(readFileSync(`${build.outDir}/data/genanvendelse-affald.csv`, 'utf8')).toContain('genanvendelse-affald,2026,26,%,,nej,https://www.rm.dk/,');
});

test('the report lists exactly the sample entries and the stale data', () => {
  const page = parse(readFileSync(`${build.outDir}/redaktion/index.html`, 'utf8'));
  const section = (id: string) =>
    page
      .getElementById(`${id}-titel`)!
      .parentNode.querySelectorAll('li')
      .map((li) => fold(li.text).split(`${build.contentDir}/`).join('content/'));
  const agreements = readFileSync('content/data/enheder.json', 'utf8');
  expect(section('eksempler')).toHaveLength(JSON.parse(agreements).length + 2);
  expect(section('eksempler').filter((line) => line.startsWith('content/cases/'))).toEqual([
    'content/cases/eksempel-job-paa-saerlige-vilkaar.mdx: Casen "Eksempel: Flere job på særlige vilkår" er et eksempel.',
    'content/cases/ny-case-om-genbrug-af-hjaelpemidler.mdx: Casen "Ny case om genbrug af hjælpemidler" er et eksempel.',
  ]);
  expect(section('uden-maalinger').map((line) => line.split(':')[0])).toEqual([
    'content/maal/co2-affaldsomraadet.json',
    'content/maal/energiforbrug.json',
    'content/maal/vandforbrug.json',
    'content/maal/groenne-drivmidler-biler.json',
    'content/maal/kollektiv-trafik-co2-neutral.json',
    'content/maal/arbejdsulykker.json',
    'content/maal/ansatte-saerlige-vilkaar.json',
  ]);
  // Pinned to 2026: 2023 and 2020 are more than two years old; genanvendelse got a 2026 figure from the scaffold.
  expect(section('gamle-maalinger')).toEqual([
    'content/data/indikatorer.json: Indikatoren "klimaaftryk" (Regionens samlede klimaaftryk): den seneste måling er fra 2023.',
    'content/data/indikatorer.json: Indikatoren "co2-varer-og-tjenesteydelser" (CO2 fra varer og tjenesteydelser, ændring fra 2018): den seneste måling er fra 2020.',
  ]);
  expect(section('udloebne-aftaler')).toEqual(['content/aftaler/midtvask.md: Aftalen for midtVask gjaldt til 2024.']);
  expect(section('cases-mangler').every((line) => line.endsWith('har intet billede.'))).toBe(true);
  expect(build.output).toContain('[indhold] Redaktionens liste – det her trænger til opmærksomhed:');
  expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  expect(page.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
});
