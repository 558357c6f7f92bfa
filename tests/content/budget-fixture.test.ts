/** The budget check fails a build whose QR landing page grows too heavy: an agreement with 200 measures. */
import { expect, test } from 'vitest';
import { buildFixture, FIXTURE_CONTENT, prepareFixture } from '../helpers/fixture-build';
import { budgetViolations } from '../../scripts/weight.mjs';

test('an agreement page over 14 KB of HTML + CSS is reported', async () => {
  const f = prepareFixture('over-budget', { from: FIXTURE_CONTENT });
  // Text gzip cannot shrink much: words from a fixed pseudo-random sequence, different in every measure.
  let seed = 7;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed.toString(36).slice(0, 6);
  };
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const measure = (i: number) =>
    `    - titel: Indsats ${i} ${words(3)}\n      beskrivelse: ${words(30)}\n      indikator: ${words(4)}\n      status: planlagt\n      udfoeres: enheden\n`;
  f.replace('aftaler/midtvask.md', /^ {2}ledelse-og-styring:\n/m, `  ledelse-og-styring:\n${Array.from({ length: 200 }, (_, i) => measure(i)).join('')}`);
  const build = await buildFixture('over-budget');
  expect(build.status, build.output).toBe(0);
  expect(budgetViolations(build.outDir)).toEqual([expect.stringMatching(/^\/aftaler\/midtvask\/: HTML \+ CSS er \d+\.\d KB gzip; grænsen for en QR-side er 14\.0 KB$/)]);
});
