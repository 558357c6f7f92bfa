/**
 * The one PDF library of the project: PDFKit, set up for tagged, accessible PDF (PDF/UA: structure tree, language,
 * title shown in the window) with Inter embedded from @fontsource/inter. The posters and the strategy document both
 * start here. Dates are pinned (SOURCE_DATE_EPOCH, or a fixed date), so the same content gives the same bytes.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { t } from '../i18n';

const require = createRequire(import.meta.url);

/** The embedded fonts, by the name the drawing code uses. WOFF (not WOFF2) files: fontkit subsets them reliably. */
export const PDF_FONTS = {
  regular: '@fontsource/inter/files/inter-latin-400-normal.woff',
  semibold: '@fontsource/inter/files/inter-latin-600-normal.woff',
  bold: '@fontsource/inter/files/inter-latin-700-normal.woff',
} as const;
export type PdfFont = keyof typeof PDF_FONTS;

/** 1 cm in PDF points. */
export const CM = 72 / 2.54;

/** The sheet sizes we print, in points. */
export const PAGE_SIZES = {
  a4: { label: 'A4', width: 595.28, height: 841.89 },
  a3: { label: 'A3', width: 841.89, height: 1190.55 },
} as const;
export type PageSize = keyof typeof PAGE_SIZES;

/** The date written into every PDF: SOURCE_DATE_EPOCH (seconds) when set, otherwise a fixed date. */
export function pdfDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(Date.UTC(2025, 0, 1));
}

export interface PdfOptions {
  title: string;
  subject?: string;
  size: PageSize;
  /** Page margins in points (also where PDFKit breaks flowing text onto a new page). */
  margin?: number;
}

/** A new tagged A4/A3 document with the fonts registered and the metadata set. Its first page is added. */
export function createPdf({ title, subject, size, margin = 0 }: PdfOptions): PDFKit.PDFDocument {
  const { width, height } = PAGE_SIZES[size];
  const date = pdfDate();
  // PDFKit 0.20 writes PDF/UA; its type definitions (for 0.17) only list the PDF/A subsets.
  const options: PDFKit.PDFDocumentOptions = {
    size: [width, height],
    margin,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: 'da-DK',
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    compress: true,
    bufferPages: true,
    info: {
      Title: title,
      Author: t('site.owner'),
      Subject: subject ?? title,
      Creator: 'PDFKit',
      Producer: 'PDFKit',
      CreationDate: date,
      ModDate: date,
    },
  };
  const doc = new PDFDocument(options);
  for (const [name, file] of Object.entries(PDF_FONTS)) doc.registerFont(name, require.resolve(file));
  doc.font('regular');
  return doc;
}

/** Ends the document and collects its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

/** Characters outside Inter's Latin subset, written as the nearest character it has. */
const STAND_INS: Record<string, string> = {
  '₀': '0',
  '₁': '1',
  '₂': '2',
  '₃': '3',
  '₄': '4',
  '₅': '5',
  '₆': '6',
  '₇': '7',
  '₈': '8',
  '₉': '9',
  '→': '–',
  '←': '–',
  '≥': '>=',
  '≤': '<=',
  '\u00ad': '',
};

/** Whether a font can draw a code point: the fontkit font behind a registered PDFKit font. */
export type GlyphCheck = (codePoint: number) => boolean;

/** The glyph check for the font now selected in `doc`. */
export function glyphCheck(doc: PDFKit.PDFDocument): GlyphCheck {
  const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
  return (cp) => font.hasGlyphForCodePoint(cp);
}

/**
 * The text with every character the font lacks replaced: a known stand-in (CO₂ → CO2), else the letter without its
 * accent, else a space. So nothing is ever drawn with a glyph the embedded font does not have.
 */
export function printable(text: string, has: GlyphCheck): string {
  return [...text]
    .map((c) => {
      if (/\s/.test(c) && c !== ' ')
        return c === '\u00a0' || c === '\u202f' || c === '\u2009' ? (has(c.codePointAt(0)!) ? c : ' ') : ' ';
      if (has(c.codePointAt(0)!)) return c;
      if (c in STAND_INS) return STAND_INS[c]!;
      const base = c.normalize('NFKD').replace(/\p{M}/gu, '');
      return [...base].every((b) => has(b.codePointAt(0)!)) && base ? base : ' ';
    })
    .join('');
}
