/**
 * The classes that mark a track with its colour. Written out in full so Tailwind finds them; the colour is
 * always shown beside the track's name and icon, never alone.
 */
import type { TrackColourKey as TrackColour } from './tokens';

export interface TrackStyle {
  /** Solid background, for the icon disc. */
  solid: string;
  /** Light tint, for a band behind a heading. */
  tint: string;
  /** The accent border on the left (a card's spine, a quote's rule). */
  borderLeft: string;
  /** The accent border on top (a target card). */
  borderTop: string;
  /** Coloured text (AA on white and on the tint). */
  text: string;
}

export const trackStyles: Record<TrackColour, TrackStyle> = {
  forbrug: {
    solid: 'bg-forbrug',
    tint: 'bg-forbrug-light',
    borderLeft: 'border-l-forbrug',
    borderTop: 'border-t-forbrug',
    text: 'text-forbrug',
  },
  energi: {
    solid: 'bg-energi',
    tint: 'bg-energi-light',
    borderLeft: 'border-l-energi',
    borderTop: 'border-t-energi',
    text: 'text-energi',
  },
  mobilitet: {
    solid: 'bg-mobilitet',
    tint: 'bg-mobilitet-light',
    borderLeft: 'border-l-mobilitet',
    borderTop: 'border-t-mobilitet',
    text: 'text-mobilitet',
  },
  social: {
    solid: 'bg-social',
    tint: 'bg-social-light',
    borderLeft: 'border-l-social',
    borderTop: 'border-t-social',
    text: 'text-social',
  },
  ledelse: {
    solid: 'bg-ledelse',
    tint: 'bg-ledelse-light',
    borderLeft: 'border-l-ledelse',
    borderTop: 'border-t-ledelse',
    text: 'text-ledelse',
  },
};
