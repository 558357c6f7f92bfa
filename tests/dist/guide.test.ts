/** Every example in the editors' guide is real: file paths exist in the repo, site addresses exist in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fileForPath } from '../helpers/dist';

const guide = readFileSync('content/README.md', 'utf8');
/**
 * Everything in backticks that looks like a path (a file ending, or a site address starting with /), except
 * patterns such as `spor/<id>.md`.
 */
const examples = [...new Set([...guide.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!))].filter(
  (token) => !token.includes('<') && (/\.(md|mdx|json|yaml|ts|pdf|csv|svg)$/.test(token) || /^\/[a-z0-9/-]*\/$/.test(token)),
);

test('the guide has examples to check', () => {
  expect(examples.length).toBeGreaterThan(15);
});

test.each(examples)('%s exists', (example) => {
  if (example.startsWith('/')) {
    expect(fileForPath(example), example).toBeDefined();
  } else {
    // Paths in the guide are relative to content/ (where the guide lives) or to the project.
    expect(existsSync(`content/${example}`) || existsSync(example), example).toBe(true);
  }
});
