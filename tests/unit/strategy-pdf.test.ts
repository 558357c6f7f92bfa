import { describe, expect, test } from 'vitest';
import { paginate, type Block } from '../../src/lib/print/strategy-pdf';

const block = (height: number, keep = false, before = 0): Block => ({ height, before, keep, draw: () => {} });

describe('the strategy PDF is paginated in whole blocks', () => {
  test('a block never splits: one that does not fit starts the next page; the space above it goes at a page top', () => {
    const [placed] = paginate(
      [{ newPage: true, blocks: [block(60), block(30, false, 10), block(50, false, 10)] }],
      100,
    );
    expect(placed).toEqual([
      { page: 0, y: 0 },
      { page: 0, y: 70 },
      { page: 1, y: 0 },
    ]);
  });

  test('a heading stays with what follows it', () => {
    const [placed] = paginate([{ newPage: true, blocks: [block(70), block(10, true), block(30), block(40)] }], 100);
    expect(placed!.map((p) => p.page)).toEqual([0, 1, 1, 1]);
  });

  test("a section's last page that would be less than a third full takes blocks from the page before", () => {
    const blocks = [block(30), block(30), block(30), block(20)];
    const [placed] = paginate([{ newPage: true, blocks }], 100);
    // Greedy: 30+30+30 on page 0 and 20 alone on page 1; balanced: 30+30, then 30+20.
    expect(placed!.map((p) => p.page)).toEqual([0, 0, 1, 1]);
  });

  test('the page before keeps at least a third: then the short last page stays', () => {
    const [placed] = paginate([{ newPage: true, blocks: [block(95), block(10)] }], 100);
    expect(placed!.map((p) => p.page)).toEqual([0, 1]);
  });

  test('a part that opens a page starts one, and pages count on across parts', () => {
    const placed = paginate(
      [
        { newPage: true, blocks: [block(40)] },
        { newPage: false, blocks: [block(40)] },
        { newPage: true, blocks: [block(40)] },
      ],
      100,
    );
    expect(placed.map((p) => p.map((x) => x.page))).toEqual([[0], [0], [1]]);
  });
});
