/**
 * From the browser editor to the built site, offline: the admin runs against its in-browser test repository
 * (a copy of content/), an editor creates a case with a photo, adds next year's measurement to an indicator and
 * changes an agreement; the files it saved are copied into a fixture and built with `astro build`, and the
 * built site shows all three. The entries are picked from the content at run time (the first track, the first
 * indicator in its file, the first agreement), so the test holds for any content the content check accepts.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse as parseHtml } from 'node-html-parser';
import type { BrowserContext, Page } from 'playwright-core';
import { startSite, type Site } from '../helpers/browser';
import { openAdmin, readTestFile, readTestRepository, seedTestRepository, useTestBackend } from '../helpers/cms';
import { buildFixture } from '../helpers/fixture-build';
import { fold } from '../helpers/text';
import { agreements, cases, contentDir, tracks } from '../helpers/site-content';
import { slugify } from '../../src/lib/slug.mjs';

/** The indicators as the file lists them: the editor opens the first one. */
const indicators = JSON.parse(readFileSync('content/data/indikatorer.json', 'utf8')) as {
  id: string;
  enhed: string;
  maalinger?: { aar: number; vaerdi: number }[];
}[];
const indicator = indicators[0]!;
const last = indicator.maalinger?.toSorted((a, b) => a.aar - b.aar).at(-1);
/** Next year's measurement: the same value as the last (so no check of jumps in a series objects), or 1. */
const measurement = { aar: last ? last.aar + 1 : 2025, vaerdi: last?.vaerdi ?? 1 };
const agreement = agreements[0]!;
const agreementId = agreement.file.replace(/^.*\/|\.md$/g, '');
const newTo = agreement.data.period.to + 1;

/** The first of `names` not taken in today's content, so the test never meets a case or photo an editor added. */
const firstFree = (names: (n: number) => string, taken: (name: string) => boolean) =>
  [...Array(100).keys()].map((i) => names(i + 1)).find((name) => !taken(name))!;
const caseTitle = firstFree(
  (n) => `Genbrugt plast i Randers${n > 1 ? ` ${n}` : ''}`,
  (title) => cases.some((c) => c.id === slugify(title)),
);
const caseSlug = slugify(caseTitle);
const photoName = firstFree(
  (n) => `legepladsen${n > 1 ? `-${n}` : ''}`,
  (name) => existsSync(join(contentDir, 'billeder', `${name}.png`)),
);

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

/**
 * Saves the open entry and waits until the editor has written each of `paths` anew into the test repository (on a
 * loaded machine that takes seconds; a fixed wait once moved on to the next entry before the last was saved).
 */
async function save(...paths: string[]) {
  const before = await Promise.all(paths.map((path) => readTestFile(page, path)));
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect
    .poll(
      async () => {
        if ((await page.getByText(/felt(er)? har fejl/).count()) > 0) return 'the editor refused the entry';
        const now = await Promise.all(paths.map((path) => readTestFile(page, path)));
        return paths.filter((_, i) => now[i] === undefined || now[i] === before[i]);
      },
      { timeout: 60_000, message: `the editor saves ${paths.join(', ')}` },
    )
    .toEqual([]);
  await shot('after-save');
}

test('an editor creates a case with a photo, adds a measurement and changes an agreement; the build shows them', async () => {
  // 1. A new case with a photo.
  await page.goto(`${site.url}/admin/#/collections/cases/new`);
  await page.getByRole('textbox', { name: 'Titel' }).fill(caseTitle);
  await page
    .getByRole('textbox', { name: 'Resumé' })
    .fill('Plast fra hospitalet blev samlet ind og genbrugt i en ny legeplads.');
  await page.getByRole('checkbox', { name: tracks[0]!.data.title, exact: true }).click();
  await page.getByRole('textbox', { name: 'Udgivet' }).fill('2026-11-26');
  await shot('case-1');
  await page.getByRole('button', { name: /Tilføj.*Kilder/ }).click();
  await page.getByRole('textbox', { name: 'Navn' }).fill('Region Midtjylland: Den cirkulære legeplads');
  await page.getByRole('textbox', { name: 'Adresse' }).fill('https://www.rm.dk/legepladsen/');
  await page.getByRole('checkbox', { name: /Tilføj.*Billede/ }).click();
  await page.getByRole('button', { name: 'Gennemse' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles({
    name: `${photoName}.png`,
    mimeType: 'image/png',
    buffer: readFileSync('tests/fixtures/legepladsen.png'),
  });
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
  await save(`content/cases/${caseSlug}.mdx`, `content/billeder/${photoName}.png`);

  // 2. Next year's measurement under the first indicator in the file, which the editor shows opened.
  await page.goto(`${site.url}/admin/#/collections/indikatorer/entries/indikatorer`);
  await press(page.getByRole('button', { name: /Tilføj.*Målinger/ }).first());
  // The new measurement is the one whose year is empty.
  const years = page.getByRole('spinbutton', { name: 'År' });
  await expect
    .poll(() => years.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).value === '').length), {
      timeout: 20_000,
    })
    .toBe(1);
  const index = await years.evaluateAll((els) => els.findIndex((e) => (e as HTMLInputElement).value === ''));
  await years.nth(index).fill(String(measurement.aar));
  // Typed the Danish way: a decimal comma.
  await page.getByRole('spinbutton', { name: 'Værdi' }).nth(index).fill(String(measurement.vaerdi).replace('.', ','));
  await press(page.getByRole('button', { name: /Tilføj.*Kilde/ }).nth(index));
  await shot('indicator-1');
  await page.getByRole('textbox', { name: 'Adresse' }).last().fill('https://www.rm.dk/klimaregnskab-2025/');
  await shot('indicator-2');
  await save('content/data/indikatorer.json');

  // 3. An agreement: a new contact role and one more year.
  await page.goto(`${site.url}/admin/#/collections/aftaler/entries/${agreementId}`);
  await page.getByRole('textbox', { name: 'Rolle' }).fill('Klimakoordinator skrevet i editoren');
  await page.getByRole('spinbutton', { name: 'Til', exact: true }).fill(String(newTo));
  await shot('agreement');
  await save(agreement.file);

  // What the editor saved: exactly the four files, nothing else touched.
  const repository = await readTestRepository(page);
  const changed = [...repository]
    .filter(([path, bytes]) => !existsSync(path) || !readFileSync(path).equals(bytes))
    .map(([path]) => path);
  expect(changed.sort()).toEqual(
    [
      agreement.file,
      `content/billeder/${photoName}.png`,
      `content/cases/${caseSlug}.mdx`,
      'content/data/indikatorer.json',
    ].sort(),
  );
  const savedIndicators = JSON.parse(repository.get('content/data/indikatorer.json')!.toString()) as {
    id: string;
    maalinger?: unknown[];
  }[];
  expect(savedIndicators[0]!.maalinger!.at(-1)).toEqual({
    ...measurement,
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

  const casePage = built(`cases/${caseSlug}/index.html`);
  expect(casePage).toContain(caseTitle);
  expect(casePage).toContain('Plasten blev sorteret på afdelingerne og samlet ind.');
  // The photo went through the image pipeline: served from /_astro/ in smaller, modern versions, with its text.
  const photo = parseHtml(casePage).querySelector('img[alt="Børn leger på et klatrestativ af genbrugt plast."]');
  expect(photo?.getAttribute('src'), 'the case page shows the uploaded photo').toMatch(
    new RegExp(`^/_astro/${photoName}\\.`),
  );
  expect(existsSync(join(build.outDir, photo!.getAttribute('src')!))).toBe(true);
  // The list of cases shows it, on whichever of its pages it falls. Headings carry soft hyphens (Danish
  // hyphenation); fold() reads the text as a person does.
  const more = join(build.outDir, 'cases', 'side');
  const listPages = existsSync(more) ? readdirSync(more).map((n) => `cases/side/${n}/index.html`) : [];
  expect(
    ['cases/index.html', ...listPages].some((path) => fold(parseHtml(built(path)).textContent).includes(caseTitle)),
  ).toBe(true);

  const row = `${[indicator.id, measurement.aar, measurement.vaerdi, indicator.enhed].join(',')},`;
  expect(
    built(`data/${indicator.id}.csv`)
      .split('\r\n')
      .filter((line) => line.startsWith(row)),
  ).toHaveLength(1);
  const chart = `grafer/${indicator.id}.svg`;
  if (existsSync(join('dist', chart))) expect(built(chart)).not.toBe(readFileSync(join('dist', chart), 'utf8'));
  else expect(existsSync(join(build.outDir, chart))).toBe(true);

  const agreementPage = built(`aftaler/${agreement.data.unitId}/index.html`);
  expect(agreementPage).toContain('Klimakoordinator skrevet i editoren');
  expect(agreementPage).toMatch(new RegExp(`${agreement.data.period.from}\\s*[–-]\\s*${newTo}`));
}, 300_000);
