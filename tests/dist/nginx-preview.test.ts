/**
 * A merge request's preview under Debian's nginx with deploy/nginx/preview.conf: each mr-<n> host name serves its
 * own built site from its own folder, marked noindex on every answer, with robots kept out, the hosting files and
 * the editor refused, and the site's own security headers.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { distDir } from '../helpers/dist';
import { fetchRaw, startNginx, type Nginx } from '../helpers/nginx';
import { headersForPath, locationRules, settingsFromEnv } from '../../src/lib/hosting/hosting';

const host = (n: number) => `mr-${n}.forhaandsvisning.baeredygtighed.rm.dk`;
let nginx: Nginx;
let previews: string;

beforeAll(async () => {
  // Two previews: merge request 7 is the built site; merge request 8 has not been deployed.
  previews = mkdtempSync(join(tmpdir(), 'rm-previews-'));
  symlinkSync(resolve(distDir), join(previews, 'mr-7'));
  mkdirSync(join(previews, 'mr-9', 'materialer'), { recursive: true });
  writeFileSync(join(previews, 'mr-9', 'materialer', 'rapport.pdf'), '%PDF-1.4\n%%EOF\n');
  nginx = await startNginx(previews, { config: 'deploy/nginx/preview.conf', serves: '/srv/baeredygtighed/previews' });
});
afterAll(async () => {
  await nginx?.close();
  rmSync(previews, { recursive: true, force: true });
});

const get = (path: string, n = 7) => fetchRaw(`${nginx.url}${path}`, { Host: host(n) });

test("a merge request's host serves its own site, with every answer marked noindex", async () => {
  const front = await get('/');
  expect(front.status).toBe(200);
  expect(front.body.toString()).toMatch(/^<!doctype html>/i);
  expect(front.headers['x-robots-tag']).toBe('noindex, nofollow');
  const missing = await get('/findes-ikke/');
  expect(missing.status).toBe(404);
  expect(missing.headers['x-robots-tag']).toBe('noindex, nofollow');
  expect(missing.body.toString()).toContain('Siden findes ikke');
});

test('robots are kept out, and the hosting files and the editor are not served', async () => {
  const robots = await get('/robots.txt');
  expect(robots.status).toBe(200);
  expect(robots.body.toString()).toBe('User-agent: *\nDisallow: /\n');
  for (const path of ['/_headers', '/_redirects', '/_nginx-server.conf', '/admin/', '/admin/config.yml'])
    expect((await get(path)).status, path).toBe(404);
});

// A page, the search page (WebAssembly), the materials page, and an uploaded material (a sandboxed download, served
// from merge request 9's preview, which holds one).
test.each(['/', '/soeg/', '/materialer/', '/materialer/rapport.pdf'])("%s has the site's own security headers, as hosting.ts gives them", async (path) => {
  const expected = headersForPath(locationRules(settingsFromEnv()), path);
  const answer = await get(path, path === '/materialer/rapport.pdf' ? 9 : 7);
  expect(answer.status).toBe(200);
  for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options'])
    expect(answer.headers[name.toLowerCase()], name).toBe(expected[name]);
  const disposition = expected['Content-Disposition'] === 'attachment' ? 'attachment' : undefined;
  expect(answer.headers['content-disposition'], 'Content-Disposition').toBe(disposition);
});

test('a merge request without a deployed preview, and any other host name, get nothing', async () => {
  expect((await get('/', 8)).status).toBe(404);
  const other = await fetchRaw(`${nginx.url}/`, { Host: 'baeredygtighed.rm.dk' });
  expect(other.status).not.toBe(200);
});

test('plain http only sends the reader to https', async () => {
  const answer = await fetchRaw(`${nginx.httpUrl}/spor/`, { Host: host(7) });
  expect(answer.status).toBe(301);
  expect(answer.headers.location).toBe(`https://${host(7)}/spor/`);
});
