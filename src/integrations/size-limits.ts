/**
 * Size limits in the build itself. Astro's image pipeline copies a case photo's original into `_astro/` next
 * to the sizes it makes; no page links to it, so it is removed. Then the build reports each page's weight against
 * the budgets (scripts/weight.mjs, shared with `npm run bench` and the budget tests): the heaviest first visit,
 * the heaviest QR landing page, and every page over a budget.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  budgetViolations,
  builtPages,
  isQrLandingPage,
  pageWeight,
  PAGE_BUDGET,
  QR_PAGE_BUDGET,
} from '../../scripts/weight.mjs';

interface Weight {
  totalGzip: number;
  htmlAndCssGzip: number;
}

const kb = (n: number) => `${(n / 1024).toFixed(1).replace('.', ',')} KB`;

/** Removes files in `_astro/` that are byte for byte an original photo from the content folder. */
function removeOriginals(distDir: string, photoDir: string): number {
  const assets = join(distDir, '_astro');
  if (!existsSync(photoDir) || !existsSync(assets)) return 0;
  const originals = readdirSync(photoDir).map((name) => readFileSync(join(photoDir, name)));
  let removed = 0;
  for (const name of readdirSync(assets).filter((n) => /\.(jpe?g|png|webp)$/i.test(n))) {
    const path = join(assets, name);
    const size = statSync(path).size;
    const same = originals.find((o) => o.length === size);
    if (same && same.equals(readFileSync(path))) {
      rmSync(path);
      removed += 1;
    }
  }
  return removed;
}

export function sizeLimits(): AstroIntegration {
  const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
  let root = process.cwd();
  return {
    name: 'size-limits',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const removed = removeOriginals(distDir, join(root, contentDir, 'billeder'));
        if (removed)
          logger.info(`${removed} originalbilleder er ikke udgivet; siderne bruger de formindskede udgaver.`);
        const weights = (builtPages(distDir) as { file: string; path: string }[]).map(({ file, path }) => ({
          path,
          weight: pageWeight(distDir, file) as Weight,
        }));
        if (!weights.length) return;
        const heaviest = weights.reduce((a, b) => (b.weight.totalGzip > a.weight.totalGzip ? b : a));
        const qr = weights.filter((w) => isQrLandingPage(w.path));
        const heaviestQr = qr.length
          ? qr.reduce((a, b) => (b.weight.htmlAndCssGzip > a.weight.htmlAndCssGzip ? b : a))
          : undefined;
        logger.info(
          `${weights.length} sider. Tungeste første visning: ${kb(heaviest.weight.totalGzip)} gzip (${heaviest.path}; grænse ${kb(PAGE_BUDGET)}).` +
            (heaviestQr
              ? ` Tungeste QR-side: HTML + CSS ${kb(heaviestQr.weight.htmlAndCssGzip)} gzip (${heaviestQr.path}; grænse ${kb(QR_PAGE_BUDGET)}).`
              : ''),
        );
        for (const violation of budgetViolations(distDir) as string[]) logger.warn(`Over budget: ${violation}`);
      },
    },
  };
}
