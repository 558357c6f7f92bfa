/**
 * A merge request's preview under Debian's nginx with deploy/nginx/preview.conf: each mr-<n> host name serves its
 * own built site from its own folder, marked noindex on every answer, with robots kept out, the hosting files and
 * the editor refused, and the site's own security headers.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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

test("the site's own security headers, as hosting.ts gives them for pages", async () => {
  const expected = headersForPath(locationRules(settingsFromEnv()), '/');
  const front = await get('/');
  for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options'])
    expect(front.headers[name.toLowerCase()], name).toBe(expected[name]);
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
