/** Reads the built site in `dist/` (or `DIST_DIR`) for tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { resolveSiteUrl } from '../../src/lib/site';

export const distDir = process.env.DIST_DIR ?? 'dist';
/** The public address the build used: the same setting astro.config.mjs reads. */
export const siteUrl = resolveSiteUrl(process.env.SITE_URL);

if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error(`${distDir}/index.html findes ikke: byg sitet først (npm run build).`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export const distFiles = walk(distDir).map((file) => relative(distDir, file).split(sep).join('/'));

export interface BuiltPage {
  /** The page's address on the site, e.g. `/spor/ansvarligt-forbrug/` (`/404.html` for the 404 page). */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
  /**
   * Set for a page that only sends the reader on (a short link `/k/<code>/`, or the old address of a moved page):
   * where it sends them. Such a page has no menu, footer or metadata of its own.
   */
  redirect?: string;
}

/** `spor/x/index.html` → `/spor/x/`; `404.html` → `/404.html`. */
export function pathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every page of the site. The browser editor (`admin/`) is an app of its own, tested in tests/browser/admin*.ts. */
export const pages: BuiltPage[] = distFiles
  .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
  .sort()
  .map((file) => {
    const html = readFileSync(join(distDir, file), 'utf8');
    const root = parse(html);
    const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    const redirect = refresh ? /url=(.+)$/.exec(refresh)?.[1] : undefined;
    return { path: pathOf(file), file, html, root, ...(redirect ? { redirect } : {}) };
  });

export function page(path: string): BuiltPage {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no built page at ${path}`);
  return found;
}

/** The file in dist/ that a site path is served from, or undefined. */
export function fileForPath(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => distFiles.includes(c));
}
