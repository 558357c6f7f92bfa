/**
 * The strategy's own mark: a ring of three arrows that follow each other round, the circular economy of the strategy's
 * ground ("Brug mindre · Brug længere · Brug grønnere"), in the region's blue. It belongs to the whole strategy, not to
 * one track (the tracks have their own icons, track-icons.ts). One drawing for the site's header (`SiteMark.astro`),
 * the favicon, the share image and the posters: path data on a `MARK_GRID` square, stroked `MARK_STROKE` wide with
 * round caps and joins. Plain data and arithmetic, the same bytes on every build.
 */

/** The square the mark is drawn on, and the width of its strokes. */
export const MARK_GRID = 48;
export const MARK_STROKE = 4;

/** The ring's radius, the gap between two arrows (degrees) and an arrowhead's length and half width. */
const RADIUS = 16;
const GAP = 30;
const HEAD_LENGTH = 5;
const HEAD_HALF_WIDTH = 4.5;

const round = (value: number) => Math.round(value * 100) / 100;
const point = (x: number, y: number) => `${round(x)} ${round(y)}`;

/** The three arrows at `scale` (1: the mark's own size), clockwise from the top, about the square's centre. */
function arrows(scale: number): string[] {
  return [0, 1, 2].map((i) => {
    const c = MARK_GRID / 2;
    const r = RADIUS * scale;
    const start = ((-90 + i * 120 + GAP / 2) * Math.PI) / 180;
    const end = ((-90 + (i + 1) * 120 - GAP / 2) * Math.PI) / 180;
    const [x0, y0] = [c + r * Math.cos(start), c + r * Math.sin(start)];
    const [x1, y1] = [c + r * Math.cos(end), c + r * Math.sin(end)];
    // The head: two strokes back from the arc's end, along the tangent, spread across the ring.
    const [tx, ty] = [-Math.sin(end), Math.cos(end)];
    const [nx, ny] = [Math.cos(end), Math.sin(end)];
    const [length, half] = [HEAD_LENGTH * scale, HEAD_HALF_WIDTH * scale];
    const back = (side: number) => point(x1 - length * tx + side * half * nx, y1 - length * ty + side * half * ny);
    return `M${point(x0, y0)}A${round(r)} ${round(r)} 0 0 1 ${point(x1, y1)}M${back(1)}L${point(x1, y1)}L${back(-1)}`;
  });
}

/**
 * The three arrows as SVG path data, clockwise from the top: each an arc of the ring with its head at the end that
 * points on to the next one.
 */
export const markPaths: readonly string[] = arrows(1);

/** The mark as a standalone SVG file in `colour` (`public/favicon.svg`), on a disc of `background` when one is given. */
export function markSvg(colour: string, background?: string): string {
  const c = MARK_GRID / 2;
  const disc = background ? `<circle cx="${c}" cy="${c}" r="${c}" fill="${background}"/>` : '';
  // On a disc the ring is drawn smaller, so the arrowheads keep clear of the disc's edge.
  const paths = (background ? arrows(0.8) : markPaths).map((d) => `<path d="${d}"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MARK_GRID} ${MARK_GRID}">${disc}` +
    `<g fill="none" stroke="${colour}" stroke-width="${MARK_STROKE}" stroke-linecap="round" stroke-linejoin="round">` +
    `${paths}</g></svg>\n`
  );
}
