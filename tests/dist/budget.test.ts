/** Size budgets, measured in bytes on the built output (never in time). */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { distDir, distFiles, pages } from '../helpers/dist';
import { cases, tracks, units } from '../helpers/site-content';
import { QR_PAGE_BUDGET, QR_PAGE_SCRIPT_BUDGET, budgetViolations, isQrLandingPage, pageWeight } from '../../scripts/weight.mjs';

const trackPages = pages.filter((p) => /^\/spor\/[^/]+\/$/.test(p.path));

test('there is a page for each track', () => {
  expect(trackPages.map((p) => p.path).sort()).toEqual(tracks.map((t) => `/spor/${t.id}/`).sort());
});

describe.each(trackPages.map((p) => [p.path, p] as const))('track page %s', (_path, built) => {
  const weight = pageWeight(distDir, built.file);

  test(`HTML + CSS is under ${QR_PAGE_BUDGET / 1024} KB gzip`, () => {
    expect(weight.htmlAndCssGzip).toBeLessThan(QR_PAGE_BUDGET);
  });

  test('loads at most the small menu script (nothing on it needs JavaScript), and its HTML and CSS arrive in one response', () => {
    expect(weight.js.inline.raw).toBe(0);
    expect(weight.js.files).toBeLessThanOrEqual(1);
    expect(weight.js.linked.gzip).toBeLessThan(QR_PAGE_SCRIPT_BUDGET);
    expect(weight.css.files).toBe(0);
  });
});

test('every QR landing page (track, agreement, case) and every page keeps its budget', () => {
  const landing = pages.filter((p) => isQrLandingPage(p.path) && !p.redirect).map((p) => p.path);
  expect(landing.sort()).toEqual(
    [...tracks.map((t) => `/spor/${t.id}/`), ...units.map((u) => `/aftaler/${u.id}/`), ...cases.filter((c) => !c.data.sample).map((c) => `/cases/${c.id}/`)].sort(),
  );
  expect(budgetViolations(distDir)).toEqual([]);
});

test('only the search page loads more than the menu script, and no page is over 100 KB on a first visit', () => {
  const weights = pages.map((p) => ({ path: p.path, weight: pageWeight(distDir, p.file) }));
  expect(weights.filter((p) => p.weight.js.files > 1 || p.weight.js.inline.raw > 0).map((p) => p.path)).toEqual(['/soeg/']);
  expect(weights.filter((p) => p.weight.totalGzip > 100 * 1024).map((p) => p.path)).toEqual([]);
});

const charts = distFiles.filter((file) => /^grafer\/[^/]+\.svg$/.test(file));

test.each(charts)('chart %s is under 30 KB gzip', (file) => {
  expect(gzipSync(readFileSync(`${distDir}/${file}`)).length).toBeLessThan(30 * 1024);
});
