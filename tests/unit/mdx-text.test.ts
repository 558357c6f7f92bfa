/** What the editor's text field saves into an MDX body: what MDX would read as code is escaped, nothing else. */
import { compile } from '@mdx-js/mdx';
import { expect, test } from 'vitest';
import { escapeForMdx } from '../../src/lib/cms/mdx-text';
import { checkBody } from '../../src/lib/content-check/body';

test('braces and a < that opens no component are escaped', () => {
  expect(escapeForMdx('Målet {2030} er nået')).toBe('Målet \\{2030\\} er nået');
  expect(escapeForMdx('Det tog <5 t og <b>fed</b>')).toBe('Det tog \\<5 t og \\<b>fed\\</b>');
});

test('components, code and what is escaped already stay as written', () => {
  const text =
    '<Faktaboks titel="Kort">\nTi {konsulenter}.\n</Faktaboks>\n\nSkriv `{x}` eller\n\n```\n<b>{y}</b>\n```\n\nAllerede \\{ og \\<.';
  expect(escapeForMdx(text)).toBe(
    '<Faktaboks titel="Kort">\nTi \\{konsulenter\\}.\n</Faktaboks>\n\nSkriv `{x}` eller\n\n```\n<b>{y}</b>\n```\n\nAllerede \\{ og \\<.',
  );
  expect(escapeForMdx(escapeForMdx('a { b < c'))).toBe(escapeForMdx('a { b < c'));
});

test.each(['{', '}', '<5 t', '<b>fed</b>', 'x {y} <z', 'Kl. 8<9 {'])(
  '%s becomes a body that MDX compiles and the content check accepts',
  async (typed) => {
    const body = escapeForMdx(typed);
    await expect(compile(body)).resolves.toBeDefined();
    expect(checkBody('content/cases/x.mdx', body, 1, true).problems).toEqual([]);
  },
);
