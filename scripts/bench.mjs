/**
 * npm run bench: builds the site and reports what each page type weighs and how long the build takes.
 * A measurement, not a test: it never fails on a number. Prints a table, and the same figures as JSON
 * to .tmp/bench.json (or to stdout with --json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './weight.mjs';

const distDir = process.env.OUT_DIR ?? 'dist';
const asJson = process.argv.includes('--json');
const log = asJson ? () => {} : console.log;

/** One representative page per page type: where a type has several pages, the heaviest is reported. */
const pageTypes = [
  ['forside', ['index.html']],
  ['spor', [
    'spor/ansvarligt-forbrug/index.html',
    'spor/energi-og-byggeri/index.html',
    'spor/mobilitet-og-transport/index.html',
    'spor/social-ansvarlighed/index.html',
    'spor/ledelse-og-styring/index.html',
  ]],
  ['aftale', ['aftaler/aarhus-universitetshospital/index.html', 'aftaler/midtvask/index.html', 'aftaler/stabe-og-faellesfunktioner/index.html']],
  ['mål', ['maal/index.html']],
  ['overblik', ['overblik/index.html']],
  ['aftaler', ['aftaler/index.html']],
  ['tekstside', ['tilgaengelighed/index.html', 'cases/index.html', 'materialer/index.html', 'staasted/index.html']],
  ['plakat', ['plakater/auh/index.html']],
  ['404', ['404.html']],
];

function timedBuild() {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('astro build failed');
  }
  return { seconds, log: result.stdout };
}

/** Astro logs each generated file with its time, e.g. "├─ /grafer/klimaaftryk.svg/ (+72ms)". */
function generationMs(log, pattern) {
  return [...log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].filter((m) => pattern.test(m[1])).reduce((sum, m) => sum + Number(m[2]), 0);
}

log('Bygger sitet …');
const build = timedBuild();
const buildSeconds = build.seconds;

const chartFiles = existsSync(`${distDir}/grafer`) ? readdirSync(`${distDir}/grafer`).filter((f) => f.endsWith('.svg')) : [];
const chartSizes = chartFiles.map((file) => {
  const buffer = readFileSync(`${distDir}/grafer/${file}`);
  return { file, raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length };
});
function folderSizes(folder, extension) {
  const files = existsSync(`${distDir}/${folder}`) ? readdirSync(`${distDir}/${folder}`).filter((f) => f.endsWith(extension)) : [];
  const sizes = files.map((file) => readFileSync(`${distDir}/${folder}/${file}`).length);
  return { count: files.length, rawBytes: sizes.reduce((a, b) => a + b, 0), largest: Math.max(0, ...sizes) };
}
const posters = { ...folderSizes('plakater', '.pdf'), renderMs: generationMs(build.log, /^\/plakater\/.+\.pdf/) };
const qrCodes = { ...folderSizes('qr', '.svg'), renderMs: generationMs(build.log, /^\/qr\//) };

const charts = {
  count: chartFiles.length,
  rawBytes: chartSizes.reduce((sum, c) => sum + c.raw, 0),
  gzipBytes: chartSizes.reduce((sum, c) => sum + c.gzip, 0),
  largestGzip: chartSizes.reduce((max, c) => (c.gzip > max.gzip ? c : max), { file: '-', gzip: 0 }),
  renderMs: generationMs(build.log, /^\/grafer\//),
};

const rows = pageTypes.map(([type, files]) => {
  const weights = files.filter((f) => existsSync(`${distDir}/${f}`)).map((file) => ({ file, ...pageWeight(distDir, file) }));
  const heaviest = weights.sort((a, b) => b.htmlAndCssGzip - a.htmlAndCssGzip)[0];
  return {
    type,
    page: heaviest.file,
    pages: weights.length,
    htmlRaw: heaviest.html.raw,
    htmlGzip: heaviest.html.gzip,
    cssRaw: heaviest.css.inline.raw + heaviest.css.linked.raw,
    cssGzip: heaviest.css.inline.gzip + heaviest.css.linked.gzip,
    cssInline: heaviest.css.files === 0,
    jsRaw: heaviest.js.inline.raw + heaviest.js.linked.raw,
    htmlAndCssGzip: heaviest.htmlAndCssGzip,
    requests: heaviest.requests,
  };
});

const kb = (n) => (n / 1024).toFixed(1);
log('\nSidetype     Side                                            HTML rå / gzip   CSS rå / gzip (inline)   JS   HTML+CSS gzip   Forespørgsler');
for (const r of rows) {
  log(
    `${r.type.padEnd(12)} ${r.page.padEnd(47)} ${`${kb(r.htmlRaw)} / ${kb(r.htmlGzip)} KB`.padEnd(16)} ${`${kb(r.cssRaw)} / ${kb(r.cssGzip)} KB${r.cssInline ? ' (inline)' : ''}`.padEnd(24)} ${`${r.jsRaw} B`.padEnd(4)} ${`${kb(r.htmlAndCssGzip)} KB`.padEnd(15)} ${r.requests}`,
  );
}
log(`\nGrafer: ${charts.count} SVG-filer, ${kb(charts.rawBytes)} KB rå / ${kb(charts.gzipBytes)} KB gzip i alt; største ${charts.largestGzip.file} ${kb(charts.largestGzip.gzip)} KB gzip; tegnet på ${charts.renderMs} ms`);
log(`Plakater: ${posters.count} PDF-filer, største ${kb(posters.largest)} KB; lavet på ${posters.renderMs} ms`);
log(`QR-koder: ${qrCodes.count} SVG-filer, største ${kb(qrCodes.largest)} KB; lavet på ${qrCodes.renderMs} ms`);
log(`Byggetid (astro build): ${buildSeconds.toFixed(2)} s`);
log('(HTML-tallene indeholder den inline CSS; "HTML+CSS gzip" er det, en første visning henter.)');

const report = { date: new Date().toISOString(), node: process.version, buildSeconds: Number(buildSeconds.toFixed(2)), pageTypes: rows, charts, posters, qrCodes };
if (asJson) console.log(JSON.stringify(report, null, 2));
else {
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  log('JSON: .tmp/bench.json');
}
