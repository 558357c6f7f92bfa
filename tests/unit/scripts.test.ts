import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

test('every npm script that runs astro turns its telemetry off', () => {
  const astroRuns = Object.entries(scripts)
    .flatMap(([name, line]) => line.split('&&').map((part) => [name, part.trim()] as const))
    .filter(([, part]) => /(^|\s)astro\s/.test(part));
  expect(astroRuns.length).toBeGreaterThanOrEqual(6);
  // Other settings may stand before it, e.g. `ADRESSER=opdater ASTRO_TELEMETRY_DISABLED=1 astro sync`.
  for (const [name, part] of astroRuns) expect(part, name).toMatch(/^([A-Z_]+=\S+ )*ASTRO_TELEMETRY_DISABLED=1 astro /);
});
