import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL, resolveAccessibilityStatementUrl, resolveSiteUrl } from '../../src/lib/site';

describe('resolveSiteUrl', () => {
  test('defaults when unset or blank', () => {
    expect(resolveSiteUrl(undefined)).toBe(`${DEFAULT_SITE_URL}/`);
    expect(resolveSiteUrl('  ')).toBe(`${DEFAULT_SITE_URL}/`);
  });
  test('adds the trailing slash, keeps a sub-path', () => {
    expect(resolveSiteUrl('https://example.dk')).toBe('https://example.dk/');
    expect(resolveSiteUrl('https://example.dk/baeredygtighed')).toBe('https://example.dk/baeredygtighed/');
  });
  test('rejects what is not an http(s) address, in Danish', () => {
    expect(() => resolveSiteUrl('baeredygtighed.rm.dk')).toThrow(
      /SITE_URL er "baeredygtighed.rm.dk", som ikke er en gyldig adresse/,
    );
    expect(() => resolveSiteUrl('ftp://x.dk')).toThrow(/skal begynde med https:\/\//);
    expect(() => resolveSiteUrl('https://x.dk/?a=1')).toThrow(/må ikke indeholde/);
  });
});

describe('resolveAccessibilityStatementUrl', () => {
  test("is the WAS tool's address for the site's host by default", () => {
    expect(resolveAccessibilityStatementUrl('https://baeredygtighed.rm.dk/', undefined)).toBe(
      'https://was.digst.dk/baeredygtighed.rm.dk',
    );
  });
  test('can be set', () => {
    expect(resolveAccessibilityStatementUrl('https://x.dk/', 'https://was.digst.dk/app-123')).toBe(
      'https://was.digst.dk/app-123',
    );
  });
});
