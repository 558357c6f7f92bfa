import { describe, expect, test } from 'vitest';
import { computeProgress } from '../../src/lib/content/progress';

const fall30 = {
  kind: 'reduktion-procent',
  value: 30,
  deadline: 2030,
  baseline: { year: 2020, value: undefined },
  atLeast: false,
} as const;
const rise60 = {
  kind: 'niveau',
  value: 60,
  deadline: 2030,
  baseline: { year: 2020, value: 20 },
  atLeast: false,
} as const;

describe('a falling target (less is better)', () => {
  test('on track: the latest value is at or below the straight path', () => {
    // Path: 1000 in 2020 → 700 in 2030; expected in 2025 is 850.
    const p = computeProgress(fall30, 't CO2e', [
      { year: 2020, value: 1000 },
      { year: 2025, value: 840 },
    ]);
    expect(p).toMatchObject({
      status: 'on-track',
      label: 'På rette spor',
      direction: 'down',
      expected: 850,
      latest: { year: 2025, value: 840 },
    });
    expect(p.start).toEqual({ year: 2020, value: 1000 });
    expect(p.goal).toEqual({ year: 2030, value: 700 });
  });

  test('behind: above the path', () => {
    const p = computeProgress(fall30, 't CO2e', [
      { year: 2020, value: 1000 },
      { year: 2025, value: 900 },
    ]);
    expect(p.status).toBe('behind');
    expect(p.label).toBe('Bagud');
    expect(p.explanation).toBe('Målingen for 2025 er bagefter den lige linje fra 2020 til målet i 2030.');
  });

  test('already met before the deadline', () => {
    expect(
      computeProgress(fall30, 't CO2e', [
        { year: 2020, value: 1000 },
        { year: 2023, value: 650 },
      ]).status,
    ).toBe('met');
  });

  test('a change in per cent from the baseline year starts at 0', () => {
    // The region's own figure: goods and services +6 % from 2018 to 2020, against −30 % by 2030.
    const p = computeProgress({ ...fall30, baseline: { year: 2018, value: undefined } }, '% ift. basisår', [
      { year: 2020, value: 6 },
    ]);
    expect(p.start).toEqual({ year: 2018, value: 0 });
    expect(p.goal).toEqual({ year: 2030, value: -30 });
    expect(p.expected).toBeCloseTo(-5);
    expect(p.status).toBe('behind');
  });

  test('past the deadline without reaching the value is behind', () => {
    expect(
      computeProgress(fall30, 't CO2e', [
        { year: 2020, value: 1000 },
        { year: 2031, value: 800 },
      ]),
    ).toMatchObject({
      status: 'behind',
      explanation: 'Fristen 2030 er nået, og målværdien er ikke nået.',
    });
  });
});

describe('a rising target (more is better)', () => {
  test('on track', () => {
    // Path: 20 in 2020 → 60 in 2030; expected in 2025 is 40.
    expect(computeProgress(rise60, '%', [{ year: 2025, value: 41 }])).toMatchObject({
      status: 'on-track',
      direction: 'up',
      expected: 40,
    });
  });

  test('behind', () => {
    expect(computeProgress(rise60, '%', [{ year: 2025, value: 30 }])).toMatchObject({
      status: 'behind',
      direction: 'up',
    });
  });

  test('met', () => {
    expect(computeProgress(rise60, '%', [{ year: 2024, value: 61 }]).status).toBe('met');
  });

  test('"minimum" levels rise even when no data says so yet', () => {
    expect(computeProgress({ ...rise60, atLeast: true, baseline: undefined }, '%', []).direction).toBe('up');
  });
});

describe('an absolute reduction, measured as the saving since the baseline year', () => {
  const kwh = {
    kind: 'reduktion',
    value: 20_000_000,
    deadline: 2030,
    baseline: { year: 2025, value: undefined },
    atLeast: false,
  } as const;
  test('the path runs from 0 to the saving, and more is better', () => {
    const p = computeProgress(kwh, 'kWh', [{ year: 2027, value: 9_000_000 }]);
    expect(p).toMatchObject({
      start: { year: 2025, value: 0 },
      goal: { year: 2030, value: 20_000_000 },
      direction: 'up',
      expected: 8_000_000,
      status: 'on-track',
    });
  });
  test('with no data the path is still known, and the status says there is no data', () => {
    expect(computeProgress(kwh, 'kWh', [])).toMatchObject({
      status: 'no-data',
      start: { year: 2025, value: 0 },
      goal: { year: 2030, value: 20_000_000 },
    });
  });
});

describe('when the data or the strategy do not allow an assessment', () => {
  test('no measurements: says so', () => {
    expect(computeProgress(fall30, 't CO2e', [])).toMatchObject({
      status: 'no-data',
      label: 'Ingen målinger endnu',
      explanation: 'Der er ikke offentliggjort målinger for målet endnu.',
    });
  });

  test('only a measurement for the baseline year: no data after it', () => {
    expect(computeProgress(fall30, 't CO2e', [{ year: 2020, value: 1000 }])).toMatchObject({
      status: 'no-data',
      explanation: 'Der er ingen målinger efter basisåret 2020 endnu.',
    });
  });

  test('no baseline year (the −68 % in the strategy): the way the data went, and no baseline is invented', () => {
    const p = computeProgress(
      { kind: 'reduktion-procent', value: 68, deadline: 2030, baseline: undefined, atLeast: false },
      't CO2e',
      [
        { year: 2021, value: 776000 },
        { year: 2023, value: 400000 },
      ],
    );
    expect(p).toMatchObject({ status: 'improving', label: 'Bedre end sidste måling' });
    expect(p.start).toBeUndefined();
    expect(p.goal).toBeUndefined();
    // With no target value known in tonnes, the explanation names no goal.
    expect(p.explanation).not.toContain('Målet er');
  });

  test('a baseline year without a value or a measurement for it', () => {
    expect(computeProgress(fall30, 't CO2e', [{ year: 2025, value: 900 }])).toMatchObject({
      status: 'not-assessable',
      explanation: 'Der er ingen måling for basisåret 2020, så der er ingen sti at måle fremdriften imod.',
    });
  });

  test('no deadline: the level is shown but no path', () => {
    const p = computeProgress(
      { kind: 'niveau', value: 60, deadline: undefined, baseline: { year: 2017, value: 18 }, atLeast: false },
      '%',
      [{ year: 2023, value: 24 }],
    );
    expect(p).toMatchObject({ status: 'not-assessable', goal: { year: undefined, value: 60 } });
  });

  test('climate neutrality is met at net zero', () => {
    expect(
      computeProgress(
        { kind: 'klimaneutral', value: 0, deadline: 2050, baseline: undefined, atLeast: false },
        't CO2e',
        [{ year: 2049, value: 0 }],
      ).status,
    ).toBe('met');
  });
});

describe('the status follows the data: one rule per case', () => {
  const noPath = { kind: 'niveau', value: 60, deadline: undefined, baseline: undefined, atLeast: false } as const;

  test('no measurements: no data, and nothing else is claimed', () => {
    expect(computeProgress(noPath, '%', [])).toMatchObject({ status: 'no-data', label: 'Ingen målinger endnu' });
  });

  test('measured, no baseline or deadline, rising towards a rising target: going the right way', () => {
    const p = computeProgress(noPath, '%', [
      { year: 2017, value: 18 },
      { year: 2022, value: 23 },
      { year: 2023, value: 24 },
    ]);
    expect(p).toMatchObject({ status: 'improving', label: 'Bedre end sidste måling' });
    expect(p.explanation).toBe(
      'Målingen for 2023 (24\u00a0%) er bedre end målingen for 2022 (23\u00a0%). Målet er 60\u00a0%.',
    );
    // Why the pace is not judged is said once, apart, so a page with an "Om tallene" note can leave it there.
    expect(p.reason).toBe(
      'Strategien angiver ikke et basisår for målet, så der er ingen sti at måle fremdriften imod.',
    );
    expect(p.explanation).not.toContain(p.reason);
  });

  test('measured, no path, falling away from a rising target: going the wrong way', () => {
    expect(
      computeProgress(noPath, '%', [
        { year: 2022, value: 24 },
        { year: 2023, value: 23 },
      ]).status,
    ).toBe('worsening');
  });

  test('a falling target without a deadline follows the last two measurements too', () => {
    const p = computeProgress({ ...fall30, deadline: undefined }, 't CO2e', [
      { year: 2020, value: 1000 },
      { year: 2022, value: 900 },
      { year: 2023, value: 950 },
    ]);
    expect(p).toMatchObject({
      status: 'worsening',
      reason: 'Strategien angiver ingen frist for målet, så der er ingen sti at måle fremdriften imod.',
    });
  });

  test('one measurement and no path: cannot be judged, and says why once', () => {
    const p = computeProgress(noPath, '%', [{ year: 2023, value: 24 }]);
    expect(p).toMatchObject({ status: 'not-assessable', label: 'Kan ikke vurderes' });
    expect(p.explanation).toBe(
      'Strategien angiver ikke et basisår for målet, så der er ingen sti at måle fremdriften imod.',
    );
    expect(p.reason).toBeUndefined();
  });

  test('met wins over a missing path', () => {
    expect(computeProgress(noPath, '%', [{ year: 2023, value: 61 }]).status).toBe('met');
  });
});
