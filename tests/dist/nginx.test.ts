/**
 * The built site served by Debian's nginx with the repository's configuration (deploy/nginx/site.conf and the
 * files the build writes from src/lib/hosting/hosting.ts), checked with real requests over TLS.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir, distFiles } from '../helpers/dist';
import { agreements, tracks } from '../helpers/site-content';
import { EDITOR_HOST, fetchRaw, startNginx, type Answer, type Nginx } from '../helpers/nginx';
import { headersForPath, locationRules, SECURITY_HEADER_NAMES, settingsFromEnv } from '../../src/lib/hosting/hosting';
import { headersFor, parseHeadersFile } from '../../scripts/headers.mjs';

const rules = locationRules(settingsFromEnv());
const redirects = readFileSync(join(distDir, '_redirects'), 'utf8').trim().split('\n').map((line) => line.split(' '));
const shortLink = redirects.find(([from]) => /^\/k\/[^/]+$/.test(from!))!;
const script = distFiles.find((f) => /^_astro\/.+\.js$/.test(f))!;

let nginx: Nginx;
let root: string;
beforeAll(async () => {
  // Until the web CMS is built, a stand-in page at /admin/ shows the headers nginx gives it.
  root = mkdtempSync(join(tmpdir(), 'rm-site-'));
  for (const name of readdirSync(distDir))
    if (name !== 'materialer') symlinkSync(resolve(distDir, name), join(root, name));
  // Materials: the built ones, and two uploads that stand in for any (a web page among them, had one slipped through).
  mkdirSync(join(root, 'materialer'));
  if (existsSync(join(distDir, 'materialer')))
    for (const name of readdirSync(join(distDir, 'materialer')))
      symlinkSync(resolve(distDir, 'materialer', name), join(root, 'materialer', name));
  writeFileSync(join(root, 'materialer', 'proeve.pdf'), '%PDF-1.7\n');
  writeFileSync(join(root, 'materialer', 'proeve.html'), '<!doctype html><script src="proeve.js"></script>');
  if (!existsSync(join(distDir, 'admin'))) {
    mkdirSync(join(root, 'admin'));
    writeFileSync(join(root, 'admin', 'index.html'), '<!doctype html><title>CMS</title>');
  }
  // The build writes no JSON big enough to compress (Pagefind's entry file is under 256 bytes); one stands in.
  writeFileSync(join(root, 'proeve.json'), JSON.stringify({ cases: Array.from({ length: 50 }, (_, i) => ({ id: i, title: `Case ${i}` })) }));
  // The site's own CSS is inline in each page; a stylesheet file stands in for any the host serves.
  writeFileSync(join(root, 'proeve.css'), Array.from({ length: 50 }, (_, i) => `.case-${i} { margin: ${i}px; }`).join('\n'));
  nginx = await startNginx(root);
});
afterAll(async () => {
  await nginx?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetchRaw(nginx.url + path, headers);
/** A request to the editor's own host name. */
const getEditor = (path: string) => fetchRaw(nginx.url + path, { host: EDITOR_HOST });

/** Every kind of answer: a page, an asset, a PDF, the search index, the 404 page, a short link, an error of nginx's own. */
const samples: [string, string, number][] = [
  ['HTML page', '/', 200],
  ['/_astro/ asset', `/${script}`, 200],
  ['PDF', '/dokumenter/strategien.pdf', 200],
  ['search index', '/pagefind/pagefind-entry.json', 200],
  ['404 page', '/findes-ikke/', 404],
  ['short link', shortLink[0]!, 301],
  ['folder without a page', '/_astro/', 404],
  ['search page', '/soeg/', 200],
  ['materials page', '/materialer/', 200],
  ['material', '/materialer/proeve.pdf', 200],
];

describe('every answer carries every security header', () => {
  const table: string[] = [];
  afterAll(() => {
    const names = ['Status', ...SECURITY_HEADER_NAMES, 'Cache-Control'];
    console.log([`| path | ${names.join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`, ...table].join('\n'));
  });
  test.each(samples)('%s: %s', async (_kind, path, status) => {
    const answer = await get(path);
    expect(answer.status).toBe(status);
    const expected = headersForPath(rules, path);
    for (const name of SECURITY_HEADER_NAMES) expect(answer.headers[name.toLowerCase()], name).toBe(expected[name]);
    table.push(
      `| ${path} | ${answer.status} | ${SECURITY_HEADER_NAMES.map((n) => (answer.headers[n.toLowerCase()] === expected[n] ? 'yes' : 'NO')).join(' | ')} | ${answer.headers['cache-control'] ?? '–'} |`,
    );
  });
});

test('the CMS is served on its own host name, with its headers, and nothing else of the site is', async () => {
  const answer = await getEditor('/admin/');
  expect(answer.status).toBe(200);
  const expected = headersForPath(rules, '/admin/');
  for (const name of SECURITY_HEADER_NAMES) expect(answer.headers[name.toLowerCase()], name).toBe(expected[name]);
  expect((await getEditor('/')).headers.location).toBe('/admin/');
  for (const path of ['/spor/', '/materialer/proeve.html', '/materialer/proeve.pdf', '/soeg/'])
    expect((await getEditor(path)).status, path).toBe(404);
  // On the site's own host name, /admin/ is sent to the editor's.
  const moved = await get('/admin/');
  expect(moved.status).toBe(301);
  expect(moved.headers.location).toBe(`https://${EDITOR_HOST}/admin/`);
});

test('a material comes as a download with a sandboxing CSP; the materials page is a page', async () => {
  for (const path of ['/materialer/proeve.pdf', '/materialer/proeve.html']) {
    const answer = await get(path);
    expect(answer.status, path).toBe(200);
    expect(answer.headers['content-disposition'], path).toBe('attachment');
    expect(answer.headers['content-security-policy'], path).toBe("sandbox; default-src 'none'; frame-ancestors 'none'");
    expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
  }
  const page = await get('/materialer/');
  expect(page.headers['content-type']).toMatch(/^text\/html/);
  expect(page.headers['content-disposition']).toBe('inline');
  expect(page.body.toString()).toBe(readFileSync(join(distDir, 'materialer', 'index.html'), 'utf8'));
  expect((await get('/materialer')).headers.location).toBe('/materialer/');
});

test("only the search page and its worker may run WebAssembly ('wasm-unsafe-eval')", async () => {
  for (const path of ['/soeg/', '/pagefind/pagefind-worker.js'])
    expect((await get(path)).headers['content-security-policy'], path).toContain("'wasm-unsafe-eval'");
  for (const path of ['/', '/materialer/', `/${script}`])
    expect((await get(path)).headers['content-security-policy'], path).not.toContain('wasm-unsafe-eval');
});

test('the CMS at /admin/ may talk to exactly one git host, the configured one', async () => {
  const csp = (await getEditor('/admin/')).headers['content-security-policy'] as string;
  const origins = new Set(csp.match(/https:\/\/[^\s;]+/g));
  expect([...origins]).toEqual([settingsFromEnv().cmsGitHost]);
  expect((await get('/')).headers['content-security-policy']).not.toContain(settingsFromEnv().cmsGitHost);
});

test('caching: HTML revalidated, hashed assets for a year, the search index briefly, nothing cached on errors', async () => {
  expect((await get('/')).headers['cache-control']).toBe('no-cache');
  expect((await get(`/${script}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await get('/pagefind/pagefind-entry.json')).headers['cache-control']).toMatch(/max-age=\d+/);
  expect((await get('/_astro/findes-ikke.js')).headers['cache-control']).toBeUndefined();
});

test.each(['/findes/ikke/', '/_astro/', '/data/'])('%s gives the 404 page with status 404', async (path) => {
  const answer = await get(path);
  expect(answer.status).toBe(404);
  expect(answer.body.toString()).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
});

test('the editor\'s configuration is served as YAML, with the headers of /admin/', async () => {
  const answer = await getEditor('/admin/config.yml');
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toBe('application/yaml; charset=utf-8');
  expect(answer.headers['content-security-policy']).toBe(headersForPath(rules, '/admin/')['Content-Security-Policy']);
});

test('every short link answers 301 to its target, with and without the last slash', async () => {
  const shortLinks = redirects.filter(([from]) => from!.startsWith('/k/'));
  // Every track's and every agreement's poster code is among them, with and without the last slash.
  const codes = [...tracks, ...agreements].map((entry) => entry.data.shortCode);
  expect(shortLinks.map(([from]) => from)).toEqual(expect.arrayContaining(codes.flatMap((code) => [`/k/${code}`, `/k/${code}/`])));
  for (const [from, to] of shortLinks) {
    const answer = await get(from!);
    expect(answer.status, from).toBe(301);
    expect(answer.headers.location, from).toBe(to);
    expect((await get(to!)).status, to).toBe(200);
  }
});

test.each(['/_headers', '/_redirects', '/_nginx-http.conf', '/_nginx-server.conf', '/_nginx-admin.conf'])('%s is not served', async (path) => {
  expect([403, 404]).toContain((await get(path)).status);
});

test('a folder without its last slash is redirected to it', async () => {
  const answer = await get('/cases');
  expect(answer.status).toBe(301);
  expect(answer.headers.location).toBe('/cases/');
});

test('http:// answers only with a redirect to https://, and nginx does not say its version', async () => {
  const answer = await fetchRaw(`${nginx.httpUrl}/spor/?a=1`);
  expect(answer.status).toBe(301);
  expect(answer.headers.location).toBe('https://127.0.0.1/spor/?a=1');
  expect(answer.headers.server).toBe('nginx');
  expect((await get('/')).headers.server).toBe('nginx');
});

const compressed: [string, string, RegExp][] = [
  ['HTML', '/', /^text\/html/],
  ['CSS', '/proeve.css', /^text\/css/],
  ['JS', `/${script}`, /javascript/],
  ['SVG', '/grafer/klimaaftryk.svg', /^image\/svg\+xml/],
  ['XML', '/cases/rss.xml', /xml/],
  ['JSON', '/proeve.json', /^application\/json/],
  ['CSV', '/data/klimaaftryk.csv', /^text\/csv/],
];

test.each(compressed)('%s is sent gzipped with the right type', async (_kind, path, type) => {
  const answer: Answer = await get(path, { 'accept-encoding': 'gzip' });
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toMatch(type);
  expect(answer.headers['content-encoding']).toBe('gzip');
  expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
  const file = path.endsWith('/') ? `${path}index.html` : path;
  expect(gunzipSync(answer.body).equals(readFileSync(join(root, file)))).toBe(true);
});

test('the access log keeps no IP address', async () => {
  await get('/');
  const log = readFileSync(nginx.accessLog, 'utf8');
  expect(log).toMatch(/"GET \/ HTTP\/1\.1" 200/);
  expect(log).not.toContain('127.0.0.1');
});

test('dist/_headers gives a Netlify or Cloudflare host the same headers as nginx sends', () => {
  const file = parseHeadersFile(join(distDir, '_headers'));
  for (const path of ['/', `/${script}`, '/pagefind/pagefind-entry.json', '/admin/', '/admin/config.yml', '/k/x/', '/soeg/', '/materialer/', '/materialer/proeve.pdf']) {
    const host = headersFor(file, path);
    const expected = headersForPath(rules, path);
    for (const name of SECURITY_HEADER_NAMES) expect(host[name.toLowerCase()], `${path} ${name}`).toBe(expected[name]);
    if (path !== '/' && path !== '/k/x/') expect(host['cache-control'], path).toBe(expected['Cache-Control']);
    expect(host['content-disposition'], path).toBe(expected['Content-Disposition']);
  }
});
