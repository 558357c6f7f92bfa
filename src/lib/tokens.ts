/**
 * The design tokens: every colour and the type scale, written once. Tailwind (`tailwind.config.mjs`), the layout's
 * theme colour, the charts, the posters and the share image all read them from here, so a colour changes in one
 * place. Plain data with no imports, so Tailwind's config loader can read this file too.
 */

/** The site's own colours. Text colours are at least 4.5:1 against `paper` and white. */
export const colours = {
  /** Body text. */
  ink: '#1b2733',
  /** Secondary text: captions, meta lines, axis lines. */
  inkMuted: '#4a5866',
  /** The region's blue: header, poster bands, the share image. */
  brand: '#0d3b5c',
  /** A light tint of the brand blue, for quiet panels. */
  brandLight: '#e7eef4',
  /** Links, and their hover state. */
  link: '#0a5a8f',
  linkHover: '#063d61',
  /** The page background, and the hairlines drawn on it (also a chart's grid). */
  paper: '#f6f4ef',
  paperLine: '#d8d3c8',
  white: '#ffffff',
  /** The keyboard focus ring. */
  focus: '#0b57d0',
  /** Selected text. */
  selection: '#cfe3f5',
} as const;

/**
 * One colour per track (spor), each at least 4.5:1 against white and always shown beside the track's name and icon,
 * never alone. `solid` marks, `light` is a tint behind text.
 */
export const trackColours = {
  forbrug: { solid: '#2f6b3a', light: '#e9f2ea' },
  energi: { solid: '#8a4b00', light: '#f7eddf' },
  mobilitet: { solid: '#1f5c99', light: '#e7eef7' },
  social: { solid: '#6a3d9a', light: '#f1ebf7' },
  ledelse: { solid: '#4b5563', light: '#eef0f3' },
} as const;

/** The colour key of a track, as its content names it. */
export type TrackColourKey = keyof typeof trackColours;

/** What a chart draws in which colour: measured values in blue, targets in dark amber, never a red/green pair. */
export const chartColours = {
  text: colours.ink,
  axis: colours.inkMuted,
  grid: colours.paperLine,
  measured: trackColours.mobilitet.solid,
  goal: trackColours.energi.solid,
  background: colours.white,
} as const;

/** The type scale of the site, in rem, with the line height of each step (Tailwind's `text-*` steps). */
export const typeScale = {
  sm: ['0.875rem', { lineHeight: '1.25rem' }],
  base: ['1rem', { lineHeight: '1.5rem' }],
  lg: ['1.125rem', { lineHeight: '1.75rem' }],
  xl: ['1.25rem', { lineHeight: '1.75rem' }],
  '2xl': ['1.5rem', { lineHeight: '2rem' }],
  '3xl': ['1.875rem', { lineHeight: '2.25rem' }],
  '4xl': ['2.25rem', { lineHeight: '2.5rem' }],
} as const;
