/**
 * The browser editor is honest, tried in its in-browser test repository as an editor would: it speaks Danish in an
 * English browser, saves numbers typed the Danish way as what they mean (or refuses them in Danish), keeps a saved
 * case's address, makes redirects, saves `{` so that the build takes it, and takes only files the build publishes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startSite, type Site } from '../helpers/browser';
import {
  listTestRepository,
  readTestFile,
  readTestRepository,
  seedTestRepository,
  useTestBackend,
} from '../helpers/cms';
import { checkBody } from '../../src/lib/content-check/body';
import { agreements, cases, targets, tracks, units } from '../helpers/site-content';
import { slugify } from '../../src/lib/slug.mjs';
import { UNSAVED_QUESTION } from '../../src/admin/escape-asks';

let site: Site;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await startSite({ withHeaders: true });
  // An English browser: the editor must still speak Danish.
  context = await site.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 2000 } });
  await useTestBackend(context);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${site.url}/`);
  await seedTestRepository(page, 'content');
  await page.goto(`${site.url}/admin/`);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

const shot = (name: string) => page.screenshot({ path: `.tmp/admin-honest-${name}.png` });
const saved = (path: string) => readTestFile(page, path);
/** Opens an editor route by way of the editor's start, so that opening the entry already shown opens it afresh. */
async function open(url: string) {
  await page.goto(`${site.url}/admin/#/`);
  await page.waitForTimeout(300);
  await page.goto(url);
}
/** Saves the entry. The notice of an earlier save may still be showing, so what was written is read by polling. */
async function save() {
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.getByText('Dokumentet er gemt.').first().waitFor();
}
/** The saved file's value, read until it is what the editor should have written. */
const savedValue = (path: string) => async () => JSON.parse((await saved(path)) ?? '{}').vaerdi as unknown;

test('an English browser gets the Danish editor', async () => {
  await page.getByRole('button', { name: 'Arbejd med testrepository' }).click();
  await page.getByRole('searchbox', { name: /Søg efter indhold/ }).waitFor();
  await expect.poll(() => page.getByText('Samlinger', { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  expect(await page.locator('html').getAttribute('lang')).toMatch(/^da/);
  await shot('danish');
});

test('12,5 and 390.000 are saved as 12.5 and 390000; 12.5, which reads two ways, is refused in Danish', async () => {
  // Any target whose value is free (a "klimaneutral" target's is 0).
  const picked = targets.find((t) => t.data.kind !== 'klimaneutral')!;
  const target = picked.file;
  const entry = `${site.url}/admin/#/collections/maal/entries/${picked.id}`;
  const value = () => page.getByRole('spinbutton', { name: 'Målværdi', exact: true });
  const typeIn = async (text: string) => {
    await value().fill('');
    await value().pressSequentially(text);
  };
  await open(entry);
  await typeIn('12,5');
  await save();
  await expect.poll(savedValue(target), { timeout: 20_000 }).toBe(12.5);

  await open(entry);
  await typeIn('390.000');
  await save();
  await expect.poll(savedValue(target), { timeout: 20_000 }).toBe(390000);

  await open(entry);
  await typeIn('12.5');
  await expect
    .poll(() => page.getByRole('alert').filter({ hasText: 'kan både læses som et decimaltal' }).count())
    .toBe(1);
  await shot('number-refused');
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.waitForTimeout(1000);
  expect(JSON.parse((await saved(target))!).vaerdi).toBe(390000);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('spinbutton');
});

test('a saved case keeps its address: no slug editing, and a new title keeps the file', async () => {
  const existing = cases[0]!;
  const file = `content/cases/${existing.id}.mdx`;
  await page.goto(`${site.url}/admin/#/collections/cases/entries/${existing.id}`);
  await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('En helt ny titel på casen');
  // The entry's two menus (the editor's and the content's), opened: neither offers to edit the address.
  const offered: string[] = [];
  for (const name of [/^Vis editorindstillinger$/, /^Vis indholdsmuligheder/]) {
    await page.getByRole('button', { name }).first().click();
    await page.waitForTimeout(300);
    offered.push(...(await page.getByRole('menuitem').allInnerTexts()).map((t) => t.trim()));
    await shot(`case-menu-${offered.length}`);
    await page.keyboard.press('Escape');
  }
  expect(offered.length).toBeGreaterThan(0);
  expect(offered.filter((item) => /slug/i.test(item))).toEqual([]);
  await shot('case-menu');
  await save();
  await expect.poll(async () => (await saved(file)) ?? '', { timeout: 20_000 }).toContain('En helt ny titel på casen');
  const repository = await readTestRepository(page);
  expect([...repository.keys()].filter((p) => p.startsWith('content/cases/')).sort()).toEqual(
    cases.map((c) => `content/cases/${c.id}.mdx`).sort(),
  );
});

test('a redirect is made in the editor, and an address that is not one is refused in Danish', async () => {
  await page.goto(`${site.url}/admin/#/collections/adresser/entries/omdirigeringer`);
  await page
    .getByRole('button', { name: /Tilføj/ })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'Fra', exact: true }).last().fill('cases/gammelt-navn');
  await page.getByRole('textbox', { name: 'Til', exact: true }).last().fill(`/cases/${cases[0]!.id}/`);
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.getByText('Skriv en adresse på sitet, der begynder og slutter med /').first().waitFor();
  await shot('redirect-refused');
  await page.getByRole('textbox', { name: 'Fra', exact: true }).last().fill('/cases/gammelt-navn/');
  await save();
  const redirects = JSON.parse((await saved('content/data/omdirigeringer.json'))!) as { fra: string; til: string }[];
  expect(redirects.at(-1)).toEqual({ fra: '/cases/gammelt-navn/', til: `/cases/${cases[0]!.id}/` });
});

test('the list of units says, under the list, which files refer to each unit', async () => {
  await page.goto(`${site.url}/admin/#/collections/enheder/entries/enheder`);
  const hint = page.getByText(/^Slet ikke en enhed, som andre filer henviser til/);
  await hint.waitFor();
  await shot('units-hint');
  const text = await hint.innerText();
  const agreement = agreements[0]!;
  const unit = units.find((u) => u.id === agreement.data.unitId)!;
  expect(text).toMatch(new RegExp(`${unit.data.name}: [^;]*${agreement.file.replace(/^content\//, '')}`));
});

test('{ and <5 typed in the text editor are saved so that the build takes them', async () => {
  const existing = cases[0]!;
  await page.goto(`${site.url}/admin/#/collections/cases/entries/${existing.id}`);
  await page.getByRole('textbox', { name: 'Tekst', exact: true }).first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Målet {2030} tog <5 t.');
  await save();
  await expect
    .poll(async () => (await saved(`content/cases/${existing.id}.mdx`)) ?? '', { timeout: 20_000 })
    .toContain('2030');
  const text = (await saved(`content/cases/${existing.id}.mdx`))!;
  const body = text.split(/^---$/m).slice(2).join('---');
  expect(body).toContain('\\{2030\\}');
  expect(checkBody(`content/cases/${existing.id}.mdx`, body, 1, true).problems).toEqual([]);
});

test('a new case gets the address the scaffolds would give it: æ, ø and å as ae, oe and aa', async () => {
  const title = 'Ærø Sø Å';
  await page.goto(`${site.url}/admin/#/collections/cases/new`);
  await page.getByRole('textbox', { name: 'Titel' }).fill(title);
  await page.getByRole('textbox', { name: 'Resumé' }).fill('En case om øerne, søerne og åerne i regionen.');
  await page.getByRole('checkbox', { name: tracks[0]!.data.title, exact: true }).click();
  await page.getByRole('textbox', { name: 'Udgivet' }).fill('2026-11-26');
  await page.getByRole('button', { name: /Tilføj.*Kilder/ }).click();
  await page.getByRole('textbox', { name: 'Navn' }).fill('Region Midtjylland');
  await page.getByRole('textbox', { name: 'Adresse' }).fill('https://www.rm.dk/');
  await page
    .getByRole('textbox', { name: 'Beskrivelse til søgemaskiner' })
    .fill('En case om øerne, søerne og åerne i regionen, skrevet for at se, hvilken adresse den får.');
  await page.getByRole('textbox', { name: 'Tekst', exact: true }).first().click();
  await page.keyboard.type('Øerne, søerne og åerne.');
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  const added = async () =>
    (await listTestRepository(page)).filter(
      (path) => path.startsWith('content/cases/') && !cases.some((c) => c.file === path),
    );
  await expect.poll(added).toHaveLength(1);
  await shot('danish-slug');
  expect(slugify(title)).toBe('aeroe-soe-aa');
  expect(await added()).toEqual([`content/cases/${slugify(title)}.mdx`]);
});

test('Escape asks in Danish before it closes an entry with unsaved changes, and asks nothing without', async () => {
  const entry = `${site.url}/admin/#/collections/cases/entries/${cases[0]!.id}`;
  const questions: string[] = [];
  let answer = false;
  const onDialog = async (dialog: import('playwright-core').Dialog) => {
    questions.push(`${dialog.type()}: ${dialog.message()}`);
    await (answer ? dialog.accept() : dialog.dismiss());
  };
  page.on('dialog', onDialog);
  try {
    // No changes: Escape asks nothing.
    await open(entry);
    const title = page.getByRole('textbox', { name: 'Titel', exact: true });
    await title.waitFor();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    expect(questions).toEqual([]);

    // A change: Escape asks; "Annuller" keeps the entry open with the change.
    await open(entry);
    await title.fill('En titel, der ikke er gemt');
    // The editor has taken the change: its save button is enabled.
    await expect
      .poll(() => page.getByRole('button', { name: 'Gem', exact: true }).isEnabled(), { timeout: 10_000 })
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => questions.length, { timeout: 10_000 }).toBe(1);
    expect(questions[0]).toBe(`confirm: ${UNSAVED_QUESTION}`);
    expect(page.url()).toBe(entry);
    expect(await title.inputValue()).toBe('En titel, der ikke er gemt');
    await shot('escape-kept');

    // Asked again and answered OK: the entry closes, and the change is not saved.
    answer = true;
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toMatch(/#\/collections\/cases$/);
    expect(questions).toHaveLength(2);
    expect(await saved(cases[0]!.file)).not.toContain('En titel, der ikke er gemt');
  } finally {
    page.off('dialog', onDialog);
  }
});

test('the preview shows numbers in Danish in an English browser: 1.234.567,5, and a year as it is', async () => {
  const picked = targets.find((t) => t.data.kind !== 'klimaneutral')!;
  await page.goto(`${site.url}/admin/#/collections/maal/entries/${picked.id}`);
  const value = page.getByRole('spinbutton', { name: 'Målværdi', exact: true });
  await value.fill('');
  await value.pressSequentially('1234567,5');
  await expect.poll(() => page.getByText('1.234.567,5', { exact: true }).count(), { timeout: 20_000 }).toBe(1);
  expect(await page.getByText('1,234,567.5', { exact: true }).count()).toBe(0);
  await shot('preview-number');

  const years = JSON.parse(readFileSync('content/data/indikatorer.json', 'utf8'))
    .flatMap((i: { maalinger?: { aar: number }[] }) => i.maalinger ?? [])
    .map((m: { aar: number }) => m.aar) as number[];
  if (!years.length) return; // no measurement to show
  await page.goto(`${site.url}/admin/#/collections/indikatorer/entries/indikatorer`);
  await expect
    .poll(() => page.getByText(String(years[0]), { exact: true }).count(), { timeout: 20_000 })
    .toBeGreaterThan(0);
  const grouped = (n: number) => [n.toLocaleString('en-US'), n.toLocaleString('da-DK')].filter((t) => t !== String(n));
  for (const text of grouped(years[0]!)) expect(await page.getByText(text, { exact: true }).count(), text).toBe(0);
});

test('the file widget takes only what the build publishes: an .html upload is refused', async () => {
  await page.goto(`${site.url}/admin/#/collections/materialer/new`);
  await page.getByRole('button', { name: 'Gennemse' }).first().click();
  const dialog = page.getByRole('dialog');
  const input = dialog.locator('input[type=file]');
  expect(await input.getAttribute('accept')).toContain('.pdf');
  expect(await input.getAttribute('accept')).not.toContain('html');
  await input.setInputFiles({
    name: 'side.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<script>alert(1)</script>'),
  });
  await page.waitForTimeout(1000);
  await shot('html-upload');
  await expect.poll(() => page.getByRole('alert').filter({ hasText: 'side.html kan ikke bruges her' }).count()).toBe(1);
  expect(await dialog.getByText('side.html', { exact: true }).count()).toBe(0);
  expect((await listTestRepository(page)).filter((p) => p.endsWith('.html'))).toEqual([]);
});
