/**
 * Tailwind 4's theme, written as CSS from the design tokens: `src/styles/theme.css` is this function's output,
 * committed so a reader sees the theme, and pinned by `tests/unit/theme-css.test.ts` (`npm run theme-css` writes it).
 * The tokens stay the one source of every colour; the CSS is their twin, never edited by hand.
 */
import { colours, fontStacks, maxWidths, sampleColours, statusColours, trackColours, typeScale } from './tokens.ts';

/** `inkMuted` → `ink-muted`: Tailwind's class names are kebab-case (`text-ink-muted`). */
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function themeCss(): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(colours)) {
    // White is Tailwind's own `white`; the token exists for the charts and posters.
    if (name !== 'white') lines.push(`  --color-${kebab(name)}: ${value};`);
  }
  for (const [track, { solid, light }] of Object.entries(trackColours)) {
    lines.push(`  --color-${track}: ${solid};`, `  --color-${track}-light: ${light};`);
  }
  // Status colours as `status-good`, `status-good-light` …; the sample mark as `sample-line`, `sample-light`.
  for (const [status, { solid, light }] of Object.entries(statusColours)) {
    lines.push(`  --color-status-${status}: ${solid};`, `  --color-status-${status}-light: ${light};`);
  }
  for (const [name, value] of Object.entries(sampleColours)) lines.push(`  --color-sample-${name}: ${value};`);
  for (const [step, [size, { lineHeight }]] of Object.entries(typeScale)) {
    lines.push(`  --text-${step}: ${size};`, `  --text-${step}--line-height: ${lineHeight};`);
  }
  for (const [name, stack] of Object.entries(fontStacks)) lines.push(`  --font-${name}: ${stack};`);
  for (const [name, width] of Object.entries(maxWidths)) lines.push(`  --container-${name}: ${width};`);
  return [
    '/* Generated from src/lib/design/tokens.ts by src/lib/design/theme-css.ts (npm run theme-css). Do not edit by hand. */',
    '@theme {',
    ...lines,
    '}',
    '',
  ].join('\n');
}
