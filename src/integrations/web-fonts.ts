/**
 * The web pages' Inter, cut down to the characters of the content and the code (src/lib/design/web-fonts.ts),
 * before Vite bundles anything. The files go to `<cacheDir>/web-fonts/`, which pages import as `@web-fonts/…`:
 * Vite copies them into `/_astro/` under a hash of their bytes.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { charactersOfFolders, subsetWebFonts } from '../lib/design/web-fonts';

export function webFonts(): AstroIntegration {
  const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
  return {
    name: 'web-fonts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const outDir = join(fileURLToPath(config.cacheDir), 'web-fonts');
        const characters = charactersOfFolders([join(root, contentDir), join(root, 'src')]);
        const sizes = await subsetWebFonts(characters, outDir);
        logger.info(
          `Inter med ${[...characters].length} tegn: ${Object.entries(sizes)
            .map(([weight, bytes]) => `${weight} ${(bytes / 1024).toFixed(1).replace('.', ',')} KB`)
            .join(', ')}`,
        );
        updateConfig({ vite: { resolve: { alias: { '@web-fonts': outDir } } } });
      },
    },
  };
}
