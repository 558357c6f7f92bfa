/**
 * From the browser editor to the built site, offline: the admin runs against its in-browser test repository
 * (a copy of content/), an editor creates a case with a photo, adds next year's measurement to an indicator and
 * changes an agreement; the files it saved are copied into a fixture and built with `astro build`, and the
 * built site shows all three.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse as parseHtml } from 'node-html-parser';
import type { BrowserContext, Page } from 'playwright-core';
import { startSite, type Site } from '../helpers/browser';
import { openAdmin, readTestRepository, seedTestRepository, useTestBackend } from '../helpers/cms';
import { buildFixture } from '../helpers/fixture-build';
import { fold } from '../helpers/text';

const fixture = 'cms-e2e';
const root = join('.tmp', 'fixtures', fixture);
let site: Site;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await startSite({ withHeaders: true });
  // Tall enough to show the whole case form: the CMS draws a field's inputs only once it is in view.
  context = await site.browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 2000 } });
  await useTestBackend(context);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${site.url}/`);
  await seedTestRepository(page, 'content');
  await openAdmin(page, site.url);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

async function shot(name: string) {
  await page.screenshot({ path: `.tmp/admin-e2e-${name}.png` });
}

/** Presses a button from the keyboard (a sticky toolbar may cover it for the mouse). */
async function press(button: ReturnType<Page['getByRole']>) {
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Saves the open entry and waits until the editor says so. */
async function save() {
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.waitForTimeout(1500);
  await shot('after-save');
  expect(await page.getByText(/felt(er)? har fejl/).count()).toBe(0);
}

test('an editor creates a case with a photo, adds a measurement and changes an agreement; the build shows them', async () => {
  // 1. A new case with a photo.
  await page.goto(`${site.url}/admin/#/collections/cases/new`);
  await page.getByRole('textbox', { name: 'Titel' }).fill('Genbrugt plast i Randers');
  await page
    .getByRole('textbox', { name: 'Resumé' })
    .fill('Plast fra hospitalet blev samlet ind og genbrugt i en ny legeplads.');
  await page.getByRole('checkbox', { name: 'Ansvarligt forbrug' }).click();
  await page.getByRole('textbox', { name: 'Udgivet' }).fill('2026-11-26');
  await shot('case-1');
  await page.getByRole('button', { name: /Tilføj.*Kilder/ }).click();
  await page.getByRole('textbox', { name: 'Navn' }).fill('Region Midtjylland: Den cirkulære legeplads');
  await page.getByRole('textbox', { name: 'Adresse' }).fill('https://www.rm.dk/legepladsen/');
  await page.getByRole('checkbox', { name: /Tilføj.*Billede/ }).click();
  await page.getByRole('button', { name: 'Gennemse' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles('tests/fixtures/legepladsen.png');
  await page.waitForTimeout(1000);
  await shot('browse');
  await dialog.getByRole('button', { name: 'Indsæt' }).click();
  await page
    .getByRole('textbox', { name: 'Alternativ tekst' })
    .fill('Børn leger på et klatrestativ af genbrugt plast.');
  await page
    .getByRole('textbox', { name: 'Beskrivelse til søgemaskiner' })
    .fill('Plast fra Regionshospitalet Randers blev genbrugt i en ny legeplads. Et eksempel på cirkulær økonomi.');
  await page.getByRole('textbox', { name: 'Tekst', exact: true }).first().click();
  await page.keyboard.type('Plasten blev sorteret på afdelingerne og samlet ind.');
  await shot('case-2');
  await save();

  // 2. Next year's measurement under the indicator "Regionens samlede klimaaftryk".
  await page.goto(`${site.url}/admin/#/collections/indikatorer/entries/indikatorer`);
  // The indicator is the first in the file, opened; the editor draws list items as they come into view, so the
  // new (empty) measurement is the last one drawn.
  const indicators = JSON.parse(readFileSync('content/data/indikatorer.json', 'utf8')) as {
    id: string;
    maalinger: { aar: number }[];
  }[];
  expect(indicators[0]!.id).toBe('klimaaftryk');
  await press(page.getByRole('button', { name: /Tilføj.*Målinger/ }).first());
  // The new measurement is the one whose year is empty.
  const years = page.getByRole('spinbutton', { name: 'År' });
  await expect
    .poll(() => years.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).value === '').length))
    .toBe(1);
  const index = await years.evaluateAll((els) => els.findIndex((e) => (e as HTMLInputElement).value === ''));
  await years.nth(index).fill('2025');
  await page.getByRole('spinbutton', { name: 'Værdi' }).nth(index).fill('371234');
  await press(page.getByRole('button', { name: /Tilføj.*Kilde/ }).nth(index));
  await shot('indicator-1');
  await page.getByRole('textbox', { name: 'Adresse' }).last().fill('https://www.rm.dk/klimaregnskab-2025/');
  await shot('indicator-2');
  await save();

  // 3. The agreement with Psykiatrien: a new contact role and one more year.
  await page.goto(`${site.url}/admin/#/collections/aftaler/entries/psykiatrien`);
  await page.getByRole('textbox', { name: 'Rolle' }).fill('Klimakoordinator i Psykiatrien');
  await page.getByRole('spinbutton', { name: 'Til', exact: true }).fill('2027');
  await shot('agreement');
  await save();

  // What the editor saved: exactly the four files, nothing else touched.
  const repository = await readTestRepository(page);
  const changed = [...repository]
    .filter(([path, bytes]) => !existsSync(path) || !readFileSync(path).equals(bytes))
    .map(([path]) => path);
  expect(changed.sort()).toEqual([
    'content/aftaler/psykiatrien.md',
    'content/billeder/legepladsen.png',
    'content/cases/genbrugt-plast-i-randers.mdx',
    'content/data/indikatorer.json',
  ]);
  const savedIndicators = JSON.parse(repository.get('content/data/indikatorer.json')!.toString()) as {
    id: string;
    maalinger?: unknown[];
  }[];
  expect(savedIndicators[0]!.maalinger!.at(-1)).toEqual({
    aar: 2025,
    vaerdi: 371234,
    kilde: ['https://www.rm.dk/klimaregnskab-2025/'],
    afledt: false,
    kontrolleret: false,
  });

  // The saved files, built as the merge request's preview is (PREVIEW=1, so that a contact or period still marked as
  // sample content shows too): a copy of the project's content and public files with the editor's files on top.
  rmSync(root, { recursive: true, force: true });
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('public', join(root, 'public'), { recursive: true });
  for (const path of changed) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), repository.get(path)!);
  }
  const build = await buildFixture(fixture, { PUBLIC_DIR: join(root, 'public'), PREVIEW: '1' });
  expect(build.status, build.output.slice(-2000)).toBe(0);
  const built = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  const casePage = built('cases/genbrugt-plast-i-randers/index.html');
  expect(casePage).toContain('Genbrugt plast i Randers');
  expect(casePage).toContain('Plasten blev sorteret på afdelingerne og samlet ind.');
  // The photo went through the image pipeline: served from /_astro/ in smaller, modern versions, with its text.
  const photo = parseHtml(casePage).querySelector('img[alt="Børn leger på et klatrestativ af genbrugt plast."]');
  expect(photo?.getAttribute('src'), 'the case page shows the uploaded photo').toMatch(/^\/_astro\/legepladsen\./);
  expect(existsSync(join(build.outDir, photo!.getAttribute('src')!))).toBe(true);
  // Headings carry soft hyphens (Danish hyphenation); fold() reads the text as a person does.
  expect(fold(built('cases/index.html'))).toContain('Genbrugt plast i Randers');

  expect(built('data/klimaaftryk.csv')).toMatch(/^klimaaftryk,2025,371234,t CO2e,/m);
  expect(built('grafer/klimaaftryk.svg')).not.toBe(readFileSync('dist/grafer/klimaaftryk.svg', 'utf8'));

  const agreement = built('aftaler/psykiatrien/index.html');
  expect(agreement).toContain('Klimakoordinator i Psykiatrien');
  expect(agreement).toMatch(/2025\s*[–-]\s*2027/);
}, 300_000);
