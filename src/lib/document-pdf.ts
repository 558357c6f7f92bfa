/**
 * A text document as a PDF, laid out over as many A4 pages as it takes: headings, paragraphs and bullet
 * points, in Helvetica. Used for the printable full overview of the strategy.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { POSTER_SIZES, toWinAnsi, wrapText } from './poster';

export type Block = { kind: 'h1' | 'h2' | 'h3' | 'p' | 'li'; text: string };

const STYLE = {
  h1: { size: 24, bold: true, before: 0, after: 10 },
  h2: { size: 16, bold: true, before: 18, after: 6 },
  h3: { size: 12, bold: true, before: 10, after: 4 },
  p: { size: 10.5, bold: false, before: 0, after: 6 },
  li: { size: 10.5, bold: false, before: 0, after: 3 },
} as const;

export async function renderDocumentPdf(title: string, blocks: Block[]): Promise<Uint8Array> {
  const { width, height } = POSTER_SIZES.a4;
  const margin = 56;
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setAuthor('Region Midtjylland');
  pdf.setLanguage('da-DK');
  const fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  let page: PDFPage = pdf.addPage([width, height]);
  let y = height - margin;
  const newPage = () => {
    page = pdf.addPage([width, height]);
    y = height - margin;
  };
  for (const block of blocks) {
    const style = STYLE[block.kind];
    const font: PDFFont = style.bold ? fonts.bold : fonts.regular;
    const indent = block.kind === 'li' ? 14 : 0;
    const leading = style.size * 1.35;
    const lines = wrapText(toWinAnsi(block.text, font), width - 2 * margin - indent, (t) => font.widthOfTextAtSize(t, style.size));
    // Keep a heading with the start of what follows it.
    const needed = style.before + lines.length * leading + (block.kind.startsWith('h') ? 3 * leading : 0);
    if (y - needed < margin) newPage();
    else y -= style.before;
    lines.forEach((line, i) => {
      if (y - leading < margin) newPage();
      if (block.kind === 'li' && i === 0) page.drawText('•', { x: margin + 3, y: y - style.size, size: style.size, font, color: rgb(0.1, 0.15, 0.2) });
      page.drawText(line, { x: margin + indent, y: y - style.size, size: style.size, font, color: rgb(0.1, 0.15, 0.2) });
      y -= leading;
    });
    y -= style.after;
  }
  pdf.getPages().forEach((p, i, all) => {
    const label = `${toWinAnsi(title, fonts.regular)} · side ${i + 1} af ${all.length}`;
    p.drawText(label, { x: margin, y: 28, size: 8, font: fonts.regular, color: rgb(0.29, 0.35, 0.4) });
  });
  return pdf.save({ useObjectStreams: false });
}
