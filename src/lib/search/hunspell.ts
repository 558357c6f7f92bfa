/**
 * A small reader for a hunspell dictionary (.aff + .dic), enough to find a word's root (lemma) and to split a
 * compound into its parts the way the dictionary allows. It never expands the whole dictionary: a word is looked up
 * by stripping each suffix rule that could have made it, as hunspell itself does, so loading takes a fraction of a
 * second. Only what Danish needs is read: numeric flags, SFX rules with continuation flags, and the compound flags
 * COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND, ONLYINCOMPOUND, NEEDAFFIX and FORBIDDENWORD.
 */

interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  /** Flags the derived form carries (e.g. "can begin a compound"). */
  continuation: Flags;
  condition: RegExp;
}

export interface Hunspell {
  /** The roots a word form comes from (itself included when it is a word on its own). Lower case in, lower case out. */
  lemmas(word: string): string[];
  /** Whether the form is a word on its own: a root, or a root with one of its suffixes. */
  isWord(word: string): boolean;
  /** The root of `form` when it can stand in a compound at that place, or undefined. */
  compoundPart(form: string, place: 'begin' | 'middle' | 'end'): string | undefined;
}

/** A comma-separated list of numeric flags, checked without splitting it. */
class Flags {
  readonly #list: string;
  constructor(list: string) {
    this.#list = `,${list},`;
  }
  has(flag: string): boolean {
    return flag !== '' && this.#list.includes(`,${flag},`);
  }
}

/** Reads the dictionary. `aff` and `dic` are the files' text (UTF-8). */
export function readHunspell(aff: string, dic: string): Hunspell {
  const special = { begin: '', middle: '', end: '', onlyInCompound: '', needAffix: '', forbidden: '' };
  const names: Record<string, keyof typeof special> = {
    COMPOUNDBEGIN: 'begin',
    COMPOUNDMIDDLE: 'middle',
    COMPOUNDEND: 'end',
    ONLYINCOMPOUND: 'onlyInCompound',
    NEEDAFFIX: 'needAffix',
    FORBIDDENWORD: 'forbidden',
  };
  /** Suffix rules by the text they add, so a word is checked only against rules that fit its ending. */
  const byAdd = new Map<string, SuffixRule[]>();
  let longestAdd = 0;
  const byAddAndNext = new Map<string, SuffixRule[]>();
  /** Flags of rules that may follow another rule. */
  const chained = new Set<string>();
  for (const line of aff.split('\n')) {
    const parts = line.split(/\s+/);
    const name = parts[0] ?? '';
    if (name in names && parts[1]) special[names[name]!] = parts[1];
    if (name !== 'SFX' || parts.length < 5) continue;
    const [, flag, stripText, addText, conditionText] = parts as [string, string, string, string, string];
    const [addWord, continuation] = addText.split('/') as [string, string | undefined];
    const add = addWord === '0' ? '' : addWord.toLowerCase();
    const strip = stripText === '0' ? '' : stripText.toLowerCase();
    const condition = new RegExp(`${conditionText === '.' ? '' : conditionText.toLowerCase()}$`, 'u');
    const rule: SuffixRule = { flag, strip, add, continuation: new Flags(continuation ?? ''), condition };
    byAdd.set(add, [...(byAdd.get(add) ?? []), rule]);
    // For two suffixes: the rules that allow another suffix after them, by what they add and the flag allowed.
    for (const next of (continuation ?? '').split(',').filter(Boolean)) {
      const key = `${add}|${next}`;
      byAddAndNext.set(key, [...(byAddAndNext.get(key) ?? []), rule]);
      chained.add(next);
    }
    longestAdd = Math.max(longestAdd, add.length);
  }

  /** Every root with its flags, comma-separated (a word listed twice, e.g. as noun and verb, has both lists). */
  const roots = new Map<string, string>();
  /** Names (written with a capital in the dictionary) count as words but never as parts of a compound. */
  const properNouns = new Set<string>();
  const common = new Set<string>();
  let start = dic.indexOf('\n') + 1;
  while (start > 0 && start < dic.length) {
    let end = dic.indexOf('\n', start);
    if (end < 0) end = dic.length;
    const line = dic.slice(start, end);
    start = end + 1;
    const space = line.search(/[\s]/);
    const entry = space < 0 ? line : line.slice(0, space);
    if (!entry) continue;
    const slash = entry.indexOf('/', 1);
    // A form such as "engangs-" is a compound's first part written with a hyphen; the hyphen is not part of a word.
    const written = (slash < 0 ? entry : entry.slice(0, slash)).replace(/-$/, '');
    const word = written.toLowerCase();
    if (written === word) common.add(word);
    else properNouns.add(word);
    const flags = slash < 0 ? '' : entry.slice(slash + 1);
    const known = roots.get(word);
    roots.set(word, known ? `${known},${flags}` : flags);
  }

  /** Each (root, flags of the form) that makes `form`: the root itself, or a root with one suffix rule. */
  function* derive(form: string): Generator<{ root: string; flags: Flags; rootFlags: Flags }> {
    const own = roots.get(form);
    if (own !== undefined) yield { root: form, flags: new Flags(own), rootFlags: new Flags(own) };
    for (let n = 0; n <= Math.min(longestAdd, form.length - 1); n += 1) {
      const rules = byAdd.get(form.slice(form.length - n));
      if (!rules) continue;
      const stem = form.slice(0, form.length - n);
      for (const rule of rules) {
        const root = stem + rule.strip;
        const flags = roots.get(root);
        if (flags === undefined) continue;
        const rootFlags = new Flags(flags);
        if (rootFlags.has(rule.flag) && rule.condition.test(root)) yield { root, flags: rule.continuation, rootFlags };
      }
    }
    // Two suffixes, the second allowed by the first's continuation flags: "tallet" is "tal" + "l" + "et".
    for (let n = 1; n <= Math.min(longestAdd, form.length - 1); n += 1) {
      const outer = byAdd.get(form.slice(form.length - n));
      if (!outer) continue;
      for (const last of outer) {
        if (!chained.has(last.flag)) continue;
        const middle = form.slice(0, form.length - n) + last.strip;
        for (let m = 1; m <= Math.min(longestAdd, middle.length - 1); m += 1) {
          for (const first of byAddAndNext.get(`${middle.slice(middle.length - m)}|${last.flag}`) ?? []) {
            const root = middle.slice(0, middle.length - m) + first.strip;
            const flags = roots.get(root);
            if (flags === undefined || !last.condition.test(middle)) continue;
            const rootFlags = new Flags(flags);
            if (rootFlags.has(first.flag) && first.condition.test(root))
              yield { root, flags: last.continuation, rootFlags };
          }
        }
      }
    }
  }

  type Derivation = { root: string; flags: Flags; rootFlags: Flags };
  /** The same forms are looked up many times while splitting (each possible part of each word): remember them. */
  const seen = new Map<string, Derivation[]>();
  function derivations(form: string): Derivation[] {
    let found = seen.get(form);
    if (!found) seen.set(form, (found = [...derive(form)]));
    return found;
  }

  const standalone = (d: { flags: Flags; rootFlags: Flags }, form: string, root: string) =>
    !d.flags.has(special.onlyInCompound) &&
    !d.rootFlags.has(special.forbidden) &&
    !(form === root && d.rootFlags.has(special.needAffix));

  const placeFlag = { begin: () => special.begin, middle: () => special.middle, end: () => special.end };

  return {
    lemmas(word) {
      const found = new Set<string>();
      for (const d of derivations(word)) if (standalone(d, word, d.root)) found.add(d.root);
      return [...found];
    },
    isWord(word) {
      for (const d of derivations(word)) if (standalone(d, word, d.root)) return true;
      return false;
    },
    compoundPart(form, place) {
      const flag = placeFlag[place]();
      for (const d of derivations(form)) {
        if (d.rootFlags.has(special.forbidden) || (properNouns.has(d.root) && !common.has(d.root))) continue;
        if (d.flags.has(flag)) return d.root;
      }
      return undefined;
    },
  };
}
