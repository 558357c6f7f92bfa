/**
 * Draws a Chart.js configuration to SVG in Node, on @napi-rs/canvas, with the text turned into shapes.
 * The font (Inter) ships with the project under its own family name, so every machine draws the same chart
 * and no system font can stand in for it; the same data gives the same bytes.
 */
import { SvgExportFlag, createCanvas } from '@napi-rs/canvas';
import { BasicPlatform, Chart, registerables, type ChartConfiguration, type ChartType } from 'chart.js';
import { guardContext, registerDrawingFont } from '../design/fonts';

let ready = false;

function setUp() {
  if (ready) return;
  Chart.register(...registerables);
  registerDrawingFont();
  ready = true;
}

/** Draws the chart; every text goes through the font guard and, when given, to `onText`. */
export function renderChartSvg<T extends ChartType>(
  config: ChartConfiguration<T>,
  size: { width: number; height: number },
  onText?: (text: string) => void,
): string {
  setUp();
  const canvas = createCanvas(size.width, size.height, SvgExportFlag.ConvertTextToPaths);
  const context = guardContext(canvas.getContext('2d'), onText);
  const chart = new Chart(context as unknown as CanvasRenderingContext2D, { ...config, platform: BasicPlatform });
  chart.destroy();
  return compactSvg(canvas.getContent().toString('utf8'));
}

/**
 * Makes Skia's SVG small and the same on every run: clip-path ids (from a counter shared by all charts in a
 * process) are numbered afresh in each file, coordinates are rounded to 0.1 px (glyph outlines come with six
 * decimals), indentation goes, and the drawing gets a viewBox so it scales with the page.
 */
export function compactSvg(svg: string): string {
  const ids = new Map<string, string>();
  const idFor = (id: string) => {
    if (!ids.has(id)) ids.set(id, `c${ids.size + 1}`);
    return ids.get(id)!;
  };
  return svg
    .replace(/\bid="(cl_[0-9a-z]+)"/g, (_m, id: string) => `id="${idFor(id)}"`)
    .replace(/url\(#(cl_[0-9a-z]+)\)/g, (_m, id: string) => `url(#${idFor(id)})`)
    .replace(/\bd="([^"]*)"/g, (_m, d: string) => `d="${roundPath(d)}"`)
    .replace(/<rect fill-opacity="0"[^>]*\/>/g, '')
    .replace(/>\s+</g, '><')
    .replace(/<svg ([^>]*?)width="(\d+)" height="(\d+)"/, '<svg $1width="$2" height="$3" viewBox="0 0 $2 $3"')
    .trim();
}

/** Number of values each path command takes. Skia writes absolute M, L, Q, C and Z. */
const ARITY: Record<string, number> = { M: 2, L: 2, Q: 4, C: 6, Z: 0 };

/**
 * Rewrites a path with absolute commands as relative ones, in tenths of a pixel: `M153.4 130.1Q152.4 130.1 …`
 * becomes `m153.4 130.1q-1 0 …`. Points are rounded first and the steps taken between rounded points, so
 * no rounding error adds up along a glyph's outline.
 */
export function roundPath(d: string): string {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  if (tokens.some((t) => /[a-z]/.test(t) || (/[A-Z]/.test(t) && !(t in ARITY)))) return d; // not Skia's form: leave as is
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let i = 0;
  // Appends one number, with a space only where the previous character would otherwise run into it.
  const push = (tenths: number) => {
    const text = String(tenths / 10).replace(/^(-?)0\./, '$1.');
    // "1.5" then ".5" can touch ("1.5.5"); "98" then ".5" cannot; a minus sign always separates.
    const needsSpace = /[\d.]$/.test(out) && !text.startsWith('-') && !(text.startsWith('.') && /\.\d*$/.test(out));
    out += needsSpace ? ` ${text}` : text;
  };
  while (i < tokens.length) {
    const command = tokens[i++]!;
    const arity = ARITY[command]!;
    if (arity === 0) {
      out += 'z';
      x = startX;
      y = startY;
      continue;
    }
    out += command.toLowerCase();
    while (i < tokens.length && !/[A-Za-z]/.test(tokens[i]!)) {
      const values = tokens.slice(i, i + arity).map((t) => Math.round(Number(t) * 10));
      i += arity;
      for (let k = 0; k < arity; k += 2) {
        push(values[k]! - x);
        push(values[k + 1]! - y);
      }
      x = values[arity - 2]!;
      y = values[arity - 1]!;
      if (command === 'M') {
        startX = x;
        startY = y;
      }
    }
  }
  return out;
}
