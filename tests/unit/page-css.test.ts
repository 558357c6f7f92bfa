/** What a page keeps of the site's stylesheet (src/lib/design/page-css.ts), on small pages of its own. */
import { describe, expect, test } from 'vitest';
import { markupIsFinal, pruneInlineCss } from '../../src/lib/design/page-css';

const SHEET = [
  '@font-face{font-family:Inter;src:url(/inter.woff2)}',
  ':root{--ink:#111;--focus:blue;--tw-gap:1rem}',
  ':focus-visible{outline:3px solid var(--focus)}',
  'body{color:var(--ink)}',
  '.flex{display:flex}',
  '.grid{display:grid}',
  '@media (min-width:48rem){.md\\:hidden{display:none}.md\\:grid-cols-3{grid-template-columns:repeat(3,1fr)}}',
  '.menu[open] .bars{display:none}',
  '.menu:not([open]) .cross{display:none}',
  '[hidden]{display:none}',
  '#top{scroll-margin:2rem}',
  '#elsewhere{margin:0}',
  '.gap{gap:var(--tw-gap)}',
  '@media print{.flex{display:block}.no-print{display:none}.print-only{display:block}}',
  'table tr{break-inside:avoid}',
].join('');

const page = (body: string, head = '') =>
  `<!doctype html><html lang="da"><head><style>${SHEET}</style>${head}</head><body>${body}</body></html>`;

const styleOf = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';

describe('a page whose markup is final', () => {
  const body =
    '<div id="top" class="flex md:hidden gap no-print"><details class="menu"><summary>Menu <span class="bars"></span><span class="cross"></span></summary></details></div>';

  test('keeps the rules of its classes, ids, elements and the states the browser sets, and drops the rest', async () => {
    const css = styleOf(await pruneInlineCss(page(body)));
    // Classes as the page writes them, a variant's colon included.
    expect(css).toContain('.flex{display:flex}');
    expect(css).toContain('.md\\:hidden{display:none}');
    expect(css).not.toContain('.grid{');
    expect(css).not.toContain('md\\:grid-cols-3');
    // A <details> opens without a change to the HTML.
    expect(css).toContain('.menu[open] .bars');
    expect(css).toContain('.menu:not([open]) .cross');
    // Ids and elements that occur, not those that don't.
    expect(css).toContain('#top{');
    expect(css).not.toContain('#elsewhere');
    expect(css).toContain('body{');
    expect(css).not.toContain('table tr');
    // Print rules of the classes on the page.
    expect(css).toMatch(/@media print\{[^}]*\.flex\{display:block\}/);
    expect(css).toContain('.no-print{display:none}');
    expect(css).not.toContain('.print-only');
  });

  test('keeps the fonts and every custom property, those a state uses too', async () => {
    const css = styleOf(await pruneInlineCss(page(body)));
    expect(css).toContain('@font-face');
    expect(css).toContain('--ink:#111');
    expect(css).toContain('--tw-gap:1rem');
    expect(css).toContain('--focus:blue');
    expect(css).toContain(':focus-visible{outline:3px solid var(--focus)}');
  });

  test('the same page gives the same bytes, and a page cut down once is not cut again', async () => {
    const once = await pruneInlineCss(page(body));
    expect(await pruneInlineCss(page(body))).toBe(once);
    expect(await pruneInlineCss(once)).toBe(once);
    expect(once.length).toBeLessThan(page(body).length);
    // Everything but the stylesheet is as it was.
    expect(once.replace(/<style>[\s\S]*?<\/style>/, '')).toBe(page(body).replace(/<style>[\s\S]*?<\/style>/, ''));
  });

  test('the header menu script and JSON data leave the markup final', async () => {
    const head =
      '<script type="module" src="/_astro/SiteHeader.astro_astro_type_script_index_0_lang.Y1Okfc-c.js"></script><script type="application/ld+json">{}</script>';
    expect(markupIsFinal(page(body, head))).toBe(true);
    expect(styleOf(await pruneInlineCss(page(body, head)))).not.toContain('.grid{');
  });
});

describe('a page with a script that may write markup keeps the whole stylesheet', () => {
  test.each([
    [
      'a script of its own',
      '<script type="module" src="/_astro/soeg.astro_astro_type_script_index_0_lang.DZGtqPXL.js"></script>',
    ],
    ['an inline script', '<script>document.body.className = "grid"</script>'],
    [
      'a script from elsewhere beside the menu',
      '<script type="module" src="/_astro/SiteHeader.astro_astro_type_script_index_0_lang.Y1Okfc-c.js"></script><script src="/x.js"></script>',
    ],
  ])('%s', async (_name, head) => {
    const html = page('<div class="flex"></div>', head);
    expect(markupIsFinal(html)).toBe(false);
    expect(await pruneInlineCss(html)).toBe(html);
  });
});

test('a page without a stylesheet is left as it is', async () => {
  const html = '<!doctype html><html lang="da"><head><title>x</title></head><body><p class="flex">x</p></body></html>';
  expect(await pruneInlineCss(html)).toBe(html);
});
