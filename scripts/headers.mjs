/**
 * Reads a `_headers` file (the Netlify / Cloudflare Pages format) and tells which headers apply to a path, so
 * the test server sends what a real host would.
 */
import { readFileSync } from 'node:fs';

/** @returns {{ pattern: RegExp, headers: Record<string, string> }[]} */
export function parseHeadersFile(path) {
  const rules = [];
  let current;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const source = raw.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      current = { pattern: new RegExp(`^${source}$`), headers: {} };
      rules.push(current);
    } else if (current) {
      const at = raw.indexOf(':');
      current.headers[raw.slice(0, at).trim()] = raw.slice(at + 1).trim();
    }
  }
  return rules;
}

/** The headers for one path: every matching rule, later rules adding to earlier ones. */
export function headersFor(rules, pathname) {
  return Object.assign({}, ...rules.filter((r) => r.pattern.test(pathname)).map((r) => r.headers));
}
