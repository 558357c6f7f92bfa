/**
 * The content check (src/lib/content-check) in real builds of broken content: each mistake an editor can make
 * stops the build with a Danish message naming the file, the line and the field, all of them in one build,
 * without a stack trace, and without "Complete!".
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, prepareFixture, reportedProblems, type FixtureBuild } from '../helpers/fixture-build';

function expectFailed(build: FixtureBuild) {
  expect(build.status).not.toBe(0);
  expect(build.output).not.toContain('Complete!');
  // No stack trace: no "    at …" lines and no English parser jargon.
  expect(build.output).not.toMatch(/^\s+at\s/m);
  expect(build.output).not.toMatch(/acorn|Unexpected token|SyntaxError/);
}

describe('one build reports every kind of mistake', () => {
  test('JSON, YAML and MDX syntax errors and schema errors, each with file, line and field', async () => {
    const f = prepareFixture('check-syntax', { from: FIXTURE_CONTENT });
    // A trailing comma in a JSON list.
    f.replace('strategi/vision.json', /\}\s*\]\s*$/, '},\n]\n');
    // An MDX syntax error: curly braces in text, and `<5` in another case.
    f.replace('cases/groenne-agenter.mdx', 'De ti konsulenter er fordelt sådan:', 'De ti konsulenter er fordelt sådan {se listen:');
    f.replace('cases/madaffald-randers.mdx', /\n---\n\n/, '\n---\n\nUnder <5 % af maden går til spilde.\n\n');
    // YAML: a tab, an unquoted colon, and a missing closing ---.
    f.replace('spor/energi-og-byggeri.md', 'nummer: 2', '\tnummer: 2');
    f.replace('sider/staasted.mdx', 'titel: Strategiens ståsted', 'titel: Strategi: ståsted');
    f.replace('sider/tilgaengelighed.mdx', /\n---\n/, '\n\n');
    // Schema errors: a missing field, and a measurement in a list named by its year.
    f.editJson('maal/vandforbrug.json', (d) => delete d.frist);
    f.editJson('data/indikatorer.json', (d) => {
      const list = d as unknown as { id: string; maalinger: { vaerdi: unknown }[] }[];
      list.find((i) => i.id === 'klimaaftryk')!.maalinger[1]!.vaerdi = '678000 t';
    });
    const build = await buildFixture('check-syntax');
    expectFailed(build);
    const problems = reportedProblems(build);
    const expected = [
      /^content\/cases\/groenne-agenter\.mdx, linje 18, kolonne \d+: har en fejl i teksten: I MDX er \{ og \} kode\. Skriv \\\{ og \\\}/,
      /^content\/cases\/madaffald-randers\.mdx, linje \d+, kolonne \d+: har en fejl i teksten: I MDX begynder < et tag\. Skriv "under"/,
      /^content\/data\/indikatorer\.json, linje \d+, kolonne \d+ \(id "klimaaftryk"\): feltet "maalinger\[nr\. 2, år 2020\]\.vaerdi" er "678000 t" \(en tekst\), men skal være et tal/,
      /^content\/maal\/vandforbrug\.json, linje 1, kolonne 1: feltet "frist" mangler\. Skriv fristen som et årstal/,
      /^content\/sider\/staasted\.mdx, linje 2, kolonne \d+: har en fejl i felterne\. Teksten efter feltnavnet indeholder et kolon\. Sæt "anførselstegn"/,
      /^content\/sider\/tilgaengelighed\.mdx, linje 1: har ingen afsluttende linje med tre bindestreger \(---\)/,
      /^content\/spor\/energi-og-byggeri\.md, linje 4, kolonne 1: har en fejl i felterne\. Der er et tabulatortegn \(Tab\)\. Ryk ind med mellemrum/,
      /^content\/strategi\/vision\.json, linje \d+, kolonne \d+: er ikke gyldig JSON\. Der er et komma efter det sidste punkt i en liste eller gruppe\. Slet kommaet\./,
    ];
    for (const pattern of expected) expect(problems.some((p) => pattern.test(p)), `${pattern}\n${problems.join('\n')}`).toBe(true);
    expect(problems).toHaveLength(expected.length);
    // The line of the trailing comma is the line where the comma is.
    const visionLines = readFileSync(join(f.contentDir, 'strategi/vision.json'), 'utf8').split('\n');
    const commaLine = visionLines.findLastIndex((l) => l.trim() === '},') + 1;
    expect(problems).toContainEqual(expect.stringContaining(`content/strategi/vision.json, linje ${commaLine}, kolonne`));
  });
});

describe('content is data, never code', () => {
  test('an expression, import, <script>, <meta http-equiv>, <style>, an onerror attribute and javascript:/data: URLs', async () => {
    const f = prepareFixture('check-code', { from: FIXTURE_CONTENT });
    f.replace('cases/groenne-agenter.mdx', 'De ti konsulenter er fordelt sådan:', 'Bygget på {process.env.HOME}. De ti konsulenter er fordelt sådan:');
    f.replace('cases/madaffald-randers.mdx', /\n---\n\n/, '\n---\n\nimport Secret from "../../src/lib/site.ts";\n\n');
    f.replace('sider/staasted.mdx', '## Strategiens ståsted', '<script>alert(1)</script>\n\n## Strategiens ståsted');
    f.replace('sider/tilgaengelighed.mdx', /\n---\n\n/, '\n---\n\n<meta http-equiv="refresh" content="0; url=https://example.com" />\n\n');
    f.replace('sider/maal.mdx', /\n---\n/, '\n---\n\n<style>{`body { display: none }`}</style>\n');
    f.replace('cases/flergangstekstiler.mdx', /\n---\n\n/, '\n---\n\n<Faktaboks titel="Fakta" onerror="alert(1)">Tekst</Faktaboks>\n\n');
    f.replace('sider/aftaler.mdx', '](https://www.rm.dk/om-os/organisation/baredygtighed/', '](javascript:alert(1)//');
    f.replace('cases/midtvask-plast-i-ring.mdx', /url: https:\/\/[^\n]+/, 'url: "data:text/html,<script>alert(1)</script>"');
    const build = await buildFixture('check-code');
    expectFailed(build);
    const problems = reportedProblems(build);
    const expected = [
      /^content\/cases\/flergangstekstiler\.mdx, linje \d+, kolonne 1: har "onerror" på <Faktaboks>, som kører JavaScript\./,
      /^content\/cases\/groenne-agenter\.mdx, linje 18, kolonne 11: har kode i klammer: \{process\.env\.HOME\}\./,
      /^content\/cases\/madaffald-randers\.mdx, linje \d+, kolonne 1: har "import" eller "export", som er kode\./,
      /^content\/cases\/midtvask-plast-i-ring\.mdx, linje \d+, kolonne \d+: feltet "kilder\[nr\. 1\]\.url" er "data:text\/html,<script>alert\(1\)<\/script>", som ikke har den rigtige form\. Skriv en fuld adresse, der begynder med https:\/\/\./,
      /^content\/sider\/aftaler\.mdx, linje \d+, kolonne \d+: har et link, der ikke er tilladt: "javascript:alert\(1\)\/\/.*" bruger "javascript:"/,
      /^content\/sider\/maal\.mdx, linje \d+, kolonne 1: har et <style>-element, som ændrer sidens udseende\./,
      /^content\/sider\/staasted\.mdx, linje \d+, kolonne 1: har et <script>-element, som kører JavaScript\./,
      /^content\/sider\/tilgaengelighed\.mdx, linje \d+, kolonne 1: har et <meta>-element, som kan sende læseren videre til et andet site\./,
    ];
    for (const pattern of expected) expect(problems.some((p) => pattern.test(p)), `${pattern}\n${problems.join('\n')}`).toBe(true);
    expect(problems).toHaveLength(expected.length);
  });

  test('with a warm cache, a JSON syntax error still fails the build; a registered component works', async () => {
    const f = prepareFixture('check-cache', { from: FIXTURE_CONTENT });
    f.replace(
      'cases/groenne-agenter.mdx',
      'De ti konsulenter er fordelt sådan:',
      '<Faktaboks titel="Kort fortalt">Ti konsulenter, **fordelt** i hele regionen.</Faktaboks>\n\nDe ti konsulenter er fordelt sådan:',
    );
    const first = await buildFixture('check-cache');
    expect(first.status, first.output).toBe(0);
    const html = readFileSync(join(first.outDir, 'cases/groenne-agenter/index.html'), 'utf8');
    expect(html).toMatch(/<aside[^>]*aria-label="Kort fortalt"[^>]*>.*Kort fortalt.*Ti konsulenter, <strong>fordelt<\/strong> i hele regionen\./s);
    expect(html).not.toContain('<Faktaboks');
    // The cache is warm now; a trailing comma in a data list must not publish the cached data.
    f.replace('data/enheder.json', /\}\s*\]\s*$/, '},\n]\n');
    const second = await buildFixture('check-cache');
    expectFailed(second);
    expect(reportedProblems(second)).toEqual([
      expect.stringMatching(/^content\/data\/enheder\.json, linje \d+, kolonne \d+: er ikke gyldig JSON\. Der er et komma efter det sidste punkt/),
    ]);
  });
});

describe('the dev server', () => {
  test('shows the same Danish message instead of a page', async () => {
    const f = prepareFixture('check-dev', { from: FIXTURE_CONTENT });
    f.replace('data/enheder.json', /\}\s*\]\s*$/, '},\n]\n');
    const { spawn } = await import('node:child_process');
    const port = 4400 + Math.floor(Math.random() * 400);
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...process.env, CONTENT_DIR: f.contentDir, CACHE_DIR: join('.tmp/fixtures/check-dev/cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    try {
      for (let i = 0; i < 120 && !output.includes(`127.0.0.1:${port}`); i += 1) await new Promise((r) => setTimeout(r, 250));
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } });
      const page = await response.text();
      expect(response.status).toBe(500);
      expect(page).toContain('Fejl i indholdet');
      expect(page).toMatch(/\.tmp\/fixtures\/check-dev\/content\/data\/enheder\.json, linje \d+, kolonne \d+: er ikke gyldig JSON\. Der er et komma efter/);
      expect(output).toMatch(/enheder\.json, linje \d+, kolonne \d+: er ikke gyldig JSON/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('links and addresses that never die', () => {
  test('a renamed case fails until a redirect is added, then its old address redirects; a dead link fails', async () => {
    const f = prepareFixture('check-rename', { from: FIXTURE_CONTENT });
    const dir = join(f.contentDir, 'cases');
    renameSync(join(dir, 'groenne-agenter.mdx'), join(dir, 'groenne-agenter-i-hele-regionen.mdx'));
    f.replace('sider/staasted.mdx', 'Kilde: [FN', 'Se også [en case](/cases/findes-ikke/).\n\nKilde: [FN');
    const first = await buildFixture('check-rename');
    expectFailed(first);
    expect(reportedProblems(first)).toEqual([
      'content/data/adresser.json: Adressen /cases/groenne-agenter/ er udgivet før, men findes ikke længere (er en fil omdøbt eller slettet?). ' +
        'Links og bogmærker til den ville give "Siden findes ikke". Tilføj en omdirigering i content/data/omdirigeringer.json, fx ' +
        '{ "fra": "/cases/groenne-agenter/", "til": "/cases/groenne-agenter-i-hele-regionen/" }.',
      expect.stringMatching(/^content\/sider\/staasted\.mdx, linje \d+, kolonne \d+: har et link til \/cases\/findes-ikke\/, som ikke findes på sitet\./),
    ]);
    f.replace('sider/staasted.mdx', '(/cases/findes-ikke/)', '(/cases/groenne-agenter-i-hele-regionen/)');
    // Added to the redirects the content already has.
    const existing = JSON.parse(readFileSync(join(f.contentDir, 'data/omdirigeringer.json'), 'utf8')) as unknown[];
    f.write(
      'data/omdirigeringer.json',
      `${JSON.stringify([...existing, { fra: '/cases/groenne-agenter/', til: '/cases/groenne-agenter-i-hele-regionen/' }], null, 2)}\n`,
    );
    const second = await buildFixture('check-rename');
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain('/cases/groenne-agenter-i-hele-regionen/');
    const old = readFileSync(join(second.outDir, 'cases/groenne-agenter/index.html'), 'utf8');
    expect(old).toContain('<meta http-equiv="refresh" content="0; url=/cases/groenne-agenter-i-hele-regionen/">');
    expect(old).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/cases\/groenne-agenter-i-hele-regionen\/">/);
    expect(existsSync(join(second.outDir, 'cases/groenne-agenter-i-hele-regionen/index.html'))).toBe(true);
    const redirects = readFileSync(join(second.outDir, '_redirects'), 'utf8');
    expect(redirects).toContain('/cases/groenne-agenter/ /cases/groenne-agenter-i-hele-regionen/ 301');
    expect(redirects).toContain('/cases/groenne-agenter /cases/groenne-agenter-i-hele-regionen/ 301');
  });
});

describe('plausible numbers, unique and clean names and values', () => {
  test('thousands separators, a tenfold jump, names, duplicates, Word quotes, tabs and invisible characters', async () => {
    const f = prepareFixture('check-values', { from: FIXTURE_CONTENT });
    // 400.000 is 400 to JSON: the footprint would fall to 400 t.
    f.replace('data/indikatorer.json', '"vaerdi": 400000', '"vaerdi": 400.000');
    // A tenfold jump from 2022 (23 %) to 2023.
    f.replace('data/indikatorer.json', /("aar": 2023,\s*"vaerdi": )24\b/, '$1240');
    // The same slip in YAML.
    f.replace('cases/flergangstekstiler.mdx', 'vaerdi: 483', 'vaerdi: 12.500');
    // A file name with æ/ø/å and a space; the same id as .md and .mdx; two cases with the same title.
    f.write('cases/Grøn kantine.mdx', readFileSync(join(f.contentDir, 'cases/groenne-agenter.mdx'), 'utf8'));
    f.write('cases/groenne-agenter.md', readFileSync(join(f.contentDir, 'cases/groenne-agenter.mdx'), 'utf8'));
    f.write('cases/groenne-agenter-kopi.mdx', readFileSync(join(f.contentDir, 'cases/groenne-agenter.mdx'), 'utf8'));
    // A title pasted from Word, a tab in a value, and a zero-width space at the end of a value.
    f.replace('cases/madaffald-randers.mdx', 'titel: "Fra madaffald til menukortet i Randers"', 'titel: "”Fra madaffald til menukortet i Randers”"');
    f.replace('maal/vandforbrug.json', '"titel": "Vandforbrug"', '"titel": "Vand\\tforbrug"');
    f.replace('spor/mobilitet-og-transport.md', 'til gavn for samfund og klima.', 'til gavn for samfund og klima.\u200b');
    const build = await buildFixture('check-values');
    expectFailed(build);
    const problems = reportedProblems(build);
    const expected = [
      /^content\/cases\/Grøn kantine\.mdx: har et filnavn, der ikke kan bruges som adresse\. .*omdøb filen til groen-kantine\.mdx\.$/,
      /^content\/cases\/groenne-agenter(-kopi)?\.mdx?, linje 2, kolonne \d+: feltet "titel" er "Grønne agenter i hele organisationen", som også er titlen i content\/cases\/groenne-agenter(-kopi)?\.mdx?\. To sider med samme titel/,
      /^content\/cases\/groenne-agenter\.mdx?: har samme navn som content\/cases\/groenne-agenter\.mdx? \(kun filtypen er forskellig\)/,
      /^content\/cases\/flergangstekstiler\.mdx, linje 7, kolonne \d+: feltet "effekt\[nr\. 1\]\.vaerdi" er skrevet 12\.500, som læses som 12,5 – punktum er decimaltegn her, ikke tusindtalsseparator\. Mente du 12\.500, så skriv 12500/,
      /^content\/cases\/madaffald-randers\.mdx, linje 2, kolonne \d+: feltet "titel" står i anførselstegn \(”…”\), som ville blive vist på siden\. Slet anførselstegnene/,
      /^content\/data\/indikatorer\.json, linje \d+, kolonne \d+ \(id "genanvendelse-affald"\): feltet "maalinger\[nr\. 3, år 2023\]\.vaerdi" er 240, 10,4 gange større end året før \(2022: 23\)\. Det ligner en tastefejl.*Er tallet rigtigt, så skriv "kontrolleret": true i målingen\./,
      // 240 % is also more than a share can be.
      /^content\/data\/indikatorer\.json, linje \d+, kolonne \d+ \(id "genanvendelse-affald"\): feltet "maalinger\[nr\. 3, år 2023\]\.vaerdi" er 240, men enheden er "%", en andel, som ligger mellem 0 og 100\./,
      /^content\/data\/indikatorer\.json, linje \d+, kolonne \d+ \(id "klimaaftryk"\): feltet "maalinger\[nr\. 5, år 2023\]\.vaerdi" er skrevet 400\.000, som læses som 400 – .*Mente du 400\.000, så skriv 400000 \(uden punktum\)\./,
      /^content\/maal\/vandforbrug\.json, linje 3, kolonne 3: feltet "titel" indeholder et tabulatortegn \(Tab\)\. Skriv et mellemrum i stedet\./,
      /^content\/spor\/mobilitet-og-transport\.md, linje 7, kolonne \d+: feltet "kort" har et usynligt tegn i starten eller slutningen/,
    ];
    for (const pattern of expected) expect(problems.some((p) => pattern.test(p)), `${pattern}\n${problems.join('\n')}`).toBe(true);
    expect(problems).toHaveLength(expected.length);
  });
});
