import { describe, expect, test } from 'vitest';
import {
  chartAltText,
  chartConfiguration,
  chartModel,
  chartTakeaway,
  hasMeasurements,
  measuredSeries,
  measurementLabel,
} from '../../src/lib/charts/model';
import { compactSvg, renderChartSvg, roundPath } from '../../src/lib/charts/render';
import { createCanvas } from '@napi-rs/canvas';
import { BasicPlatform, Chart } from 'chart.js';
import { chartColours, statusColours, trackColours } from '../../src/lib/design/tokens';
import { CHART_LAYOUTS } from '../../src/lib/charts/model';
import { indicatorCsv } from '../../src/lib/charts/csv';
import { computeProgress } from '../../src/lib/content/progress';
import type { Indicator, Target } from '../../src/lib/content/strategy';
import type { Measurement } from '../../src/schemas/indicator';

function m(year: number, value: number, extra: Partial<Measurement> = {}): Measurement {
  return { year, value, sources: ['https://www.rm.dk/'], approx: undefined, derived: false, note: undefined, ...extra };
}

function indicator(
  targets: Partial<Target>[],
  measurements: Measurement[],
  unit: Indicator['unit'] = 't CO2e',
): Indicator {
  const ref = { id: 'x', title: 'Regionens samlede klimaaftryk', unit, methodNote: undefined, measurements };
  return {
    ...ref,
    targets: targets.map((t) => {
      const target = {
        id: 't',
        title: 'T',
        wording: 'W',
        measure: 'M',
        unit: 't CO2e',
        kind: 'niveau',
        value: 0,
        atLeast: false,
        baseline: undefined,
        deadline: undefined,
        note: undefined,
        indicator: ref,
        ...t,
      } as Target;
      return { ...target, progress: computeProgress(target, unit, measurements) };
    }),
  };
}

const footprint = indicator(
  [
    { kind: 'reduktion-procent', value: 68, deadline: 2030 },
    { kind: 'klimaneutral', value: 0, deadline: 2050 },
  ],
  [m(2017, 600000, { approx: 'knap' }), m(2021, 776000), m(2023, 400000, { approx: 'ca.' })],
);

describe('measured lines', () => {
  test('years nobody measured are a gap in the line, not a straight stretch', () => {
    expect(
      measuredSeries([
        { year: 2017, value: 600 },
        { year: 2020, value: 700 },
        { year: 2021, value: 650 },
      ]),
    ).toEqual([
      { x: 2017, y: 600 },
      { x: 2018.5, y: null },
      { x: 2020, y: 700 },
      { x: 2021, y: 650 },
    ]);
    const measured = chartConfiguration(chartModel(footprint)).data.datasets[0]!;
    expect(measured.data).toContainEqual({ x: 2019, y: null });
    expect((measured as { spanGaps?: boolean }).spanGaps).toBe(false);
  });

  test('an indicator without measurements gets no chart', () => {
    expect(hasMeasurements(footprint)).toBe(true);
    expect(hasMeasurements(indicator([{ kind: 'niveau', value: 60 }], []))).toBe(false);
  });

  test("the phone chart's text is at least 12 px when drawn 272 px wide (a 360 px phone's card)", () => {
    expect((CHART_LAYOUTS.narrow.font * 272) / CHART_LAYOUTS.narrow.width).toBeGreaterThanOrEqual(12);
  });
});

describe('chartModel', () => {
  test('no baseline for −68 %: no goal is drawn for it; 2050 is far off, so its year stays off the axis', () => {
    const model = chartModel(footprint);
    expect(model.points.map((p) => p.label)).toEqual(['knap 600.000', '776.000', 'ca. 400.000']);
    expect(model.goals).toEqual([
      { year: 2050, value: 0, label: 'Mål 2050: Klimaneutral', labelBelow: false, offChart: true },
    ]);
    expect(model.paths).toEqual([]);
  });

  test('a target with a baseline gets its straight path; a saving is labelled as one', () => {
    const kwh = indicator(
      [
        {
          kind: 'reduktion',
          value: 20_000_000,
          deadline: 2030,
          baseline: { year: 2025, value: undefined },
          unit: 'kWh',
        },
      ],
      [],
      'kWh',
    );
    const model = chartModel(kwh);
    expect(model.paths).toEqual([{ from: { year: 2025, value: 0 }, to: { year: 2030, value: 20_000_000 } }]);
    expect(model.goals[0]!.label).toBe('Mål 2030: 20.000.000\u00a0kWh sparet');
    expect(model.yTitle).toBe('kWh sparet siden 2025');
    expect(model.noData).toBe(true);
  });

  test('a level without a deadline is a line across the chart', () => {
    const model = chartModel(indicator([{ kind: 'niveau', value: 60, unit: '%' }], [m(2023, 24)], '%'));
    expect(model.goals).toEqual([
      { year: undefined, value: 60, label: 'Mål (frist ikke angivet): 60\u00a0%', labelBelow: false, offChart: false },
    ]);
  });
});

describe('words around the chart', () => {
  test('the takeaway says which way the latest figures went, and names the peak', () => {
    expect(chartTakeaway(footprint)).toBe(
      'Regionens samlede klimaaftryk faldt fra 776.000\u00a0t CO2e i 2021 til ca. 400.000\u00a0t CO2e i 2023.',
    );
    const up = indicator([], [m(2019, 5), m(2020, 9), m(2021, 7), m(2022, 8)]);
    expect(chartTakeaway(up)).toBe(
      'Regionens samlede klimaaftryk steg fra 7\u00a0t CO2e i 2021 til 8\u00a0t CO2e i 2022. Det højeste tal i perioden var 9\u00a0t CO2e i 2020.',
    );
  });

  test('with no data, the takeaway and the alt text say so', () => {
    const empty = indicator([{ kind: 'niveau', value: 2, unit: '%', atLeast: true }], [], '%');
    expect(chartTakeaway(empty)).toBe('Regionens samlede klimaaftryk: Ingen målinger offentliggjort endnu.');
    expect(chartAltText(empty)).toBe(
      'Graf over regionens samlede klimaaftryk: ingen målinger offentliggjort endnu. Grafen viser også mål (frist ikke angivet): 2\u00a0%.',
    );
  });

  test('the alt text lists every value', () => {
    expect(chartAltText(footprint)).toBe(
      'Linjediagram over regionens samlede klimaaftryk, 2017–2023. 2017: knap 600.000\u00a0t CO2e, 2021: 776.000\u00a0t CO2e, 2023: ca. 400.000\u00a0t CO2e. Grafen viser også mål 2050: Klimaneutral.',
    );
  });

  test('a relative change has its sign', () => {
    expect(measurementLabel(6, '% ift. basisår')).toBe('+6 %');
    expect(measurementLabel(-25, '% ift. basisår')).toBe('−25 %');
  });
});

describe('CSV', () => {
  test('quotes what needs quoting and keeps plain numbers', () => {
    const csv = indicatorCsv('klimaaftryk', {
      unit: 't CO2e',
      measurements: [
        m(2022, 509000, { approx: 'ca.', derived: true, note: 'Regnet ud: 2023-tallet plus "faldet", i alt' }),
        m(2023, 400000),
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFindikator,aar,vaerdi,enhed,omtrent,afledt,kilde,note',
      'klimaaftryk,2022,509000,t CO2e,ca.,ja,https://www.rm.dk/,"Regnet ud: 2023-tallet plus ""faldet"", i alt"',
      'klimaaftryk,2023,400000,t CO2e,,nej,https://www.rm.dk/,',
      '',
    ]);
  });
});

describe('SVG output', () => {
  test('paths become relative, in tenths, without adding up rounding errors', () => {
    expect(roundPath('M98 307.5L696 307.5')).toBe('m98 307.5l598 0');
    expect(roundPath('M153.44 130.06Q152.41 130.06 151.63 129.56Z M10 10L12.04 12')).toBe(
      'm153.4 130.1q-1 0-1.8-.5zm-143.4-120.1l2 2',
    );
    expect(roundPath('M0.5 0.5L1 1.25L1.5 1')).toBe('m.5.5l.5.8l.5-.3');
  });

  test('clip-path ids are numbered afresh in each file', () => {
    const svg =
      '<svg width="10" height="10"><clipPath id="cl_a"></clipPath><g clip-path="url(#cl_a)"></g><clipPath id="cl_1f"></clipPath></svg>';
    expect(compactSvg(svg)).toBe(
      '<svg width="10" height="10" viewBox="0 0 10 10"><clipPath id="c1"></clipPath><g clip-path="url(#c1)"></g><clipPath id="c2"></clipPath></svg>',
    );
  });

  test('the same chart renders to the same bytes, with its text as shapes', () => {
    const config = () => chartConfiguration(chartModel(footprint), 'narrow');
    const first = renderChartSvg(config(), CHART_LAYOUTS.narrow);
    const second = renderChartSvg(config(), CHART_LAYOUTS.narrow);
    expect(second).toBe(first);
    expect(first).toMatch(
      new RegExp(`^<\\?xml[^>]*><svg [^>]*viewBox="0 0 ${CHART_LAYOUTS.narrow.width} ${CHART_LAYOUTS.narrow.height}"`),
    );
    expect(first).not.toMatch(/<text/);
  });
});

/** Draws a chart on a context that records what is drawn: each text with its place, each line with its dash. */
function drawn(model: ReturnType<typeof chartModel>, layout: keyof typeof CHART_LAYOUTS = 'wide') {
  renderChartSvg(chartConfiguration(model, layout), CHART_LAYOUTS[layout]); // registers Chart.js and the font
  const canvas = createCanvas(CHART_LAYOUTS[layout].width, CHART_LAYOUTS[layout].height);
  const ctx = canvas.getContext('2d');
  const texts: { text: string; y: number; baseline: string; colour: string }[] = [];
  const lines: { y1: number; y2: number; dashed: boolean; colour: string }[] = [];
  const colours = new Set<string>();
  let start: { x: number; y: number } | undefined;
  // Chart.js draws on the canvas' own context (it asks the canvas for it), so its methods are wrapped in place.
  const fillText = ctx.fillText.bind(ctx);
  const moveTo = ctx.moveTo.bind(ctx);
  const lineTo = ctx.lineTo.bind(ctx);
  const stroke = ctx.stroke.bind(ctx);
  const fill = ctx.fill.bind(ctx) as (...args: unknown[]) => void;
  ctx.fillText = (text: string, x: number, y: number) => {
    texts.push({ text, y, baseline: ctx.textBaseline, colour: String(ctx.fillStyle) });
    colours.add(String(ctx.fillStyle).toLowerCase());
    fillText(text, x, y);
  };
  ctx.moveTo = (x: number, y: number) => {
    start = { x, y };
    moveTo(x, y);
  };
  ctx.lineTo = (x: number, y: number) => {
    if (start)
      lines.push({ y1: start.y, y2: y, dashed: ctx.getLineDash().length > 0, colour: String(ctx.strokeStyle) });
    start = { x, y };
    lineTo(x, y);
  };
  ctx.stroke = (...args: []) => {
    colours.add(String(ctx.strokeStyle).toLowerCase());
    stroke(...args);
  };
  (ctx as { fill: (...args: unknown[]) => void }).fill = (...args: unknown[]) => {
    colours.add(String(ctx.fillStyle).toLowerCase());
    fill(...args);
  };
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, {
    ...chartConfiguration(model, layout),
    platform: BasicPlatform,
  });
  const y = chart.scales.y!;
  chart.destroy();
  return { texts, lines, colours, pixelFor: (value: number) => y.getPixelForValue(value) };
}

describe('what a chart draws', () => {
  test.each(['wide', 'narrow'] as const)(
    'each target is a dashed line at its value with its label on it (%s): 2050 climate neutral at 0',
    (layout) => {
      const model = chartModel(footprint);
      const { texts, lines, pixelFor } = drawn(model, layout);
      const zero = pixelFor(0);
      expect(lines.some((l) => l.dashed && Math.abs(l.y1 - zero) < 1 && Math.abs(l.y2 - zero) < 1)).toBe(true);
      const label = texts.find((t) => t.text === model.goals[0]!.label)!;
      expect(label).toBeDefined();
      // The label's box touches the line: it starts at most a line of text above it or just below it.
      const fontSize = CHART_LAYOUTS[layout].font;
      expect(label.baseline).toBe('top');
      expect(label.y).toBeGreaterThanOrEqual(zero - 14 - fontSize);
      expect(label.y).toBeLessThanOrEqual(zero + 14);
    },
  );

  test('a target with a deadline on the axis and a level without one: each line at its own value', () => {
    const level = chartModel(indicator([{ kind: 'niveau', value: 60, unit: '%' }], [m(2022, 23), m(2023, 24)], '%'));
    const { lines, texts, pixelFor } = drawn(level);
    expect(lines.some((l) => l.dashed && Math.abs(l.y1 - pixelFor(60)) < 1)).toBe(true);
    expect(Math.abs(texts.find((t) => t.text === level.goals[0]!.label)!.y - pixelFor(60))).toBeLessThan(14 + 13);
  });

  test('no chart draws in a track or status colour; it draws only chart colours', () => {
    const forbidden = new Set(
      [...Object.values(trackColours), ...Object.values(statusColours)].flatMap(({ solid, light }) =>
        [solid, light].map((c) => c.toLowerCase()),
      ),
    );
    const allowed = new Set([...Object.values(chartColours).map((c) => c.toLowerCase()), '#ffffff']);
    const saving = indicator(
      [{ kind: 'reduktion-procent', value: 30, deadline: 2030, baseline: { year: 2018, value: 0 } }],
      [m(2018, 0), m(2020, 6)],
      '% ift. basisår',
    );
    for (const model of [chartModel(footprint), chartModel(saving)]) {
      const { colours } = drawn(model);
      const used = [...colours].filter((c) => /^#[0-9a-f]{6}$/.test(c));
      expect(used).toContain(chartColours.measured.toLowerCase());
      expect(used.filter((c) => forbidden.has(c))).toEqual([]);
      expect(used.filter((c) => !allowed.has(c))).toEqual([]);
    }
  });
});
