/**
 * The tracks' icons as SVG path data on a 24 × 24 grid, drawn as strokes 1.8 wide with round caps and joins.
 * One source for the site (`TrackIcon.astro`), the posters and the strategy PDF. Simple strokes that read at 20 px.
 */
import type { TrackColourKey as TrackColour } from './tokens';

/** The grid the paths are drawn on, and the stroke they are drawn with. */
export const TRACK_ICON_GRID = 24;
export const TRACK_ICON_STROKE = 1.8;

export const trackIconPaths: Record<TrackColour, string> = {
  // A leaf: consumption that grows back.
  forbrug: 'M5 19c0-8.3 5.7-14 14-14 0 8.3-5.7 14-14 14Zm0 0 8-8',
  // A house with a bolt: energy and buildings.
  energi: 'M3.5 11 12 4l8.5 7M5.5 9.5V20h13V9.5M12.8 11.5 10.5 15h3l-2.3 3.5',
  // A bicycle: mobility.
  mobilitet:
    'M6 18.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm12 0a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM6 15l3.5-7h6L18 15m-8.5-7L12 15h-6m6 0 3.5-7M8 6h3',
  // Two people: the workplace.
  social:
    'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-6 9c0-3.3 2.7-6 6-6s6 2.7 6 6m1-9.5a2.5 2.5 0 1 0 0-5m1.5 8.5c2 .6 3.5 2.5 3.5 4.8',
  // A compass: direction and governance.
  ledelse: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm3.5-12.5-2 5-5 2 2-5 5-2Z',
};
