/** The HTML files of a built site, for the integrations that read every page after the build. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every `.html` file under a folder, sorted, so that whatever reads them does so in the same order each build. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? htmlFiles(join(dir, e.name))
        : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []),
    ),
  );
  return nested.flat().sort();
}
