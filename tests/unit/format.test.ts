import { describe, expect, test } from 'vitest';
import { MINUS, NOT_STATED, formatNumber, targetFigures } from '../../src/lib/format';

const base = { atLeast: false, deadline: 2030, baseline: undefined } as const;

describe('formatNumber', () => {
  test('uses Danish separators and a real minus sign', () => {
    expect(formatNumber(20_000_000)).toBe('20.000.000');
    expect(formatNumber(96.2)).toBe('96,2');
    expect(formatNumber(-3)).toBe(`${MINUS}3`);
  });
});

describe('targetFigures', () => {
  test('a percentage fall', () => {
    const f = targetFigures({
      ...base,
      kind: 'reduktion-procent',
      value: 30,
      unit: 't CO2',
      baseline: { year: 2018, value: undefined },
    });
    expect(f.headline).toBe(`${MINUS}30\u00a0%`);
    expect(f.deadline).toBe('2030');
    expect(f.baseline).toBe('2018 (værdien er ikke angivet i strategien)');
    expect(f.qualifier).toBeUndefined();
  });

  test('an absolute fall keeps its unit', () => {
    expect(targetFigures({ ...base, kind: 'reduktion', value: 20_000_000, unit: 'kWh' }).headline).toBe(
      `${MINUS}20.000.000\u00a0kWh`,
    );
  });

  test('a level; a count has no unit word', () => {
    expect(targetFigures({ ...base, kind: 'niveau', value: 60, unit: '%' }).headline).toBe('60\u00a0%');
    expect(targetFigures({ ...base, kind: 'niveau', value: 12, unit: 'antal' }).headline).toBe('12');
  });

  test('climate neutrality is said in words', () => {
    expect(targetFigures({ ...base, kind: 'klimaneutral', value: 0, unit: 't CO2e', deadline: 2050 }).headline).toBe(
      'Klimaneutral',
    );
  });

  test('"minimum" becomes a qualifier', () => {
    expect(targetFigures({ ...base, kind: 'niveau', value: 2, unit: '%', atLeast: true }).qualifier).toBe('Mindst');
  });

  test('what the strategy does not state is said, not left blank', () => {
    const f = targetFigures({ ...base, kind: 'niveau', value: 60, unit: '%', deadline: undefined });
    expect(f.deadline).toBe(NOT_STATED);
    expect(f.baseline).toBe(NOT_STATED);
  });

  test('a baseline with a value shows it', () => {
    expect(
      targetFigures({
        ...base,
        kind: 'reduktion-procent',
        value: 25,
        unit: 'antal',
        baseline: { year: 2024, value: 1200 },
      }).baseline,
    ).toBe('2024: 1.200');
  });
});
