/**
 * The checks of `npm run publish:check` (scripts/site-check.mjs) over this build: whatever the content check accepts
 * and the build makes, the fast publishing path must accept too, or a right content change would never publish.
 */
import { expect, test } from 'vitest';
import { distDir, siteUrl } from '../helpers/dist';
import { siteProblems } from '../../scripts/site-check.mjs';

test("publish:check's site checks find nothing in a build the tests of the built site accept", () => {
  expect(siteProblems(distDir, siteUrl)).toEqual([]);
});
