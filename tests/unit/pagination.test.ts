import { expect, test } from 'vitest';
import { pageParam, pagePath, paginate } from '../../src/lib/pagination';

test('50 items make three pages of 24, 24 and 2, linked in order', () => {
  const pages = paginate(
    Array.from({ length: 50 }, (_, i) => i),
    '/cases/',
  );
  expect(pages.map((p) => [p.path, p.items.length, p.prev, p.next])).toEqual([
    ['/cases/', 24, undefined, '/cases/side/2/'],
    ['/cases/side/2/', 24, '/cases/', '/cases/side/3/'],
    ['/cases/side/3/', 2, '/cases/side/2/', undefined],
  ]);
  expect(pages.flatMap((p) => p.items)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  expect(pages.every((p) => p.count === 3)).toBe(true);
});

test('an empty list and a list of exactly one page have one page and no neighbours', () => {
  expect(paginate([], '/cases/spor/x/')).toEqual([
    { items: [], number: 1, count: 1, path: '/cases/spor/x/', prev: undefined, next: undefined },
  ]);
  expect(
    paginate(
      Array.from({ length: 24 }, () => 0),
      '/a/',
    ),
  ).toHaveLength(1);
  expect(
    paginate(
      Array.from({ length: 25 }, () => 0),
      '/a/',
    ),
  ).toHaveLength(2);
});

test('page addresses and route parameters', () => {
  expect(pagePath('/cases/enhed/x/', 1)).toBe('/cases/enhed/x/');
  expect(pagePath('/cases/enhed/x/', 4)).toBe('/cases/enhed/x/side/4/');
  expect([pageParam(1), pageParam(2)]).toEqual([undefined, 'side/2']);
  expect(() => paginate([1], '/a/', 0)).toThrow();
});
