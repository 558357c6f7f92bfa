/** The content check on the real content, and on small broken copies of it (no build needed). */
import { expect, test } from 'vitest';
import { checkContentFiles } from '../../src/lib/content-check';
import { formatProblem } from '../../src/lib/errors';

test('the real content passes the check', () => {
  const result = checkContentFiles({ root: process.cwd(), contentDir: 'content' });
  expect(result.problems.map(formatProblem)).toEqual([]);
  expect(result.newAddresses).toEqual([]);
});
