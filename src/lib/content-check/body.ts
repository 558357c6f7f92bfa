/**
 * The body of a Markdown or MDX file is text, never code: MDX may use only the registered components
 * (`CONTENT_COMPONENTS`), with plain text attributes; JavaScript expressions, import/export, HTML elements
 * and `on*` attributes are errors. Links go to `https:`, `mailto:`, `tel:` or an address on the site.
 *
 * The structure is read with @mdx-js/mdx (its syntax errors have the clearest causes); the links and headings are
 * read from the tree of satteri, the parser Astro renders bodies with, with GFM on as in Astro: an address typed as
 * plain text (`http://…`, `www.…`) becomes a link there, so it follows the same rules as a written link.
 */
import { createProcessor } from '@mdx-js/mdx';
import { markdownToMdast, mdxToMdast } from 'satteri';
import Slugger from 'github-slugger';
import type { ContentProblem } from '../errors';

/** The components editors may use in MDX, with the attributes each takes. Kept in step with src/components/content/. */
export const CONTENT_COMPONENTS: Record<string, readonly string[]> = {
  Faktaboks: ['titel'],
  Citat: ['kilde'],
};

/** An address on the site that a body links to, to be checked against the routes. */
export interface InternalLink {
  file: string;
  line: number;
  column: number;
  path: string;
}

interface UnistNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  data?: { estree?: { body: unknown[] } };
  position?: { start: { line: number; column: number } };
  children?: UnistNode[];
}

const mdxProcessor = createProcessor({ format: 'mdx' });
const mdProcessor = createProcessor({ format: 'md' });

const DANGEROUS: Record<string, string> = {
  script: 'kører JavaScript',
  style: 'ændrer sidens udseende',
  meta: 'kan sende læseren videre til et andet site',
  iframe: 'henter et andet site ind',
  object: 'henter indhold udefra',
  embed: 'henter indhold udefra',
  link: 'henter filer ind på siden',
  form: 'sender data et andet sted hen',
  base: 'ændrer alle sidens links',
};

const componentList = () =>
  Object.keys(CONTENT_COMPONENTS)
    .map((c) => `<${c}>`)
    .join(', ');

/** Astro renders Markdown and MDX with GFM (autolinks, tables) and smart punctuation: the check reads them the same way. */
const RENDER_FEATURES = { gfm: true, smartPunctuation: true };

/** The text of a node and its children, as Astro's heading ids are made from. */
function textOf(node: UnistNode): string {
  return (node.value ?? '') + (node.children ?? []).map(textOf).join('');
}

/** Is this URL one content may link to? Returns a Danish reason when not. */
export function urlProblem(url: string): string | undefined {
  const value = url.trim();
  if (/^(https:\/\/|mailto:|tel:)/i.test(value)) return undefined;
  if (/^\/(?!\/)/.test(value) || value.startsWith('#')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'http') return `"${value}" begynder med http://. Brug https://, så forbindelsen er sikker.`;
  if (scheme)
    return `"${value}" bruger "${scheme}:", som ikke er tilladt. Brug en adresse, der begynder med https://, mailto: eller tel:, eller en adresse på sitet, fx /cases/.`;
  if (value.startsWith('//')) return `"${value}" mangler https: foran.`;
  return `"${value}" er ikke en fuld adresse. Skriv https:// foran en adresse på et andet site, eller / foran en adresse på sitet, fx /maal/.`;
}

/** Danish for the MDX parser's errors, with how to write the text instead. */
function syntaxMessage(ruleId: string | undefined, reason: string): string {
  const braces =
    'I MDX er { og } kode. Skriv \\{ og \\} for at vise tegnene som tekst – eller skriv teksten om uden klammer.';
  switch (ruleId) {
    case 'acorn':
    case 'unexpected-eof':
      if (/brace|expression/.test(reason)) return `har en fejl i teksten: ${braces}`;
      return 'har en fejl i teksten: et tag (<…>) lukkes ikke. Luk det, fx <Faktaboks>…</Faktaboks>.';
    case 'unexpected-character':
    case 'unexpected-closing-slash':
    case 'unexpected-lazy':
      return 'har en fejl i teksten: I MDX begynder < et tag. Skriv "under" eller "mindre end" i stedet for <, fx "under 5", eller skriv \\<.';
    case 'end-tag-mismatch':
      return `har en fejl i teksten: et tag lukkes ikke, eller lukkes forkert. ${/`(<[^`]+>)`/.exec(reason)?.[1] ?? 'Tagget'} skal lukkes med det samme navn, fx <Faktaboks>…</Faktaboks>.`;
    default:
      return `har en fejl i teksten, som MDX ikke kan læse. ${braces} Og < begynder et tag: skriv "under" i stedet.`;
  }
}

/** Checks a body; `bodyLine` is where its first line is in the file. */
export function checkBody(
  file: string,
  body: string,
  bodyLine: number,
  mdx: boolean,
): { problems: ContentProblem[]; links: InternalLink[]; headings: string[] } {
  const problems: ContentProblem[] = [];
  const links: InternalLink[] = [];
  let tree: UnistNode;
  try {
    tree = (mdx ? mdxProcessor : mdProcessor).parse(body) as unknown as UnistNode;
  } catch (error) {
    const e = error as {
      line?: number;
      column?: number;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
      ruleId?: string;
      reason?: string;
    };
    const start =
      e.place && 'start' in e.place && e.place.start
        ? e.place.start
        : (e.place as { line?: number; column?: number } | undefined);
    const line = (e.line ?? start?.line ?? 1) + bodyLine - 1;
    problems.push({ file, line, column: e.column ?? start?.column, message: syntaxMessage(e.ruleId, e.reason ?? '') });
    return { problems, links, headings: [] };
  }
  const add = (node: UnistNode, message: string) =>
    problems.push({
      file,
      line: (node.position?.start.line ?? 1) + bodyLine - 1,
      column: node.position?.start.column,
      message,
    });
  const visit = (node: UnistNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          'har "import" eller "export", som er kode. Indhold må ikke have kode: slet linjen. Brug komponenterne ' +
            `${componentList()} uden import.`,
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (node.data?.estree?.body.length === 0) return; // a comment: {/* … */}
        add(
          node,
          `har kode i klammer: {${(node.value ?? '').trim().slice(0, 30)}}. I MDX er { og } kode, som indhold ikke må have. Skriv \\{ og \\} for at vise tegnene som tekst.`,
        );
        return;
      case 'html':
        add(
          node,
          `har HTML (${(node.value ?? '').trim().slice(0, 30)}). Indhold må ikke have HTML: skriv det med Markdown i stedet.`,
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = CONTENT_COMPONENTS[name];
        if (!allowed) {
          const lower = name.toLowerCase();
          const why = DANGEROUS[lower];
          if (why) add(node, `har et <${name}>-element, som ${why}. Det er ikke tilladt i indhold: slet det.`);
          else if (!name) add(node, 'har et tomt tag (<>). Slet det.');
          else
            add(
              node,
              `har et <${name}>-element, som ikke er tilladt i indhold. Brug Markdown, eller en af komponenterne ${componentList()}.`,
            );
          return;
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
            add(node, `har kode i <${name}> ({…}). Skriv egenskaberne som tekst i anførselstegn, fx titel="Fakta".`);
          } else if (/^on/i.test(attribute.name)) {
            add(node, `har "${attribute.name}" på <${name}>, som kører JavaScript. Det er ikke tilladt: slet det.`);
          } else if (!allowed.includes(attribute.name)) {
            add(
              node,
              `har "${attribute.name}" på <${name}>, som ikke kendes. ${allowed.length ? `Brug ${allowed.map((a) => `"${a}"`).join(' eller ')}.` : 'Slet det.'}`,
            );
          } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
            add(
              node,
              `har kode i "${attribute.name}" på <${name}>. Skriv værdien som tekst i anførselstegn, fx ${attribute.name}="…".`,
            );
          }
        }
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  // Links, images and headings as Astro renders them (GFM autolinks included).
  let rendered: UnistNode = tree;
  try {
    rendered = (mdx ? mdxToMdast : markdownToMdast)(body, { features: RENDER_FEATURES }) as unknown as UnistNode;
  } catch {
    // satteri reads what @mdx-js/mdx read; should it not, the links of @mdx-js/mdx's tree are checked instead.
  }
  const slugger = new Slugger();
  const headings: string[] = [];
  const visitLinks = (node: UnistNode) => {
    if (node.type === 'heading') headings.push(slugger.slug(textOf(node)));
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const url = node.url ?? '';
      const problem = urlProblem(url);
      // An address typed as plain text: GFM made it a link whose text is the address (`www.…` gets `http://`).
      const shown = node.type === 'link' && node.children?.length === 1 ? node.children[0]?.value : undefined;
      const typed = shown !== undefined && (url === shown || url === `http://${shown}`);
      if (problem)
        add(
          node,
          typed && /^http:\/\//i.test(url)
            ? `har adressen ${node.children![0]!.value} skrevet som tekst, som bliver et usikkert link (http://). Skriv adressen med https:// foran, fx ${url.replace(/^http:/i, 'https:')}.`
            : `har et link, der ikke er tilladt: ${problem}`,
        );
      else if (node.type === 'image')
        add(
          node,
          'har et billede i teksten. Brug feltet "billede" øverst i filen, så billedet bliver gjort mindre til telefoner.',
        );
      else if (url.startsWith('/') || url.startsWith('#')) {
        links.push({
          file,
          line: (node.position?.start.line ?? 1) + bodyLine - 1,
          column: node.position?.start.column ?? 1,
          path: url,
        });
      }
    }
    node.children?.forEach(visitLinks);
  };
  visitLinks(rendered);
  return { problems, links, headings };
}
