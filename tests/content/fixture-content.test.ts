/**
 * The tests' own content site (tests/fixtures/content) is content the check accepts: the fixture tests that
 * copy it start from valid content, so each problem they report is the one they put there.
 */
import { expect, test } from 'vitest';
import { checkContentFiles } from '../../src/lib/content-check';
import { FIXTURE_CONTENT } from '../helpers/fixture-build';

test('the fixture content passes the content check', () => {
  const checked = checkContentFiles({ root: process.cwd(), contentDir: FIXTURE_CONTENT });
  expect(checked.problems).toEqual([]);
  expect(checked.entries.length).toBeGreaterThan(0);
});
