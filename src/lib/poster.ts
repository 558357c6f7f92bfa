/**
 * Print-ready posters as vector PDFs, in A4 and A3: a title, a few lines, the QR code as vector shapes, and
 * the short link in text for people who would rather type it. Helvetica (one of the PDF standard fonts,
 * WinAnsi-encoded, so æ, ø and å come out right) keeps the files small; no dates are written, so the same
 * content gives the same bytes.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { qrMatrix, qrPath, QUIET_ZONE } from './qr';
import { colours } from './tokens';

export interface PosterContent {
  code: string;
  /** A small line above the title, e.g. "Bæredygtighedsaftale". */
  eyebrow: string;
  title: string;
  /** A few lines of text under the title. */
  lines: string[];
  /** The absolute short link the QR code encodes, e.g. "https://baeredygtighed.rm.dk/k/auh/". */
  url: string;
  /** The accent colour (a track's colour, or the region's blue), as "#rrggbb". */
  accent: string;
}

export const POSTER_SIZES = {
  a4: { label: 'A4', width: 595.28, height: 841.89 },
  a3: { label: 'A3', width: 841.89, height: 1190.55 },
} as const;
export type PosterSize = keyof typeof POSTER_SIZES;

const { brand: BRAND, ink: INK, inkMuted: MUTED } = colours;

/** The short link as people type it: no scheme, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** Breaks text into lines no wider than `width`, by words, using the font's own measurements. */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters Helvetica's WinAnsi encoding lacks, replaced by their nearest look-alike. */
export function toWinAnsi(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/\u2212/g, '-').replace(/[\u2009\u202f]/g, ' ')].map((c) => (supported.has(c.codePointAt(0)!) ? c : '?')).join('');
}

function hex(colour: string) {
  const n = Number.parseInt(colour.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

function drawLines(page: PDFPage, lines: string[], font: PDFFont, size: number, x: number, top: number, leading: number, colour: string = INK) {
  lines.forEach((line, i) => page.drawText(line, { x, y: top - size - i * leading, size, font, color: hex(colour) }));
  return top - lines.length * leading;
}

export async function renderPosterPdf(content: PosterContent, sizeName: PosterSize): Promise<Uint8Array> {
  const size = POSTER_SIZES[sizeName];
  const s = size.width / POSTER_SIZES.a4.width;
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(`${content.title} – plakat ${size.label}`, { showInWindowTitleBar: true });
  pdf.setAuthor('Region Midtjylland');
  pdf.setSubject(content.lines.join(' '));
  pdf.setLanguage('da-DK');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([size.width, size.height]);
  const margin = 56 * s;
  const textWidth = size.width - 2 * margin;
  const wrap = (text: string, font: PDFFont, pt: number) => wrapText(toWinAnsi(text, font), textWidth, (t) => font.widthOfTextAtSize(t, pt));

  // The region's band and the accent stripe.
  page.drawRectangle({ x: 0, y: size.height - 64 * s, width: size.width, height: 64 * s, color: hex(BRAND) });
  page.drawText(toWinAnsi('Region Midtjylland · Bæredygtighedsstrategien', bold), { x: margin, y: size.height - 40 * s, size: 13 * s, font: bold, color: rgb(1, 1, 1) });
  page.drawRectangle({ x: 0, y: size.height - 74 * s, width: size.width, height: 10 * s, color: hex(content.accent) });

  let y = size.height - 120 * s;
  y = drawLines(page, wrap(content.eyebrow.toUpperCase(), bold, 14 * s), bold, 14 * s, margin, y, 20 * s, content.accent === BRAND ? BRAND : content.accent);
  y -= 10 * s;
  y = drawLines(page, wrap(content.title, bold, 40 * s), bold, 40 * s, margin, y, 46 * s);
  y -= 18 * s;
  for (const line of content.lines) {
    y = drawLines(page, wrap(line, regular, 18 * s), regular, 18 * s, margin, y, 26 * s);
    y -= 10 * s;
  }

  // The QR code, centred in the lower half, with its quiet zone; then the short link in text.
  const matrix = qrMatrix(content.url);
  const modules = matrix.size + 2 * QUIET_ZONE;
  const qrSide = 280 * s;
  const qrX = (size.width - qrSide) / 2;
  const qrTop = Math.min(y - 20 * s, 420 * s);
  page.drawRectangle({ x: qrX, y: qrTop - qrSide, width: qrSide, height: qrSide, color: rgb(1, 1, 1) });
  page.drawSvgPath(qrPath(matrix), { x: qrX, y: qrTop, scale: qrSide / modules, color: rgb(0, 0, 0), borderWidth: 0 });

  const invite = toWinAnsi('Scan koden med mobilen – eller skriv adressen:', regular);
  const link = toWinAnsi(displayUrl(content.url), bold);
  const inviteSize = 15 * s;
  const linkSize = 22 * s;
  page.drawText(invite, { x: (size.width - regular.widthOfTextAtSize(invite, inviteSize)) / 2, y: qrTop - qrSide - 28 * s, size: inviteSize, font: regular, color: hex(INK) });
  page.drawText(link, { x: (size.width - bold.widthOfTextAtSize(link, linkSize)) / 2, y: qrTop - qrSide - 58 * s, size: linkSize, font: bold, color: hex(BRAND) });
  const footer = toWinAnsi('På vej mod en bæredygtig fremtid', regular);
  page.drawText(footer, { x: margin, y: 36 * s, size: 11 * s, font: regular, color: hex(MUTED) });

  return pdf.save({ useObjectStreams: false });
}
