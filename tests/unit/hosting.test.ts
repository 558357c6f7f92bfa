import { describe, expect, test } from 'vitest';
import {
  checkRedirects,
  cmsGitHost,
  headersForPath,
  locationRules,
  renderHeadersFile,
  renderNginxHttp,
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
  for (const path of ['/', '/_astro/x.js', '/pagefind/a.json', '/admin/', '/spor/x/']) {
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
  expect(server.match(/^location /gm)).toHaveLength(rules.length + 1);
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
