/** The admin's build step: the git host in its CSP, its page, and the CMS's fonts from our own files. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { adminHeaders, adminHtml, localFonts } from '../../src/integrations/admin';
import { parseHeadersFile, headersFor } from '../../scripts/headers.mjs';

const headers = readFileSync('public/_headers', 'utf8');

test('the configured git host replaces gitlab.com in the admin CSP, and nowhere else', () => {
  const rewritten = adminHeaders(headers, ['https://git.rm.dk']);
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/_headers-test', rewritten);
  const rules = parseHeadersFile('.tmp/_headers-test');
  const admin = headersFor(rules, '/admin/')['Content-Security-Policy'] as string;
  expect(admin).toContain("connect-src 'self' data: blob: https://git.rm.dk;");
  expect(admin).not.toContain('gitlab.com');
  expect(headersFor(rules, '/')['Content-Security-Policy']).toContain("connect-src 'self';");
  expect(rewritten.replace(/https:\/\/git\.rm\.dk/g, 'https://gitlab.com')).toBe(headers);
});

test('the admin page loads only files from its own origin, in Danish', () => {
  const html = adminHtml();
  expect(html).toContain('<html lang="da">');
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect([...html.matchAll(/(?:src|href)="([^"]+)"/g)].every((m) => m[1]!.startsWith('/'))).toBe(true);
});

test("the CMS stylesheet's CDN fonts point at the fonts in the package", () => {
  const require = createRequire(import.meta.url);
  const npm = dirname(require.resolve('@sveltia/cms'));
  const assets = readdirSync(join(npm, 'assets'));
  const code = readFileSync(join(npm, 'index.js'), 'utf8');
  expect(code).toContain('https://cdn.jsdelivr.net/fontsource/fonts/');
  const local = localFonts(code, assets, '/admin/cms/assets/');
  expect(local).not.toContain('cdn.jsdelivr.net');
  expect(local).toContain('url(/admin/cms/assets/source-sans-3-latin-wght-normal-');
  expect(() => localFonts(code, [], '/x/')).toThrow(/Editoren: skrifttypen https:\/\/cdn\.jsdelivr\.net/);
});
