/**
 * The strategy as a printable, accessible PDF: a cover, then the sections of `strategyDocument()` – the same
 * structure `/overblik/` shows – with the tracks' colours and icons. Tagged (every heading, paragraph, list and
 * target is a structure element, in reading order), Danish, titled, with a bookmark per section and Inter embedded.
 * Decoration (bands, icons, page numbers) is marked as artifact, so a screen reader skips it.
 */
import type {
  CircularPrinciple,
  FocalPoint,
  Instrument,
  ResolvedAmbition,
  ResolvedPoint,
  Target,
  Vision,
} from '../content/strategy';
import type { DocumentSection, StrategyDocument } from './strategy-document';
import { CM, createPdf, glyphCheck, PAGE_SIZES, pdfBytes, printable, type PdfFont } from './pdf';
import { colours, trackColours } from '../design/tokens';
import { targetFigures } from '../format';
import { t } from '../i18n';
import { drawTrackIcon } from './icons';
import type { LogoFile } from './poster-content';
import { postalAddress, REGION_CONTACT, websiteLabel } from '../contact';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const { width: PAGE_W, height: PAGE_H } = PAGE_SIZES.a4;
const MARGIN = 2 * CM;
const TOP = 2.2 * CM;
const BOTTOM = 2.2 * CM;
const TEXT_W = PAGE_W - 2 * MARGIN;
const BODY = 10.5;

interface TextStyle {
  font: PdfFont;
  size: number;
  colour?: string;
  gap?: number;
}
const STYLES = {
  h2: { font: 'bold', size: 20, colour: colours.brand },
  h3: { font: 'bold', size: 13.5 },
  h4: { font: 'semibold', size: 11.5 },
  h5: { font: 'semibold', size: 10.5 },
  p: { font: 'regular', size: BODY, gap: 1.5 },
  lead: { font: 'regular', size: 12, gap: 2 },
} satisfies Record<string, TextStyle>;

class Writer {
  constructor(
    readonly doc: Doc,
    readonly accent: string = colours.brand,
  ) {}

  private clean(text: string, font: PdfFont): string {
    this.doc.font(font);
    return printable(text, glyphCheck(this.doc));
  }

  height(text: string, style: TextStyle, width = TEXT_W): number {
    this.doc.font(style.font).fontSize(style.size);
    return this.doc.heightOfString(this.clean(text, style.font), { width, lineGap: style.gap ?? 1 });
  }

  /** A new page when less than `needed` points are left. */
  room(needed: number) {
    if (this.doc.y + needed > PAGE_H - BOTTOM) this.doc.addPage();
  }

  /** Text as one structure element of `type`, at the left margin (plus `indent`). */
  text(parent: Struct, type: string, text: string, style: TextStyle, indent = 0, after = 6) {
    const { doc } = this;
    const clean = this.clean(text, style.font);
    parent.add(
      doc.struct(type, {}, () => {
        doc
          .font(style.font)
          .fontSize(style.size)
          .fillColor(style.colour ?? colours.ink);
        doc.text(clean, MARGIN + indent, doc.y, { width: TEXT_W - indent, lineGap: style.gap ?? 1 });
      }),
    );
    doc.y += after;
  }

  heading(parent: Struct, level: 'h2' | 'h3' | 'h4' | 'h5', text: string, colour?: string) {
    const style = { ...STYLES[level], ...(colour ? { colour } : {}) };
    this.room(this.height(text, style) + 4 * BODY);
    this.doc.y += level === 'h2' ? 0 : level === 'h3' ? 8 : 4;
    this.text(parent, level.toUpperCase(), text, style, 0, level === 'h2' ? 10 : 5);
  }

  /** A bulleted list: L > LI > (Lbl, LBody); the bullet is the label. */
  list(parent: Struct, items: string[], indent = 0, bulletColour: string = colours.inkMuted) {
    const { doc } = this;
    const list = doc.struct('L');
    parent.add(list);
    for (const item of items) {
      this.room(this.height(item, STYLES.p, TEXT_W - indent - 14) + 4);
      const li = doc.struct('LI');
      list.add(li);
      const y = doc.y;
      li.add(
        doc.struct('Lbl', {}, () => {
          doc.circle(MARGIN + indent + 3.5, y + BODY * 0.62, 2.2).fill(bulletColour);
        }),
      );
      doc.y = y;
      const body = doc.struct('LBody');
      li.add(body);
      this.text(body, 'P', item, STYLES.p, indent + 14, 4);
      body.end();
      li.end();
    }
    list.end();
    doc.y += 4;
  }

  /** Decoration: drawn, and marked so assistive technology skips it. */
  artifact(draw: () => void) {
    const { doc } = this;
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  }
}

function targetBox(w: Writer, parent: Struct, target: Target, level: 'h3' | 'h5') {
  const { doc } = w;
  const f = targetFigures(target);
  const accent = target.track ? trackColours[target.track.colour].solid : colours.brand;
  const facts: [string, string][] = [
    [t('target.measure'), `${target.measure} (${target.unit})`],
    [t('target.deadline'), f.deadline],
    [t('target.baseline'), f.baseline],
    ...(target.note ? ([[t('target.note'), target.note]] as [string, string][]) : []),
  ];
  const inner = 14;
  const headline = `${f.qualifier ? `${f.qualifier} ` : ''}${f.headline}`;
  const factsHeight = facts.reduce((sum, [k, v]) => sum + w.height(`${k}: ${v}`, STYLES.p, TEXT_W - inner) + 2, 0);
  const height =
    w.height(target.title, STYLES.h5, TEXT_W - inner) +
    w.height(headline, { font: 'bold', size: 20 }) +
    factsHeight +
    22;
  w.room(height + 8);
  const top = doc.y;
  w.artifact(() => {
    doc.rect(MARGIN, top, TEXT_W, height).fill(colours.paper);
    doc.rect(MARGIN, top, 4, height).fill(accent);
  });
  doc.y = top + 8;
  const box = doc.struct('Div');
  parent.add(box);
  w.text(box, level.toUpperCase(), target.title, STYLES.h5, inner, 2);
  w.text(box, 'P', headline, { font: 'bold', size: 20, colour: colours.ink }, inner, 4);
  for (const [key, value] of facts) w.text(box, 'P', `${key}: ${value}`, { ...STYLES.p, size: 9.5 }, inner, 2);
  box.end();
  doc.y = top + height + 10;
}

function points(w: Writer, parent: Struct, list: ResolvedPoint[], targetLevel: 'h3' | 'h5') {
  for (const point of list) {
    if (point.kind === 'text') w.list(parent, [point.text]);
    else {
      w.list(parent, [...new Set(point.targets.map((target) => target.wording))]);
      for (const target of point.targets) targetBox(w, parent, target, targetLevel);
    }
  }
}

function ambitions(w: Writer, parent: Struct, list: ResolvedAmbition[], colour: string) {
  for (const ambition of list) {
    w.heading(parent, 'h4', ambition.heading, colour);
    points(w, parent, ambition.points, 'h5');
    if (ambition.sub) {
      w.text(parent, 'P', ambition.sub.heading, { font: 'semibold', size: BODY }, 0, 4);
      points(w, parent, ambition.sub.points, 'h5');
    }
  }
}

function vision(w: Writer, parent: Struct, statements: Vision[]) {
  for (const s of statements) {
    w.heading(parent, 'h3', `${s.order}. ${s.heading}`);
    w.text(parent, 'P', s.text, STYLES.p);
  }
}

function focal(w: Writer, parent: Struct, list: FocalPoint[]) {
  for (const f of list) {
    w.heading(parent, 'h3', f.title);
    w.text(parent, 'P', f.description, STYLES.p);
    w.text(parent, 'P', `${t('track.label')}: ${f.tracks.map((track) => track.title).join(', ')}`, {
      ...STYLES.p,
      font: 'semibold',
    });
  }
}

function circular(w: Writer, parent: Struct, subheading: string, principles: CircularPrinciple[]) {
  w.heading(parent, 'h3', subheading);
  for (const p of principles) {
    w.heading(parent, 'h4', `${p.order}. ${p.title}`, trackColours.forbrug.solid);
    w.list(parent, p.points, 0, trackColours.forbrug.solid);
  }
}

function instruments(w: Writer, parent: Struct, list: Instrument[]) {
  for (const i of list) {
    w.heading(parent, 'h3', i.title);
    w.text(parent, 'P', `– ${i.role}`, { font: 'semibold', size: 11, colour: colours.brand });
    w.text(parent, 'P', i.description, STYLES.p);
  }
}

/** The back matter: who stands behind the strategy, and how to reach the region (lib/contact.ts). */
function contact(w: Writer, parent: Struct) {
  const c = REGION_CONTACT;
  w.room(150);
  w.doc.y += 18;
  w.artifact(() => w.doc.rect(MARGIN, w.doc.y, 36, 4).fill(colours.brand));
  w.doc.y += 12;
  const sect = w.doc.struct('Sect');
  parent.add(sect);
  w.heading(sect, 'h2', t('document.contactHeading'));
  w.text(sect, 'P', t('footer.owner', { unit: c.owningUnit }), STYLES.p, 0, 8);
  for (const line of [
    c.name,
    postalAddress(),
    `${t('footer.telephone')}: ${c.telephone}`,
    `${t('footer.email')}: ${c.email}`,
    `${t('footer.website')}: ${websiteLabel()}`,
  ])
    w.text(sect, 'P', line, STYLES.p, 0, 2);
  sect.end();
}

/** A track's opening: a band in its colour with its icon and name, on a new page. */
function trackBand(w: Writer, parent: Struct, section: Extract<DocumentSection, { kind: 'track' }>) {
  const { doc } = w;
  const colour = trackColours[section.track.colour];
  const top = doc.y;
  const bandH = 64;
  w.artifact(() => {
    doc.rect(0, top - 8, PAGE_W, bandH).fill(colour.light);
    doc.rect(0, top - 8, 8, bandH).fill(colour.solid);
    doc.circle(MARGIN + 20, top - 8 + bandH / 2, 20).fill(colour.solid);
    drawTrackIcon(doc, section.track.colour, MARGIN + 8, top - 8 + bandH / 2 - 12, 24, colours.white);
  });
  doc.y = top + 6;
  w.text(parent, 'H2', section.title, { ...STYLES.h2, colour: colour.solid }, 52, 0);
  doc.y = Math.max(doc.y, top - 8 + bandH) + 14;
}

function cover(
  w: Writer,
  root: Struct,
  document: StrategyDocument,
  tracks: Extract<DocumentSection, { kind: 'track' }>[],
  logo?: LogoFile,
) {
  const { doc } = w;
  const bandH = PAGE_H * 0.52;
  w.artifact(() => {
    doc.rect(0, 0, PAGE_W, bandH).fill(colours.brand);
    tracks.forEach((s, i) =>
      doc
        .rect((PAGE_W / tracks.length) * i, bandH, PAGE_W / tracks.length, 12)
        .fill(trackColours[s.track.colour].solid),
    );
  });
  const part = doc.struct('Sect');
  root.add(part);
  doc.y = 5 * CM;
  w.text(part, 'P', t('site.owner').toUpperCase(), { font: 'bold', size: 12, colour: colours.white }, 0, 18);
  w.text(part, 'H1', document.tagline, { font: 'bold', size: 40, colour: colours.white, gap: 2 }, 0, 16);
  w.text(part, 'P', t('document.subtitle'), { font: 'regular', size: 16, colour: colours.white }, 0, 0);
  doc.y = bandH + 12 + 1.5 * CM;
  w.text(part, 'H2', t('home.tracks'), { ...STYLES.h3, colour: colours.ink }, 0, 10);
  const list = doc.struct('L');
  part.add(list);
  for (const s of tracks) {
    const y = doc.y;
    const li = doc.struct('LI');
    list.add(li);
    w.artifact(() => {
      doc.circle(MARGIN + 13, y + 8, 13).fill(trackColours[s.track.colour].solid);
      drawTrackIcon(doc, s.track.colour, MARGIN + 5, y, 16, colours.white);
    });
    doc.y = y + 2;
    const body = doc.struct('LBody');
    li.add(body);
    w.text(body, 'P', s.title, { font: 'semibold', size: 13, colour: trackColours[s.track.colour].solid }, 36, 0);
    body.end();
    li.end();
    doc.y = y + 34;
  }
  list.end();
  // The cover is laid out by hand to its foot: no page break there.
  doc.page.margins.bottom = 0;
  const footY = PAGE_H - 2.6 * CM;
  if (logo) {
    part.add(
      doc.struct('Figure', { alt: logo.alt }, () => {
        doc.image(Buffer.from(logo.bytes), MARGIN, footY - 0.8 * CM, { fit: [5 * CM, 1.6 * CM] });
      }),
    );
  }
  doc.y = footY;
  w.text(part, 'P', document.lead, { ...STYLES.p, colour: colours.inkMuted }, logo ? 6 * CM : 0, 0);
  part.end();
}

function pageNumbers(doc: Doc, title: string) {
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('regular').fontSize(8).fillColor(colours.inkMuted);
    const label = printable(t('document.page', { title, page: i + 1, pages: range.count }), glyphCheck(doc));
    doc.text(label, MARGIN, PAGE_H - 1.3 * CM, { width: TEXT_W, lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/** The strategy PDF, as bytes. The same document gives the same bytes. */
export async function renderStrategyPdf(document: StrategyDocument, logo?: LogoFile): Promise<Uint8Array> {
  const title = t('document.title');
  const doc = createPdf({ title, subject: document.lead, size: 'a4', margin: 0 });
  doc.page.margins = { top: TOP, bottom: BOTTOM, left: MARGIN, right: MARGIN };
  doc.on('pageAdded', () => {
    doc.page.margins = { top: TOP, bottom: BOTTOM, left: MARGIN, right: MARGIN };
    doc.y = TOP;
  });
  const w = new Writer(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const tracks = document.sections.filter((s): s is Extract<DocumentSection, { kind: 'track' }> => s.kind === 'track');
  cover(w, root, document, tracks, logo);
  doc.outline.addItem(document.tagline);

  for (const section of document.sections) {
    const first = section === document.sections[0];
    if (section.kind === 'track' || first || section.kind === 'grounding') doc.addPage();
    else w.room(160);
    doc.outline.addItem(printable(section.title, glyphCheck(doc)));
    const sect = doc.struct('Sect');
    root.add(sect);
    if (section.kind === 'track') trackBand(w, sect, section);
    else {
      if (!first && doc.y > TOP + 1) doc.y += 14;
      w.artifact(() => doc.rect(MARGIN, doc.y, 36, 4).fill(colours.brand));
      doc.y += 12;
      w.heading(sect, 'h2', section.title);
    }
    if (section.intro)
      w.text(
        sect,
        'P',
        section.intro,
        section.kind === 'track' ? STYLES.lead : { ...STYLES.p, colour: colours.inkMuted },
        0,
        10,
      );
    switch (section.kind) {
      case 'vision':
        vision(w, sect, section.vision);
        break;
      case 'direction':
        for (const target of section.targets) targetBox(w, sect, target, 'h3');
        break;
      case 'focal':
        focal(w, sect, section.focalPoints);
        break;
      case 'track': {
        const colour = trackColours[section.track.colour].solid;
        w.heading(sect, 'h3', section.focusHeading);
        w.list(sect, section.track.focus, 0, colour);
        w.heading(sect, 'h3', section.track.ambitionsHeading);
        ambitions(w, sect, section.track.ambitions, colour);
        break;
      }
      case 'grounding':
        circular(w, sect, section.subheading, section.principles);
        break;
      case 'coherence':
        instruments(w, sect, section.instruments);
        break;
    }
    sect.end();
  }
  contact(w, root);
  root.end();
  pageNumbers(doc, document.tagline);
  return pdfBytes(doc);
}
