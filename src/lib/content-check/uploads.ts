/**
 * Files an editor uploads or puts in `public/` (materials, a logo) and case photos in `content/billeder/`: an
 * allow-list of types that cannot run on the site. HTML, JavaScript, an SVG with a script or an event attribute, and
 * every other type are refused; a file whose content is not what its ending says (a web page named `.pdf`) too.
 * The web server also sends every material as a download with a sandboxing CSP (src/lib/hosting/hosting.ts), so a
 * file that slipped through still could not run on the site's origin.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ContentProblem } from '../errors';

/** A type an editor may upload, with the name an editor knows it by and the first bytes its files begin with. */
interface FileType {
  name: string;
  /** The file's first bytes, when the type has a fixed signature. */
  magic?: number[][];
  /** A text type: must not be markup. */
  text?: boolean;
}

const ZIP = [[0x50, 0x4b, 0x03, 0x04]];
const OLE = [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];

/** The file types allowed in `public/`: documents, data and images, nothing that a browser runs. */
export const UPLOAD_TYPES: Record<string, FileType> = {
  '.pdf': { name: 'PDF', magic: [[0x25, 0x50, 0x44, 0x46]] },
  '.docx': { name: 'Word (.docx)', magic: ZIP },
  '.xlsx': { name: 'Excel (.xlsx)', magic: ZIP },
  '.pptx': { name: 'PowerPoint (.pptx)', magic: ZIP },
  '.doc': { name: 'Word (.doc)', magic: OLE },
  '.xls': { name: 'Excel (.xls)', magic: OLE },
  '.ppt': { name: 'PowerPoint (.ppt)', magic: OLE },
  '.odt': { name: 'OpenDocument-tekst (.odt)', magic: ZIP },
  '.ods': { name: 'OpenDocument-regneark (.ods)', magic: ZIP },
  '.odp': { name: 'OpenDocument-præsentation (.odp)', magic: ZIP },
  '.csv': { name: 'CSV', text: true },
  '.png': { name: 'PNG', magic: [[0x89, 0x50, 0x4e, 0x47]] },
  '.jpg': { name: 'JPEG', magic: [[0xff, 0xd8, 0xff]] },
  '.jpeg': { name: 'JPEG', magic: [[0xff, 0xd8, 0xff]] },
  '.webp': { name: 'WebP', magic: [[0x52, 0x49, 0x46, 0x46]] },
  '.svg': { name: 'SVG (uden script)' },
};

/** Case photos go through Astro's image pipeline, which takes these. */
export const PHOTO_TYPES = ['.jpg', '.jpeg', '.png', '.webp'];

/** The site's own files in `public/`, which are not uploads: the editor's configuration (generated). */
export const SITE_FILES = ['admin/config.yml'];

const allowedList = () => [...new Set(Object.values(UPLOAD_TYPES).map((t) => t.name))].join(', ');

/** What in an SVG can run or load something: scripts, event attributes, javascript: links, embedded HTML. */
const SVG_ACTIVE: [RegExp, string][] = [
  [/<script\b/i, 'et <script>-element'],
  [/\son[a-z]+\s*=/i, 'en on…-egenskab (fx onload), som kører JavaScript'],
  [/javascript:/i, 'et javascript:-link'],
  [/<foreignObject\b/i, 'et <foreignObject>-element med HTML'],
  [/<!ENTITY/i, 'en <!ENTITY>-erklæring'],
  [/<(?:iframe|embed|object)\b/i, 'et element, der henter et andet site ind'],
  [/\b(?:xlink:)?href\s*=\s*["']\s*(?!#)[^"']/i, 'et link til en anden fil (href), som kan hente kode ind'],
];

/** What is wrong with an SVG's content, or undefined. */
export function svgProblem(text: string): string | undefined {
  const found = SVG_ACTIVE.find(([pattern]) => pattern.test(text));
  return found && found[1];
}

/** What is wrong with an uploaded file, in Danish, or undefined. `kind` says which list of types applies. */
export function uploadProblem(
  path: string,
  bytes: Uint8Array,
  kind: 'public' | 'photo' = 'public',
): string | undefined {
  const ext = extname(path).toLowerCase();
  const type = UPLOAD_TYPES[ext];
  if (kind === 'photo' && !PHOTO_TYPES.includes(ext)) {
    return `har filtypen ${ext || '(ingen)'}, som ikke kan bruges til et foto. Gem billedet som JPEG, PNG eller WebP, og upload det igen.`;
  }
  if (!type) {
    const runs = /^\.(html?|xhtml|js|mjs|cjs|css|xml|xsl|svgz|php|wasm|swf|shtml)$/.test(ext);
    return (
      `har filtypen ${ext || '(ingen)'}, som ${runs ? 'en browser kan køre som kode på sitet' : 'ikke kan lægges ud på sitet'}. ` +
      `Tilladte filtyper er ${allowedList()}. Gem filen som fx PDF, og upload den igen – eller slet den.`
    );
  }
  const head = Buffer.from(bytes.subarray(0, 512));
  if (type.magic && !type.magic.some((m) => m.every((b, i) => head[i] === b))) {
    return `ender på ${ext}, men er ikke en ${type.name}-fil (den er måske en omdøbt webside eller et program). Gem filen igen som ${type.name} fra programmet, der lavede den, og upload den igen.`;
  }
  if (type.text && /^\s*</.test(head.toString('utf8'))) {
    return `ender på ${ext}, men indeholder HTML eller XML, ikke ${type.name}. Gem filen igen som ${type.name} (fx fra Excel: Gem som → CSV), og upload den igen.`;
  }
  if (ext === '.svg') {
    const active = svgProblem(Buffer.from(bytes).toString('utf8'));
    if (active)
      return `er en SVG med ${active}. Sådan en fil kan køre kode på sitet. Gem tegningen som PNG eller PDF, eller som SVG uden script, og upload den igen.`;
  }
  return undefined;
}

function walk(dir: string, base = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const rel = base ? `${base}/${name}` : name;
      return statSync(join(dir, name)).isDirectory() ? walk(join(dir, name), rel) : [rel];
    });
}

/**
 * Every file in `public/` and every photo in `<content>/billeder/`, checked against the allow-lists.
 * `shownPublic` and `shownPhotos` are the folders as the report names them.
 */
export function checkUploads(options: {
  publicDir: string;
  photoDir: string;
  shownPublic: string;
  shownPhotos: string;
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const rel of walk(options.publicDir)) {
    if (SITE_FILES.includes(rel)) continue;
    const problem = uploadProblem(rel, readFileSync(join(options.publicDir, rel)));
    if (problem) problems.push({ file: `${options.shownPublic}/${rel}`, message: problem });
  }
  for (const rel of walk(options.photoDir)) {
    const problem =
      uploadProblem(rel, readFileSync(join(options.photoDir, rel)), 'photo') ??
      uploadProblem(rel, readFileSync(join(options.photoDir, rel)));
    if (problem) problems.push({ file: `${options.shownPhotos}/${rel}`, message: problem });
  }
  return problems;
}
