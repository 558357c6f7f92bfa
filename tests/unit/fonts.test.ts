/**
 * Charts, posters and the share image draw only characters their bundled fonts have, so the output depends on
 * the repository alone and not on the fonts a machine happens to have.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import PDFDocument from 'pdfkit';
import { bundledCodePoints, guardText, MissingGlyphError, missingGlyphs } from '../../src/lib/design/fonts';
import { CHART_LAYOUTS, chartConfiguration, chartModel } from '../../src/lib/charts/model';
import { renderChartSvg } from '../../src/lib/charts/render';
import { renderShareImage } from '../../src/lib/print/share-image';
import { renderPosterPdf } from '../../src/lib/print/poster';
import type { PosterContent } from '../../src/lib/print/poster-content';
import { glyphCheck, type GlyphCheck } from '../../src/lib/print/pdf';
import { colours } from '../../src/lib/design/tokens';
import { computeProgress } from '../../src/lib/content/progress';
import type { Indicator, Target } from '../../src/lib/content/strategy';

const inFont = (text: string) => [...text].every((c) => bundledCodePoints().has(c.codePointAt(0)!));

function indicator(unit: Indicator['unit'], title = 'Regionens samlede klimaaftryk'): Indicator {
  const measurements = [2017, 2021, 2023].map((year, i) => ({
    year,
    value: [600000, 776000, 400000][i]!,
    sources: ['https://www.rm.dk/'],
    approx: undefined,
    derived: false,
    note: undefined,
  }));
  const ref = { id: 'x', title, unit, methodNote: undefined, measurements };
  const targets = [
    { kind: 'reduktion-procent', value: 68, deadline: 2030 },
    { kind: 'klimaneutral', value: 0, deadline: 2050 },
  ].map((t) => {
    const target = {
      id: 't',
      title: 'T',
      wording: 'W',
      measure: 'M',
      unit,
      atLeast: false,
      baseline: undefined,
      note: undefined,
      indicator: ref,
      ...t,
    } as Target;
    return { ...target, progress: computeProgress(target, unit, measurements) };
  });
  return { ...ref, targets };
}

test('the bundled font is read from its own files: Danish letters yes, "→" no', () => {
  expect(missingGlyphs('ÆØÅæøå–·›»“”')).toEqual([]);
  expect(missingGlyphs('Mål 2050: Klimaneutral →')).toEqual(['→']);
  expect(() => guardText('Klimaneutral →')).toThrow(/"→" \(U\+2192\)/);
});

describe('charts', () => {
  test.each(Object.keys(CHART_LAYOUTS))(
    'every text of the %s chart is in the font, the goal past the edge included',
    (layout) => {
      const drawn: string[] = [];
      renderChartSvg(
        chartConfiguration(chartModel(indicator('t CO2e')), layout as keyof typeof CHART_LAYOUTS),
        CHART_LAYOUTS[layout as keyof typeof CHART_LAYOUTS],
        (t) => drawn.push(t),
      );
      expect(drawn).toContain('Mål 2050: Klimaneutral');
      expect(drawn.length).toBeGreaterThan(10);
      expect(drawn.filter((t) => !inFont(t))).toEqual([]);
    },
  );

  test('a chart whose text has a character outside the font is not drawn', () => {
    const model = chartModel(indicator('t CO2e', 'Klimaaftryk ≥ 2017'));
    const config = chartConfiguration({ ...model, yTitle: 'Tons ≥ 0' }, 'wide');
    expect(() => renderChartSvg(config, CHART_LAYOUTS.wide)).toThrow(MissingGlyphError);
  });
});

test('every text of the share image is in the font', () => {
  const drawn: string[] = [];
  renderShareImage('På vej mod en bæredygtig fremtid', 'Region Midtjyllands bæredygtighedsstrategi', (t) =>
    drawn.push(t),
  );
  expect(drawn).toContain('Region Midtjylland');
  expect(drawn.filter((t) => !inFont(t))).toEqual([]);
  expect(() => renderShareImage('Mod 2050 →', 'x')).toThrow(MissingGlyphError);
});

describe('posters', () => {
  afterEach(() => vi.restoreAllMocks());
  test('every text drawn into a poster PDF is in the font it is drawn with, even when the content has other characters', async () => {
    const drawn: [string, GlyphCheck][] = [];
    const original = PDFDocument.prototype.text;
    vi.spyOn(PDFDocument.prototype, 'text').mockImplementation(function (this: PDFKit.PDFDocument, ...args: unknown[]) {
      if (typeof args[0] === 'string') drawn.push([args[0], glyphCheck(this)]);
      return (original as (...a: unknown[]) => PDFKit.PDFDocument).apply(this, args);
    });
    const content: PosterContent = {
      code: 'auh',
      kind: 'agreement',
      eyebrow: 'Bæredygtighedsaftale',
      title: 'Aarhus Universitetshospital → 2030',
      headline: 'Se hvad CO₂ → 0 har lovet',
      lines: ['CO₂ − 10 % ≥ 2025'],
      callToAction: 'Scan og se aftalen',
      typeHint: 'Eller skriv',
      url: 'https://x.dk/k/auh/',
      shortLink: 'x.dk/k/auh',
      qrAlt: 'QR-kode',
      footer: 'Region Midtjylland',
      contact: 'Telefon 7841 0000',
      accent: colours.brand,
    };
    await renderPosterPdf(content, 'a4');
    expect(drawn.length).toBeGreaterThan(4);
    for (const [text, has] of drawn) {
      expect(
        [...text].filter((c) => !has(c.codePointAt(0)!)),
        text,
      ).toEqual([]);
    }
  });
});
