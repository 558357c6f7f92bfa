import { expect, test } from 'vitest';
import { once, oncePerKey } from '../../src/lib/once';

test('once computes on the first call and hands every caller the same promise', async () => {
  let runs = 0;
  const get = once(async () => ++runs);
  const [a, b] = await Promise.all([get(), get()]);
  expect([a, b, await get(), runs]).toEqual([1, 1, 1, 1]);
});

test('oncePerKey computes once for each key', async () => {
  const seen: string[] = [];
  const get = oncePerKey(async (key) => {
    seen.push(key);
    return key.toUpperCase();
  });
  expect(await Promise.all([get('a'), get('b'), get('a')])).toEqual(['A', 'B', 'A']);
  expect(seen).toEqual(['a', 'b']);
});
