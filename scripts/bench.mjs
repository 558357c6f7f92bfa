/**
 * npm run bench: builds the site and reports what it costs. A measurement, not a test: it never fails on a
 * number. Prints tables, and writes the same figures as JSON to .tmp/bench.json (or to stdout with --json).
 *
 *   - per page type: HTML, CSS, JS, image and font bytes, raw and gzip, and the requests of a first visit
 *   - the build time, split by phase: bundling, pages, charts, QR codes, PDFs, data files, search index
 *   - search: the share of the query test set (tests/fixtures/search-queries.json) answered well through the real
 *     /soeg/ page in Chromium (expected page in the top 3), the size of the search index, and the first search's
 *     time to its first result on a 400 kbit/s, 400 ms connection (Chromium's network throttling)
 *   - a scale run: the build with 0, 100 and 1.000 extra cases in a copy of the content (time, peak memory, search
 *     index size; the query test set again with 1.000 extra cases)
 *   - Lighthouse (mobile) on four page types, run with npx so it stays out of the dependency tree
 *   - the two ways to publish, side by side: `npm run publish:check` (a change of content) and `npm test` (a change
 *     of code), wall-clock seconds each, and the share; the aim is publish:check at most a fifth of npm test
 *
 * Options: --json, --no-scale (skip the scale run), --no-lighthouse, --no-publish-paths (skip the last part, which
 * runs the whole npm test), --no-npm-test (time publish:check only).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './weight.mjs';
import { serveDist } from './serve-dist.mjs';
import { chromiumPath, launchChromium } from './chromium.mjs';
import { describeMisses, firstResultsThrottled, runSearchQueries } from './search-quality.mjs';

const distDir = process.env.OUT_DIR ?? 'dist';
const asJson = process.argv.includes('--json');
const log = asJson ? () => {} : console.log;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const kb = (n) => (n / 1024).toFixed(1);

/** The pages under a folder of the build, one per subfolder (none when the build made no such folder). */
const pagesUnder = (folder, skip = []) =>
  existsSync(`${distDir}/${folder}`)
    ? readdirSync(`${distDir}/${folder}`, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !skip.includes(d.name))
        .map((d) => `${folder}/${d.name}/index.html`)
    : [];

/**
 * One representative page per page type: where a type has several, the heaviest is reported. Read after the build,
 * so the bench also runs on a fresh clone with no dist/ yet.
 */
const pageTypes = () => [
  ['forside', ['index.html']],
  ['spor', pagesUnder('spor')],
  ['mål', ['maal/index.html']],
  ['aftale', pagesUnder('aftaler')],
  ['case', pagesUnder('cases', ['spor', 'enhed', 'side'])],
  ['materialer', ['materialer/index.html']],
  ['søgning', ['soeg/index.html']],
  ['overblik', ['overblik/index.html']],
];

/** Words from the strategy's own field, for the scale run's generated cases. */
const SCALE_WORDS = [
  'affaldssortering',
  'genanvendelse',
  'madspild',
  'energiforbruget',
  'solceller',
  'varmepumper',
  'elbiler',
  'cykelparkering',
  'samkørsel',
  'tjenesterejser',
  'flergangsinstrumenter',
  'engangsprodukter',
  'plastaffald',
  'vandforbruget',
  'indkøbsaftaler',
  'arbejdsmiljøet',
  'fleksjob',
  'løntilskud',
  'klimaregnskabet',
  'bæredygtighedskonsulenter',
  'grønne agenter',
  'kantinekøkkenet',
  'linnedvognene',
  'sterilcentralen',
  'operationsstuerne',
  'ventilationsanlæg',
  'belysningen',
  'bygningsrenoveringen',
  'kollektiv trafik',
  'patienttransporten',
  'sygetransporten',
  'medicinrester',
  'emballagen',
  'tekstilerne',
  'kitlerne',
  'ledermøderne',
  'uddannelsen',
  'arbejdsulykker',
  'trivslen',
  'biodiversiteten',
  'regnvandet',
  'grønne tage',
  'cirkulære indkøb',
  'reparationer',
  'genbrugsmøbler',
  'madaffaldet',
  'proteinskiftet',
  'plantekost',
  'papirforbruget',
  'printerne',
  'it-udstyret',
];

function runBuild(extraEnv = {}) {
  const result = spawnSync(process.execPath, ['scripts/measure-build.mjs'], {
    encoding: 'utf8',
    env: { ...env, ...extraEnv },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('astro build failed');
  }
  const lines = result.stdout.trim().split('\n');
  return { ...JSON.parse(lines.at(-1)), log: result.stdout };
}

/** Astro logs each generated file with its time, e.g. "├─ /grafer/klimaaftryk.svg/ (+72ms)". */
function generationMs(buildLog, pattern) {
  return [...buildLog.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)]
    .filter((m) => pattern.test(m[1]))
    .reduce((sum, m) => sum + Number(m[2]), 0);
}

function phases(buildLog, seconds) {
  const completed = [...buildLog.matchAll(/✓ Completed in ([\d.]+)(ms|s)/g)].map(
    (m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1),
  );
  return {
    totalMs: Math.round(seconds * 1000),
    contentAndBundlingMs: Math.round(completed[0] ?? 0),
    pagesMs: generationMs(buildLog, /\/$|\.html$/),
    chartsMs: generationMs(buildLog, /^\/grafer\//),
    qrMs: generationMs(buildLog, /^\/qr\//),
    pdfMs: generationMs(buildLog, /\.pdf\/?$/),
    dataMs: generationMs(buildLog, /^\/data\/|\.xml\/?$|\.png\/?$|_redirects/),
    searchIndexMs: Number(/søgeindekset på (\d+) ms/.exec(buildLog)?.[1] ?? 0),
  };
}

function folderSizes(folder, extension) {
  const files = existsSync(`${distDir}/${folder}`)
    ? readdirSync(`${distDir}/${folder}`).filter((f) => f.endsWith(extension))
    : [];
  const sizes = files.map((file) => readFileSync(`${distDir}/${folder}/${file}`));
  const gzipped = sizes.map((b) => gzipSync(b, { level: 6 }).length);
  return {
    count: files.length,
    rawBytes: sizes.reduce((a, b) => a + b.length, 0),
    gzipBytes: gzipped.reduce((a, b) => a + b, 0),
    largestGzip: Math.max(0, ...gzipped),
  };
}

/**
 * The search index's bytes in `<dist>/pagefind/`: the index itself (word index, page fragments, filters, metadata
 * and the word list for the search page) apart from Pagefind's program files (its JavaScript and WebAssembly).
 */
function searchIndexSize(dist) {
  const root = join(dist, 'pagefind');
  let index = 0;
  let program = 0;
  let files = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path).length;
        files += 1;
        if (/\.(js|css)$|^wasm\./.test(entry.name)) program += bytes;
        else index += bytes;
      }
    }
  };
  walk(root);
  return {
    indexBytes: index,
    programBytes: program,
    files,
    vocabularyBytes: readFileSync(join(root, 'ord.json')).length,
  };
}

/** The query test set through the real /soeg/ page of `dist`, in Chromium. */
async function searchQuality(dist) {
  const server = await serveDist({ root: dist });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { outcomes, passed, total, share } = await runSearchQueries(context, server.url);
    await context.close();
    // Timed as served in production: compressed, as the site's nginx sends text.
    const compressed = await serveDist({ root: dist, gzip: true });
    const firstResults = await firstResultsThrottled(browser, compressed.url).finally(() => compressed.close());
    return { passed, total, share: Number(share.toFixed(3)), misses: describeMisses(outcomes), firstResults };
  } finally {
    await browser.close();
    await server.close();
  }
}

// 1. The build itself, and what each page type weighs.
log('Bygger sitet …');
const build = runBuild();
const buildPhases = phases(build.log, build.seconds);
const rows = pageTypes().map(([type, files]) => {
  const weights = files
    .filter((f) => existsSync(`${distDir}/${f}`))
    .map((file) => ({ file, ...pageWeight(distDir, file) }));
  const w = weights.sort((a, b) => b.totalGzip - a.totalGzip)[0];
  return {
    type,
    page: `/${w.file.replace(/index\.html$/, '')}`,
    pages: weights.length,
    html: w.html,
    css: {
      raw: w.css.inline.raw + w.css.linked.raw,
      gzip: w.css.inline.gzip + w.css.linked.gzip,
      inline: w.css.files === 0,
    },
    js: { raw: w.js.inline.raw + w.js.linked.raw, gzip: w.js.inline.gzip + w.js.linked.gzip },
    images: { raw: w.images.raw, gzip: w.images.gzip },
    fonts: { raw: w.fonts.raw, gzip: w.fonts.gzip, files: w.fonts.files },
    htmlAndCssGzip: w.htmlAndCssGzip,
    firstVisitGzip: w.totalGzip,
    requests: w.requests,
  };
});
const files = {
  charts: { ...folderSizes('grafer', '.svg'), renderMs: buildPhases.chartsMs },
  posters: { ...folderSizes('plakater', '.pdf'), renderMs: buildPhases.pdfMs },
  qrCodes: { ...folderSizes('qr', '.svg'), renderMs: buildPhases.qrMs },
};

log(
  '\nSidetype    Side (tungeste)                              HTML rå/gzip     CSS rå/gzip        JS rå/gzip      Billeder gzip  Skrifter gzip  Første besøg gzip  Forespørgsler',
);
for (const r of rows) {
  log(
    [
      r.type.padEnd(11),
      r.page.padEnd(44),
      `${kb(r.html.raw)}/${kb(r.html.gzip)} KB`.padEnd(16),
      `${kb(r.css.raw)}/${kb(r.css.gzip)} KB${r.css.inline ? ' i' : ''}`.padEnd(18),
      `${kb(r.js.raw)}/${kb(r.js.gzip)} KB`.padEnd(15),
      `${kb(r.images.gzip)} KB`.padEnd(14),
      `${kb(r.fonts.gzip)} KB (${r.fonts.files})`.padEnd(14),
      `${kb(r.firstVisitGzip)} KB`.padEnd(18),
      String(r.requests),
    ].join(' '),
  );
}
log(
  '(HTML-tallene indeholder den inline CSS ("i"); skrifterne er Inter i tre vægte, hentet efter HTML\'en uden at holde teksten tilbage (font-display: swap), den almindelige vægt forudindlæst; billeder hentes, når de ses.)',
);
log(
  `\nGrafer: ${files.charts.count} SVG, ${kb(files.charts.gzipBytes)} KB gzip i alt, største ${kb(files.charts.largestGzip)} KB · Plakater: ${files.posters.count} PDF, største ${kb(
    Math.max(
      0,
      ...readdirSync(`${distDir}/plakater`)
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => readFileSync(`${distDir}/plakater/${f}`).length),
    ),
  )} KB · QR-koder: ${files.qrCodes.count} SVG`,
);
log(
  `Byggetid i alt ${(buildPhases.totalMs / 1000).toFixed(2)} s: indhold og bundling ${buildPhases.contentAndBundlingMs} ms, sider ${buildPhases.pagesMs} ms, grafer ${buildPhases.chartsMs} ms, QR ${buildPhases.qrMs} ms, PDF ${buildPhases.pdfMs} ms, data og feeds ${buildPhases.dataMs} ms, søgeindeks ${buildPhases.searchIndexMs} ms; højeste hukommelse ${build.peakMemoryMB} MB`,
);

// Search: how well the query test set is answered, and what the index weighs.
const searchIndex = searchIndexSize(distDir);
log('\nSøger med testsættet af forespørgsler …');
const search = { ...(await searchQuality(distDir)), ...searchIndex };
log(
  `Søgning: ${search.passed} af ${search.total} forespørgsler (${Math.round(search.share * 100)} %) med den ventede side blandt de 3 første` +
    ` · søgeindeks ${kb(search.indexBytes)} KB (heraf ordliste ${kb(search.vocabularyBytes)} KB), Pagefinds program ${kb(search.programBytes)} KB`,
);
for (const miss of search.misses) log(`  forkert: ${miss}`);
log(
  `Første søgning ved ${search.firstResults.network} (»${search.firstResults.query}«, intet i cache): ` +
    `${search.firstResults.typedMs} ms fra Enter til første resultat, når feltet er skrevet i; ` +
    `${search.firstResults.linkedMs} ms fra /soeg/?q=… åbnes til første resultat`,
);

// 2. The scale run: the same build with many more cases.
let scale = null;
if (!process.argv.includes('--no-scale')) {
  scale = [];
  const unitIds = JSON.parse(readFileSync('content/data/enheder.json', 'utf8')).map((u) => u.id);
  // The list pages: /cases/ and its further pages, and every track's and unit's list with theirs.
  const listPages = (casesDir) => {
    const walk = (dir) =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    return [
      join(casesDir, 'index.html'),
      ...['side', 'spor', 'enhed']
        .filter((sub) => existsSync(join(casesDir, sub)))
        .flatMap((sub) => walk(join(casesDir, sub))),
    ].filter((f) => f.endsWith('index.html'));
  };
  for (const extra of [0, 100, 1000]) {
    const root = join('.tmp', 'bench-scale', String(extra));
    rmSync(root, { recursive: true, force: true });
    cpSync('content', join(root, 'content'), { recursive: true });
    for (let i = 0; i < extra; i += 1) {
      const track = [
        'ansvarligt-forbrug',
        'energi-og-byggeri',
        'mobilitet-og-transport',
        'social-ansvarlighed',
        'ledelse-og-styring',
      ][i % 5];
      // Real (not sample) cases with varied Danish text, so the search index grows as it would with real cases.
      const pick = (n) => SCALE_WORDS[(i * 7 + n * 13 + Math.floor(i / SCALE_WORDS.length)) % SCALE_WORDS.length];
      const body = [0, 1, 2, 3]
        .map(
          (n) =>
            `Afdeling ${i} arbejdede med ${pick(n)} og ${pick(n + 4)}, så ${pick(n + 8)} blev mindre og ${pick(n + 12)} bedre.`,
        )
        .join(' ');
      writeFileSync(
        join(root, 'content', 'cases', `skala-${i}.mdx`),
        `---\ntitel: "Skalacase ${i}: ${pick(0)}"\nresume: "En genereret case om ${pick(1)} og ${pick(2)} til at måle, hvordan bygningen vokser med indholdet (nummer ${i})."\nspor: [${track}]\nenheder: [${unitIds[i % unitIds.length]}]\naar: ${2000 + (i % 25)}\nkilder:\n  - navn: "Region Midtjylland"\n    url: https://www.rm.dk/\nbeskrivelse: "En genereret case nummer ${i}, som kun findes i benchmarkens skalakørsel af sitet."\n---\n\n${body}\n`,
      );
    }
    log(`Skalakørsel: ${extra} ekstra cases …`);
    const run = runBuild({
      CONTENT_DIR: join(root, 'content'),
      OUT_DIR: join(root, 'dist'),
      CACHE_DIR: join(root, 'cache'),
    });
    const lists = listPages(join(root, 'dist', 'cases')).map((file) => {
      const html = readFileSync(file);
      return {
        path: `/${relative(join(root, 'dist'), file).replace(/index\.html$/, '')}`,
        raw: html.length,
        gzip: gzipSync(html).length,
      };
    });
    const largest = lists.reduce((a, b) => (b.raw > a.raw ? b : a));
    const index = searchIndexSize(join(root, 'dist'));
    const quality = extra === 1000 ? await searchQuality(join(root, 'dist')) : undefined;
    scale.push({
      extraCases: extra,
      seconds: Number(run.seconds.toFixed(2)),
      peakMemoryMB: run.peakMemoryMB,
      pages: readdirSync(join(root, 'dist', 'cases')).length,
      listPages: lists.length,
      largestListPage: largest,
      searchIndexMs: phases(run.log, run.seconds).searchIndexMs,
      searchIndexBytes: index.indexBytes,
      searchShare: quality?.share,
    });
  }
  log(
    '\nEkstra cases  Byggetid   Højeste hukommelse  Listesider  Største listeside (rå / gzip)        Søgeindeks (tid, størrelse)  Søgning godt besvaret',
  );
  for (const s of scale) {
    const l = s.largestListPage;
    const list = `${kb(l.raw)} KB / ${kb(l.gzip)} KB (${l.path})`;
    const search = `${s.searchIndexMs} ms, ${kb(s.searchIndexBytes)} KB`;
    const share = s.searchShare === undefined ? '' : `${Math.round(s.searchShare * 100)} %`;
    log(
      `${String(s.extraCases).padEnd(13)} ${`${s.seconds.toFixed(1)} s`.padEnd(10)} ${`${s.peakMemoryMB} MB`.padEnd(19)} ${String(s.listPages).padEnd(11)} ${list.padEnd(36)} ${search.padEnd(28)} ${share}`,
    );
  }
}

// 3. Lighthouse, mobile preset, against the built site served locally.
let lighthouse = null;
if (!process.argv.includes('--no-lighthouse')) {
  lighthouse = {};
  const server = await serveDist({ root: distDir, headersFile: `${distDir}/_headers`, port: 4399 });
  const targets = {
    forside: '/',
    spor: '/spor/ansvarligt-forbrug/',
    aftale: '/aftaler/psykiatrien/',
    case: '/cases/den-cirkulaere-legeplads/',
  };
  for (const [type, path] of Object.entries(targets)) {
    const out = join('.tmp', `lighthouse-${type}.json`);
    log(`Lighthouse: ${path} …`);
    const code = await new Promise((resolve) => {
      const child = spawn(
        'npx',
        [
          '--yes',
          'lighthouse@12',
          server.url + path,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          '--form-factor=mobile',
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync',
        ],
        { env: { ...env, CHROME_PATH: chromiumPath() }, stdio: 'ignore' },
      );
      child.on('close', resolve);
      child.on('error', () => resolve(1));
    });
    if (code !== 0 || !existsSync(out)) {
      lighthouse[type] = null;
      continue;
    }
    const report = JSON.parse(readFileSync(out, 'utf8'));
    lighthouse[type] = Object.fromEntries(
      Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]),
    );
  }
  await server.close();
  log('\nLighthouse (mobil)  performance  accessibility  best-practices  seo');
  for (const [type, scores] of Object.entries(lighthouse)) {
    log(
      scores
        ? `${type.padEnd(19)} ${String(scores.performance).padEnd(12)} ${String(scores.accessibility).padEnd(14)} ${String(scores['best-practices']).padEnd(15)} ${scores.seo}`
        : `${type.padEnd(19)} ikke målt (Lighthouse kunne ikke køre)`,
    );
  }
}

// 4. The two ways to publish: the fast path for content and the whole test for code, timed on this machine.
let publishPaths = null;
if (!process.argv.includes('--no-publish-paths')) {
  const timed = (args) => {
    const started = process.hrtime.bigint();
    const result = spawnSync('npm', args, { env, stdio: 'ignore' });
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, ok: result.status === 0 };
  };
  log('\nnpm run publish:check …');
  const publishCheck = timed(['run', 'publish:check']);
  let npmTest = null;
  if (!process.argv.includes('--no-npm-test')) {
    log('npm test … (det tager et kvarter)');
    npmTest = timed(['test']);
  }
  publishPaths = {
    publishCheck,
    npmTest,
    share: npmTest ? publishCheck.seconds / npmTest.seconds : null,
  };
  const line = (name, r) =>
    `${name.padEnd(22)} ${r ? `${r.seconds.toFixed(0)} s${r.ok ? '' : ' (fejlede)'}` : 'ikke målt'}`;
  log('\nUdgivelse              tid');
  log(line('npm run publish:check', publishCheck));
  log(line('npm test', npmTest));
  if (publishPaths.share !== null)
    log(`publish:check tager ${Math.round(publishPaths.share * 100)} % af npm tests tid (mål: højst 20 %).`);
}

const report = {
  date: new Date().toISOString(),
  node: process.version,
  build: { ...buildPhases, peakMemoryMB: build.peakMemoryMB },
  pageTypes: rows,
  files,
  search,
  scale,
  lighthouse,
  publishPaths,
};
if (asJson) console.log(JSON.stringify(report, null, 2));
else {
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  log('\nJSON: .tmp/bench.json');
}
