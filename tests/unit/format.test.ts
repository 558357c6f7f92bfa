import { describe, expect, test } from 'vitest';
import {
  MINUS,
  NOT_STATED,
  formatBytes,
  formatNumber,
  hostOf,
  keepTogether,
  keepTogetherText,
  sourceHost,
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

  test('"minimum" becomes a qualifier, stated with the figure wherever the figure stands on one line', () => {
    const f = targetFigures({ ...base, kind: 'reduktion-procent', value: 25, unit: '%', atLeast: true });
    expect(f.qualifier).toBe('Mindst');
    expect(f.stated).toBe('Mindst \u221225\u00a0%');
    expect(targetFigures({ ...base, kind: 'klimaneutral', value: 0, unit: 't CO2e', atLeast: true }).stated).toBe(
      'Mindst klimaneutral',
    );
    expect(targetFigures({ ...base, kind: 'niveau', value: 60, unit: '%' }).stated).toBe('60\u00a0%');
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

describe('keepTogether', () => {
  const nowrap = (s: string) => `<span class="whitespace-nowrap">${s}</span>`;

  test('keeps a number with its unit or sign, and leaves the text itself as it was', () => {
    expect(keepTogetherText('Mindst 6 % og −20.000.000 kWh i 2030.')).toBe(
      `Mindst ${nowrap('6 %')} og ${nowrap('−20.000.000 kWh')} i 2030.`,
    );
    expect(keepTogetherText('20 mio. kWh og 30.000 m³ vand')).toBe(
      `${nowrap('20 mio. kWh')} og ${nowrap('30.000 m³')} vand`,
    );
    expect(keepTogetherText('knap 400.000 t CO₂e')).toBe(`knap ${nowrap('400.000 t CO₂e')}`);
    expect(keepTogetherText('op til 100.000 kr. pr. afdeling')).toBe(`op til ${nowrap('100.000 kr.')} pr. afdeling`);
    expect(keepTogetherText(`96,2\u00a0%`)).toBe(nowrap(`96,2\u00a0%`));
  });

  test('leaves numbers without a unit, and words that only begin like one, alone', () => {
    for (const text of ['fra 2030 til 2050', 'i 2024 tog vi fat', '3 af 11 enheder', 'spor 2 af 5'])
      expect(keepTogetherText(text)).toBe(text);
  });

  test('keeps an e-mail address and a short link whole, without the full stop after them', () => {
    expect(keepTogetherText('Skriv til kontakt@regionmidtjylland.dk.')).toBe(
      `Skriv til ${nowrap('kontakt@regionmidtjylland.dk')}.`,
    );
    expect(keepTogetherText('Gå til baeredygtighed.rm.dk/k/strategi')).toBe(
      `Gå til ${nowrap('baeredygtighed.rm.dk/k/strategi')}`,
    );
    const long = 'www.rm.dk/om-os/organisation/baredygtighed/region-midtjyllands-baredygtighedsaftaler/';
    expect(keepTogetherText(long)).toBe(long);
  });

  test('changes only the text of the body: not attributes, scripts, styles, SVG or the head', () => {
    const html =
      '<html><head><title>6 %</title></head><body><p title="6 %">6 %</p><script>x="6 %"</script><style>a{}</style><svg><text>6 %</text></svg></body></html>';
    expect(keepTogether(html)).toBe(html.replace('>6 %</p>', `>${nowrap('6 %')}</p>`));
  });
});

describe('keepTogether in a flex or grid container', () => {
  test('joins a figure with no-break spaces where a span would become an item of its own', () => {
    expect(keepTogether('<p class="flex gap-3"><span></span>Mindst 60 % i 2030</p>')).toBe(
      '<p class="flex gap-3"><span></span>Mindst 60\u00a0% i 2030</p>',
    );
    expect(keepTogether('<li class="md:grid"><b>60 %</b> og 6 %</li>')).toBe(
      '<li class="md:grid"><b><span class="whitespace-nowrap">60 %</span></b> og 6\u00a0%</li>',
    );
    expect(keepTogether('<p class="flexible">6 %</p>')).toBe(
      '<p class="flexible"><span class="whitespace-nowrap">6 %</span></p>',
    );
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

test('a source shows its host after its name, unless the name already says it', () => {
  expect(hostOf('https://www.rm.dk/klima/')).toBe('rm.dk');
  expect(sourceHost('Region Midtjylland: Klimaregnskab', 'https://www.rm.dk/klima/')).toBe('rm.dk');
  expect(
    sourceHost('voresbaredygtighed.rm.dk: Den cirkulære legeplads', 'https://voresbaredygtighed.rm.dk/x/'),
  ).toBeUndefined();
  expect(sourceHost('Læs mere på RM.dk', 'https://www.rm.dk/')).toBeUndefined();
});
