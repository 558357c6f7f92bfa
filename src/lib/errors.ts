/**
 * Danish, editor-friendly content errors.
 *
 * The people who edit `content/` are communications staff, not developers. Every problem is reported as
 * `<file>: feltet "<field>" <what is wrong>. <what is expected>`, and all problems found in one pass are
 * reported together, so one build shows every mistake rather than only the first.
 */
import type { ZodErrorMap, ZodIssue } from 'astro/zod';

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
export function formatFieldPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${part}` : part;
  }, '');
}

/**
 * A field path as an editor finds it: list positions counted from 1 and named by the item's id or year,
 * e.g. `maalinger[nr. 2, år 2021].vaerdi` rather than `maalinger[1].vaerdi`.
 */
export function formatNamedPath(path: ReadonlyArray<string | number>, data: unknown): string {
  return path.reduce<string>((out, part, i) => {
    if (typeof part !== 'number') return out ? `${out}.${part}` : part;
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

/** Shows a value the way the editor wrote it, shortened when long. */
/** The ids an editor may choose from, quoted and comma-separated for a message: `"a", "b", "c"`. */
export function quotedList(ids: Iterable<string>): string {
  return [...ids].map((id) => `"${id}"`).join(', ');
}

export function showValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Zod's own English fallbacks say nothing an editor can use; a message written in a schema does. */
function hint(message: string): string {
  return message && message !== 'Invalid input' && message !== 'Invalid' ? ` ${message}` : '';
}

/**
 * Turns one Zod issue into a Danish sentence (without file and field, which `formatProblem` adds).
 * Messages written in the schema itself (refinements, `{ message }`) are kept as they are.
 */
export function describeIssue(issue: ZodIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  if (found === undefined) {
    if (issue.code === 'invalid_enum_value')
      return `mangler. Det skal være et af: ${issue.options.map(String).join(', ')}.`;
    if (issue.code === 'invalid_union' || issue.code === 'invalid_literal') return `mangler.${hint(issue.message)}`;
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return `mangler. Det skal være ${typeName(issue.expected)}.`;
      return `er ${showValue(found)} (${typeName(issue.received)}), men skal være ${typeName(issue.expected)}.`;
    case 'invalid_literal':
      return `er ${showValue(found)}, men skal være ${showValue(issue.expected)}.`;
    case 'invalid_enum_value':
      return `er ${showValue(found)}, men skal være et af: ${issue.options.map((o) => String(o)).join(', ')}.`;
    case 'too_small':
      if (issue.type === 'string') {
        return issue.minimum === 1
          ? 'er tom. Skriv en tekst.'
          : `er for kort (${String(found ?? '').length} tegn). Skriv mindst ${issue.minimum} tegn.`;
      }
      if (issue.type === 'array') return `har for få punkter. Der skal være mindst ${issue.minimum}.`;
      return `er ${showValue(found)}, men skal være mindst ${issue.minimum}.`;
    case 'too_big':
      if (issue.type === 'string') {
        return `er for lang (${String(found ?? '').length} tegn). Skriv højst ${issue.maximum} tegn.`;
      }
      if (issue.type === 'array') return `har for mange punkter. Der må højst være ${issue.maximum}.`;
      return `er ${showValue(found)}, men må højst være ${issue.maximum}.`;
    case 'invalid_string':
      return `er ${showValue(found)}, som ikke har den rigtige form.${hint(issue.message)}`;
    case 'not_multiple_of':
      return `er ${showValue(found)}, men skal gå op i ${issue.multipleOf}.`;
    case 'invalid_union':
      return `er ${showValue(found)}, som ikke passer til nogen af de tilladte former.${hint(issue.message)}`;
    default:
      return issue.message;
  }
}

/** Used as the error map while parsing, so custom messages in the schemas survive unchanged. */
export const keepCustomMessages: ZodErrorMap = (_issue, ctx) => ({ message: ctx.defaultError });

/** The problems of one failed parse of one file. */
export function problemsFromIssues(file: string, issues: ZodIssue[], data: unknown): ContentProblem[] {
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
