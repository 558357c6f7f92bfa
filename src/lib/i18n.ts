/** UI strings: one flat Danish file, `src/i18n/da.json`. Names in code are English; what a visitor reads is Danish. */
import strings from '../i18n/da.json';

export type UiKey = keyof typeof strings;

/** The Danish string for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI-teksten "${key}" mangler værdien {${name}}.`);
    return String(value);
  });
}
