/**
 * The W3C Nu HTML checker (vnu-jar, on the machine's Java) finds no error on any built page, the editor's included.
 *
 * Four messages of its CSS module are left out, and only these: it does not know `@property` (CSS Properties and
 * Values API) or `margin-trim` (CSS Box Model 4), which Tailwind 4 writes for its custom properties and inside its
 * own `@supports` feature query, nor container queries (`container-type` and `@container`, CSS Containment 3), with
 * which a table that scrolls sideways says so (global.css, `table-scroll`). All are valid CSS that browsers read;
 * every other CSS or HTML error still fails.
 */
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vnu from 'vnu-jar';
import { describe, expect, test } from 'vitest';
import { distDir, distFiles } from '../helpers/dist';

/** What the CSS module of the checker does not yet know. Matched whole, so nothing else slips through. */
const UNKNOWN_TO_THE_CHECKER = [
  /^CSS: Unrecognized at-rule “@property”$/,
  /^CSS: “margin-trim”: Property “margin-trim” doesn't exist\.$/,
  /^CSS: “container-type”: Property “container-type” doesn't exist\.$/,
  /^CSS: Unrecognized at-rule “@container”$/,
];

interface Message {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

function check(): Message[] {
  let out: string;
  try {
    out = execFileSync('java', ['-jar', String(vnu), '--errors-only', '--format', 'json', '--skip-non-html', distDir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // The checker exits 1 when it found errors; the report is on stderr (JSON) either way.
    const failed = error as { stderr?: string; stdout?: string };
    out = failed.stderr || failed.stdout || '';
    if (!out.trim().startsWith('{')) throw error;
  }
  return (JSON.parse(out) as { messages: Message[] }).messages;
}

describe('W3C Nu HTML checker', () => {
  const messages = check();
  const pagesChecked = distFiles.filter((file) => file.endsWith('.html')).length;

  test('it checked the built pages', () => {
    expect(pagesChecked).toBeGreaterThan(0);
    // A message about a file outside dist/ would mean it checked something else.
    for (const m of messages) expect(fileURLToPath(m.url).startsWith(process.cwd())).toBe(true);
  });

  test('no page has an error', () => {
    const errors = messages
      .filter((m) => !UNKNOWN_TO_THE_CHECKER.some((pattern) => pattern.test(m.message)))
      .map((m) => `${relative(process.cwd(), fileURLToPath(m.url))}:${m.lastLine ?? '?'}: ${m.message} ${m.extract ?? ''}`);
    expect(errors).toEqual([]);
  });
});
