/** Checks that run on every built page: structure, metadata, links, origins, and the footer. */
import { describe, expect, test } from 'vitest';
import { fileForPath, page, pages, siteUrl } from '../helpers/dist';
import { fold } from '../helpers/text';

const site = new URL(siteUrl);

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, built) => {
  const { root } = built;

  test('is Danish, with one h1, a title and a meta description', () => {
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('da');
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(fold(root.querySelector('title')?.text ?? '').length).toBeGreaterThan(10);
    const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(170);
  });

  // Short-link pages (/k/<code>/) and the old addresses of moved pages only send the reader on: their canonical link
  // and their shape are tested in short-links.test.ts and addresses.test.ts.
  const isRedirect = built.redirect !== undefined;

  test.runIf(path !== '/404.html' && !isRedirect)('has a canonical link to its own public address', () => {
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(new URL(path.slice(1), siteUrl).href);
  });

  test.runIf(!isRedirect)('links from its content to itself only as the current choice of a filter (aria-current)', () => {
    const here = root
      .querySelectorAll('main a[href]')
      .filter((a) => a.getAttribute('href') === path && a.getAttribute('aria-current') !== 'page')
      .map((a) => fold(a.text));
    expect(here).toEqual([]);
  });

  test.runIf(!isRedirect)('has a skip link to the main content and the footer link to the accessibility statement', () => {
    const skip = root.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#indhold');
    expect(root.querySelector('main#indhold')).not.toBeNull();
    const footerLinks = root.querySelectorAll('footer a').map((a) => [fold(a.text), a.getAttribute('href')]);
    expect(footerLinks).toContainEqual(['Tilgængelighedserklæring', '/tilgaengelighed/']);
  });

  test('every internal link and #fragment leads somewhere that exists', () => {
    const broken: string[] = [];
    for (const a of root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      const url = new URL(href, new URL(path, siteUrl));
      if (url.origin !== site.origin) continue;
      const file = fileForPath(url.pathname);
      if (!file) {
        broken.push(href);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      // "#/collections/…" is a route inside an application (the browser editor at /admin/), not an element.
      if (id && !id.startsWith('/')) {
        const target = url.pathname === path ? built : pages.find((p) => p.file === file);
        if (!target?.root.getElementById(id)) broken.push(href);
      }
    }
    expect(broken).toEqual([]);
  });

  test('loads nothing from another origin', () => {
    const external: string[] = [];
    const refs = [
      ...root.querySelectorAll('script[src]').map((el) => el.getAttribute('src')),
      ...root.querySelectorAll('img[src], iframe[src], source[src], video[src], audio[src]').map((el) => el.getAttribute('src')),
      ...root.querySelectorAll('link[href]').filter((el) => el.getAttribute('rel') !== 'canonical').map((el) => el.getAttribute('href')),
    ];
    for (const ref of refs) {
      if (ref && new URL(ref, siteUrl).origin !== site.origin) external.push(ref);
    }
    for (const style of root.querySelectorAll('style')) {
      for (const match of style.text.matchAll(/url\(\s*['"]?(https?:)?\/\//g)) external.push(match[0]);
      if (/@import/.test(style.text)) external.push('@import');
    }
    expect(external).toEqual([]);
  });

  test('has no link whose text says nothing on its own', () => {
    const vague = /^(klik her|her|læs mere|mere|link|se her|læs her)$/i;
    const bad = root
      .querySelectorAll('a')
      .map((a) => fold(a.getAttribute('aria-label') ?? a.text))
      .filter((label) => label === '' || vague.test(label));
    expect(bad).toEqual([]);
  });
});

test('the 404 page exists and says so in Danish', () => {
  expect(fold(page('/404.html').root.querySelector('h1')!.text)).toBe('Siden findes ikke');
});
