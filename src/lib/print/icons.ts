/** A track's icon drawn into a PDF: the same path data as on the site (`track-icons.ts`), as round strokes. */
import type { TrackColour } from '../../schemas/track';
import { TRACK_ICON_GRID, TRACK_ICON_STROKE, trackIconPaths } from '../design/track-icons';

/** Draws the icon in a `size` × `size` square at (x, y), stroked in `colour`. Mark it as artifact: it is decoration. */
export function drawTrackIcon(
  doc: PDFKit.PDFDocument,
  track: TrackColour,
  x: number,
  y: number,
  size: number,
  colour: string,
) {
  const scale = size / TRACK_ICON_GRID;
  doc.save();
  doc.translate(x, y).scale(scale);
  doc.path(trackIconPaths[track]).lineWidth(TRACK_ICON_STROKE).lineCap('round').lineJoin('round').stroke(colour);
  doc.restore();
}
