/**
 * The editors' guide (`content/README.md`) shows real files and addresses as examples. Each example written in
 * backticks that looks like a file (`maal/vandforbrug.json`) or a site address (`/cases/…/`) must exist, so that the
 * guide never sends an editor to something that is gone. Patterns such as `spor/<id>.md` are not examples. The build
 * prints a stale example as a warning (src/lib/content-check/index.ts): renaming a case the guide names is right.
 * The same holds for the guide's example messages (the lines of its ```text blocks): one that points into a file at
 * a line (`content/spor/x.md, linje 4, kolonne 1: …`) points into a file that exists and has that line.
 */
import type { ContentProblem } from '../errors';

export const GUIDE_FILE = 'README.md';

/** The examples in the guide's text, each with its line and column (1-based). */
export function guideExamples(text: string): { example: string; line: number; column: number }[] {
  const found: { example: string; line: number; column: number }[] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const match of lineText.matchAll(/`([^`\s]+)`/g)) {
      const token = match[1]!;
      if (token.includes('<') || token.includes('…')) continue;
      const isFile = /\.(md|mdx|json|yaml|ts|pdf|csv|svg)$/.test(token) && !token.startsWith('*');
      // A site address: a page (`/maal/`) or a file the site serves (`/data/klimaaftryk.csv`).
      const isAddress = /^\/[a-z0-9/.-]*$/.test(token) && (token.endsWith('/') || isFile);
      if (isFile || isAddress) found.push({ example: token, line: i + 1, column: (match.index ?? 0) + 2 });
    }
  });
  return found;
}

/**
 * Problems for the guide's examples that do not exist. `fileExists` answers for a path relative to the content
 * folder or to the project; `addressExists` for an address on the site.
 */
export function guideProblems(
  file: string,
  text: string,
  fileExists: (path: string) => boolean,
  addressExists: (address: string) => boolean,
): ContentProblem[] {
  return guideExamples(text).flatMap(({ example, line, column }) => {
    if (example.startsWith('/') ? addressExists(example) : fileExists(example)) return [];
    const what = example.startsWith('/') ? 'en adresse, der ikke findes på sitet' : 'en fil, der ikke findes';
    return [
      {
        file,
        line,
        column,
        message: `nævner ${example} som eksempel, men det er ${what}. Ret eksemplet i vejledningen til en fil eller side, der findes – eller skriv det som et mønster, fx spor/<id>.md.`,
      },
    ];
  });
}

/** The example messages in the guide: lines of its ```text blocks that point into a content file at a line. */
export function guideMessageExamples(text: string): { file: string; at: number; line: number }[] {
  const found: { file: string; at: number; line: number }[] = [];
  let inBlock = false;
  text.split('\n').forEach((lineText, i) => {
    if (/^```/.test(lineText)) inBlock = !inBlock && lineText.trim() === '```text';
    else if (inBlock) {
      const match = /^content\/([^,]+), linje (\d+), kolonne \d+/.exec(lineText);
      if (match) found.push({ file: match[1]!, at: Number(match[2]), line: i + 1 });
    }
  });
  return found;
}

/**
 * Problems for the guide's example messages that point into a file that does not exist, or at a line it does not
 * have. `lineCount` answers for a path relative to the content folder: its number of lines, or undefined.
 */
export function guideMessageProblems(
  file: string,
  text: string,
  lineCount: (path: string) => number | undefined,
): ContentProblem[] {
  return guideMessageExamples(text).flatMap(({ file: example, at, line }) => {
    const lines = lineCount(example);
    if (lines !== undefined && at <= lines) return [];
    const what =
      lines === undefined
        ? `content/${example}, men den fil findes ikke`
        : `linje ${at} i content/${example}, men filen har kun ${lines} linjer`;
    return [
      {
        file,
        line,
        column: 1,
        message: `viser en eksempelbesked om ${what}. Ret eksemplet: lav fejlen i en kopi af en fil, der findes, og skriv den besked, indholdstjekket giver.`,
      },
    ];
  });
}
