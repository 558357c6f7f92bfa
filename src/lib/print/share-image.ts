/** The image shown when a page is shared (Open Graph): 1200 × 630 PNG, drawn at build time. */
import { Path2D, createCanvas } from '@napi-rs/canvas';
import { DRAWING_FONT_FAMILY, guardContext, registerDrawingFont } from '../design/fonts';
import { wrapText } from './poster';
import { colours } from '../design/tokens';
import { MARK_GRID, MARK_STROKE, markPaths } from '../design/mark';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export function renderShareImage(title: string, subtitle: string, onText?: (text: string) => void): Buffer {
  registerDrawingFont();
  const { width, height } = SHARE_IMAGE;
  const canvas = createCanvas(width, height);
  const ctx = guardContext(canvas.getContext('2d'), onText);
  ctx.fillStyle = colours.brand;
  ctx.fillRect(0, 0, width, height);
  // The strategy's mark, as in the site's header (design/mark.ts).
  ctx.save();
  ctx.translate(72, 72);
  ctx.scale(96 / MARK_GRID, 96 / MARK_GRID);
  ctx.strokeStyle = colours.white;
  ctx.lineWidth = MARK_STROKE;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const d of markPaths) ctx.stroke(new Path2D(d));
  ctx.restore();
  ctx.fillStyle = colours.white;
  ctx.font = `600 30px ${DRAWING_FONT_FAMILY}`;
  ctx.fillText('Region Midtjylland', 200, 132);
  ctx.font = `700 76px ${DRAWING_FONT_FAMILY}`;
  const lines = wrapText(title, width - 200, (t) => ctx.measureText(t).width);
  lines.forEach((line, i) => ctx.fillText(line, 100, 300 + i * 90));
  ctx.font = `400 34px ${DRAWING_FONT_FAMILY}`;
  ctx.fillText(subtitle, 100, 300 + lines.length * 90 + 30);
  return canvas.toBuffer('image/png');
}
