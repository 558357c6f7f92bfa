/** Cases, materials, the RSS feed, the sitemap and the sharing metadata, checked against content/ and dist/. */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cases as caseEntries, materials, tracks as trackEntries, units as unitEntries } from '../helpers/site-content';
import { XMLParser } from 'fast-xml-parser';
import { distDir, distFiles, fileForPath, page, pages, siteUrl } from '../helpers/dist';
import { fold } from '../helpers/text';
import { formatBytes } from '../../src/lib/format';

/** The cases a production build publishes: every case but the sample ones (src/lib/content/sample.ts). */
const cases = caseEntries.map((c) => ({ id: c.id, ...c.data })).filter((c) => !c.sample);
const tracks = trackEntries.map((t) => t.id);
const trackColour = (track: string) => trackEntries.find((t) => t.id === track)!.data.colour;
const units = unitEntries.map((u) => u.id);
const caseLinks = (path: string) =>
  page(path)
    .root.querySelectorAll('main article :is(h2, h3) a')
    .map((a) => a.getAttribute('href')!.replace(/^\/cases\/|\/$/g, ''))
    .sort();

describe('cases', () => {
  test.each(cases)('$id has a page that links to its tracks and to the agreement of each unit it names', (item) => {
    const built = page(`/cases/${item.id}/`);
    const hrefs = built.root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const track of item.trackIds) {
      expect(tracks).toContain(track);
      expect(hrefs).toContain(`/spor/${track}/`);
      expect(hrefs).toContain(`/cases/spor/${track}/`);
    }
    for (const unit of item.unitIds) {
      expect(units).toContain(unit);
      expect(hrefs).toContain(`/aftaler/${unit}/`);
    }
    expect(built.root.querySelectorAll('main dd a[href^="http"]').length).toBeGreaterThan(0);
    // A production build has no sample content, so no "Prøveindhold" marker.
    const text = fold(built.root.querySelector('main')!.text);
    expect(text).not.toContain('Prøveindhold');
    expect(text).not.toMatch(/Eksempel –/);
  });

  test.each(cases)('$id opens with a visual header in the colour of its first track', (item) => {
    const hero = page(`/cases/${item.id}/`).root.querySelector('main .case-hero')!;
    expect(hero.querySelector('h1')).not.toBeNull();
    expect(hero.getAttribute('class')).toContain(`bg-${trackColour(item.trackIds[0]!)}-light`);
    expect(hero.querySelectorAll('svg').length).toBeGreaterThan(0);
  });

  test.each(tracks)('the list for the track %s holds exactly its cases', (track) => {
    const expected = cases.filter((c) => c.trackIds.includes(track)).map((c) => c.id).sort();
    expect(caseLinks(`/cases/spor/${track}/`)).toEqual(expected);
    // The track's page links to its list when the list holds more than the page shows.
    const trackPage = page(`/spor/${track}/`).root;
    const links = trackPage.querySelectorAll('a').map((a) => a.getAttribute('href'));
    const shown = trackPage.querySelectorAll('#cases article :is(h2, h3) a').length;
    expect(shown).toBeLessThanOrEqual(expected.length);
    if (expected.length > 0) expect(shown).toBeGreaterThan(0);
    expect(links.includes(`/cases/spor/${track}/`)).toBe(expected.length > shown);
  });

  test.each(units)('the list for the unit %s holds exactly its cases, and its agreement shows its real ones', (unit) => {
    expect(caseLinks(`/cases/enhed/${unit}/`)).toEqual(cases.filter((c) => c.unitIds.includes(unit)).map((c) => c.id).sort());
    const real = cases.filter((c) => c.unitIds.includes(unit)).map((c) => c.id).sort();
    const agreement = page(`/aftaler/${unit}/`).root.getElementById('cases');
    // A unit with no published good example has no empty section for it.
    if (!real.length) return expect(agreement).toBeNull();
    const shown = agreement!.querySelectorAll('article h3 a').map((a) => a.getAttribute('href')!.replace(/^\/cases\/|\/$/g, ''));
    expect(shown.sort()).toEqual(real);
    expect(agreement!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`/cases/enhed/${unit}/`);
  });

  test('the page with all cases lists every case', () => {
    expect(caseLinks('/cases/')).toEqual(cases.map((c) => c.id).sort());
  });

});

describe('materials', () => {
  const links = page('/materialer/').root.querySelectorAll('a[data-bytes]');
  const files = materials.map((m) => ({ fil: m.data.file }));

  const posterFiles = distFiles.filter((f) => /^plakater\/[^/]+-a[34]\.pdf$/.test(f)).map((f) => `/${f}`);

  test('every material and every poster the build makes, in A4 and A3, is listed once', () => {
    const hrefs = links.map((a) => a.getAttribute('href')!);
    expect(posterFiles.length).toBeGreaterThan(0);
    expect(hrefs.sort()).toEqual([...new Set([...files.map((f) => f.fil), ...posterFiles])].sort());
  });

  test("the posters are grouped under headings, and each link says which poster, its sheet, format and size", () => {
    const section = page('/materialer/').root.getElementById('plakater')!;
    expect(section.querySelectorAll('h3').length).toBeGreaterThan(0);
    for (const a of section.querySelectorAll('a[data-bytes]').filter((a) => posterFiles.includes(a.getAttribute('href')!))) {
      const name = fold(a.text).replace(/\s+/g, ' ');
      let item = a.parentNode;
      while (item && !item.querySelector('h4')) item = item.parentNode;
      const title = fold(item!.querySelector('h4')!.text);
      const sheet = /-(a[34])\.pdf$/.exec(a.getAttribute('href')!)![1]!.toUpperCase();
      expect(name).toContain(title);
      expect(name).toContain(`${sheet}, PDF, ${formatBytes(Number(a.getAttribute('data-bytes'))).replace(/\u00a0/g, ' ')}`);
      // A list of links, under a heading: the sheet's links are list items of the poster's item.
      expect(a.parentNode.tagName).toBe('LI');
    }
  });

  test.each(links.map((a) => [a.getAttribute('href')!, a] as const))('%s exists in dist/ at the size the page shows', (href, a) => {
    const size = statSync(`${distDir}${href}`).size;
    expect(Number(a.getAttribute('data-bytes'))).toBe(size);
    expect(fold(a.parentNode.text)).toContain(formatBytes(size).replace(/\u00a0/g, ' '));
  });
});

describe('feeds and sharing', () => {
  const xml = new XMLParser();
  const toPath = (url: string) => {
    expect(url.startsWith(siteUrl)).toBe(true);
    return `/${url.slice(siteUrl.length)}`;
  };

  test('the RSS feed parses, has every case, and every link exists', () => {
    const feed = xml.parse(readFileSync(`${distDir}/cases/rss.xml`, 'utf8'));
    const items = [feed.rss.channel.item].flat() as { link: string; title: string }[];
    expect(items).toHaveLength(cases.length);
    for (const item of items) expect(fileForPath(toPath(item.link)), item.link).toBeDefined();
  });

  test('every RSS item has a pubDate from "udgivet" or "aar" and a guid that is its permanent address', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const feed = parser.parse(readFileSync(`${distDir}/cases/rss.xml`, 'utf8'));
    const items = [feed.rss.channel.item].flat() as { link: string; pubDate: string; guid: { '#text': string; '@_isPermaLink': string } }[];
    for (const item of items) {
      const id = toPath(item.link).replace(/^\/cases\/|\/$/g, '');
      const source = cases.find((c) => c.id === id)!;
      const published = source.published === undefined ? undefined : new Date(source.published).toISOString().slice(0, 10);
      const expected = published ? `${published}T00:00:00.000Z` : `${source.year}-01-01T00:00:00.000Z`;
      expect(item.pubDate, id).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 GMT$/);
      expect(new Date(item.pubDate).toISOString(), id).toBe(expected);
      expect(item.guid['#text']).toBe(item.link);
      expect(item.guid['@_isPermaLink']).toBe('true');
    }
  });

  test('the feed names its own address and was last built on its newest item\'s date', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const channel = parser.parse(readFileSync(`${distDir}/cases/rss.xml`, 'utf8')).rss.channel;
    expect(channel['atom:link']).toMatchObject({ '@_rel': 'self', '@_href': `${siteUrl}cases/rss.xml`, '@_type': 'application/rss+xml' });
    const items = [channel.item ?? []].flat() as { pubDate: string }[];
    // A feed with no good examples yet has nothing to date its last build by, and says no date.
    if (!items.length) return expect(channel.lastBuildDate).toBeUndefined();
    const newest = Math.max(...items.map((item) => new Date(item.pubDate).getTime()));
    expect(new Date(channel.lastBuildDate).getTime()).toBe(newest);
  });

  test('robots.txt names the sitemap at the site\'s address and keeps the editors\' list out', () => {
    const robots = readFileSync(`${distDir}/robots.txt`, 'utf8');
    expect(robots).toContain(`Sitemap: ${siteUrl}sitemap-index.xml`);
    expect(robots).toMatch(/^Disallow: \/redaktion\/$/m);
    expect(fileForPath(toPath(`${siteUrl}sitemap-index.xml`))).toBeDefined();
  });

  test('the sitemap parses, and every URL in it exists', () => {
    const index = xml.parse(readFileSync(`${distDir}/sitemap-index.xml`, 'utf8'));
    const maps = [index.sitemapindex.sitemap].flat() as { loc: string }[];
    const urls = maps.flatMap((m) => [xml.parse(readFileSync(`${distDir}${toPath(m.loc)}`, 'utf8')).urlset.url].flat() as { loc: string }[]);
    expect(urls.length).toBeGreaterThan(0);
    for (const { loc } of urls) expect(fileForPath(toPath(loc)), loc).toBeDefined();
    // No page that asks search engines to stay away is in it; every other page is.
    const listed = new Set(urls.map(({ loc }) => toPath(loc)));
    const noindex = pages.filter((p) => p.root.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex'));
    for (const p of noindex) expect(listed.has(p.path), p.path).toBe(false);
    for (const p of pages.filter((p) => !noindex.includes(p) && p.path !== '/404.html')) expect(listed.has(p.path), p.path).toBe(true);
  });

  test('print views, the editors\' list, short-link pages and the 404 page are noindex', () => {
    const paths = pages.map((p) => p.path).filter((p) => /^\/(plakater|k)\/[^/]+\/$|^\/redaktion\/$|^\/404\.html$/.test(p));
    for (const path of paths) expect(page(path).root.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
  });

  test('the 404 page names no address of its own: no canonical link, no og:url', () => {
    const notFound = page('/404.html').root;
    expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
    expect(notFound.querySelector('meta[property="og:url"]')).toBeNull();
  });

  test.each(pages.filter((p) => !p.redirect).map((p) => [p.path, p] as const))('%s has Open Graph and Twitter metadata with an image', (_path, built) => {
    const meta = (attr: string, name: string) => built.root.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');
    expect(meta('property', 'og:title')).toBeTruthy();
    expect(meta('property', 'og:description')).toBeTruthy();
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
    const image = meta('property', 'og:image')!;
    expect(fileForPath(toPath(image))).toBeDefined();
    expect(meta('property', 'og:image:alt')).toBeTruthy();
  });
});
