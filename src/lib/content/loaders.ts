/**
 * Wraps Astro's loaders so that every entry is validated with Danish messages that name the file and the
 * field, and so that one build reports every mistake in every collection (Astro stops at the first, in
 * English). Valid entries then go through Astro's own validation unchanged.
 *
 * All loaders made by one `createContentCheck()` share a report: each records its problems and waits for
 * the others; the last one to finish throws one `ContentError` with all of them, sorted by file. A loader that
 * waits longer than `timeoutMs` for one that never comes stops the build with a message that says so.
 */
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, keepCustomMessages, problemsFromIssues, type ContentProblem } from '../errors';

/** A path as the editor sees it: relative to the project, with forward slashes. */
export function displayPath(file: string): string {
  const path = isAbsolute(file) ? relative(process.cwd(), file) : file;
  return path.split('\\').join('/');
}

/** Turns an error thrown while reading a file (bad JSON, bad YAML) into a Danish problem. */
export function problemFromReadError(error: unknown, fallbackFile: string): ContentProblem {
  const err = error as { message?: string; loc?: { file?: string }; name?: string };
  const message = err.message ?? String(error);
  const file = displayPath(err.loc?.file ?? fallbackFile);
  const firstLine = message.split('\n')[0] ?? message;
  if (err.name === 'DataCollectionEntryParseError' || /JSON/.test(message)) {
    const detail = /failed to parse: (.+)$/.exec(firstLine)?.[1] ?? firstLine;
    return {
      file,
      message: `er ikke gyldig JSON: ${detail}. Tjek kommaer (intet komma efter det sidste felt), anførselstegn og klammer.`,
    };
  }
  if (err.name === 'MarkdownError' || /YAML/i.test(message)) {
    return {
      file,
      message: `har en fejl i felterne mellem --- og --- øverst i filen: ${firstLine}. Tjek indrykningen, kolon efter hvert feltnavn, og sæt "anførselstegn" om en tekst, der selv indeholder kolon.`,
    };
  }
  return { file, message: `kunne ikke læses: ${firstLine}` };
}

/** Astro hands glob() its parser for each file type as `entryTypes`, which the public type leaves out. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** How long a loader waits at the barrier for the others before the build stops (a loader that never runs). */
export const BARRIER_TIMEOUT_MS = 120_000;

/** Resolves with `promise`, or rejects with `error()` once `ms` have passed; the timer never keeps Node alive. */
function within<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createContentCheck({ timeoutMs = BARRIER_TIMEOUT_MS } = {}) {
  let expected = 0;
  let arrived = 0;
  let problems: ContentProblem[] = [];
  let release: () => void = () => {};
  let barrier = new Promise<void>((resolve) => (release = resolve));

  /** Records one loader's problems; resolves once every loader has; true for the last to arrive. */
  async function arrive(found: ContentProblem[]): Promise<{ last: boolean; all: ContentProblem[] }> {
    problems.push(...found);
    arrived += 1;
    if (arrived < expected) {
      const waiting = expected - arrived;
      await within(
        barrier,
        timeoutMs,
        () =>
          new Error(
            `Indholdstjekket venter forgæves på ${waiting} af ${expected} samlinger. Hver samling i src/content.config.ts ` +
              'skal bruge checkedLoader fra den samme createContentCheck(), og Astro skal indlæse dem alle i samme omgang.',
          ),
      );
      return { last: false, all: [] };
    }
    const all = problems;
    arrived = 0;
    problems = [];
    release();
    barrier = new Promise<void>((resolve) => (release = resolve));
    return { last: true, all };
  }

  function checkedLoader(inner: Loader, schema: z.ZodType, sourceFile?: string): Loader {
    expected += 1;
    let initialLoadDone = false;
    return {
      name: `checked:${inner.name}`,
      async load(context: ContextWithEntryTypes) {
        const found: ContentProblem[] = [];
        const badIds: string[] = [];
        // A file that is not valid JSON or YAML is one problem; the loader goes on with the other files.
        const unreadable = new Set<string>();
        const entryTypes =
          context.entryTypes &&
          new Map(
            [...context.entryTypes].map(([ext, type]): [string, EntryType] => [
              ext,
              {
                ...type,
                async getEntryInfo(params) {
                  try {
                    return await type.getEntryInfo(params);
                  } catch (error) {
                    const file = displayPath(fileURLToPath(params.fileUrl));
                    if (initialLoadDone) throw new ContentError([problemFromReadError(error, file)]);
                    found.push(problemFromReadError(error, file));
                    unreadable.add(file);
                    return { data: {}, body: '', slug: '', rawData: '' };
                  }
                },
              },
            ]),
          );
        const parseData: LoaderContext['parseData'] = async (props) => {
          const file = displayPath(props.filePath || sourceFile || `${context.collection}/${props.id}`);
          if (unreadable.has(file)) {
            badIds.push(props.id);
            return props.data;
          }
          const result = await schema.safeParseAsync(props.data, keepCustomMessages);
          if (!result.success) {
            const fileProblems = problemsFromIssues(file, result.error.issues, props.data).map((problem) =>
              sourceFile ? { ...problem, entry: props.id } : problem,
            );
            // After the first load (a file changed under `astro dev`), report the one file at once.
            if (initialLoadDone) throw new ContentError(fileProblems);
            found.push(...fileProblems);
            badIds.push(props.id);
            return props.data;
          }
          return context.parseData(props);
        };
        try {
          await inner.load({ ...context, parseData, ...(entryTypes && { entryTypes }) } as LoaderContext);
        } catch (error) {
          found.push(problemFromReadError(error, sourceFile ?? context.collection));
        }
        initialLoadDone = true;
        // Never keep an invalid entry in the cached data store: the next build must report it again.
        for (const id of badIds) context.store.delete(id);
        const { last, all } = await arrive(found);
        if (last && all.length) {
          const key = (p: ContentProblem) => [p.file, p.entry ?? '', p.field ?? ''].join('\u0000');
          throw new ContentError([...all].sort((a, b) => key(a).localeCompare(key(b))));
        }
      },
    };
  }

  return { checkedLoader };
}
