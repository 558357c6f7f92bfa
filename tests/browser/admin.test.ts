/**
 * The browser editor at /admin/, served with the headers of dist/_headers: it loads nothing from other sites
 * (only the configured git host may be asked), it checks what an editor types against the schema's rules with
 * Danish messages and refuses to save a wrong entry, and axe finds nothing, of any impact, on its login screen or
 * in an edit form.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { startSite, viewports, type Site } from '../helpers/browser';
import { openAdmin, readTestFile, readTestRepository, seedTestRepository, useTestBackend } from '../helpers/cms';
import { backendFromEnv, gitOrigins } from '../../src/lib/cms/config';
import { targets, tracks } from '../helpers/site-content';

/** The git host the build wrote into the admin (CMS_GIT_HOST, default https://gitlab.com). */
const gitHosts = gitOrigins(backendFromEnv(process.env));
let site: Site;

beforeAll(async () => {
  site = await startSite({ withHeaders: true });
});
afterAll(async () => {
  await site?.close();
});

async function withPage(run: (page: Page, context: BrowserContext) => Promise<void>, testRepository = false) {
  const context = await site.browser.newContext({ locale: 'da-DK', viewport: viewports.desktop });
  try {
    if (testRepository) await useTestBackend(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await run(page, context);
  } finally {
    await context.close();
  }
}

/** Every axe finding, of any impact: the editor's pages are held to WCAG 2.1 AA like the site's. */
async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

test('/admin/ is served with a CSP of its own that allows exactly the git host', async () => {
  const response = await fetch(`${site.url}/admin/`);
  const csp = response.headers.get('content-security-policy') ?? '';
  const directive = (name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? '';
  expect(
    directive('connect-src')
      .split(' ')
      .filter((s) => s.startsWith('http')),
  ).toEqual(gitHosts);
  // WebAssembly: the CMS makes WebP of an uploaded photo with it.
  expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  expect(directive('font-src')).toBe("font-src 'self'");
  expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  const html = await response.text();
  expect(html).toContain('<html lang="da">');
  expect([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1])).toEqual([
    '/favicon.svg',
    '/admin/config.yml',
    '/admin/cms/cms.js',
  ]);
});

test('opening /admin/ asks no other origin than the git host for anything', async () => {
  await withPage(async (page, context) => {
    const requests: string[] = [];
    const elsewhere: string[] = [];
    // Every request the browser would send: our own go through, the git host's and anything else are stopped here.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      requests.push(url);
      if (new URL(url).origin === site.url) return route.continue();
      if (!gitHosts.includes(new URL(url).origin)) elsewhere.push(url);
      return route.abort();
    });
    await context.addInitScript(() => {
      (window as unknown as { blocked: string[] }).blocked = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { blocked: string[] }).blocked.push(e.blockedURI),
      );
    });
    await page.goto(`${site.url}/admin/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: /Log ind med.*GitLab/ }).waitFor();
    expect(elsewhere).toEqual([]);
    // Its fonts and Danish strings come from our own files.
    expect(requests.some((url) => /\/admin\/cms\/assets\/source-sans-3-[^/]+\.woff2$/.test(url))).toBe(true);
    expect(requests.some((url) => /\/admin\/cms\/chunks\/da-[A-Z0-9]+\.js$/.test(url))).toBe(true);
    expect(await page.getByText('Log ind med adgangstoken').count()).toBe(1);
    // The CMS asks gitlab.com's status page (another site) whether GitLab is up; the CSP stops it in the browser.
    const blocked = await page.evaluate(() => (window as unknown as { blocked: string[] }).blocked);
    expect(blocked.filter((url) => !url.startsWith('https://status-api.hostedstatus.com/'))).toEqual([]);
  });
});

test('axe finds nothing on the login screen, and the page can be zoomed', async () => {
  await withPage(async (page) => {
    await page.goto(`${site.url}/admin/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: /Log ind med.*GitLab/ }).waitFor();
    expect(await axe(page)).toEqual([]);
    expect(await page.locator('meta[name="viewport"]').last().getAttribute('content')).not.toMatch(
      /maximum-scale|user-scalable/,
    );
  });
});

test('a value the schema rejects gives a Danish message in the form, and nothing is saved', async () => {
  await withPage(async (page) => {
    await page.goto(`${site.url}/`);
    await seedTestRepository(page, 'content');
    await openAdmin(page, site.url);
    await page.goto(`${site.url}/admin/#/collections/cases/new`);
    await page.getByRole('textbox', { name: 'Titel' }).fill('En case med fejl');
    await page.getByRole('spinbutton', { name: 'År' }).fill('1850');
    await page.getByRole('textbox', { name: 'Beskrivelse til søgemaskiner' }).fill('For kort.');
    await page.getByRole('button', { name: /Tilføj.*Kilder/ }).click();
    await page.getByRole('textbox', { name: 'Adresse' }).fill('www.rm.dk');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByText(/felter har fejl/).waitFor();
    const form = await page.locator('main, body').first().innerText();
    expect(form).toContain('Dette felt skal udfyldes.'); // Resumé and Spor are missing
    expect(form).toContain('Skriv en fuld adresse, der begynder med https://.'); // the schema's own message
    expect(form).toContain('Værdien skal være større end eller lig med 1.990.'); // År below the schema's minimum
    expect(form).toContain('Du skal indtaste mindst 50 tegn.'); // the description is under the schema's 50
    await page.screenshot({ path: '.tmp/admin-validation.png' });
    const repository = await readTestRepository(page);
    expect([...repository.keys()].filter((path) => path.startsWith('content/cases/en-case'))).toEqual([]);
  }, true);
});

test('fields the form does not show stay in the file when an entry is saved', async () => {
  await withPage(async (page) => {
    await page.goto(`${site.url}/`);
    await seedTestRepository(page, 'content');
    await openAdmin(page, site.url);
    // A target's "frist" (a year or "ikke angivet") is not in the form; its note is. Any target and track will do.
    const target = targets[0]!;
    const track = tracks[0]!;
    await page.goto(`${site.url}/admin/#/collections/maal/entries/${target.id}`);
    await page.getByRole('textbox', { name: 'Note' }).fill('En note skrevet i editoren.');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    const saved = async (path: string) => (await readTestFile(page, path)) ?? '';
    await expect.poll(() => saved(target.file)).toContain('En note skrevet i editoren.');
    // A track's ambitions (sentences and targets) are not in the form; its description is.
    await page.goto(`${site.url}/admin/#/collections/spor/entries/${track.id}`);
    await page.reload();
    const description = page.getByRole('textbox', { name: 'Beskrivelse til søgemaskiner' });
    await description.fill(`${(await description.inputValue()).slice(0, 160)} Ny.`);
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect.poll(() => saved(track.file)).toMatch(/ Ny\.\n/);
    const repository = await readTestRepository(page);
    const savedTarget = JSON.parse(repository.get(target.file)!.toString()) as Record<string, unknown>;
    const original = JSON.parse(readFileSync(target.file, 'utf8')) as Record<string, unknown>;
    expect(savedTarget.note).toBe('En note skrevet i editoren.');
    expect(savedTarget.frist).toBe(original.frist);
    const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    const savedTrack = frontmatter(repository.get(track.file)!.toString());
    const before = frontmatter(readFileSync(track.file, 'utf8'));
    expect(savedTrack.beskrivelse).toMatch(/ Ny\.$/);
    expect(savedTrack.ambitioner).toEqual(before.ambitioner);
  }, true);
});
