/**
 * The editor's session can't be read from a material's page. dist/ is served by nginx with the repository's
 * configuration, with two host names mapped to it in Chromium: the site's and the editor's own. A stand-in session
 * is put in the editor's localStorage; an uploaded web page with a script that sends localStorage away stands in for
 * a material that slipped past the content check. On the site it only downloads (nothing runs, nothing is sent);
 * the same files on the editor's origin, as a control, do send the session – so the test can see a leak.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { distDir } from '../helpers/dist';
import { EDITOR_HOST, SITE_HOST, startNginx, type Nginx } from '../helpers/nginx';
import { launchChromium } from '../../scripts/chromium.mjs';

const SESSION = 'stand-in-session-7f3a9c';
const ATTACK_PAGE = '<!doctype html><title>Materiale</title><script src="proeve.js"></script>';
const ATTACK_SCRIPT = `const all = Object.keys(localStorage).map((k) => k + '=' + localStorage.getItem(k)).join('&');
fetch('/leak?' + encodeURIComponent(all || 'empty'));`;

let nginx: Nginx;
let root: string;
let browser: Browser;
let context: BrowserContext;
let port: string;

/** A folder of the copy whose files are links into dist/, so files can be added without touching dist/. */
function linkedFolder(name: string) {
  mkdirSync(join(root, name));
  for (const file of readdirSync(join(distDir, name)))
    symlinkSync(resolve(distDir, name, file), join(root, name, file));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rm-session-'));
  for (const name of readdirSync(distDir))
    if (name !== 'materialer' && name !== 'admin') symlinkSync(resolve(distDir, name), join(root, name));
  linkedFolder('materialer');
  linkedFolder('admin');
  for (const folder of ['materialer', 'admin']) {
    writeFileSync(join(root, folder, 'proeve.html'), ATTACK_PAGE);
    writeFileSync(join(root, folder, 'proeve.js'), ATTACK_SCRIPT);
  }
  nginx = await startNginx(root);
  port = new URL(nginx.url).port;
  browser = await launchChromium([`--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1, MAP ${EDITOR_HOST} 127.0.0.1`]);
  context = await browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true });
  // The editor has logged in: a stand-in for the session the CMS keeps in localStorage.
  const editor = await context.newPage();
  // Any page of the editor’s origin holds its localStorage (the CMS itself would try to reach the git host).
  await editor.goto(`https://${EDITOR_HOST}:${port}/admin/ingen-side`);
  await editor.evaluate((token) => localStorage.setItem('sveltia-cms.user', JSON.stringify({ token })), SESSION);
  await editor.close();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await nginx?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const log = () => readFileSync(nginx.accessLog, 'utf8');

test('control: a page on the editor’s origin could read the session and send it away', async () => {
  const page = await context.newPage();
  await page.goto(`https://${EDITOR_HOST}:${port}/admin/proeve.html`);
  await expect.poll(() => log().includes(`/leak?sveltia-cms.user%3D`)).toBe(true);
  expect(log()).toContain(SESSION);
  await page.close();
});

test('a material on the site only downloads: its script never runs and the session is never sent', async () => {
  const before = log();
  const page = await context.newPage();
  const download = page.waitForEvent('download');
  // An attachment is saved, not shown: Chromium aborts the navigation and starts a download instead.
  await page.goto(`https://${SITE_HOST}:${port}/materialer/proeve.html`).catch(() => undefined);
  expect((await download).suggestedFilename()).toBe('proeve.html');
  // The site's own origin holds no session either: the editor's lives on another origin.
  await page.goto(`https://${SITE_HOST}:${port}/`);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await page.close();
  const added = log().slice(before.length);
  expect(added).toMatch(/"GET \/materialer\/proeve\.html HTTP\/[\d.]+" 200/);
  expect(added).not.toContain('/materialer/proeve.js');
  expect(added).not.toContain('/leak');
});

test('the editor is not served on the site’s origin, and nothing of the site on the editor’s', async () => {
  const page = await context.newPage();
  const moved = page.waitForResponse((r) => r.url() === `https://${SITE_HOST}:${port}/admin/`);
  // The redirect leads to the editor's host on port 443, which the test does not serve: only the answer counts.
  await page.goto(`https://${SITE_HOST}:${port}/admin/`).catch(() => undefined);
  expect((await moved).status()).toBe(301);
  expect((await moved).headers().location).toBe(`https://${EDITOR_HOST}/admin/`);
  await page.close();
  const other = await context.newPage();
  const material = await other.goto(`https://${EDITOR_HOST}:${port}/materialer/proeve.html`);
  expect(material?.status()).toBe(404);
  await other.close();
});
