/**
 * Bad content fails the build with Danish messages naming file and field. Each test runs a real
 * `astro build` on a copy of content/ with mistakes an editor could make.
 */
import { describe, expect, test } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, prepareFixture, reportedProblems } from '../helpers/fixture-build';

describe('schema mistakes in several files are all reported by one build', () => {
  const name = 'schema-mistakes';

  function makeMistakes() {
    const f = prepareFixture(name, { from: FIXTURE_CONTENT });
    // A missing required field.
    f.replace('spor/energi-og-byggeri.md', /^titel: Energi og byggeri\n/m, '');
    // A wrong type.
    f.replace('spor/mobilitet-og-transport.md', /^nummer: 3$/m, 'nummer: tre');
    // A target without a deadline.
    f.editJson('maal/vandforbrug.json', (d) => delete d.frist);
    // An unknown unit.
    f.editJson('maal/energiforbrug.json', (d) => (d.enhed = 'kwh'));
    // A trailing comma in JSON.
    f.write('maal/nyt-maal.json', '{\n  "titel": "Nyt mål",\n}\n');
    // A misspelt field in a list file.
    f.replace('strategi/vision.json', '"overskrift": "Vi har bæredygtighed som drivkraft"', '"overskrif": "Vi har bæredygtighed som drivkraft"');
  }

  test('the build fails and lists every problem, sorted by file', async () => {
    makeMistakes();
    const build = await buildFixture(name);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Der er 7 fejl i indholdet. Ret dem, og byg igen:');
    expect(reportedProblems(build)).toEqual([
      'content/maal/energiforbrug.json, linje 6, kolonne 3: feltet "enhed" er "kwh", men skal være et af: %, t CO2, t CO2e, kWh, m³, antal.',
      'content/maal/nyt-maal.json, linje 2, kolonne 21: er ikke gyldig JSON. Der er et komma efter det sidste punkt i en liste eller gruppe. Slet kommaet.',
      'content/maal/vandforbrug.json, linje 1, kolonne 1: feltet "frist" mangler. Skriv fristen som et årstal, fx 2030, eller "ikke angivet" hvis strategien ikke nævner en.',
      'content/spor/energi-og-byggeri.md, linje 3, kolonne 1: feltet "titel" mangler. Det skal være en tekst.',
      'content/spor/mobilitet-og-transport.md, linje 4, kolonne 9: feltet "nummer" er "tre" (en tekst), men skal være et tal.',
      'content/strategi/vision.json, linje 8, kolonne 3 (id "drivkraft"): feltet "overskrift" mangler. Det skal være en tekst.',
      'content/strategi/vision.json, linje 11, kolonne 5 (id "drivkraft"): feltet "overskrif" kendes ikke. Tjek stavningen, eller fjern feltet.',
    ]);
  });

  test('a second build with the same cache fails the same way (no invalid entry is cached)', async () => {
    prepareFixture(name, { keep: true, from: FIXTURE_CONTENT });
    const build = await buildFixture(name);
    expect(build.status).not.toBe(0);
    expect(reportedProblems(build)).toHaveLength(7);
  });
});

describe('broken references are reported with file and field', () => {
  test('a target on a track that does not exist, a point naming a missing target, a wrong focal point', async () => {
    const name = 'reference-mistakes';
    const f = prepareFixture(name, { from: FIXTURE_CONTENT });
    f.editJson('maal/kollektiv-trafik-co2-neutral.json', (d) => (d.spor = 'transport'));
    f.replace('spor/energi-og-byggeri.md', 'maal: vandforbrug', 'maal: vandforbruget');
    f.replace('spor/social-ansvarlighed.md', 'omdrejningspunkt: social-ansvarlighed', 'omdrejningspunkt: socialt');
    const build = await buildFixture(name);
    expect(build.status).not.toBe(0);
    const problems = reportedProblems(build);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/maal\/kollektiv-trafik-co2-neutral\.json: feltet "spor" er "transport", men det spor findes ikke\. Brug et af: "ansvarligt-forbrug", /),
        expect.stringMatching(/^content\/spor\/energi-og-byggeri\.md: feltet "ambitioner\[nr\. 2\]\.punkter\[nr\. 2\]\.maal" er "vandforbruget", men der er ingen fil content\/maal\/vandforbruget\.json\./),
        'content/maal/vandforbrug.json: Målet hører til sporet "energi-og-byggeri", men står ikke på sporets side. Tilføj { maal: "vandforbrug" } under en ambition i content/spor/energi-og-byggeri.md.',
        expect.stringMatching(/^content\/spor\/social-ansvarlighed\.md: feltet "omdrejningspunkt" er "socialt", men det omdrejningspunkt findes ikke\./),
      ]),
    );
    expect(problems).toHaveLength(6);
  });
});
