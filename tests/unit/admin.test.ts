/** The admin: the git host in its CSP, its page, and the CMS's fonts from our own files. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import {
  adminHtml,
  danishNumberPreviews,
  danishSlugs,
  localFonts,
  zoomableViewport,
} from '../../src/integrations/admin';
import { slugify } from '../../src/lib/slug.mjs';
import { headersForPath, locationRules, settingsFromEnv } from '../../src/lib/hosting/hosting';

test('the configured git host is in the admin CSP, and nowhere else', () => {
  const rules = locationRules(settingsFromEnv({ CMS_GIT_HOST: 'https://git.rm.dk' }));
  const admin = headersForPath(rules, '/admin/')['Content-Security-Policy']!;
  expect(admin).toContain("connect-src 'self' data: blob: https://git.rm.dk;");
  expect(admin).toContain("form-action 'self' https://git.rm.dk;");
  expect(admin).not.toContain('gitlab.com');
  expect(headersForPath(rules, '/')['Content-Security-Policy']).toContain("connect-src 'self';");
  const github = locationRules(settingsFromEnv({ CMS_BACKEND: 'github' }));
  expect(headersForPath(github, '/admin/')['Content-Security-Policy']).toContain(
    'https://github.com https://api.github.com',
  );
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

test("the CMS's page can be zoomed: maximum-scale=1 is taken out of the viewport it sets", () => {
  const require = createRequire(import.meta.url);
  const code = readFileSync(require.resolve('@sveltia/cms'), 'utf8');
  expect(code).toContain('`maximum-scale=1`');
  const zoomable = zoomableViewport(code);
  expect(zoomable).not.toMatch(/maximum-scale|user-scalable/);
  expect(zoomable).toContain('`width=device-width`,`initial-scale=1`,`interactive-widget=resizes-content`');
  expect(() => zoomableViewport('no viewport here')).toThrow(/maximum-scale=1/);
});

test('the CMS writes a new address in Danish, as the scaffolds do: its one call of the transliteration gets "da"', () => {
  const require = createRequire(import.meta.url);
  const code = readFileSync(require.resolve('@sveltia/cms'), 'utf8');
  const danish = danishSlugs(code);
  expect(danish).not.toBe(code);
  expect(danish.length - code.length).toBe('`da`'.length - 'void 0'.length);
  expect(danish).toMatch(/\{locale:(\w+)&&\w+\.includes\(\1\)\?\1:`da`\}/);
  expect(() => danishSlugs('no transliteration here')).toThrow(/danishSlugs/);
  // What the scaffolds write (the browser test in tests/browser/admin-honest.test.ts saves the same title).
  expect(slugify('Ærø Sø Å')).toBe('aeroe-soe-aa');
  expect(slugify('Ærø Sø Å'.normalize('NFD'))).toBe('aeroe-soe-aa');
  expect(slugify('Müller Straße')).toBe('mueller-strasse');
});

test("the CMS's preview and list summaries show numbers in Danish: 400.000 and 4,5, and a year as 2021", () => {
  const require = createRequire(import.meta.url);
  const code = readFileSync(require.resolve('@sveltia/cms'), 'utf8');
  const danish = danishNumberPreviews(code);
  const formats = (text: string) => text.match(/Intl\.NumberFormat\(`da-DK`,\{useGrouping:`min2`\}\)/g)?.length ?? 0;
  expect(formats(code)).toBe(0);
  expect(formats(danish)).toBe(2);
  expect(danish).toMatch(/(\w+)=Intl\.NumberFormat\(`da-DK`,\{useGrouping:`min2`\}\),(\w+)\.set\((\w+),\1\)/);
  expect(() => danishNumberPreviews('no numbers here')).toThrow(/danishNumberPreviews/);
  const format = new Intl.NumberFormat('da-DK', { useGrouping: 'min2' });
  expect([400000, 4.5, 2021].map((n) => format.format(n))).toEqual(['400.000', '4,5', '2021']);
});
