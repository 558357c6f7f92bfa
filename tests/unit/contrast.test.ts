/**
 * The colours keep their promises (WCAG 2.1 AA and one meaning per colour): text at least 4.5:1 and graphics at
 * least 3:1 against what they are drawn on, and the colours of tracks, statuses, the sample-content mark and the
 * charts far enough apart that none reads as another. Every colour is read from the tokens.
 */
import { describe, expect, test } from 'vitest';
import { colourDifference, contrastRatio } from '../../src/lib/design/contrast';
import { chartColours, colours, sampleColours, statusColours, trackColours } from '../../src/lib/design/tokens';

const tracks = Object.entries(trackColours);
const statuses = Object.entries(statusColours);
/** The page backgrounds anything can stand on. */
const pages = { white: colours.white, paper: colours.paper };

describe('the contrast arithmetic', () => {
  test("gives WCAG's figures for known pairs", () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });
  test('tells colours apart as CIEDE2000 does', () => {
    expect(colourDifference('#000000', '#ffffff')).toBeCloseTo(100, 0);
    expect(colourDifference('#2f6b3a', '#2f6b3a')).toBe(0);
    expect(colourDifference('#ff0000', '#fe0000')).toBeLessThan(1);
  });
});

describe('text is at least 4.5:1 against its background', () => {
  const pairs: [string, string, string][] = [
    ...Object.entries(pages).map(([name, bg]) => [`ink on ${name}`, colours.ink, bg] as [string, string, string]),
    ...Object.entries(pages).map(
      ([name, bg]) => [`muted ink on ${name}`, colours.inkMuted, bg] as [string, string, string],
    ),
    ...tracks.flatMap(([track, { solid, light }]) => [
      [`${track} on white`, solid, colours.white] as [string, string, string],
      [`${track} on paper`, solid, colours.paper] as [string, string, string],
      [`${track} on its tint`, solid, light] as [string, string, string],
      [`ink on the ${track} tint`, colours.ink, light] as [string, string, string],
    ]),
    ...statuses.map(
      ([status, { light }]) => [`ink on the ${status} status tint`, colours.ink, light] as [string, string, string],
    ),
    ['ink on the sample tint', colours.ink, sampleColours.light],
    ['chart text on the chart', chartColours.text, chartColours.background],
  ];
  test.each(pairs)('%s', (_name, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('graphics are at least 3:1 against their background', () => {
  const pairs: [string, string, string][] = [
    ...tracks.flatMap(([track, { solid }]) => [
      [`the ${track} mark on white`, solid, colours.white] as [string, string, string],
      [`the ${track} mark on paper`, solid, colours.paper] as [string, string, string],
      [`the white icon on the ${track} mark`, colours.white, solid] as [string, string, string],
    ]),
    ...statuses.flatMap(([status, { solid, light }]) => [
      [`the ${status} status mark on white`, solid, colours.white] as [string, string, string],
      [`the ${status} status mark on paper`, solid, colours.paper] as [string, string, string],
      [`the ${status} status mark on its tint`, solid, light] as [string, string, string],
    ]),
    ['the sample outline on white', sampleColours.line, colours.white],
    ['the sample outline on its tint', sampleColours.line, sampleColours.light],
    // The grid only helps the eye (every point carries its value), so it is the one chart colour not held to 3:1.
    ...Object.entries(chartColours)
      .filter(([name]) => name !== 'grid' && name !== 'background')
      .map(([name, value]) => [`the chart's ${name}`, value, chartColours.background] as [string, string, string]),
  ];
  test.each(pairs)('%s', (_name, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('each colour means one thing', () => {
  const trackSolids = tracks.map(([track, { solid }]) => [`track ${track}`, solid] as const);
  const statusSolids = statuses.map(([status, { solid }]) => [`status ${status}`, solid] as const);
  const chartSeries = [
    ['chart measured', chartColours.measured],
    ['chart goal', chartColours.goal],
  ] as const;

  test('no track colour is a status, sample or chart colour, and no status colour is the sample mark', () => {
    const trackValues = new Set(tracks.flatMap(([, { solid, light }]) => [solid, light].map((c) => c.toLowerCase())));
    const others = [
      ...statuses.flatMap(([, { solid, light }]) => [solid, light]),
      ...Object.values(sampleColours),
      ...Object.values(chartColours),
    ].map((c) => c.toLowerCase());
    expect(others.filter((c) => trackValues.has(c))).toEqual([]);
    const statusValues = new Set(
      statuses.flatMap(([, { solid, light }]) => [solid, light].map((c) => c.toLowerCase())),
    );
    expect(Object.values(sampleColours).filter((c) => statusValues.has(c.toLowerCase()))).toEqual([]);
  });

  // ΔE 15: clearly another colour, even for a reader who sees only a small mark of it.
  const apart: [string, string, string, string][] = [];
  const marks = [...trackSolids, ...statusSolids];
  for (let i = 0; i < marks.length; i++)
    for (let j = i + 1; j < marks.length; j++) apart.push([marks[i]![0], marks[j]![0], marks[i]![1], marks[j]![1]]);
  for (const [series, value] of chartSeries) for (const [name, mark] of marks) apart.push([series, name, value, mark]);
  // A link is never taken for a track's or a status's mark, nor a mark for a link.
  for (const [name, mark] of marks) apart.push(['the link colour', name, colours.link, mark]);
  apart.push(['the sample tint', 'the paper', sampleColours.light, colours.paper]);
  for (const [track, { light }] of tracks)
    apart.push(['the sample tint', `the ${track} tint`, sampleColours.light, light]);
  for (const [status, { light }] of statuses)
    if (light !== colours.paper)
      apart.push(['the sample tint', `the ${status} status tint`, sampleColours.light, light]);
  test.each(apart)('%s and %s look different (ΔE2000 ≥ 15)', (_a, _b, a, b) => {
    expect(colourDifference(a, b)).toBeGreaterThanOrEqual(15);
  });

  test("Ledelse og styring's colour is no grey: it has a hue of its own", () => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(trackColours.ledelse.solid.slice(i, i + 2), 16));
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeGreaterThan(60);
  });
});
