/**
 * The browser editor at `/admin/` (Sveltia CMS). At `astro build` it bundles the CMS from node_modules into
 * `dist/admin/cms/` with its fonts, Danish strings and helpers (never from a CDN), writes `dist/admin/index.html`,
 * and puts the git host from the settings into `dist/admin/config.yml`; the admin's Content-Security-Policy, with the
 * same host, comes from `src/lib/hosting/hosting.ts`. The admin is not a page of the site: it is in no sitemap or search.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { backendFromEnv, cmsConfigYaml, readCmsOptions } from '../lib/cms/config';
import { t } from '../lib/i18n';

const require = createRequire(import.meta.url);

/** The admin's page: only same-origin files; the CMS fills <body>. */
export function adminHtml(): string {
  return [
    '<!doctype html>',
    '<html lang="da">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${t('admin.title')}</title>`,
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    '<link rel="cms-config-url" href="/admin/config.yml" type="application/yaml">',
    '<script type="module" src="/admin/cms/cms.js"></script>',
    '</head>',
    '<body>',
    `<noscript><p>${t('admin.noscript')}</p></noscript>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const FONT_CDN = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * The npm build registers its bundled fonts, but its stylesheet still names the same fonts on a CDN, which the
 * browser would fetch too. Point those addresses at the bundled files; the build stops if one has no local copy.
 */
export function localFonts(code: string, assetNames: string[], base: string): string {
  return code.replace(FONT_CDN, (url, family: string, subset: string) => {
    const file = assetNames.find((name) => name.startsWith(`${family}-${subset}-`) && name.endsWith('.woff2'));
    if (!file) throw new Error(`Editoren: skrifttypen ${url} findes ikke i @sveltia/cms/npm/assets`);
    return `${base}${file}`;
  });
}

const FIXED_VIEWPORT = '`maximum-scale=1`,';

/**
 * The CMS sets its page's viewport to `maximum-scale=1`, which stops an editor with low vision from zooming (WCAG
 * 1.4.4). Take that part out; the build stops if the CMS no longer writes it the way this expects.
 */
export function zoomableViewport(code: string): string {
  if (!code.includes(FIXED_VIEWPORT)) {
    throw new Error('Editoren: @sveltia/cms sætter ikke længere maximum-scale=1 som ventet; tjek zoomableViewport().');
  }
  return code.replace(FIXED_VIEWPORT, '');
}

/** Where the CMS passes a locale to its transliteration, and otherwise none: `{locale:n&&x.includes(n)?n:void 0}`. */
const SLUG_LOCALE = /\{locale:(\w+)&&(\w+)\.includes\(\1\)\?\1:void 0\}/g;

/**
 * The CMS transliterates a new entry's address (and an uploaded file's name) in the entry's language, and an entry
 * without one, as all of ours are, in no language: "Grøn" became "gron". In Danish, as the scaffolds and every
 * published address write it (src/lib/slug.mjs): æ ø å as ae oe aa, "groen". The build stops if the CMS no longer
 * passes the locale the way this expects.
 */
export function danishSlugs(code: string): string {
  const found = code.match(SLUG_LOCALE)?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `Editoren: @sveltia/cms vælger ikke længere sprog til adresser som ventet (${found}); tjek danishSlugs().`,
    );
  }
  return code.replace(SLUG_LOCALE, '{locale:$1&&$2.includes($1)?$1:`da`}');
}

/** The number field's preview (`Intl.NumberFormat(R(n))`) and the number in a list item's summary (`t=Intl.NumberFormat(e),x.set(e,t)`). */
const NUMBER_FORMATS = [
  /Intl\.NumberFormat\((\w+)\((\w+)\)\)/g,
  /(\w+)=Intl\.NumberFormat\((\w+)\),(\w+)\.set\(\2,\1\)/g,
];
/** Danish numbers, grouped from five digits on: 400.000 and 4,5, but a year stays 2021. */
const DANISH_NUMBERS = 'Intl.NumberFormat(`da-DK`,{useGrouping:`min2`})';

/**
 * The CMS formats a number in the preview pane, and in the summary of a list item, in the entry's language, and an
 * entry without one (all of ours) in the browser's: 4.5 and 2,021 in an English browser, 2.021 for a year in a Danish
 * one. Here both are Danish, as the site writes numbers, and a year is not split. The build stops if the CMS no
 * longer formats them the way this expects.
 */
export function danishNumberPreviews(code: string): string {
  const [preview, summary] = NUMBER_FORMATS.map((pattern) => code.match(pattern)?.length ?? 0);
  if (preview !== 1 || summary !== 1) {
    throw new Error(
      `Editoren: @sveltia/cms formaterer ikke længere tal i forhåndsvisningen som ventet (${preview}, ${summary}); tjek danishNumberPreviews().`,
    );
  }
  return code
    .replace(NUMBER_FORMATS[0]!, DANISH_NUMBERS)
    .replace(
      NUMBER_FORMATS[1]!,
      (_, formatter: string, key: string, cache: string) =>
        `${formatter}=${DANISH_NUMBERS},${cache}.set(${key},${formatter})`,
    );
}

/**
 * The CMS's npm build as we publish it: its fonts from our own folder, a page that can be zoomed, Danish slugs and
 * Danish numbers in the preview.
 */
function cmsSourcePlugin(assetNames: string[]): Plugin {
  return {
    name: 'cms-source',
    setup(esbuild) {
      esbuild.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, async (args) => ({
        contents: danishNumberPreviews(
          danishSlugs(
            zoomableViewport(localFonts(await readFile(args.path, 'utf8'), assetNames, '/admin/cms/assets/')),
          ),
        ),
        loader: 'js',
      }));
    },
  };
}

export function admin(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const target = join(outDir, 'admin', 'cms');
        await rm(target, { recursive: true, force: true });
        // Fonts, WebAssembly and the photo worker the npm build points at with `new URL('assets/…', import.meta.url)`.
        const assets = join(dirname(require.resolve('@sveltia/cms')), 'assets');
        const assetNames = (await readdir(assets)).filter((name) => !name.endsWith('.map')).sort();
        // The CMS's npm build imports its locales as JSON and its lazy helpers by package name: esbuild resolves
        // them into files of our own. Chunks keep the npm build's layout (chunks/ next to assets/).
        // Every path esbuild sees (and hashes into the chunks' names) is relative to the project, so the bundle is
        // the same bytes wherever the project lies. preserveSymlinks: a node_modules that is a link to another
        // folder (a second checkout sharing one install) is read through the link, as node_modules/…, not as the
        // folder it points to, whose path relative to the project differs from one checkout to the next.
        const result = await build({
          absWorkingDir: root,
          preserveSymlinks: true,
          entryPoints: { cms: `./${relative(root, fileURLToPath(new URL('../admin/cms.ts', import.meta.url)))}` },
          bundle: true,
          splitting: true,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          outdir: target,
          chunkNames: 'chunks/[name]-[hash]',
          loader: { '.json': 'json' },
          minify: true,
          legalComments: 'none',
          logLevel: 'silent',
          metafile: true,
          plugins: [cmsSourcePlugin(assetNames)],
        });
        for (const name of assetNames) await cp(join(assets, name), join(target, 'assets', name));
        await writeFile(join(outDir, 'admin', 'index.html'), adminHtml());
        const backend = backendFromEnv(process.env);
        if (!process.env.CMS_APP_ID && backend.name !== 'github') {
          logger.warn(
            'CMS_APP_ID er ikke sat: log ind i editoren virker først, når OAuth-programmets id er sat (README, "Indstillinger").',
          );
        }
        // Generated at each build from the schemas and the content being built, so a new track, unit or target is
        // in the editor's select lists at once, with no file to regenerate.
        const contentDir = process.env.CONTENT_DIR ?? 'content';
        await writeFile(join(outDir, 'admin', 'config.yml'), cmsConfigYaml(readCmsOptions(contentDir), backend));
        const files = Object.keys(result.metafile.outputs).length;
        logger.info(`Editoren på /admin/: ${files} filer fra @sveltia/cms, git-vært ${backend.baseUrl}`);
      },
    },
  };
}
