/**
 * Reads a `_headers` file (the Netlify / Cloudflare Pages format) and tells which headers apply to a path, the way
 * those hosts do: every matching rule in order, a repeated header joined with ", ", `! Name` removing one.
 * The test server sends what a real host would, and a test compares it with src/lib/hosting/hosting.ts.
 */
import { readFileSync } from 'node:fs';

/** @returns {{ pattern: RegExp, detach: string[], headers: [string, string][] }[]} */
export function parseHeadersFile(path) {
  /** @type {{ pattern: RegExp, detach: string[], headers: [string, string][] }[]} */
  const rules = [];
  let current;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const source = raw
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      current = { pattern: new RegExp(`^${source}$`), detach: [], headers: [] };
      rules.push(current);
    } else if (current && raw.trim().startsWith('!')) {
      current.detach.push(raw.trim().slice(1).trim().toLowerCase());
    } else if (current) {
      const at = raw.indexOf(':');
      current.headers.push([raw.slice(0, at).trim(), raw.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers for one path, keyed by their names in lower case.
 * @param {ReturnType<typeof parseHeadersFile>} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules.filter((r) => r.pattern.test(pathname))) {
    for (const name of rule.detach) delete out[name];
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = key in out ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
