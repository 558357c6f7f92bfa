/**
 * The region's logo for the posters and the strategy PDF: used only when an editor supplies the file, never drawn
 * or made up otherwise. PNG or JPEG (what PDFs embed directly), in `public/logo/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LogoFile } from './poster-content';

/** Where the logo may lie, in order of preference, relative to `public/`. */
export const LOGO_FILES = ['logo/region-midtjylland.png', 'logo/region-midtjylland.jpg'] as const;

/** The logo file under `publicDir`, or undefined when none is supplied. */
export function readLogo(publicDir: string, alt: string): LogoFile | undefined {
  const file = LOGO_FILES.find((name) => existsSync(join(publicDir, name)));
  return file ? { href: `/${file}`, bytes: new Uint8Array(readFileSync(join(publicDir, file))), alt } : undefined;
}
