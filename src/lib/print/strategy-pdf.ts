/**
 * The strategy as a printable, accessible PDF: a cover, a contents page, then the sections of `strategyDocument()` –
 * the same structure `/overblik/` shows – with the tracks' colours and icons and the climate footprint's chart.
 * Tagged (every heading, paragraph, list, target and figure is a structure element, in reading order), Danish,
 * titled, with a bookmark per section, page numbers and Inter embedded. Decoration (bands, icons, page numbers) is
 * marked as artifact, so a screen reader skips it.
 *
 * Layout works in blocks, as a book is set: every paragraph, list item, target box and figure is one block that is
 * never split; a heading stays with what follows it; and a section's last page never holds only a scrap: when it
 * would be less than a third full, blocks move over from the page before (`paginate()`).
 */
import sharp from 'sharp';
import type {
  CircularPrinciple,
  FocalPoint,
  Indicator,
  Instrument,
  ResolvedAmbition,
  ResolvedPoint,
  Target,
  Vision,
} from '../content/strategy';
import type { DocumentSection, StrategyDocument } from './strategy-document';
import { CM, createPdf, glyphCheck, PAGE_SIZES, pdfBytes, printable, type PdfFont } from './pdf';
import { colours, trackColours } from '../design/tokens';
import { targetFigures, typeset } from '../format';
import { t } from '../i18n';
import { drawTrackIcon } from './icons';
import type { LogoFile } from './poster-content';
import { postalAddress, REGION_CONTACT, websiteLabel } from '../contact';
import { CHART_LAYOUTS, chartAltText, chartConfiguration, chartModel, chartTakeaway } from '../charts/model';
import { renderChartSvg } from '../charts/render';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
/** A structure element made when it is first drawn into, so the tree keeps the reading order. */
type Lazy = () => Struct;

const { width: PAGE_W, height: PAGE_H } = PAGE_SIZES.a4;
const MARGIN = 2 * CM;
const TOP = 2.2 * CM;
const BOTTOM = 2.4 * CM;
const TEXT_W = PAGE_W - 2 * MARGIN;
const BODY = 10.5;
/** The height a page's content may fill. */
export const CONTENT_H = PAGE_H - TOP - BOTTOM;

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

/** One unit of layout: drawn whole on one page. */
export interface Block {
  height: number;
  /** Space above it, left out at the top of a page. */
  before: number;
  /** Stays on the same page as the next block (a heading, a line that introduces a box). */
  keep?: boolean;
  draw(y: number): void;
}

/** A section as laid out: its blocks, whether it opens a page, and its bookmark and contents entry. */
export interface Part {
  title?: string;
  colour?: string;
  newPage: boolean;
  blocks: Block[];
}

/** Where a block goes: its page (0 = the first page of the body) and its top. */
export interface Placement {
  page: number;
  y: number;
}

/**
 * Places the blocks on pages of `height` points: greedily, a heading with what follows it, each part that opens a
 * page on a new one. Then each run of parts up to the next page break is balanced: when its last page would be less
 * than a third full, it starts at an earlier block, as long as the page before stays at least a third full.
 */
export function paginate(parts: Pick<Part, 'newPage' | 'blocks'>[], height: number): Placement[][] {
  const third = height / 3;
  // Groups: blocks chained by `keep`, as [part, first block, last block].
  type Group = { part: number; from: number; to: number };
  const runs: Group[][] = [];
  parts.forEach((part, p) => {
    if (part.newPage || runs.length === 0) runs.push([]);
    const run = runs.at(-1)!;
    let from = 0;
    part.blocks.forEach((block, b) => {
      if (!block.keep || b === part.blocks.length - 1) {
        run.push({ part: p, from, to: b });
        from = b + 1;
      }
    });
  });
  const blocksOf = (g: Group) => parts[g.part]!.blocks.slice(g.from, g.to + 1);
  const groupHeight = (g: Group, atTop: boolean) =>
    blocksOf(g).reduce((sum, block, i) => sum + block.height + (i === 0 && atTop ? 0 : block.before), 0);

  const placements: Placement[][] = parts.map(() => []);
  let pageBase = 0;
  for (const run of runs) {
    /** Lays the run out with a page break forced before group `forced`; returns each group's page and the fills. */
    const layout = (forced?: number) => {
      const at: { page: number; y: number }[] = [];
      const fills = [0];
      let page = 0;
      let y = 0;
      run.forEach((g, i) => {
        if ((y > 0 && y + groupHeight(g, false) > height) || (i === forced && y > 0)) {
          page += 1;
          fills.push(0);
          y = 0;
        }
        at.push({ page, y });
        y += groupHeight(g, y === 0);
        fills[page] = y;
      });
      return { at, fills };
    };
    let best = layout();
    const last = best.fills.length - 1;
    if (last > 0 && best.fills[last]! < third) {
      // Move the break back, one group at a time, while it keeps the page count and the page before a third full.
      for (let k = run.length - 1; k > 0; k -= 1) {
        if (best.at[k]!.page === last) continue;
        const tried = layout(k);
        if (tried.fills.length - 1 !== last || tried.fills[last - 1]! < third) break;
        if (tried.fills[last]! >= third) {
          best = tried;
          break;
        }
      }
    }
    run.forEach((g, i) => {
      let y = best.at[i]!.y;
      blocksOf(g).forEach((block, k) => {
        if (k > 0 || y > 0) y += block.before;
        placements[g.part]![g.from + k] = { page: pageBase + best.at[i]!.page, y };
        y += block.height;
      });
    });
    pageBase += best.fills.length;
  }
  return placements;
}

/** Makes the blocks: measures with the document's fonts, draws into lazily made structure elements. */
class Blocks {
  constructor(readonly doc: Doc) {}

  /** The text typeset as the web pages have it (m3 → m³, CO2 → CO₂), with what the font lacks stood in for. */
  clean(text: string, font: PdfFont): string {
    this.doc.font(font);
    return printable(typeset(text), glyphCheck(this.doc));
  }

  height(text: string, style: TextStyle, width = TEXT_W): number {
    this.doc.font(style.font).fontSize(style.size);
    return this.doc.heightOfString(this.clean(text, style.font), { width, lineGap: style.gap ?? 1 });
  }

  /** A structure element of `type` under `parent`, made when first used. */
  lazy(parent: Lazy, type: string): Lazy {
    let element: Struct | undefined;
    return () => {
      if (!element) {
        element = this.doc.struct(type);
        parent().add(element);
      }
      return element;
    };
  }

  /** Draws text at (MARGIN + indent, y) as an element of `type`; returns its bottom. */
  write(parent: Lazy, type: string, text: string, style: TextStyle, y: number, indent = 0, width = TEXT_W - indent) {
    const { doc } = this;
    const clean = this.clean(text, style.font);
    let bottom = y;
    parent().add(
      doc.struct(type, {}, () => {
        doc
          .font(style.font)
          .fontSize(style.size)
          .fillColor(style.colour ?? colours.ink);
        doc.text(clean, MARGIN + indent, y, { width, lineGap: style.gap ?? 1 });
        bottom = doc.y;
      }),
    );
    return bottom;
  }

  text(parent: Lazy, type: string, text: string, style: TextStyle, before = 0, indent = 0, after = 6): Block {
    const height = this.height(text, style, TEXT_W - indent) + after;
    return { height, before, draw: (y) => this.write(parent, type, text, style, y, indent) };
  }

  heading(parent: Lazy, level: 'h3' | 'h4' | 'h5', text: string, colour?: string): Block {
    const style = { ...STYLES[level], ...(colour ? { colour } : {}) };
    const before = level === 'h3' ? 12 : 8;
    return { ...this.text(parent, level.toUpperCase(), text, style, before, 0, 5), keep: true };
  }

  /** A section's heading: a short rule in the brand colour above it. */
  sectionHeading(parent: Lazy, text: string): Block {
    const inner = this.text(parent, 'H2', text, STYLES.h2, 0, 0, 10);
    return {
      height: inner.height + 16,
      before: 26,
      keep: true,
      draw: (y) => {
        this.artifact(() => this.doc.rect(MARGIN, y, 36, 4).fill(colours.brand));
        inner.draw(y + 16);
      },
    };
  }

  /** A bulleted list, one block per item: L > LI > (Lbl, LBody); the bullet is the label. */
  list(parent: Lazy, items: string[], indent = 0, bulletColour: string = colours.inkMuted): Block[] {
    const list = this.lazy(parent, 'L');
    return items.map((item, i) => {
      const height = this.height(item, STYLES.p, TEXT_W - indent - 14) + 4;
      return {
        height,
        before: i === 0 ? 0 : 0,
        draw: (y: number) => {
          const { doc } = this;
          const li = doc.struct('LI');
          list().add(li);
          li.add(
            doc.struct('Lbl', {}, () => {
              doc.circle(MARGIN + indent + 3.5, y + BODY * 0.62, 2.2).fill(bulletColour);
            }),
          );
          const body = doc.struct('LBody');
          li.add(body);
          this.write(() => body, 'P', item, STYLES.p, y, indent + 14);
        },
      };
    });
  }

  /** Decoration: drawn, and marked so assistive technology skips it. */
  artifact(draw: () => void) {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }
}

function targetBox(b: Blocks, parent: Lazy, target: Target, level: 'h3' | 'h5'): Block {
  const { doc } = b;
  const f = targetFigures(target);
  const accent = target.track ? trackColours[target.track.colour].solid : colours.brand;
  const facts: [string, string][] = [
    [t('target.measure'), `${target.measure} (${target.unit})`],
    [t('target.deadline'), f.deadline],
    [t('target.baseline'), f.baseline],
    ...(target.note ? ([[t('target.note'), target.note]] as [string, string][]) : []),
  ];
  const inner = 14;
  const w = TEXT_W - inner - 10;
  const headline = f.stated;
  const factStyle = { ...STYLES.p, size: 9.5 };
  const height =
    8 +
    b.height(target.title, STYLES.h5, w) +
    2 +
    b.height(headline, { font: 'bold', size: 20 }, w) +
    4 +
    facts.reduce((sum, [k, v]) => sum + b.height(`${k}: ${v}`, factStyle, w) + 2, 0) +
    8;
  return {
    height: height + 10,
    before: 4,
    draw: (top) => {
      b.artifact(() => {
        doc.rect(MARGIN, top, TEXT_W, height).fill(colours.paper);
        doc.rect(MARGIN, top, 4, height).fill(accent);
      });
      const box = b.lazy(parent, 'Div');
      let y = b.write(box, level.toUpperCase(), target.title, STYLES.h5, top + 8, inner, w) + 2;
      y = b.write(box, 'P', headline, { font: 'bold', size: 20, colour: colours.ink }, y, inner, w) + 4;
      for (const [key, value] of facts) y = b.write(box, 'P', `${key}: ${value}`, factStyle, y, inner, w) + 2;
    },
  };
}

/** A chart drawn by the site's own chart code, as a picture with its alt text and the takeaway under it. */
async function chartBlock(b: Blocks, parent: Lazy, indicator: Indicator): Promise<Block> {
  const layout = CHART_LAYOUTS.wide;
  const svg = renderChartSvg(chartConfiguration(chartModel(indicator), 'wide'), layout);
  const png = await sharp(Buffer.from(svg), { density: 72 * 3 })
    .flatten({ background: colours.white })
    .png({ compressionLevel: 9 })
    .toBuffer();
  const imageH = (TEXT_W * layout.height) / layout.width;
  const title = indicator.title;
  const takeaway = chartTakeaway(indicator);
  const titleH = b.height(title, STYLES.h4);
  const takeawayH = b.height(takeaway, { ...STYLES.p, size: 9.5 });
  return {
    height: titleH + 6 + imageH + 6 + takeawayH + 10,
    before: 14,
    draw: (y) => {
      const figure = b.lazy(parent, 'Div');
      const below = b.write(figure, 'P', title, { ...STYLES.h4, colour: colours.ink }, y) + 6;
      figure().add(
        b.doc.struct('Figure', { alt: chartAltText(indicator) }, () => {
          b.doc.image(png, MARGIN, below, { width: TEXT_W, height: imageH });
        }),
      );
      b.write(figure, 'P', takeaway, { ...STYLES.p, size: 9.5, colour: colours.inkMuted }, below + imageH + 6);
    },
  };
}

function points(b: Blocks, parent: Lazy, list: ResolvedPoint[], targetLevel: 'h3' | 'h5'): Block[] {
  return list.flatMap((point) => {
    if (point.kind === 'text') return b.list(parent, [point.text]);
    // The strategy's sentence stays with the boxes of its targets.
    const wording = b.list(parent, [...new Set(point.targets.map((target) => target.wording))]);
    return [
      ...wording.map((w) => ({ ...w, keep: true })),
      ...point.targets.map((target) => targetBox(b, parent, target, targetLevel)),
    ];
  });
}

function ambitions(b: Blocks, parent: Lazy, list: ResolvedAmbition[], colour: string): Block[] {
  return list.flatMap((ambition) => [
    b.heading(parent, 'h4', ambition.heading, colour),
    ...points(b, parent, ambition.points, 'h5'),
    ...(ambition.sub
      ? [
          { ...b.text(parent, 'P', ambition.sub.heading, { font: 'semibold', size: BODY }, 4, 0, 4), keep: true },
          ...points(b, parent, ambition.sub.points, 'h5'),
        ]
      : []),
  ]);
}

function vision(b: Blocks, parent: Lazy, statements: Vision[]): Block[] {
  return statements.flatMap((s) => [
    b.heading(parent, 'h3', `${s.order}. ${s.heading}`),
    b.text(parent, 'P', s.text, STYLES.p),
  ]);
}

function focal(b: Blocks, parent: Lazy, list: FocalPoint[]): Block[] {
  return list.flatMap((f) => [
    b.heading(parent, 'h3', f.title),
    { ...b.text(parent, 'P', f.description, STYLES.p), keep: true },
    b.text(parent, 'P', `${t('track.label')}: ${f.tracks.map((track) => track.title).join(', ')}`, {
      ...STYLES.p,
      font: 'semibold',
    }),
  ]);
}

function circular(b: Blocks, parent: Lazy, subheading: string, principles: CircularPrinciple[]): Block[] {
  return [
    b.heading(parent, 'h3', subheading),
    ...principles.flatMap((p) => [
      b.heading(parent, 'h4', `${p.order}. ${p.title}`, colours.brand),
      ...b.list(parent, p.points, 0, colours.brand),
    ]),
  ];
}

function instruments(b: Blocks, parent: Lazy, list: Instrument[]): Block[] {
  return list.flatMap((i) => [
    b.heading(parent, 'h3', i.title),
    { ...b.text(parent, 'P', `– ${i.role}`, { font: 'semibold', size: 11, colour: colours.brand }), keep: true },
    b.text(parent, 'P', i.description, STYLES.p),
  ]);
}

/** The back matter: who stands behind the strategy, and how to reach the region (lib/contact.ts). */
function contact(b: Blocks, root: Lazy): Part {
  const c = REGION_CONTACT;
  const sect = b.lazy(root, 'Sect');
  const lines = [
    c.name,
    postalAddress(),
    `${t('footer.telephone')}: ${c.telephone}`,
    `${t('footer.email')}: ${c.email}`,
    `${t('footer.website')}: ${websiteLabel()}`,
  ];
  // Kept together: an address is read as one.
  const blocks = [
    b.sectionHeading(sect, t('document.contactHeading')),
    { ...b.text(sect, 'P', t('footer.owner', { unit: c.owningUnit }), STYLES.p, 0, 0, 8), keep: true },
    ...lines.map((line, i) => ({ ...b.text(sect, 'P', line, STYLES.p, 0, 0, 2), keep: i < lines.length - 1 })),
  ];
  return { newPage: false, blocks, title: t('document.contactHeading') };
}

/** A track's opening: a band in its colour with its icon and name, at the top of a page. */
function trackBand(b: Blocks, parent: Lazy, section: Extract<DocumentSection, { kind: 'track' }>): Block {
  const { doc } = b;
  const colour = trackColours[section.track.colour];
  const bandH = 64;
  return {
    height: bandH + 14,
    before: 0,
    keep: true,
    draw: (top) => {
      b.artifact(() => {
        doc.rect(0, top - 8, PAGE_W, bandH).fill(colour.light);
        doc.rect(0, top - 8, 8, bandH).fill(colour.solid);
        doc.circle(MARGIN + 20, top - 8 + bandH / 2, 20).fill(colour.solid);
        drawTrackIcon(doc, section.track.colour, MARGIN + 8, top - 8 + bandH / 2 - 12, 24, colours.white);
      });
      const h = b.height(section.title, STYLES.h2, TEXT_W - 52);
      b.write(parent, 'H2', section.title, { ...STYLES.h2, colour: colour.solid }, top - 8 + (bandH - h) / 2, 52);
    },
  };
}

async function sectionPart(b: Blocks, root: Lazy, section: DocumentSection, first: boolean): Promise<Part> {
  const sect = b.lazy(root, 'Sect');
  const blocks: Block[] = [];
  const track = section.kind === 'track' ? trackColours[section.track.colour].solid : undefined;
  blocks.push(section.kind === 'track' ? trackBand(b, sect, section) : b.sectionHeading(sect, section.title));
  if (section.intro)
    blocks.push({
      ...b.text(
        sect,
        'P',
        section.intro,
        section.kind === 'track' ? STYLES.lead : { ...STYLES.p, colour: colours.inkMuted },
        0,
        0,
        10,
      ),
      keep: true,
    });
  switch (section.kind) {
    case 'vision':
      blocks.push(...vision(b, sect, section.vision));
      break;
    case 'direction':
      blocks.push(...section.targets.map((target) => targetBox(b, sect, target, 'h3')));
      for (const indicator of section.indicators) blocks.push(await chartBlock(b, sect, indicator));
      break;
    case 'focal':
      blocks.push(...focal(b, sect, section.focalPoints));
      break;
    case 'track':
      // The focus points an ambition heading says already are said there, once (as on the track's page).
      if (section.track.focusBeyondAmbitions.length)
        blocks.push(
          b.heading(sect, 'h3', section.focusHeading),
          ...b.list(sect, section.track.focusBeyondAmbitions, 0, track),
        );
      blocks.push(
        b.heading(sect, 'h3', section.track.ambitionsHeading),
        ...ambitions(b, sect, section.track.ambitions, track!),
      );
      break;
    case 'grounding':
      blocks.push(
        ...circular(b, sect, section.subheading, section.principles),
        b.heading(sect, 'h3', section.goals.heading),
        b.text(sect, 'P', `${section.goals.text} ${section.goals.linkLabel}.`, STYLES.p),
      );
      break;
    case 'coherence':
      blocks.push(...instruments(b, sect, section.instruments));
      break;
  }
  return {
    title: section.title,
    colour: track,
    newPage: first || section.kind === 'track' || section.kind === 'grounding',
    blocks,
  };
}

function cover(
  b: Blocks,
  root: Struct,
  document: StrategyDocument,
  tracks: Extract<DocumentSection, { kind: 'track' }>[],
  logo?: LogoFile,
) {
  const { doc } = b;
  const bandH = PAGE_H * 0.52;
  b.artifact(() => {
    doc.rect(0, 0, PAGE_W, bandH).fill(colours.brand);
    tracks.forEach((s, i) =>
      doc
        .rect((PAGE_W / tracks.length) * i, bandH, PAGE_W / tracks.length, 12)
        .fill(trackColours[s.track.colour].solid),
    );
  });
  const part = doc.struct('Sect');
  root.add(part);
  const sect = () => part;
  let y =
    b.write(sect, 'P', t('site.owner').toUpperCase(), { font: 'bold', size: 12, colour: colours.white }, 5 * CM) + 18;
  y = b.write(sect, 'H1', document.tagline, { font: 'bold', size: 40, colour: colours.white, gap: 2 }, y) + 16;
  b.write(sect, 'P', t('document.subtitle'), { font: 'regular', size: 16, colour: colours.white }, y);
  y = bandH + 12 + 1.5 * CM;
  y = b.write(sect, 'P', t('home.tracks'), { ...STYLES.h3, colour: colours.ink }, y) + 10;
  const list = doc.struct('L');
  part.add(list);
  for (const s of tracks) {
    const li = doc.struct('LI');
    list.add(li);
    const top = y;
    b.artifact(() => {
      doc.circle(MARGIN + 13, top + 8, 13).fill(trackColours[s.track.colour].solid);
      drawTrackIcon(doc, s.track.colour, MARGIN + 5, top, 16, colours.white);
    });
    const body = doc.struct('LBody');
    li.add(body);
    b.write(
      () => body,
      'P',
      s.title,
      { font: 'semibold', size: 13, colour: trackColours[s.track.colour].solid },
      top + 2,
      36,
    );
    y = top + 34;
  }
  if (logo) {
    part.add(
      doc.struct('Figure', { alt: logo.alt }, () => {
        doc.image(Buffer.from(logo.bytes), MARGIN, PAGE_H - 3.4 * CM, { fit: [5 * CM, 1.6 * CM] });
      }),
    );
  }
}

/** The contents page: each part with the page it starts on, numbers aligned right. */
function contents(b: Blocks, root: Struct, entries: { title: string; page: number; colour?: string }[]) {
  const { doc } = b;
  const sect = doc.struct('Sect');
  root.add(sect);
  b.artifact(() => doc.rect(MARGIN, TOP, 36, 4).fill(colours.brand));
  let y = b.write(() => sect, 'H2', t('document.contents'), STYLES.h2, TOP + 16) + 18;
  const toc = doc.struct('TOC');
  sect.add(toc);
  for (const entry of entries) {
    const style = { font: 'semibold' as const, size: 12, colour: entry.colour ?? colours.ink };
    const indent = entry.colour ? 16 : 0;
    const numberW = 40;
    const h = b.height(entry.title, style, TEXT_W - indent - numberW);
    const top = y;
    if (entry.colour) b.artifact(() => doc.circle(MARGIN + 4, top + 7, 4).fill(entry.colour!));
    toc.add(
      doc.struct('TOCI', {}, () => {
        doc.font(style.font).fontSize(style.size).fillColor(style.colour);
        doc.text(b.clean(entry.title, style.font), MARGIN + indent, top, {
          width: TEXT_W - indent - numberW,
          lineGap: 1,
        });
        doc.text(String(entry.page), PAGE_W - MARGIN - numberW, top, { width: numberW, align: 'right', lineGap: 1 });
      }),
    );
    b.artifact(() =>
      doc
        .moveTo(MARGIN, top + h + 6)
        .lineTo(PAGE_W - MARGIN, top + h + 6)
        .lineWidth(0.5)
        .stroke(colours.paperLine),
    );
    y = top + h + 14;
  }
}

/** The foot of every page but the cover: the document's name, and "Side 3 af 14". */
function pageNumbers(doc: Doc, title: string) {
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    const y = PAGE_H - 1.5 * CM;
    doc
      .moveTo(MARGIN, y - 6)
      .lineTo(PAGE_W - MARGIN, y - 6)
      .lineWidth(0.5)
      .stroke(colours.paperLine);
    doc.font('regular').fontSize(8.5).fillColor(colours.inkMuted);
    doc.text(printable(title, glyphCheck(doc)), MARGIN, y, { width: TEXT_W * 0.7, lineBreak: false });
    doc.font('semibold').fontSize(8.5).fillColor(colours.ink);
    const label = printable(t('document.pageNumber', { page: i + 1, pages: range.count }), glyphCheck(doc));
    doc.text(label, MARGIN, y, { width: TEXT_W, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/** The strategy PDF, as bytes. The same document gives the same bytes. */
export async function renderStrategyPdf(document: StrategyDocument, logo?: LogoFile): Promise<Uint8Array> {
  const title = t('document.title');
  const doc = createPdf({ title, subject: t('document.subtitle'), size: 'a4', margin: 0 });
  // Every block is placed by hand: PDFKit never breaks a page on its own.
  doc.page.margins = { top: 0, bottom: 0, left: MARGIN, right: MARGIN };
  doc.on('pageAdded', () => {
    doc.page.margins = { top: 0, bottom: 0, left: MARGIN, right: MARGIN };
  });
  const b = new Blocks(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const rootLazy = () => root;
  const tracks = document.sections.filter((s): s is Extract<DocumentSection, { kind: 'track' }> => s.kind === 'track');

  const parts: Part[] = [];
  for (const [i, section] of document.sections.entries()) parts.push(await sectionPart(b, rootLazy, section, i === 0));
  parts.push(contact(b, rootLazy));
  const placements = paginate(parts, CONTENT_H);
  /** Pages before the body: the cover and the contents. */
  const FRONT = 2;

  cover(b, root, document, tracks, logo);
  doc.outline.addItem(document.tagline);
  doc.addPage();
  doc.outline.addItem(t('document.contents'));
  contents(
    b,
    root,
    parts.map((part, i) => ({ title: part.title!, page: FRONT + 1 + placements[i]![0]!.page, colour: part.colour })),
  );

  let page = -1;
  parts.forEach((part, i) => {
    part.blocks.forEach((block, k) => {
      const at = placements[i]![k]!;
      while (page < at.page) {
        doc.addPage();
        page += 1;
      }
      // The bookmark is made on the page the part starts on; the contact has none, as /overblik/ has no section for it.
      if (k === 0 && part !== parts.at(-1)) doc.outline.addItem(printable(part.title!, glyphCheck(doc)));
      block.draw(TOP + at.y);
    });
  });
  root.end();
  pageNumbers(doc, document.tagline);
  return pdfBytes(doc);
}
