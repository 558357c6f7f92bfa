/**
 * Danish, editor-friendly content errors.
 *
 * The people who edit `content/` are communications staff, not developers. Every problem is reported as
 * `<file>: feltet "<field>" <what is wrong>. <what is expected>`, and all problems found in one pass are
 * reported together, so one build shows every mistake rather than only the first.
 */
import type { z } from 'astro/zod';

/** One issue of a failed parse, as Zod 4 reports it. */
type Issue = z.core.$ZodIssue;

/** One problem in one file. `field` is the path as the editor writes it, e.g. `ambitioner[0].punkter[2]`. */
export interface ContentProblem {
  file: string;
  /** The entry's id, for files that hold a list of entries (e.g. `content/data/indikatorer.json`). */
  entry?: string;
  field?: string;
  /** Where in the file, counted from 1, when the problem has a place. */
  line?: number;
  column?: number;
  message: string;
}

/** Thrown when content is invalid. Its message lists every problem, one line each, in Danish. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
    // The editor reads the report, never a stack trace: the report is all there is to show.
    this.stack = this.message;
  }
}

/** `ambitioner.0.punkter.2.maal` → `ambitioner[0].punkter[2].maal` */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

/**
 * A field path as an editor finds it: list positions counted from 1 and named by the item's id or year,
 * e.g. `maalinger[nr. 2, år 2021].vaerdi` rather than `maalinger[1].vaerdi`.
 */
export function formatNamedPath(path: ReadonlyArray<PropertyKey>, data: unknown): string {
  return path.reduce<string>((out, part, i) => {
    if (typeof part !== 'number') return out ? `${out}.${String(part)}` : String(part);
    const item = valueAt(data, path.slice(0, i + 1)) as Record<string, unknown> | undefined;
    const name =
      item && typeof item === 'object'
        ? typeof item.id === 'string'
          ? `, "${item.id}"`
          : typeof item.aar === 'number'
            ? `, år ${item.aar}`
            : ''
        : '';
    return `${out}[nr. ${part + 1}${name}]`;
  }, '');
}

export function formatProblem(problem: ContentProblem): string {
  const place = problem.line ? `, linje ${problem.line}${problem.column ? `, kolonne ${problem.column}` : ''}` : '';
  const where = problem.entry ? `${problem.file}${place} (id "${problem.entry}")` : `${problem.file}${place}`;
  return problem.field ? `${where}: feltet "${problem.field}" ${problem.message}` : `${where}: ${problem.message}`;
}

/** The report an editor reads: a heading line, then one line per problem. It starts on a line of its own,
 * since Astro prints it straight after whatever it was writing. */
export function formatProblems(problems: ContentProblem[]): string {
  const count = problems.length === 1 ? 'Der er 1 fejl' : `Der er ${problems.length} fejl`;
  return ['', `${count} i indholdet. Ret dem, og byg igen:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join(
    '\n',
  );
}

const typeNames: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  int: 'et heltal',
  integer: 'et heltal',
  bigint: 'et heltal',
  boolean: 'true eller false',
  date: 'en dato',
  object: 'en gruppe af felter',
  array: 'en liste',
  null: 'tom (null)',
  undefined: 'ingenting',
  nan: 'ikke et tal',
};

function typeName(type: string): string {
  return typeNames[type] ?? type;
}

/** What kind of value an editor wrote, in the words of `typeNames`. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/** The ids an editor may choose from, quoted and comma-separated for a message: `"a", "b", "c"`. */
export function quotedList(ids: Iterable<string>): string {
  return [...ids].map((id) => `"${id}"`).join(', ');
}

/** Shows a value the way the editor wrote it, shortened when long. */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/**
 * The message Zod gives an issue that no schema wrote a message for. Parsing with `keepCustomMessages` makes it
 * empty, so that a message written in a schema (refinements, `{ error }`) is told apart from Zod's English default.
 */
const NO_CUSTOM_MESSAGE = '';

/** A message written in the schema, after a space; nothing where Zod only had its own default. */
function hint(message: string): string {
  return message ? ` ${message}` : '';
}

/** The choices of an enum or literal, as the editor writes them. */
function choices(values: ReadonlyArray<unknown>): string {
  return values.map(String).join(', ');
}

/**
 * Turns one Zod issue into a Danish sentence (without file and field, which `formatProblem` adds).
 * Messages written in the schema itself (refinements, `{ error }`) are kept as they are.
 */
export function describeIssue(issue: Issue, data: unknown): string {
  const found = valueAt(data, issue.path);
  if (found === undefined) {
    if (issue.code === 'invalid_value') return `mangler. Det skal være et af: ${choices(issue.values)}.`;
    if (issue.code === 'invalid_union') return `mangler.${hint(issue.message)}`;
    if (issue.code === 'invalid_type') return `mangler. Det skal være ${typeName(issue.expected)}.`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `er ${showValue(found)} (${typeName(typeOf(found))}), men skal være ${typeName(issue.expected)}.`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `er ${showValue(found)}, men skal være ${showValue(issue.values[0])}.`
        : `er ${showValue(found)}, men skal være et af: ${choices(issue.values)}.`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) === 1
          ? 'er tom. Skriv en tekst.'
          : `er for kort (${String(found ?? '').length} tegn). Skriv mindst ${issue.minimum} tegn.`;
      }
      if (issue.origin === 'array') return `har for få punkter. Der skal være mindst ${issue.minimum}.`;
      return `er ${showValue(found)}, men skal være mindst ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') {
        return `er for lang (${String(found ?? '').length} tegn). Skriv højst ${issue.maximum} tegn.`;
      }
      if (issue.origin === 'array') return `har for mange punkter. Der må højst være ${issue.maximum}.`;
      return `er ${showValue(found)}, men må højst være ${issue.maximum}.`;
    case 'invalid_format':
      return `er ${showValue(found)}, som ikke har den rigtige form.${hint(issue.message)}`;
    case 'not_multiple_of':
      return `er ${showValue(found)}, men skal gå op i ${issue.divisor}.`;
    case 'invalid_union':
      return `er ${showValue(found)}, som ikke passer til nogen af de tilladte former.${hint(issue.message)}`;
    default:
      return issue.message || `er ${showValue(found)}, som ikke kan bruges her.`;
  }
}

/**
 * Parse options that keep the messages written in the schemas and leave the rest empty, for `describeIssue` to
 * write in Danish: `schema.safeParse(data, keepCustomMessages)`.
 */
export const keepCustomMessages = { error: () => NO_CUSTOM_MESSAGE };

/** The problems of one failed parse of one file. */
export function problemsFromIssues(file: string, issues: ReadonlyArray<Issue>, data: unknown): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          file,
          field: formatNamedPath([...issue.path, key], data),
          message: 'kendes ikke. Tjek stavningen, eller fjern feltet.',
        }))
      : [
          {
            file,
            field: issue.path.length ? formatNamedPath(issue.path, data) : undefined,
            message: describeIssue(issue, data),
          },
        ],
  );
}
