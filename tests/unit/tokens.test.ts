import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colours, sampleColours, statusColours, trackColours } from '../../src/lib/design/tokens';

/** Every source file under src/ and the config files at the top, where a colour could be written again. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}
const files = [
  ...sourceFiles('src'),
  ...readdirSync('.').filter((name) => /\.(m?[jt]s|json)$/.test(name) && name !== 'package-lock.json'),
];
const texts = files.map((file) => ({ file, text: readFileSync(file, 'utf8').toLowerCase() }));

describe('design tokens', () => {
  const values = [
    ...Object.values(colours),
    ...Object.values(trackColours).flatMap(({ solid, light }) => [solid, light]),
    ...Object.values(statusColours).flatMap(({ solid, light }) => [solid, light]),
    ...Object.values(sampleColours),
  ];
  // Some tokens name another token's colour (the paper behind "no measurements", ink for the sample outline).
  // The one other holder is Tailwind's theme, which tests/unit/theme-css.test.ts pins to what the tokens give.
  it.each([...new Set(values)])(
    '%s is written in the tokens module and in the theme generated from it, nowhere else',
    (hex) => {
      const holders = texts.filter(({ text }) => text.includes(hex.toLowerCase())).map(({ file }) => file);
      expect(holders.filter((file) => file !== join('src', 'styles', 'theme.css'))).toEqual([
        join('src', 'lib', 'design', 'tokens.ts'),
      ]);
    },
  );
});
