import { describe, expect, test } from 'vitest';
import {
  MINUS,
  NOT_STATED,
  formatBytes,
  formatNumber,
  targetFigures,
  typeset,
  typesetHtml,
} from '../../src/lib/format';

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

describe('typeset', () => {
  test('CO₂ and m³ in our text, never in an address', () => {
    expect(typeset('CO2-udledning og t CO2e, 30.000 m3')).toBe('CO₂-udledning og t CO₂e, 30.000 m³');
    expect(typeset('kom3 CO20')).toBe('kom3 CO20');
    expect(typesetHtml('<a href="/x/CO2/" title="CO2 i alt">CO2 fra affald</a><img alt="30 m3" src="m3.png">')).toBe(
      '<a href="/x/CO2/" title="CO₂ i alt">CO₂ fra affald</a><img alt="30 m³" src="m3.png">',
    );
  });
});

test('file sizes the Danish way: kB with a decimal comma, never bytes', () => {
  expect(formatBytes(735)).toBe('0,7\u00a0kB');
  expect(formatBytes(1400)).toBe('1,4\u00a0kB');
  expect(formatBytes(12)).toBe('0,1\u00a0kB');
  expect(formatBytes(2_345_678)).toBe('2,3\u00a0MB');
});
