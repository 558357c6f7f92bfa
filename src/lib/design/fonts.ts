/**
 * The font for everything drawn at build time (charts, the share image): Inter from @fontsource/inter,
 * registered under a family name of our own so that no system font can stand in for it.
 *
 * A character the bundled files lack would be drawn with whatever font the machine has (or not at all), so the
 * same commit would give different bytes on different machines. Every text drawn goes through `guardText`,
 * which fails the build on such a character.
 */
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';
import { openSync, type Font } from 'fontkit';

export const DRAWING_FONT_FAMILY = 'RmChartInter';
const WEIGHTS = [400, 600, 700] as const;
const require = createRequire(import.meta.url);
let registered = false;
let codePoints: Set<number> | undefined;

const fontFile = (weight: number) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);

export function registerDrawingFont(): void {
  if (registered) return;
  for (const weight of WEIGHTS) {
    const file = fontFile(weight);
    if (!GlobalFonts.registerFromPath(file, DRAWING_FONT_FAMILY))
      throw new Error(`Skrifttypen kunne ikke indlæses: ${file}`);
  }
  registered = true;
}

/** The characters every bundled weight has a glyph for, read from the fonts' own cmap tables. */
export function bundledCodePoints(): Set<number> {
  if (!codePoints) {
    const sets = WEIGHTS.map((weight) => new Set((openSync(fontFile(weight)) as Font).characterSet));
    codePoints = new Set([...sets[0]!].filter((c) => sets.every((s) => s.has(c))));
  }
  return codePoints;
}

/** The characters of `text` that the bundled font cannot draw, each once. */
export function missingGlyphs(text: string): string[] {
  const have = bundledCodePoints();
  return [...new Set([...text].filter((c) => !have.has(c.codePointAt(0)!)))];
}

/** Thrown when a drawing would use a character outside the bundled font. `text` is the whole text drawn. */
export class MissingGlyphError extends Error {
  constructor(
    readonly text: string,
    readonly characters: string[],
  ) {
    const list = characters
      .map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
      .join(', ');
    super(`Teksten "${text}" har tegn, som skrifttypen Inter (latin) ikke har: ${list}. Skriv teksten uden dem.`);
    this.name = 'MissingGlyphError';
  }
}

/** Throws `MissingGlyphError` when `text` has a character the bundled font lacks. */
export function guardText(text: string): void {
  const missing = missingGlyphs(text);
  if (missing.length) throw new MissingGlyphError(text, missing);
}

interface TextDrawing {
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  strokeText(text: string, x: number, y: number, maxWidth?: number): void;
}

/**
 * Makes a canvas context check every text before drawing it (Chart.js's ticks and legends included), and report
 * each text drawn to `onText` (the tests collect them).
 */
export function guardContext<T extends TextDrawing>(ctx: T, onText?: (text: string) => void): T {
  for (const method of ['fillText', 'strokeText'] as const) {
    const draw = ctx[method].bind(ctx);
    ctx[method] = (text: string, x: number, y: number, maxWidth?: number) => {
      const value = String(text);
      guardText(value);
      onText?.(value);
      if (maxWidth === undefined) draw(value, x, y);
      else draw(value, x, y, maxWidth);
    };
  }
  return ctx;
}
