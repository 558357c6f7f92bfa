/**
 * QR codes as vector shapes: the module matrix from `qrcode` (error correction M, which survives about 15 %
 * damage), drawn as one path of horizontal runs. The same path goes into the SVG files and the PDF posters.
 */
import QRCode from 'qrcode';

/** Modules of white border around the code; the QR standard asks for at least four. */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  size: number;
  isDark(x: number, y: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (x, y) => Boolean(modules.get(y, x)) };
}

/** The dark modules as an SVG path, one `M x y h n v 1 h -n z` per run, shifted by the quiet zone. */
export function qrPath(matrix: QrMatrix, offset = QUIET_ZONE): string {
  let d = '';
  for (let y = 0; y < matrix.size; y += 1) {
    let x = 0;
    while (x < matrix.size) {
      if (!matrix.isDark(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < matrix.size && matrix.isDark(x, y)) x += 1;
      d += `M${start + offset} ${y + offset}h${x - start}v1h-${x - start}z`;
    }
  }
  return d;
}

/** A QR code as a standalone SVG file: white background, quiet zone included, crisp at any size. */
export function qrSvg(text: string, title: string): string {
  const matrix = qrMatrix(text);
  const side = matrix.size + 2 * QUIET_ZONE;
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img"><title>${escaped}</title><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${qrPath(matrix)}"/></svg>\n`;
}
