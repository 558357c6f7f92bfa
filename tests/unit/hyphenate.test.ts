import { describe, expect, test } from 'vitest';
import { SOFT_HYPHEN, hyphenateHeadings, hyphenateText } from '../../src/lib/hyphenate';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

describe('Danish hyphenation from the TeX patterns', () => {
  test('long compounds get breaks at Danish syllables', () => {
    expect(shown(hyphenateText('Universitetshospital'))).toBe('Uni|ver|si|tets|ho|spi|tal');
    expect(shown(hyphenateText('Bæredygtighedsaftalerne'))).toBe('Bæ|re|dyg|tig|heds|af|ta|lerne');
  });

  test('removing the soft hyphens gives the text back, letter for letter', () => {
    const text = 'Aarhus Universitetshospital og Regionshospitalet Gødstrup – CO2-udledningen i 2030';
    expect(hyphenateText(text).replaceAll(SOFT_HYPHEN, '')).toBe(text);
  });

  test('a break leaves at least two letters before it and three after it; short words are left alone', () => {
    for (const word of hyphenateText('Præhospitalet Socialområdet Regionsapoteket MidtVask klima').split(' ')) {
      const pieces = word.split(SOFT_HYPHEN);
      if (pieces.length > 1) {
        expect(pieces[0]!.length, word).toBeGreaterThanOrEqual(2);
        expect(pieces.at(-1)!.length, word).toBeGreaterThanOrEqual(3);
      }
    }
    expect(hyphenateText('Vi vil være klima')).toBe('Vi vil være klima');
  });

  test('text that already has soft hyphens is not hyphenated again', () => {
    const once = hyphenateText('Bæredygtighedsstrategien');
    expect(hyphenateText(once)).toBe(once);
  });
});

describe('hyphenateHeadings', () => {
  test('touches only the text of h1–h4: not the title, attributes, entities or body text', () => {
    const html =
      '<title>Universitetshospital</title><h2 id="bæredygtighedsaftalerne" class="text-xl">Bæredygtighedsaftalerne &amp; ' +
      '<a href="/aftaler/universitetshospital/">Universitetshospital</a></h2><p>Universitetshospital</p>';
    const out = hyphenateHeadings(html);
    expect(shown(out)).toBe(
      '<title>Universitetshospital</title><h2 id="bæredygtighedsaftalerne" class="text-xl">Bæ|re|dyg|tig|heds|af|ta|lerne &amp; ' +
        '<a href="/aftaler/universitetshospital/">Uni|ver|si|tets|ho|spi|tal</a></h2><p>Universitetshospital</p>',
    );
  });

  test('h5 and h6 and headings without long words come out unchanged', () => {
    const html = '<h5>Universitetshospital</h5><h1 class="x">Mål</h1>';
    expect(hyphenateHeadings(html)).toBe(html);
  });
});
