/**
 * Search: what kind each page is (shown in the results and used to filter them), and the word forms Danish
 * stemming does not join on its own, so "cykel" also finds "cykler".
 */

/** The kinds of page a search result can be, with the label the reader sees. */
export const SEARCH_KINDS = {
  spor: 'Spor',
  maal: 'Mål',
  aftale: 'Aftale',
  case: 'Case',
  materiale: 'Materiale',
  side: 'Side',
} as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

/** Groups of word forms that should find each other. The stemmer handles most endings; these it misses. */
export const SYNONYM_GROUPS: readonly string[][] = [
  ['cykel', 'cykler', 'cyklen', 'cyklerne', 'cykling', 'cykle'],
  ['bil', 'biler', 'bilen', 'bilerne', 'elbil', 'elbiler', 'personbiler'],
  ['affald', 'affaldet', 'affaldsområdet', 'affaldssortering', 'risikoaffald'],
  ['plast', 'plastik', 'plasten', 'plastaffald', 'plastskåle'],
  ['genanvendelse', 'genanvender', 'genanvendt', 'genbrug'],
  ['engangs', 'engangsprodukter', 'engangssæt', 'engangskitler'],
  ['flergangs', 'flergangsbrug', 'flergangsprodukter', 'flergangsinstrumenter', 'flergangstekstiler'],
];

/** The extra word forms to index for a page, given its text: every form of each group the page uses. */
export function synonymsFor(text: string): string[] {
  const words = new Set(text.toLowerCase().match(/[a-zæøå]+/g) ?? []);
  const extra = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    if (group.some((word) => words.has(word))) for (const word of group) if (!words.has(word)) extra.add(word);
  }
  return [...extra].sort();
}
