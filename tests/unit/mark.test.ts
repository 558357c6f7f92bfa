import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARK_GRID, MARK_STROKE, markPaths, markSvg } from '../../src/lib/design/mark';
import { colours } from '../../src/lib/design/tokens';

describe("the strategy's mark", () => {
  it('is three arrows, each an arc of the ring with a head, drawn inside its square with room for the stroke', () => {
    expect(markPaths).toHaveLength(3);
    for (const d of markPaths) {
      expect(d).toMatch(/^M[\d. ]+A[\d. ]+M[\d. ]+L[\d. ]+L[\d. ]+$/);
      const numbers = d
        .replace(/A(\S+ ){5}/, 'A')
        .match(/[\d.]+/g)!
        .map(Number);
      for (const n of numbers) {
        expect(n).toBeGreaterThanOrEqual(MARK_STROKE / 2);
        expect(n).toBeLessThanOrEqual(MARK_GRID - MARK_STROKE / 2);
      }
    }
  });

  it('is the favicon, white on the brand blue', () => {
    expect(readFileSync('public/favicon.svg', 'utf8')).toBe(markSvg(colours.white, colours.brand));
  });
});
