/** Bad figures in content/data/indikatorer.json fail the build, naming the file, the indicator id and the field. */
import { describe, expect, test } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, prepareFixture, reportedProblems } from '../helpers/fixture-build';

type Indicator = { id: string; enhed: string; maal: string[]; maalinger: Record<string, unknown>[] };

function editIndicators(name: string, edit: (byId: Record<string, Indicator>) => void) {
  const f = prepareFixture(name, { from: FIXTURE_CONTENT });
  f.editJson('data/indikatorer.json', (data) => {
    const list = data as unknown as Indicator[];
    edit(Object.fromEntries(list.map((i) => [i.id, i])));
  });
}

describe('bad data in the indicators', () => {
  test('a value that is not a number, a year out of range, duplicate years, an unknown unit, a missing source', async () => {
    // Each in its own indicator: Zod checks for duplicate years only once every field in the indicator is valid.
    editIndicators('bad-data', (i) => {
      i.klimaaftryk!.maalinger[1]!.vaerdi = '678.000 t';
      i['co2-varer-og-tjenesteydelser']!.maalinger[0]!.aar = 217;
      i['genanvendelse-affald']!.maalinger[2]!.aar = 2022;
      i.vandforbrug!.enhed = 'm3';
      delete i['co2-varer-og-tjenesteydelser']!.maalinger[0]!.kilde;
    });
    const build = await buildFixture('bad-data');
    expect(build.status).not.toBe(0);
    expect(reportedProblems(build)).toEqual([
      'content/data/indikatorer.json, linje 23, kolonne 9 (id "klimaaftryk"): feltet "maalinger[nr. 2, år 2020].vaerdi" er "678.000 t" (en tekst), men skal være et tal.',
      'content/data/indikatorer.json, linje 65, kolonne 7 (id "co2-varer-og-tjenesteydelser"): feltet "maalinger[nr. 1, år 217].kilde" mangler. Skriv kildens fulde adresse, der begynder med https://.',
      'content/data/indikatorer.json, linje 66, kolonne 9 (id "co2-varer-og-tjenesteydelser"): feltet "maalinger[nr. 1, år 217].aar" er 217, men skal være mindst 1990.',
      'content/data/indikatorer.json, linje 96, kolonne 9 (id "genanvendelse-affald"): feltet "maalinger[nr. 3, år 2022].aar" er 2022, som også står i maalinger[nr. 2]. Hvert år må kun stå én gang.',
      'content/data/indikatorer.json, linje 129, kolonne 5 (id "vandforbrug"): feltet "enhed" er "m3", men skal være et af: %, t CO2, t CO2e, kWh, m³, antal, % ift. basisår.',
    ]);
  });

  test('an indicator linked to a target that does not exist', async () => {
    editIndicators('bad-data-link', (i) => {
      i.energiforbrug!.maal = ['energi'];
    });
    const build = await buildFixture('bad-data-link');
    expect(build.status).not.toBe(0);
    expect(reportedProblems(build)).toEqual([
      expect.stringMatching(/^content\/data\/indikatorer\.json \(id "energiforbrug"\): feltet "maal\[nr\. 1\]" er "energi", men der er ingen fil content\/maal\/energi\.json\. Brug et af: /),
      'content/maal/energiforbrug.json: Målet har ingen indikator. Tilføj en indikator med "maal": ["energiforbrug"] i content/data/indikatorer.json – også selv om der ikke er målinger endnu ("maalinger": []).',
    ]);
  });
});
