/** Redirects by meaning, and the site's own links written with a renamed page's new address. */
import { describe, expect, test } from 'vitest';
import { suggestRedirect } from '../../src/lib/hosting/addresses';
import { rewriteRedirectedLinks } from '../../src/lib/hosting/links';

const current = [
  '/',
  '/cases/',
  '/cases/groenne-agenter-2/',
  '/cases/madaffald/',
  '/spor/',
  '/spor/energi/',
  '/aftaler/',
];

describe('a gone address is sent to what it was, not to what it is spelt like', () => {
  test('a renamed case: the one new case', () => {
    expect(
      suggestRedirect('/cases/groenne-agenter/', [...current, '/cases/klimaagenter/'], ['/cases/klimaagenter/']),
    ).toBe('/cases/klimaagenter/');
  });

  test('a deleted case: the case list, not the case with the most similar name', () => {
    expect(suggestRedirect('/cases/groenne-agenter/', current, [])).toBe('/cases/');
  });

  test('several new cases: the one that shares words with the old name; none does: the list', () => {
    const added = ['/cases/energi-i-drift/', '/cases/groenne-agenter-i-hele-regionen/'];
    expect(suggestRedirect('/cases/groenne-agenter/', [...current, ...added], added)).toBe(
      '/cases/groenne-agenter-i-hele-regionen/',
    );
    expect(suggestRedirect('/cases/plast/', [...current, ...added], added)).toBe('/cases/');
  });

  test("a renamed track: its page and its case list go to the new track's; a deleted one's to the lists", () => {
    const added = ['/spor/energi-og-byggeri/', '/cases/spor/energi-og-byggeri/'];
    expect(suggestRedirect('/spor/energi/', [...current, ...added], added)).toBe('/spor/energi-og-byggeri/');
    expect(suggestRedirect('/cases/spor/energi/', [...current, ...added], added)).toBe(
      '/cases/spor/energi-og-byggeri/',
    );
    expect(suggestRedirect('/cases/enhed/auh/', current, [])).toBe('/cases/');
    expect(suggestRedirect('/aftaler/auh/', current, [])).toBe('/aftaler/');
    expect(suggestRedirect('/gammel-side/', current, [])).toBe('/');
  });
});

describe('links to a redirect page are written with its new address', () => {
  const redirects = [{ from: '/cases/gammel/', to: '/cases/ny/' }];

  test('with and without the last slash, keeping the query and the #fragment', () => {
    const html =
      '<a href="/cases/gammel/">a</a><a href="/cases/gammel">b</a><a href="/cases/gammel/#effekt">c</a>' +
      '<a href="/cases/gammel/?x=1">d</a>';
    expect(rewriteRedirectedLinks(html, redirects)).toBe(
      '<a href="/cases/ny/">a</a><a href="/cases/ny/">b</a><a href="/cases/ny/#effekt">c</a><a href="/cases/ny/?x=1">d</a>',
    );
  });

  test('other links, other sites and text that merely names the address stay as they are', () => {
    const html =
      '<a href="/cases/gammel-2/">a</a><a href="https://example.dk/cases/gammel/">b</a><p>/cases/gammel/</p>' +
      '<link rel="canonical" href="https://x.dk/cases/ny/">';
    expect(rewriteRedirectedLinks(html, redirects)).toBe(html);
  });
});
