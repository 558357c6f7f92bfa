/**
 * Case photos go through Astro's image pipeline (sharp): these widths, in WebP with a JPEG fallback, so a 390 px
 * phone loads a small file and a desktop a sharp one. (AVIF kept the grain of a noisy 6 MB photo and came out four
 * times larger than WebP at 1200 px.) The original is never published.
 */
export const CASE_IMAGE_WIDTHS = [400, 800, 1200];

/** One candidate in a `srcset`: the file and its width in pixels. */
export interface SrcsetCandidate {
  url: string;
  width: number;
}

export function parseSrcset(srcset: string): SrcsetCandidate[] {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter(([url, descriptor]) => url && descriptor?.endsWith('w'))
    .map(([url, descriptor]) => ({ url: url!, width: Number.parseInt(descriptor!, 10) }))
    .sort((a, b) => a.width - b.width);
}

/**
 * The candidate a browser picks for a slot `slotWidth` CSS pixels wide at `dpr` device pixels per CSS pixel:
 * the smallest that is at least slotWidth × dpr wide, or the largest there is.
 */
export function pickCandidate(
  candidates: SrcsetCandidate[],
  slotWidth: number,
  dpr: number,
): SrcsetCandidate | undefined {
  const needed = slotWidth * dpr;
  return candidates.find((c) => c.width >= needed) ?? candidates.at(-1);
}
