/**
 * The font for everything drawn at build time (charts, the share image): Inter from @fontsource/inter,
 * registered under a family name of our own so that no system font can stand in for it.
 */
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

export const DRAWING_FONT_FAMILY = 'RmChartInter';
const require = createRequire(import.meta.url);
let registered = false;

export function registerDrawingFont(): void {
  if (registered) return;
  for (const weight of [400, 600, 700]) {
    const file = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
    if (!GlobalFonts.registerFromPath(file, DRAWING_FONT_FAMILY)) throw new Error(`Skrifttypen kunne ikke indlæses: ${file}`);
  }
  registered = true;
}
