import { describe, expect, test } from 'vitest';
import {
  checkRedirects,
  cmsGitHost,
  headersForPath,
  locationRules,
  renderHeadersFile,
  renderNginxHttp,
  renderNginxAdmin,
  renderNginxServer,
  renderRedirectsFile,
  SECURITY_HEADER_NAMES,
  shortLinkRedirects,
  type Redirect,
} from '../../src/lib/hosting/hosting';
import { headersFor, parseHeadersFile } from '../../scripts/headers.mjs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const rules = locationRules({ cmsGitHost: 'https://git.example.dk' });

describe('CMS_GIT_HOST', () => {
  test('defaults to gitlab.com and accepts an https origin', () => {
    expect(cmsGitHost(undefined)).toBe('https://gitlab.com');
    expect(cmsGitHost('https://gitlab.rm.dk/')).toBe('https://gitlab.rm.dk');
  });
  test.each(['http://gitlab.rm.dk', 'https://gitlab.rm.dk/sti', 'gitlab.rm.dk', 'https://x.dk; script-src *'])(
    'refuses %s',
    (value) => {
      expect(() => cmsGitHost(value)).toThrow(/CMS_GIT_HOST er .* skal være en https-adresse uden sti/);
    },
  );
});

test('every location sends all seven security headers; /admin/ alone names the git host', () => {
  for (const rule of rules) expect(Object.keys(rule.headers)).toEqual(expect.arrayContaining(SECURITY_HEADER_NAMES));
  expect(headersForPath(rules, '/admin/config.yml')['Content-Security-Policy']).toContain(
    "connect-src 'self' data: blob: https://git.example.dk;",
  );
  expect(headersForPath(rules, '/administration/')['Content-Security-Policy']).not.toContain('git.example.dk');
  expect(headersForPath(rules, '/_astro/a.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
});

test('the _headers file gives, with Netlify/Cloudflare rules, the same headers as the rules', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'headers-')), '_headers');
  writeFileSync(file, renderHeadersFile(rules));
  const parsed = parseHeadersFile(file);
  for (const path of [
    '/',
    '/_astro/x.js',
    '/pagefind/a.json',
    '/admin/',
    '/spor/x/',
    '/soeg/',
    '/materialer/',
    '/materialer/a.pdf',
  ]) {
    const host = headersFor(parsed, path);
    for (const name of SECURITY_HEADER_NAMES)
      expect(host[name.toLowerCase()], `${path} ${name}`).toBe(headersForPath(rules, path)[name]);
  }
});

const redirects: Redirect[] = [
  ...shortLinkRedirects([{ code: 'psyk', path: '/aftaler/psykiatrien/' }]),
  { from: '/gammel/', to: '/ny/', status: 302 },
];

test('redirects become _redirects lines and one nginx map per status', () => {
  expect(renderRedirectsFile(redirects)).toBe(
    '/k/psyk /aftaler/psykiatrien/ 301\n/k/psyk/ /aftaler/psykiatrien/ 301\n/gammel/ /ny/ 302\n',
  );
  const http = renderNginxHttp(redirects);
  expect(http).toContain('map $uri $rm_redirect_301 {\n    default "";\n    "/k/psyk" "/aftaler/psykiatrien/";');
  expect(http).toContain('map $uri $rm_redirect_302 {\n    default "";\n    "/gammel/" "/ny/";\n}');
  const server = renderNginxServer(rules, redirects);
  expect(server).toContain('if ($rm_redirect_302) {\n    return 302 $rm_redirect_302;\n}');
  // Every rule but the editor's (its own server, _nginx-admin.conf), and the hosting files refused.
  expect(server.match(/^location /gm)).toHaveLength(rules.length);
  expect(server).not.toContain('/admin/');
});

test('a redirect with an unsafe address or a path twice is refused', () => {
  expect(() => checkRedirects([{ from: '/a"; return 200', to: '/b/', status: 301 }])).toThrow(/ugyldig adresse/);
  expect(() =>
    checkRedirects([
      { from: '/a/', to: '/b/', status: 301 },
      { from: '/a/', to: '/c/', status: 301 },
    ]),
  ).toThrow(/to gange/);
});

describe('what is uploaded never runs on the site, and search alone may run WebAssembly', () => {
  test('a material is a download with a sandboxing CSP; the materials page itself is a page', () => {
    const material = headersForPath(rules, '/materialer/slides.pptx');
    expect(material['Content-Disposition']).toBe('attachment');
    expect(material['Content-Security-Policy']).toBe("sandbox; default-src 'none'; frame-ancestors 'none'");
    expect(material['X-Content-Type-Options']).toBe('nosniff');
    const page = headersForPath(rules, '/materialer/');
    expect(page['Content-Disposition']).toBe('inline');
    expect(page['Content-Security-Policy']).toBe(headersForPath(rules, '/')['Content-Security-Policy']);
    const file = join(mkdtempSync(join(tmpdir(), 'headers-')), '_headers');
    writeFileSync(file, renderHeadersFile(rules));
    const host = headersFor(parseHeadersFile(file), '/materialer/slides.pptx');
    expect(host['content-disposition']).toBe('attachment');
    expect(headersFor(parseHeadersFile(file), '/materialer/')['content-disposition']).toBe('inline');
  });

  test("'wasm-unsafe-eval' is allowed for search (the page and its worker) and the editor's photo conversion only", () => {
    for (const path of ['/soeg/', '/pagefind/pagefind-worker.js', '/admin/'])
      expect(headersForPath(rules, path)['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    for (const path of ['/', '/spor/x/', '/materialer/', '/materialer/x.pdf', '/_astro/x.js'])
      expect(headersForPath(rules, path)['Content-Security-Policy'], path).not.toContain('wasm-unsafe-eval');
  });

  test('nginx: the editor has a server of its own, and the materials page is served from its exact location', () => {
    const admin = renderNginxAdmin(rules);
    expect(admin).toContain('location ^~ /admin/ {');
    expect(admin).toMatch(/location \/ \{\n {4}return 404;\n\}/);
    const server = renderNginxServer(rules, []);
    expect(server).toContain('location = /materialer/ {');
    expect(server).toMatch(
      /location \^~ \/materialer\/ \{\n(?: {4}add_header .*\n)*? {4}add_header Content-Disposition "attachment" always;/,
    );
  });
});
