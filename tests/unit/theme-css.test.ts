/**
 * Tailwind's theme is generated from the design tokens: the committed `src/styles/theme.css` must be exactly what
 * `themeCss()` gives now (`npm run theme-css` rewrites it), and it must name every token.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { themeCss } from '../../src/lib/design/theme-css';
import { colours, sampleColours, statusColours, trackColours } from '../../src/lib/design/tokens';

const committedPath = 'src/styles/theme.css';
const generated = themeCss();
if (process.env.THEME_CSS_WRITE === '1') writeFileSync(committedPath, generated);

describe('Tailwind theme', () => {
  test('the committed src/styles/theme.css is what the tokens give (run "npm run theme-css")', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(generated);
  });
  test('every colour token but white becomes a theme colour, with its kebab-case name (statuses as status-*)', () => {
    expect(generated).toContain(`--color-ink-muted: ${colours.inkMuted};`);
    expect(generated).toContain(`--color-paper-line: ${colours.paperLine};`);
    for (const [track, { solid, light }] of Object.entries(trackColours)) {
      expect(generated).toContain(`--color-${track}: ${solid};`);
      expect(generated).toContain(`--color-${track}-light: ${light};`);
    }
    for (const [status, { solid, light }] of Object.entries(statusColours)) {
      expect(generated).toContain(`--color-status-${status}: ${solid};`);
      expect(generated).toContain(`--color-status-${status}-light: ${light};`);
    }
    expect(generated).toContain(`--color-sample-light: ${sampleColours.light};`);
    expect(generated).not.toContain('--color-white');
  });
  test('the type scale carries its line heights', () => {
    expect(generated).toContain('--text-sm: 0.875rem;');
    expect(generated).toContain('--text-sm--line-height: 1.25rem;');
  });
});
