/**
 * Runs the content check (src/lib/content-check) before Astro reads any content: in `astro build` and
 * `astro sync` a problem (cross-references included) stops the command with the Danish report and exit code 1,
 * before Astro's content cache is used and before anything is written to the output folder; in `astro dev` the same report is printed and shown in the browser instead of any page, and
 * the check runs again whenever a file in the content folder changes.
 *
 * `ADRESSER=opdater astro sync` (`npm run adresser`) adds today's page addresses to the address registry.
 *
 * No one has to: every build publishes every address that must keep working as `/adresser.json`, and a build given
 * the live site's copy of that file (`PUBLISHED_ADDRESSES=<file>`, fetched by `scripts/published-addresses.mjs` in CI)
 * asks for a redirect for any of them that disappears, also for a page made in the browser editor.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ADDRESS_REGISTRY, allProblems, checkContentFiles, type CheckResult } from '../lib/content-check';
import { formatProblems } from '../lib/errors';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The page `astro dev` shows while the content has problems. */
export function problemPage(report: string): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Fejl i indholdet</title></head>
<body style="font-family:system-ui,sans-serif;margin:2rem;line-height:1.5;max-width:70rem">
<h1>Fejl i indholdet</h1><p>Siden vises igen, når fejlene er rettet og filerne gemt.</p>
<pre style="white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;padding:1rem">${escapeHtml(report.trim())}</pre>
</body></html>`;
}

function updateRegistry(root: string, contentDir: string, result: CheckResult, logger: AstroIntegrationLogger) {
  const file = join(root, contentDir, ADDRESS_REGISTRY);
  const old: string[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
  // The registry only grows: an address once published stays, so its disappearance is always noticed.
  const next = [...new Set([...old, ...result.addresses])].sort();
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  logger.info(`${contentDir}/${ADDRESS_REGISTRY}: ${next.length - old.length} nye adresser, ${next.length} i alt.`);
}

/** The addresses the live site published, from the file `PUBLISHED_ADDRESSES` names (a JSON list), or none. */
export function readPublishedAddresses(file: string | undefined): string[] {
  if (!file || !existsSync(file)) return [];
  try {
    const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(list)
      ? list.filter((a): a is string => typeof a === 'string' && /^\/(?:[a-z0-9-]+\/)*$/.test(a))
      : [];
  } catch {
    return [];
  }
}

/** The file every build publishes with the addresses that must keep working. */
export const PUBLISHED_ADDRESSES_FILE = 'adresser.json';

/**
 * `unpublished`: pages this build leaves out (a production build's sample cases, src/lib/content/sample.ts). Their
 * addresses were never published, so they are not added to `/adresser.json` (unless an earlier build published them).
 */
export function contentCheck({
  unpublished = new Set<string>(),
}: { unpublished?: Set<string> } = {}): AstroIntegration {
  const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
  const publishedAddresses = readPublishedAddresses(process.env.PUBLISHED_ADDRESSES);
  let latest: CheckResult | undefined;
  let root = process.cwd();
  const publicDir = process.env.PUBLIC_DIR ?? 'public';
  const run = () => (latest = checkContentFiles({ root, contentDir, publicDir, publishedAddresses }));
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, config }) => {
        if (command === 'preview') return;
        root = decodeURIComponent(config.root.pathname);
        const result = run();
        for (const warning of result.warnings) logger.warn(warning);
        if (process.env.ADRESSER === 'opdater') updateRegistry(root, contentDir, result, logger);
        if (command === 'dev') {
          if (allProblems(result).length) logger.error(formatProblems(allProblems(result)));
          return;
        }
        // Every content error stops here, cross-references, dead links and vanished addresses included: before
        // Astro reads the content, renders a page or empties the output folder, so a failed build leaves the
        // previous dist/ as it was.
        if (!allProblems(result).length) return;
        const report = formatProblems(allProblems(result));
        // No stack trace, no "Complete!", and nothing read from the cache: the report, then exit code 1.
        process.stderr.write(`${report}\n`);
        process.exit(1);
      },
      'astro:build:done': ({ dir }) => {
        if (!latest) return;
        // What the committed registry and the live site already hold stays, whatever this build shows.
        const registryFile = join(root, contentDir, ADDRESS_REGISTRY);
        const committed: unknown = existsSync(registryFile) ? JSON.parse(readFileSync(registryFile, 'utf8')) : [];
        const earlier = new Set([...(Array.isArray(committed) ? committed : []), ...publishedAddresses]);
        writeFileSync(
          join(fileURLToPath(dir), PUBLISHED_ADDRESSES_FILE),
          `${JSON.stringify(
            latest.keptAddresses.filter((a) => !unpublished.has(a) || earlier.has(a)),
            null,
            2,
          )}\n`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentPath = join(root, contentDir);
        server.watcher.add(contentPath);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentPath)) return;
          const before = latest ? allProblems(latest).length : 0;
          const result = run();
          if (allProblems(result).length) {
            const report = formatProblems(allProblems(result));
            logger.error(report);
            server.hot.send({ type: 'full-reload' });
          } else if (before) {
            logger.info('Indholdet er i orden igen.');
            server.hot.send({ type: 'full-reload' });
          }
        });
        server.middlewares.use((req, res, next) => {
          const problems = latest ? allProblems(latest) : [];
          const wantsPage = (req.headers.accept ?? '').includes('text/html');
          if (!problems.length || !wantsPage) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(problemPage(formatProblems(problems)));
        });
      },
    },
  };
}
