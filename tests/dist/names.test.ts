/** Each page has one name – in the menu, the footer, the breadcrumbs and its h1 – and no page says a sentence thrice. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { contentDir } from '../helpers/site-content';
import { page, pages } from '../helpers/dist';
import { fold } from '../helpers/text';

const menu = page('/').root.querySelectorAll('header nav[aria-label="Hovedmenu"]')[0]!.querySelectorAll('a');

test('the menu has the six sections', () => {
  expect(menu.map((a) => a.getAttribute('href'))).toEqual(['/spor/', '/maal/', '/aftaler/', '/cases/', '/materialer/', '/overblik/']);
});

test.each(menu.map((a) => [a.getAttribute('href')!, fold(a.text)] as const))('%s is called "%s" in the menu, its h1, the footer and every breadcrumb', (href, name) => {
  expect(fold(page(href).root.querySelector('h1')!.text)).toBe(name);
  const elsewhere = pages.flatMap((p) =>
    p.root
      .querySelectorAll('footer a, nav[aria-label="Brødkrummesti"] a, header a')
      .filter((a) => a.getAttribute('href') === href)
      .map((a) => ({ path: p.path, label: fold(a.text) })),
  );
  expect(elsewhere.length).toBeGreaterThan(0);
  expect(elsewhere.filter((link) => link.label !== name)).toEqual([]);
});

/**
 * Everything an editor wrote in content/, as one text with whitespace folded and Markdown's emphasis marks left
 * out: a sentence found in it is the content's own (three measures may well share an indicator), not the site's.
 */
const contentText = fold(
  contentFiles(contentDir)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
    .replace(/\\n/g, ' ')
    .replace(/[*_]/g, ''),
);

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? contentFiles(join(dir, e.name)) : /\.(md|mdx|json|yaml)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/**
 * Sentences of 25 characters or more in a page's main text that the site itself writes (not the content's own),
 * each with how often it occurs. Status and progress labels are data.
 */
function repeated(html: ReturnType<typeof page>): [string, number][] {
  const blocks = html.root.querySelector('main')!.querySelectorAll('p, li, h1, h2, h3, h4, h5, dd, figcaption, blockquote');
  const leaves = blocks.filter((b) => !b.querySelector('p, li, h1, h2, h3, h4, h5, dd'));
  const count = new Map<string, number>();
  for (const block of leaves) {
    for (const sentence of fold(block.text).split(/(?<=[.!?])\s+/)) {
      if (sentence.length < 25 || /^(Status|Fremdrift):/.test(sentence) || contentText.includes(sentence)) continue;
      count.set(sentence, (count.get(sentence) ?? 0) + 1);
    }
  }
  return [...count].filter(([, n]) => n >= 3);
}

// /overblik/ is the printable whole strategy, rebuilt on its own branch (issue 11, item 8).
test.each(pages.filter((p) => p.root.querySelector('main') && p.path !== '/overblik/').map((p) => [p.path, p] as const))(
  '%s says no sentence three times',
  (_path, built) => {
    expect(repeated(built)).toEqual([]);
  },
);

test('/maal/ opens with the overview of every target, which reaches every section of the page', () => {
  const { root } = page('/maal/');
  const overview = root.querySelector('main #alle-maal');
  expect(overview, 'the overview').not.toBeNull();
  const local = overview!.querySelectorAll('a').map((a) => a.getAttribute('href')!).filter((href) => href.startsWith('#'));
  for (const href of local) expect(root.querySelector(`[id="${href.slice(1)}"]`), `${href} exists`).not.toBeNull();
  const sections = root.querySelectorAll('main section[id]').map((s) => s.id).filter((id) => id !== 'alle-maal');
  expect(sections.length).toBeGreaterThan(0);
  for (const id of sections) expect(local, `#${id} is linked from the overview`).toContain(`#${id}`);
});

test.each(['/overblik/'])('%s, a long page, opens with a contents list that reaches every section', (path) => {
  const { root } = page(path);
  const contents = root.querySelector('nav[aria-labelledby="paa-denne-side"]');
  expect(contents, 'a "På denne side" list').not.toBeNull();
  const targets = contents!.querySelectorAll('a').map((a) => a.getAttribute('href')!.slice(1));
  const sections = root
    .querySelectorAll('main h2[id]')
    .map((h) => h.id)
    .filter((id) => id !== 'paa-denne-side');
  expect(targets.length).toBeGreaterThan(3);
  for (const id of targets) expect(root.querySelector(`[id="${id}"]`), `#${id} exists`).not.toBeNull();
  // Every section heading on the whole-strategy page has its line in the list.
  if (path === '/overblik/') expect(targets).toHaveLength(sections.length);
});
