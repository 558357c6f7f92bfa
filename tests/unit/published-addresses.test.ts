/**
 * Addresses that must never die, without a registry command: what the live site published (its /adresser.json)
 * counts as registered, and every build lists what it keeps.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { allProblems, checkContentFiles } from '../../src/lib/content-check';
import { readPublishedAddresses } from '../../src/integrations/content-check';
import { formatProblem } from '../../src/lib/errors';

const check = (publishedAddresses?: string[]) =>
  checkContentFiles({ root: process.cwd(), contentDir: 'content', publishedAddresses });

test('a page not in the committed registry is no problem, and the build keeps its address', () => {
  const result = check();
  expect(allProblems(result)).toEqual([]);
  for (const address of result.addresses) expect(result.keptAddresses).toContain(address);
  expect(result.keptAddresses).toEqual([...new Set(result.keptAddresses)].sort());
});

test('an address the live site published that is gone asks for a redirect, in Danish, naming the registry', () => {
  const result = check(['/cases/en-case-fra-editoren/']);
  expect(allProblems(result).map(formatProblem)).toEqual([
    expect.stringMatching(
      /^content\/data\/adresser\.json: Adressen \/cases\/en-case-fra-editoren\/ er udgivet før, men findes ikke længere .*Tilføj en omdirigering i content\/data\/omdirigeringer\.json, fx \{ "fra": "\/cases\/en-case-fra-editoren\/", "til": "\/[a-z0-9/-]*" \}\.$/,
    ),
  ]);
  expect(result.keptAddresses).toContain('/cases/en-case-fra-editoren/');
});

test('the published list is read leniently: a missing or broken file, or odd items, give nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'published-'));
  expect(readPublishedAddresses(undefined)).toEqual([]);
  expect(readPublishedAddresses(join(dir, 'none.json'))).toEqual([]);
  writeFileSync(join(dir, 'broken.json'), '<html>Siden findes ikke</html>');
  expect(readPublishedAddresses(join(dir, 'broken.json'))).toEqual([]);
  writeFileSync(join(dir, 'list.json'), JSON.stringify(['/', '/cases/a/', 42, 'https://x.dk/', '/Store/']));
  expect(readPublishedAddresses(join(dir, 'list.json'))).toEqual(['/', '/cases/a/']);
});
