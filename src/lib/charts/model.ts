/**
 * What an indicator's chart shows, and the words around it, worked out from the data alone: the measured
 * points, each target's value at its deadline, and the straight path from the baseline to it. Also the
 * Chart.js configuration for it (still plain data; `chart-render.ts` draws it).
 */
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import { RELATIVE_UNIT } from '../../schemas/indicator';
import type { Indicator } from '../content/strategy';
import type { Point } from '../content/progress';
import { MINUS, formatAmount, formatNumber, targetFigures } from '../format';

import { DRAWING_FONT_FAMILY } from '../design/fonts';
import { chartColours } from '../design/tokens';
/**
 * Two drawings of each chart: wide for desktops, narrow for phones. The narrow one is drawn about as wide as a
 * phone shows it (a 390 px screen gives it ~318 px), so its 15 px text is still at least 12 px as displayed.
 */
export const CHART_LAYOUTS = {
  wide: { width: 720, height: 380, font: 13, yearSpan: 12 },
  narrow: { width: 340, height: 340, font: 15, yearSpan: 6 },
} as const;
export type ChartLayout = keyof typeof CHART_LAYOUTS;
const {
  text: INK,
  axis: MUTED,
  grid: GRID,
  measured: MEASURED,
  goal: GOAL,
  path: PATH,
  background: BACKGROUND,
} = chartColours;

const PATH_LABEL = 'Lige vej fra basisår til mål';
/** The straight path is dotted, a target's line dashed ([8, 5]): two lines that never look alike. */
const PATH_DASH = [2, 4];

export const NO_DATA_TEXT = 'Ingen målinger offentliggjort endnu';

/**
 * Whether an indicator gets a chart, a table and a CSV file. One without published measurements gets none of
 * them: its target cards and one line saying so, never an empty chart.
 */
export function hasMeasurements(indicator: Pick<Indicator, 'measurements'>): boolean {
  return indicator.measurements.length > 0;
}

/**
 * The measured series as Chart.js draws it: a gap (null) between two measurements more than a year apart, so no
 * line is drawn across years nobody measured.
 */
export function measuredSeries(points: Point[]): { x: number; y: number | null }[] {
  return points.flatMap((p, i) => {
    const previous = points[i - 1];
    const gap =
      previous !== undefined && p.year - previous.year > 1 ? [{ x: (previous.year + p.year) / 2, y: null }] : [];
    return [...gap, { x: p.year, y: p.value }];
  });
}

export interface ChartGoal {
  year?: number;
  value: number;
  label: string;
  /** Write the label under the target's line, where the path into it comes from above. */
  labelBelow: boolean;
  /** A goal far beyond the measurements with no path to it: its line and label at its value, its year off the axis. */
  offChart: boolean;
}

export interface ChartModel {
  id: string;
  title: string;
  unit: string;
  points: (Point & { label: string })[];
  goals: ChartGoal[];
  paths: { from: Point; to: Point }[];
  noData: boolean;
  /** The y axis' title: the unit, or what a saving is counted from. */
  yTitle: string;
}

/** A value as the chart and table show it: Danish digits, the unit, and "ca."/"knap" when the source says so. */
export function measurementLabel(value: number, unit: string, approx?: string): string {
  const amount =
    unit === RELATIVE_UNIT
      ? `${value > 0 ? '+' : value < 0 ? MINUS : ''}${formatNumber(Math.abs(value))} %`
      : formatAmount(value, unit);
  return approx ? `${approx} ${amount}` : amount;
}

function pointLabel(value: number, unit: string, approx?: string): string {
  const amount =
    unit === RELATIVE_UNIT
      ? measurementLabel(value, unit)
      : unit === '%'
        ? formatAmount(value, unit)
        : formatNumber(value);
  return approx ? `${approx} ${amount}` : amount;
}

export function chartModel(indicator: Indicator): ChartModel {
  // Point labels leave out the unit, which the axis title gives.
  const points = indicator.measurements.map((m) => ({
    year: m.year,
    value: m.value,
    label: pointLabel(m.value, indicator.unit, m.approx),
  }));
  const goals: ChartGoal[] = [];
  const paths: ChartModel['paths'] = [];
  let yTitle = yAxisTitle(indicator.unit);
  for (const target of indicator.targets) {
    const { goal, start } = target.progress;
    if (!goal) continue;
    const when = goal.year === undefined ? ' (frist ikke angivet)' : ` ${goal.year}`;
    // An absolute reduction is drawn as the saving since the baseline year, rising from 0.
    const saving = target.kind === 'reduktion';
    if (saving && start) yTitle = `${indicator.unit} sparet siden ${start.year}`;
    const figure = saving ? `${formatAmount(goal.value, indicator.unit)} sparet` : targetFigures(target).headline;
    const path =
      start && goal.year !== undefined ? { from: start, to: { year: goal.year, value: goal.value } } : undefined;
    if (path) paths.push(path);
    const lastYear = points.at(-1)?.year;
    const offChart = !path && goal.year !== undefined && lastYear !== undefined && goal.year - lastYear > 8;
    goals.push({
      year: goal.year,
      value: goal.value,
      // A deadline beyond the chart's years needs no sign: the label names its year.
      label: `Mål${when}: ${figure}`,
      labelBelow: Boolean(path && path.from.value > path.to.value),
      offChart,
    });
  }
  return {
    id: indicator.id,
    title: indicator.title,
    unit: indicator.unit,
    points,
    goals,
    paths,
    noData: points.length === 0,
    yTitle,
  };
}

/** The chart's message in one sentence: what the latest figures say. */
export function chartTakeaway(indicator: Indicator): string {
  const m = indicator.measurements;
  const latest = m.at(-1);
  if (!latest) return `${indicator.title}: ${NO_DATA_TEXT.toLowerCase().replace(/^i/, 'I')}.`;
  const label = (x: (typeof m)[number]) => measurementLabel(x.value, indicator.unit, x.approx);
  const previous = m.at(-2);
  if (!previous) return `${indicator.title}: ${label(latest)} i ${latest.year}.`;
  const verb = latest.value < previous.value ? 'faldt' : latest.value > previous.value ? 'steg' : 'var uændret';
  const peak = m.reduce((a, b) => (b.value > a.value ? b : a));
  const peakNote =
    peak !== latest && peak !== previous ? ` Det højeste tal i perioden var ${label(peak)} i ${peak.year}.` : '';
  return `${indicator.title} ${verb} fra ${label(previous)} i ${previous.year} til ${label(latest)} i ${latest.year}.${peakNote}`;
}

/** The image's alt text: what kind of chart, which years, and where the numbers are. */
export function chartAltText(indicator: Indicator): string {
  const m = indicator.measurements;
  const goals = chartModel(indicator).goals.map((g) => g.label.replace(/^Mål/, 'mål'));
  const goalText = goals.length ? ` Grafen viser også ${goals.join(' og ')}.` : '';
  if (!m.length) return `Graf over ${indicator.title.toLowerCase()}: ${NO_DATA_TEXT.toLowerCase()}.${goalText}`;
  const series = m.map((x) => `${x.year}: ${measurementLabel(x.value, indicator.unit, x.approx)}`).join(', ');
  return `Linjediagram over ${indicator.title.toLowerCase()}, ${m[0]!.year}–${m.at(-1)!.year}. ${series}.${goalText}`;
}

function yAxisTitle(unit: string): string {
  return unit === RELATIVE_UNIT ? 'Ændring i % fra basisåret' : unit === 'antal' ? 'Antal' : unit;
}

/** Draws text the chart needs besides Chart.js' own: value labels, goals without a year, the no-data note. */
function annotations(model: ChartModel, fontSize: number): Plugin<'line'> {
  return {
    id: 'rmAnnotations',
    beforeDraw(chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = BACKGROUND;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x!;
      const y = scales.y!;
      ctx.save();
      ctx.font = `600 ${fontSize}px ${DRAWING_FONT_FAMILY}`;
      ctx.fillStyle = INK;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      // Each value is written at its point where the line is not: above a point the line rises into, below one
      // it falls into, and to the left when the line goes on the same way (so the next segment does not cross it).
      model.points.forEach((p, i) => {
        const previous = model.points[i - 1];
        const next = model.points[i + 1];
        const falling = previous !== undefined && p.value < previous.value;
        const goesOn =
          previous !== undefined && next !== undefined && (falling ? next.value < p.value : next.value > p.value);
        ctx.textBaseline = falling ? 'top' : 'bottom';
        // Near the right edge a centred label would be cut off: it ends at the point instead.
        const px = x.getPixelForValue(p.year);
        const nearRight = px + ctx.measureText(p.label).width / 2 > chart.width - 2;
        ctx.textAlign = goesOn || nearRight ? 'right' : 'center';
        ctx.fillText(
          p.label,
          px - (goesOn ? 6 : nearRight ? -4 : 0),
          y.getPixelForValue(p.value) + (falling ? 10 : -10),
        );
      });
      // Each target: a dashed line at its value across the chart, and its label on that line – beside its
      // triangle when its deadline is on the axis, at the right end when it has none or lies far beyond.
      ctx.fillStyle = GOAL;
      ctx.strokeStyle = GOAL;
      ctx.lineWidth = 2;
      const taken: { top: number; bottom: number }[] = [];
      for (const g of model.goals) {
        const py = y.getPixelForValue(g.value);
        ctx.setLineDash([8, 5]);
        ctx.beginPath();
        ctx.moveTo(chartArea.left, py);
        ctx.lineTo(chartArea.right, py);
        ctx.stroke();
        ctx.setLineDash([]);
        let lx = chartArea.right - 4;
        // Clear of the triangle (radius 9) when the label stands beside it.
        let gap = 6;
        ctx.textAlign = 'right';
        if (g.year !== undefined && !g.offChart) {
          gap = 12;
          const px = x.getPixelForValue(g.year);
          const nearRight = px > chartArea.right - 110;
          const nearLeft = px < chartArea.left + 110;
          ctx.textAlign = nearRight ? 'right' : nearLeft ? 'left' : 'center';
          lx = nearRight ? Math.min(px + 10, chartArea.right - 4) : nearLeft ? px + 14 : px;
        }
        // Above the line, unless the path comes from above, there is no room under the top, or another
        // target's label is there already.
        const above = { top: py - gap - fontSize, bottom: py - gap };
        const below = { top: py + gap, bottom: py + gap + fontSize };
        const free = (box: { top: number; bottom: number }) =>
          !taken.some((t) => box.top < t.bottom && t.top < box.bottom);
        const fitsAbove = above.top >= chartArea.top && free(above);
        const fitsBelow = below.bottom <= chartArea.bottom && free(below);
        const box = g.labelBelow ? (fitsBelow ? below : above) : fitsAbove || !fitsBelow ? above : below;
        taken.push(box);
        ctx.textBaseline = 'top';
        ctx.fillText(g.label, lx, box.top);
      }
      ctx.textBaseline = 'bottom';
      if (model.noData) {
        ctx.font = `600 ${fontSize + 2}px ${DRAWING_FONT_FAMILY}`;
        ctx.fillStyle = MUTED;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'top';
        ctx.fillText(NO_DATA_TEXT, chartArea.left + 12, chartArea.top + 8);
      }
      ctx.restore();
    },
  };
}

/** The Chart.js configuration for a model: plain data and two small drawing hooks. */
export function chartConfiguration(model: ChartModel, layout: ChartLayout = 'wide'): ChartConfiguration<'line'> {
  const size = CHART_LAYOUTS[layout];
  const onAxis = model.goals.filter((g) => g.year !== undefined && !g.offChart);
  const years = [
    ...model.points.map((p) => p.year),
    ...onAxis.map((g) => g.year!),
    ...model.paths.map((p) => p.from.year),
  ];
  const xMin = years.length ? Math.min(...years) : 2020;
  const xMax = years.length ? Math.max(...years) : 2030;
  const span = Math.max(1, xMax - xMin);
  // Every value the chart draws, so goals drawn by hand (without a year) also fall inside the y axis.
  const values = [0, ...model.points.map((p) => p.value), ...model.goals.map((g) => g.value)];
  const step = span > size.yearSpan * 2 ? 10 : span > size.yearSpan ? 5 : span > size.yearSpan / 2 ? 2 : 1;
  const yearTicks: { value: number }[] = [];
  if (years.length)
    for (let year = Math.ceil(xMin / step) * step; year <= xMax; year += step) yearTicks.push({ value: year });
  const font = { family: DRAWING_FONT_FAMILY, size: size.font };
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: 'Målt',
          data: measuredSeries(model.points),
          spanGaps: false,
          borderColor: MEASURED,
          backgroundColor: MEASURED,
          borderWidth: 3,
          pointStyle: 'circle',
          pointRadius: 5,
        },
        {
          label: PATH_LABEL,
          data: model.paths.flatMap((p) => [
            { x: p.from.year, y: p.from.value },
            { x: p.to.year, y: p.to.value },
          ]),
          borderColor: PATH,
          backgroundColor: PATH,
          borderWidth: 2,
          borderDash: PATH_DASH,
          pointStyle: 'line',
          pointRadius: 0,
        },
        {
          label: 'Mål',
          data: onAxis.map((g) => ({ x: g.year!, y: g.value })),
          borderColor: GOAL,
          backgroundColor: GOAL,
          showLine: false,
          pointStyle: 'triangle',
          pointRadius: 9,
        },
      ].filter((d) => d.data.length > 0 || d.label === 'Målt'),
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      events: [],
      layout: { padding: { top: 8, right: 24, bottom: 4, left: 8 } },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            usePointStyle: true,
            // A legend point's radius is about 0.7 × boxHeight: 8 draws the dot the size of the measurements' (5).
            boxHeight: 8,
            color: INK,
            font,
            padding: 16,
            filter: (item) => item.text !== 'Målt' || model.points.length > 0,
            // With point styles the legend draws a line without its dash: the straight path gets its dots back.
            generateLabels: (chart) =>
              (chart.constructor as typeof Chart).defaults.plugins.legend.labels
                .generateLabels(chart)
                .map((item) => (item.text === PATH_LABEL ? { ...item, lineDash: PATH_DASH } : item)),
          },
        },
        title: { display: false },
        tooltip: { enabled: false },
      },
      scales: {
        x: {
          type: 'linear',
          min: xMin - Math.max(0.6, span * 0.07),
          max: xMax + Math.max(0.6, span * 0.07),
          grid: { display: false },
          border: { color: MUTED },
          // Whole years only, at a step that fits; no year axis at all when nothing has a year.
          afterBuildTicks: (scale) => {
            scale.ticks = yearTicks;
          },
          ticks: { color: INK, font, callback: (value) => String(value) },
        },
        y: {
          beginAtZero: true,
          grace: '15%',
          suggestedMin: Math.min(...values),
          suggestedMax: Math.max(...values),
          grid: { color: GRID },
          border: { display: false },
          title: { display: true, text: model.yTitle, color: INK, font },
          ticks: { color: INK, font, maxTicksLimit: 6, callback: (value) => formatNumber(Number(value)) },
        },
      },
    },
    plugins: [annotations(model, size.font)],
  };
}
