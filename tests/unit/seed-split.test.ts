import { describe, expect, test } from 'vitest';
import { fold, splitStatements, visibleText } from '../helpers/text';

describe('splitStatements', () => {
  test('joins lines wrapped inside a sentence, across blank lines too', () => {
    const seed =
      ' Slide\n\nI Region Midtjylland tager vi ansvar \nfor vores forbrug ved at reducere \n\nressourceforbruget.\n';
    expect(splitStatements(seed)).toEqual([
      'Slide',
      'I Region Midtjylland tager vi ansvar for vores forbrug ved at reducere ressourceforbruget.',
    ]);
  });

  test('a heading followed by a capitalised sentence is two statements', () => {
    expect(splitStatements(' T\nVi vil et bæredygtigt og sundt liv \nVores måde at levere sundhed på.')).toEqual([
      'T',
      'Vi vil et bæredygtigt og sundt liv',
      'Vores måde at levere sundhed på.',
    ]);
  });

  test('bullets start statements and lose their bullet; a dash line continues', () => {
    expect(
      splitStatements(' T\n• Et punkt \nder fortsætter.\n• Andet punkt\nKlimaregnskab\n\n– viser fremdriften'),
    ).toEqual(['T', 'Et punkt der fortsætter.', 'Andet punkt', 'Klimaregnskab – viser fremdriften']);
  });
});

describe('visibleText', () => {
  test('separates blocks, decodes entities, drops scripts and styles', () => {
    const html =
      '<html><head><title>x</title><style>p{}</style></head><body><h3>Klimaregnskab</h3><p>– viser <strong>fremdriften</strong></p><p>Brug &amp; byg</p><script>var a</script></body></html>';
    expect(visibleText(html)).toBe('Klimaregnskab – viser fremdriften Brug & byg');
  });

  test('fold treats no-break spaces as spaces', () => {
    expect(fold('30\u00a0%  \n og')).toBe('30 % og');
  });
});
