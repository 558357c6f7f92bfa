import { ContentError, formatProblem } from '../../src/lib/errors';

/** Runs `fn`, which must throw a ContentError, and returns its problems as the editor reads them. */
export function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected a ContentError');
}
