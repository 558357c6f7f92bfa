/** No page of the built site links a redirect page: links to a renamed page's old address carry its new one. */
import { expect, test } from 'vitest';
import { pages } from '../helpers/dist';
import { pageRedirects } from '../../src/data/redirects';
import { redirectPageFile } from '../../src/lib/hosting/links';

test('no page links an old address of a renamed page', () => {
  const redirects = pageRedirects();
  const old = new Set(redirects.flatMap((r) => [r.from, r.from.replace(/\/$/, '')]));
  const redirectPages = new Set(redirects.map(redirectPageFile));
  const found = pages
    .filter((p) => !redirectPages.has(p.file))
    .flatMap((p) =>
      p.root
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => old.has(href.split(/[?#]/)[0]!))
        .map((href) => `${p.path} → ${href}`),
    );
  expect(found).toEqual([]);
});
