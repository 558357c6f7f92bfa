/**
 * Print-ready posters as tagged vector PDFs in A4 and A3, drawn from the poster model (`poster-content.ts`): a band
 * in the accent colour with the title (and a track's icon), the headline that gives the reason to scan, what the
 * poster's kind shows (the strategy's climate targets and its five tracks' colours, a track's targets, the tracks an
 * agreement follows), the QR code (13 cm on A4, 18.4 cm on A3, plus its quiet zone), the short link in print and the
 * region's logo when a file is supplied. Each sheet has its own type sizes (`POSTER_LAYOUTS`): A3 is read from
 * further away but has room to spare, so it shows more, not the same larger. Inter is embedded.
 */
import { qrMatrix, qrPath, QUIET_ZONE } from './qr';
import { colours, trackColours } from '../design/tokens';
import { CM, createPdf, glyphCheck, PAGE_SIZES, pdfBytes, printable, type PageSize, type PdfFont } from './pdf';
import { drawTrackIcon } from './icons';
import { POSTER_QR_CM, scanHint, type PosterContent, type PosterFigure, type PosterTrack } from './poster-content';
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

/** A sheet's type sizes and spacing, in points. */
interface PosterLayout {
  margin: number;
  footer: number;
  bandPadding: number;
  eyebrow: number;
  /** Largest and smallest sizes of the title and of the headline; both step down together to fit. */
  title: readonly [number, number];
  headline: readonly [number, number];
  lines: number;
  /** A track's icon in the band. */
  icon: number;
  /** Under the band in the strategy's poster: one stripe per track. */
  stripe: number;
  figureValue: number;
  figureLabel: number;
  /** How many of the figures the sheet shows. */
  figures: number;
  /** The round track icons of a row of tracks, and their labels. */
  trackIcon: number;
  trackLabel: number;
  /** Whether the strategy's poster also names its tracks (A3 only: A4 has the stripe). */
  strategyTracks: boolean;
  hint: number;
  link: number;
  footerTitle: number;
  contact: number;
  gap: number;
}

/** The layouts: A4 for a notice board at arm's length, A3 for a corridor, with more in it. */
export const POSTER_LAYOUTS: Record<PageSize, PosterLayout> = {
  a4: {
    margin: 42,
    footer: 46,
    bandPadding: 28,
    eyebrow: 11,
    title: [30, 22],
    headline: [34, 22],
    lines: 12,
    icon: 48,
    stripe: 8,
    figureValue: 22,
    figureLabel: 9.5,
    figures: 2,
    trackIcon: 26,
    trackLabel: 8.5,
    strategyTracks: false,
    hint: 11,
    link: 21,
    footerTitle: 9.5,
    contact: 8,
    gap: 14,
  },
  a3: {
    margin: 60,
    footer: 62,
    bandPadding: 34,
    eyebrow: 14,
    title: [44, 30],
    headline: [50, 32],
    lines: 15,
    icon: 68,
    stripe: 12,
    figureValue: 27,
    figureLabel: 11,
    figures: 3,
    trackIcon: 32,
    trackLabel: 11,
    strategyTracks: true,
    hint: 14,
    link: 29,
    footerTitle: 12.5,
    contact: 10.5,
    gap: 20,
  },
};

export async function renderPosterPdf(content: PosterContent, sizeName: PosterSize): Promise<Uint8Array> {
  const size = PAGE_SIZES[sizeName];
  const L = POSTER_LAYOUTS[sizeName];
  const doc = createPdf({
    title: t('poster.pdfTitle', { title: content.title, size: size.label }),
    subject: content.headline,
    size: sizeName,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const W = size.width;
  const H = size.height;
  const margin = L.margin;
  const textW = W - 2 * margin;
  const clean = (text: string, font: PdfFont) => printable(text, glyphCheck(doc.font(font)));
  const artifact = (draw: () => void) => {
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  };
  const gapOf = (pt: number) => pt * 0.08;
  /** Draws text at (x, y) inside the current structure element; returns its bottom. */
  const draw = (
    value: string,
    font: PdfFont,
    pt: number,
    colour: string,
    x: number,
    y: number,
    width: number,
    align: 'left' | 'center' = 'left',
  ) => {
    doc.font(font).fontSize(pt).fillColor(colour);
    doc.text(clean(value, font), x, y, { width, align, lineGap: gapOf(pt) });
    return doc.y;
  };
  /** Text as its own structure element; returns its bottom. */
  const text = (
    type: string,
    value: string,
    font: PdfFont,
    pt: number,
    colour: string,
    x: number,
    y: number,
    width: number,
    align: 'left' | 'center' = 'left',
  ) => {
    let bottom = y;
    root.add(doc.struct(type, {}, () => (bottom = draw(value, font, pt, colour, x, y, width, align))));
    return bottom;
  };
  const heightOf = (value: string, font: PdfFont, pt: number, width: number) =>
    doc
      .font(font)
      .fontSize(pt)
      .heightOfString(clean(value, font), { width, lineGap: gapOf(pt) });

  // The QR code and what sits under it, from the bottom up; the rest takes what is left at the top.
  const matrix = qrMatrix(content.url);
  const qrSide = POSTER_QR_CM[sizeName] * CM;
  const moduleSide = qrSide / matrix.size;
  const quiet = QUIET_ZONE * moduleSide;
  const footerTop = H - L.footer;
  // "Scan koden med mobilens kamera, eller skriv adressen:" on one line, over the address.
  const hint = scanHint(content);
  const linkBlock = heightOf(hint, 'semibold', L.hint, textW) + 2 + heightOf(content.shortLink, 'bold', L.link, textW);
  /** The QR block: the code with its quiet zone, the instruction and the address under it. */
  const qrBlock = 2 * quiet + qrSide + linkBlock;

  // What the kind shows under the headline.
  const figures: PosterFigure[] = (content.figures ?? []).slice(0, L.figures);
  const trackRow: PosterTrack[] = content.kind === 'strategy' && !L.strategyTracks ? [] : (content.tracks ?? []);
  const iconSide = content.track ? L.icon : 0;
  const titleX = margin + (iconSide ? iconSide + L.gap : 0);
  const titleW = W - margin - titleX;
  const eyebrowH = heightOf(content.eyebrow.toUpperCase(), 'semibold', L.eyebrow, titleW) + L.gap * 0.6;
  const stripe = content.kind === 'strategy' && content.tracks?.length ? L.stripe : 0;

  const figureW = figures.length ? (textW - (figures.length - 1) * L.gap) / figures.length : 0;
  const figureValueSize = (f: PosterFigure) => {
    let pt = L.figureValue;
    while (
      pt > L.figureValue * 0.6 &&
      doc.font('bold').fontSize(pt).widthOfString(clean(f.value, 'bold')) > figureW - 14
    )
      pt -= 0.5;
    return pt;
  };
  const figuresH = figures.length
    ? Math.max(
        ...figures.map(
          (f) =>
            heightOf(f.value, 'bold', figureValueSize(f), figureW - 14) +
            4 +
            heightOf(f.label, 'regular', L.figureLabel, figureW - 14),
        ),
      ) + 16
    : 0;
  const trackW = trackRow.length ? textW / trackRow.length : 0;
  const trackLabel = (tr: PosterTrack) => (tr.note ? `${tr.title}\n${tr.note}` : tr.title);
  const tracksH = trackRow.length
    ? L.trackIcon +
      6 +
      Math.max(...trackRow.map((tr) => heightOf(trackLabel(tr), 'semibold', L.trackLabel, trackW - 6)))
    : 0;

  // Fit: title and headline step down together; when they would get small, the lines go, then the track row, then
  // the figures.
  // Each variant may shrink the type only so far (k: 0 the largest sizes, 1 the smallest) before the next drops more.
  const variants = [
    { lines: true, figures: true, tracks: true, k: 0.3 },
    { lines: false, figures: true, tracks: true, k: 0.7 },
    { lines: false, figures: true, tracks: false, k: 0.7 },
    { lines: false, figures: false, tracks: false, k: 1 },
  ];
  const limit = footerTop - qrBlock;
  const sizesAt = (k: number) => ({
    title: L.title[0] - (L.title[0] - L.title[1]) * k,
    headline: L.headline[0] - (L.headline[0] - L.headline[1]) * k,
  });
  const bandOf = (k: number, lines: boolean) => {
    const { title } = sizesAt(k);
    const linesH = lines
      ? content.lines.reduce((sum, line) => sum + heightOf(line, 'regular', L.lines, titleW) + 4, 0)
      : 0;
    const textH = eyebrowH + heightOf(content.title, 'bold', title, titleW) + (linesH ? L.gap * 0.6 + linesH : 0);
    return L.bandPadding * 2 + Math.max(textH, iconSide + eyebrowH);
  };
  const heightAt = (k: number, v: (typeof variants)[number]) =>
    bandOf(k, v.lines) +
    stripe +
    L.gap * 1.6 +
    heightOf(content.headline, 'bold', sizesAt(k).headline, textW) +
    (v.figures && figuresH ? L.gap * 1.2 + figuresH : 0) +
    (v.tracks && tracksH ? L.gap * 1.2 + tracksH : 0);
  let chosen = variants.at(-1)!;
  let step = 1;
  search: for (const v of variants) {
    for (let k = 0; k <= v.k + 0.0001; k += 0.05) {
      if (heightAt(k, v) <= limit) {
        chosen = v;
        step = k;
        break search;
      }
    }
  }
  const sizes = sizesAt(step);
  const bandH = bandOf(step, chosen.lines);

  artifact(() => {
    doc.rect(0, 0, W, bandH).fill(content.accent);
    (content.kind === 'strategy' ? (content.tracks ?? []) : []).forEach((tr, i, all) =>
      doc.rect((W / all.length) * i, bandH, W / all.length, stripe).fill(trackColours[tr.colour].solid),
    );
    doc.rect(0, footerTop, W, H - footerTop).fill(colours.paper);
    if (content.track) {
      const top = L.bandPadding + eyebrowH;
      doc.circle(margin + iconSide / 2, top + iconSide / 2, iconSide / 2).fill(colours.white);
      drawTrackIcon(doc, content.track, margin + iconSide * 0.2, top + iconSide * 0.2, iconSide * 0.6, content.accent);
    }
  });

  let y = L.bandPadding;
  text('P', content.eyebrow.toUpperCase(), 'semibold', L.eyebrow, colours.white, margin, y, textW);
  y += eyebrowH;
  y = text('H1', content.title, 'bold', sizes.title, colours.white, titleX, y, titleW);
  if (chosen.lines) {
    y += L.gap * 0.6;
    for (const line of content.lines) y = text('P', line, 'regular', L.lines, colours.white, titleX, y, titleW) + 4;
  }
  y = bandH + stripe + L.gap * 1.6;
  // The headline, with a short rule in the accent colour before it.
  artifact(() => doc.rect(margin, y - L.gap * 0.7, 40, 4).fill(content.accent));
  y = text('P', content.headline, 'bold', sizes.headline, colours.ink, margin, y, textW);

  if (chosen.figures && figures.length) {
    y += L.gap * 1.2;
    const top = y;
    const list = doc.struct('L');
    root.add(list);
    figures.forEach((f, i) => {
      const x = margin + i * (figureW + L.gap);
      artifact(() => {
        doc.rect(x, top, figureW, figuresH).fill(colours.paper);
        doc.rect(x, top, 4, figuresH).fill(content.accent);
      });
      list.add(
        doc.struct('LI', {}, [
          doc.struct('LBody', {}, () => {
            const bottom = draw(f.value, 'bold', figureValueSize(f), colours.ink, x + 14, top + 8, figureW - 20);
            draw(f.label, 'regular', L.figureLabel, colours.inkMuted, x + 14, bottom + 4, figureW - 20);
          }),
        ]),
      );
    });
    y = top + figuresH;
  }

  if (chosen.tracks && trackRow.length) {
    y += L.gap * 1.2;
    const top = y;
    const list = doc.struct('L');
    root.add(list);
    trackRow.forEach((tr, i) => {
      const cx = margin + trackW * i + trackW / 2;
      const solid = trackColours[tr.colour].solid;
      list.add(
        doc.struct('LI', {}, [
          doc.struct('Lbl', {}, () => {
            doc.circle(cx, top + L.trackIcon / 2, L.trackIcon / 2).fill(solid);
            drawTrackIcon(
              doc,
              tr.colour,
              cx - L.trackIcon * 0.3,
              top + L.trackIcon * 0.2,
              L.trackIcon * 0.6,
              colours.white,
            );
          }),
          doc.struct('LBody', {}, () => {
            draw(
              trackLabel(tr),
              'semibold',
              L.trackLabel,
              solid,
              margin + trackW * i + 3,
              top + L.trackIcon + 6,
              trackW - 6,
              'center',
            );
          }),
        ]),
      );
    });
    y = top + tracksH;
  }

  // The QR block sits in the middle of what is left between the content and the foot.
  const spare = Math.max(0, footerTop - y - qrBlock);
  const scanTop = y + spare / 2;
  const qrTop = scanTop + quiet;
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
  const hintBottom = text('P', hint, 'semibold', L.hint, colours.ink, margin, qrTop + qrSide + quiet, textW, 'center');
  text('P', content.shortLink, 'bold', L.link, colours.brand, margin, hintBottom + 2, textW, 'center');

  // The foot: the region's logo when a file is supplied, and the strategy's name.
  const footPad = L.footer * 0.2;
  let footX = margin;
  if (content.logo) {
    const logo = content.logo;
    root.add(
      doc.struct('Figure', { alt: logo.alt }, () => {
        doc.image(Buffer.from(logo.bytes), margin, footerTop + footPad, {
          fit: [L.footer * 3, L.footer - 2 * footPad],
          valign: 'center',
        });
      }),
    );
    footX = margin + L.footer * 3 + L.gap;
  }
  const footW = W - margin - footX;
  const footH =
    heightOf(content.footer, 'semibold', L.footerTitle, footW) +
    2 +
    heightOf(content.contact, 'regular', L.contact, footW);
  const footTop = footerTop + (L.footer - footH) / 2;
  const footBottom = text('P', content.footer, 'semibold', L.footerTitle, colours.inkMuted, footX, footTop, footW);
  text('P', content.contact, 'regular', L.contact, colours.inkMuted, footX, footBottom + 2, footW);
  root.end();
  return pdfBytes(doc);
}
