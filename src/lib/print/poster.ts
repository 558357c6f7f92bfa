/**
 * Print-ready posters as tagged vector PDFs in A4 and A3, drawn from the poster model (`poster-content.ts`):
 * a band in the track's colour with its icon and the title, the call to action in large type, the QR code
 * (13 cm on A4, 18.4 cm on A3, plus its quiet zone), the short link in print and the region's logo when a file is
 * supplied. Inter is embedded; A3 is A4 scaled by √2, so the two always match.
 */
import { qrMatrix, qrPath, QUIET_ZONE } from './qr';
import { colours } from '../design/tokens';
import { CM, createPdf, glyphCheck, PAGE_SIZES, pdfBytes, printable, type PageSize, type PdfFont } from './pdf';
import { drawTrackIcon } from './icons';
import { POSTER_QR_CM, type PosterContent } from './poster-content';
import { t } from '../i18n';

export const POSTER_SIZES = PAGE_SIZES;
export type PosterSize = PageSize;
export { displayUrl } from './poster-content';

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

/** The layout on A4, in points; A3 multiplies every figure by its scale. */
const A4 = {
  margin: 50,
  footer: 44,
  bandPadding: 30,
  /** The largest title size, the smallest with the lines under it, and the smallest without them. */
  title: [40, 30, 26] as const,
  lines: 13,
  eyebrow: 13,
  cta: 32,
  link: 24,
  hint: 13,
};

export async function renderPosterPdf(content: PosterContent, sizeName: PosterSize): Promise<Uint8Array> {
  const size = PAGE_SIZES[sizeName];
  const s = size.width / PAGE_SIZES.a4.width;
  const doc = createPdf({
    title: t('poster.pdfTitle', { title: content.title, size: size.label }),
    subject: content.lines.join(' '),
    size: sizeName,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const W = size.width;
  const H = size.height;
  const margin = A4.margin * s;
  const textW = W - 2 * margin;
  const clean = (text: string, font: PdfFont) => printable(text, glyphCheck(doc.font(font)));
  const artifact = (draw: () => void) => {
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  };
  /** Text as a structure element; `align` centres it on the page. */
  const text = (
    type: string,
    value: string,
    font: PdfFont,
    pt: number,
    colour: string,
    y: number,
    align: 'left' | 'center' = 'left',
    x = margin,
  ) => {
    const str = clean(value, font);
    let bottom = y;
    root.add(
      doc.struct(type, {}, () => {
        doc.font(font).fontSize(pt).fillColor(colour);
        doc.text(str, x, y, { width: W - margin - x, align, lineGap: pt * 0.08 });
        bottom = doc.y;
      }),
    );
    return bottom;
  };
  const heightOf = (value: string, font: PdfFont, pt: number, width = textW) =>
    doc
      .font(font)
      .fontSize(pt)
      .heightOfString(clean(value, font), { width, lineGap: pt * 0.08 });

  // The QR code and what sits under it, from the bottom up; the band takes what is left at the top.
  const matrix = qrMatrix(content.url);
  const qrSide = POSTER_QR_CM[sizeName] * CM;
  const moduleSide = qrSide / matrix.size;
  const quiet = QUIET_ZONE * moduleSide;
  const footerTop = H - A4.footer * s;
  const linkTop = footerTop - (A4.hint + A4.link) * 1.25 * s - 12 * s;
  const qrTop = linkTop - quiet - qrSide;
  const ctaTop = qrTop - quiet - A4.cta * 1.2 * s;
  const bandLimit = ctaTop - 14 * s;

  // Fit the band: the title steps down in size; when it would get small, the lines are left out instead.
  const iconSide = content.track ? 46 * s : 0;
  const titleX = margin + (iconSide ? iconSide + 16 * s : 0);
  const titleW = W - margin - titleX;
  const eyebrowH = A4.eyebrow * 1.3 * s + 10 * s;
  const linesH = (list: string[]) =>
    list.reduce((sum, line) => sum + heightOf(line, 'regular', A4.lines * s, titleW) + 6 * s, 0);
  let lines = content.lines;
  let titleSize = 0;
  const bandHeight = () =>
    A4.bandPadding * s +
    eyebrowH +
    heightOf(content.title, 'bold', titleSize, titleW) +
    10 * s +
    linesH(lines) +
    24 * s;
  const fit = (smallest: number) => {
    for (titleSize = A4.title[0] * s; titleSize > smallest * s && bandHeight() > bandLimit; titleSize -= s);
  };
  fit(A4.title[1]);
  if (bandHeight() > bandLimit) {
    lines = [];
    fit(A4.title[2]);
  }
  const bandH = Math.min(bandLimit, bandHeight());

  artifact(() => {
    doc.rect(0, 0, W, bandH).fill(content.accent);
    doc.rect(0, footerTop, W, H - footerTop).fill(colours.paper);
    if (content.track) {
      const top = A4.bandPadding * s + eyebrowH + 2 * s;
      doc.circle(margin + iconSide / 2, top + iconSide / 2, iconSide / 2).fill(colours.white);
      drawTrackIcon(
        doc,
        content.track,
        margin + iconSide * 0.18,
        top + iconSide * 0.18,
        iconSide * 0.64,
        content.accent,
      );
    }
  });

  let y = A4.bandPadding * s;
  text('P', content.eyebrow.toUpperCase(), 'semibold', A4.eyebrow * s, colours.white, y);
  y += eyebrowH;
  y = text('H1', content.title, 'bold', titleSize, colours.white, y, 'left', titleX) + 12 * s;
  for (const line of lines) y = text('P', line, 'regular', A4.lines * s, colours.white, y, 'left', titleX) + 6 * s;

  text('P', content.callToAction, 'bold', A4.cta * s, colours.ink, ctaTop, 'center');

  // The QR code as vector shapes on white, its quiet zone kept clear of text.
  const qrX = (W - qrSide) / 2;
  root.add(
    doc.struct('Figure', { alt: content.qrAlt }, () => {
      doc.save();
      doc.rect(qrX - quiet, qrTop - quiet, qrSide + 2 * quiet, qrSide + 2 * quiet).fill(colours.white);
      doc.translate(qrX - quiet, qrTop - quiet).scale(moduleSide);
      doc.path(qrPath(matrix)).fill('black');
      doc.restore();
    }),
  );

  const hintBottom = text('P', content.typeHint, 'regular', A4.hint * s, colours.inkMuted, linkTop, 'center');
  text('P', content.shortLink, 'bold', A4.link * s, colours.brand, hintBottom + 2 * s, 'center');

  // The foot: the region's logo when a file is supplied, and the strategy's name.
  const footY = footerTop + (H - footerTop) / 2;
  let footX = margin;
  if (content.logo) {
    const logo = content.logo;
    root.add(
      doc.struct('Figure', { alt: logo.alt }, () => {
        doc.image(Buffer.from(logo.bytes), margin, footerTop + 10 * s, {
          fit: [140 * s, H - footerTop - 20 * s],
          valign: 'center',
        });
      }),
    );
    footX = margin + 156 * s;
  }
  text('P', content.footer, 'semibold', 11 * s, colours.inkMuted, footY - 13 * s, 'left', footX);
  text('P', content.contact, 'regular', 9 * s, colours.inkMuted, footY + 1 * s, 'left', footX);
  root.end();
  return pdfBytes(doc);
}
