/**
 * `npm run publish:check`: the fast path for a change of content. The content check and the build (one command:
 * the check runs first inside it), then the checks of the built site that content can fail (links, budgets,
 * addresses, scripts/site-check.mjs), everything in Danish. CI runs it instead of the whole `npm test` when a change
 * touches only `content/` and `public/`.
 *
 * With SITE_URL set, it first fetches the live site's /adresser.json (scripts/published-addresses.mjs), so a page
 * published from the browser editor keeps its address without anyone registering it.
 */
import { spawnSync } from 'node:child_process';
import { siteProblems } from './site-check.mjs';
import { fetchPublishedAddresses } from './published-addresses.mjs';

const started = Date.now();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const distDir = process.env.OUT_DIR ?? 'dist';
const siteUrl = new URL(process.env.SITE_URL?.trim() || 'https://baeredygtighed.rm.dk/').href;

if (process.env.SITE_URL && !env.PUBLISHED_ADDRESSES) {
  const file = await fetchPublishedAddresses(process.env.SITE_URL, '.tmp/udgivne-adresser.json');
  if (file) env.PUBLISHED_ADDRESSES = file;
}

console.log('1/2 Indholdet tjekkes, og sitet bygges …');
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nBygningen stoppede. Ret fejlene ovenfor (fil, linje og felt står i beskeden), og gem igen.');
  process.exit(1);
}

console.log('2/2 Det byggede site tjekkes: links, størrelser og adresser …');
const problems = siteProblems(distDir, siteUrl);
const seconds = Math.round((Date.now() - started) / 1000);
if (problems.length) {
  console.error(`\nDer er ${problems.length} fejl i det byggede site. Ret dem, og byg igen:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`\nAlt er i orden (${seconds} s). Ændringen kan udgives.`);
