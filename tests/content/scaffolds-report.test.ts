/**
 * The scaffolds write files the next build accepts, and the content report lists exactly the sample entries and
 * the stale data of the fixture content. One build, with the date pinned by SOURCE_DATE_EPOCH.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { buildFixture, FIXTURE_CONTENT, prepareFixture, type FixtureBuild } from '../helpers/fixture-build';
import { fold } from '../helpers/text';

const NAME = 'scaffolds-report';
let build: FixtureBuild;
let scaffoldOutput: string[] = [];

beforeAll(async () => {
  const f = prepareFixture(NAME, { from: FIXTURE_CONTENT });
  const ny = (...args: string[]) => execFileSync(process.execPath, ['scripts/ny.mjs', ...args], { env: { ...process.env, CONTENT_DIR: f.contentDir }, encoding: 'utf8' });
  scaffoldOutput = [
    ny('case', 'Ny case om genbrug af hjælpemidler'),
    ny('materiale', 'Slides om strategien'),
    ny('maaling', 'genanvendelse-affald', '2026', '26', 'https://www.rm.dk/'),
  ];
  // An agreement past its period.
  f.replace('aftaler/midtvask.md', /^ {2}fra: 2025\n {2}til: 2026$/m, '  fra: 2023\n  til: 2024');
  // A preview build: a scaffolded case is sample content until its "eksempel: true" line goes, and a production
  // build never shows sample content (tests/content/sample-switch.test.ts).
  build = await buildFixture(NAME, { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 1) / 1000), PREVIEW: '1' });
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
  expect(fold(casePage.querySelector('main')!.text)).toContain('Prøveindhold: Dette gode eksempel viser, hvordan et eksempel fra sporet kommer til at se ud');
  expect(fold(parse(readFileSync(`${build.outDir}/materialer/index.html`, 'utf8')).text)).toContain('Slides om strategien');
  expect(readFileSync(`${build.outDir}/data/genanvendelse-affald.csv`, 'utf8')).toContain('genanvendelse-affald,2026,26,%,,nej,https://www.rm.dk/,');
});

test('the report lists exactly the sample entries and the stale data', () => {
  const page = parse(readFileSync(`${build.outDir}/redaktion/index.html`, 'utf8'));
  // Each item: what to do in words, the page it concerns and its entry in the browser editor.
  const section = (id: string) =>
    page
      .getElementById(`${id}-titel`)!
      .parentNode.querySelectorAll('li')
      // An item is a sentence and a list of its links; the links' own list items are not items.
      .filter((li) => li.querySelector('p'))
      .map((li) => {
        const link = (label: string) => li.querySelectorAll('a').find((a) => fold(a.text) === label)?.getAttribute('href');
        return { text: fold(li.querySelector('p')!.text), page: link('Se siden'), editor: link('Ret i editoren') };
      });
  const editor = (collection: string, slug: string) => `/admin/#/collections/${collection}/entries/${slug}`;
  const agreements = readFileSync(`${build.contentDir}/data/enheder.json`, 'utf8');
  expect(section('eksempler')).toHaveLength(JSON.parse(agreements).length + 2);
  expect(section('eksempler').filter((item) => item.editor?.includes('/collections/cases/'))).toEqual([
    {
      text: 'Casen "Eksempel: Flere job på særlige vilkår" er et eksempel.',
      page: '/cases/eksempel-job-paa-saerlige-vilkaar/',
      editor: editor('cases', 'eksempel-job-paa-saerlige-vilkaar'),
    },
    {
      text: 'Casen "Ny case om genbrug af hjælpemidler" er et eksempel.',
      page: '/cases/ny-case-om-genbrug-af-hjaelpemidler/',
      editor: editor('cases', 'ny-case-om-genbrug-af-hjaelpemidler'),
    },
  ]);
  for (const item of section('eksempler')) expect(item.text).not.toMatch(/content\/|\.json|\.mdx?\b/);
  expect(section('uden-maalinger').map((item) => item.page)).toEqual(
    [
      'co2-affaldsomraadet',
      'energiforbrug',
      'vandforbrug',
      'groenne-drivmidler-biler',
      'kollektiv-trafik-co2-neutral',
      'arbejdsulykker',
      'ansatte-saerlige-vilkaar',
    ].map((id) => `/maal/#maal-${id}`),
  );
  for (const item of section('uden-maalinger')) {
    expect(item.editor).toBe(editor('indikatorer', 'indikatorer'));
    expect(item.text).toMatch(/^Målet ".+" har ingen målinger: tilføj dem i editoren under "Indikatorer og målinger", ved indikatoren ".+"\.$/);
  }
  // Pinned to 2026: 2023 and 2020 are more than two years old; genanvendelse got a 2026 figure from the scaffold.
  expect(section('gamle-maalinger').map((item) => item.text)).toEqual([
    'Indikatoren "Regionens samlede klimaaftryk" har senest en måling fra 2023: tilføj en nyere, når den er offentliggjort.',
    'Indikatoren "CO2 fra varer og tjenesteydelser, ændring fra 2018" har senest en måling fra 2020: tilføj en nyere, når den er offentliggjort.',
  ]);
  expect(section('udloebne-aftaler')).toEqual([
    { text: 'Aftalen for midtVask gjaldt til 2024.', page: '/aftaler/midtvask/', editor: editor('aftaler', 'midtvask') },
  ]);
  expect(section('cases-mangler').every((item) => item.text.endsWith('har intet billede.') && item.page && item.editor)).toBe(true);
  expect(build.output).toContain('[indhold] Redaktionens liste – det her trænger til opmærksomhed:');
  expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  expect(page.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
});
