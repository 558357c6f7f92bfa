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
  message: string;
}

/** Thrown when content is invalid. Its message lists every problem, one line each, in Danish. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `ambitioner.0.punkter.2.maal` → `ambitioner[0].punkter[2].maal` */
export function formatFieldPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${part}` : part;
  }, '');
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.entry ? `${problem.file} (id "${problem.entry}")` : problem.file;
  return problem.field ? `${where}: feltet "${problem.field}" ${problem.message}` : `${where}: ${problem.message}`;
}

/** The report an editor reads: a heading line, then one line per problem. It starts on a line of its own,
 * since Astro prints it straight after whatever it was writing. */
export function formatProblems(problems: ContentProblem[]): string {
  const count = problems.length === 1 ? 'Der er 1 fejl' : `Der er ${problems.length} fejl`;
  return ['', `${count} i indholdet. Ret dem, og byg igen:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
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
    if (issue.code === 'invalid_enum_value') return `mangler. Det skal være et af: ${issue.options.map(String).join(', ')}.`;
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
          field: formatFieldPath([...issue.path, key]),
          message: 'kendes ikke. Tjek stavningen, eller fjern feltet.',
        }))
      : [{ file, field: issue.path.length ? formatFieldPath(issue.path) : undefined, message: describeIssue(issue, data) }],
  );
}
