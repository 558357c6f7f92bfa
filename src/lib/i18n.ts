/** UI strings: one flat Danish file, `src/i18n/da.json`. Names in code are English; what a visitor reads is Danish. */
import strings from '../i18n/da.json';

export type UiKey = keyof typeof strings;

/** A string with a form per plural category: `<key>.one` and `<key>.other` in the strings file. */
export type PluralKey = {
  [K in UiKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends UiKey ? Base : never) : never;
}[UiKey];

/** The Danish string for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI-teksten "${key}" mangler værdien {${name}}.`);
    return String(value);
  });
}

const pluralRules = new Intl.PluralRules('da');

/**
 * The Danish string for a count, by Danish plural rules (`Intl.PluralRules`): "1 godt eksempel", "2 gode eksempler".
 * `{n}` in the string is the count; other placeholders come from `values`.
 */
export function tn(key: PluralKey, n: number, values: Record<string, string | number> = {}): string {
  const category = pluralRules.select(n) === 'one' ? 'one' : 'other';
  return t(`${key}.${category}` as UiKey, { ...values, n });
}
