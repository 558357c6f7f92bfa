/**
 * The browser editor against its in-browser test repository: Sveltia CMS's `test-repo` backend keeps its files in
 * the browser's origin private file system (OPFS). The tests put a copy of `content/` there, let the editor work,
 * and read back what it saved, so the files can be built like any commit.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';

/** The folder the test backend uses in OPFS. */
const ROOT = 'sveltia-cms-test';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
  );
}

/** Serves /admin/config.yml with the test backend in place of the git host; everything else is as built. */
export async function useTestBackend(context: BrowserContext): Promise<void> {
  await context.route(/\/admin\/config\.yml/, async (route) => {
    const response = await route.fetch();
    const config = parse(await response.text()) as Record<string, unknown>;
    config.backend = { name: 'test-repo' };
    await route.fulfill({ response, body: stringify(config) });
  });
}

/** Copies the files of `dir` (e.g. `content`) into the test repository, under the same path, byte for byte. */
export async function seedTestRepository(page: Page, dir: string): Promise<number> {
  const files = walk(dir).map((path) => ({ path, base64: readFileSync(path).toString('base64') }));
  await page.evaluate(
    async ({ root, files }) => {
      const top = await (await navigator.storage.getDirectory()).getDirectoryHandle(root, { create: true });
      for (const { path, base64 } of files) {
        const parts = path.split('/');
        let folder = top;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { root: ROOT, files },
  );
  return files.length;
}

/** Every file in the test repository, path → bytes. */
export async function readTestRepository(page: Page): Promise<Map<string, Buffer>> {
  const files = await page.evaluate(async (root) => {
    const out: { path: string; base64: string }[] = [];
    async function read(folder: FileSystemDirectoryHandle, prefix: string): Promise<void> {
      for await (const [name, handle] of (
        folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory') await read(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          // In pieces: a photo of a few MB, one character at a time, takes seconds.
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000) {
            binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          }
          out.push({ path: `${prefix}${name}`, base64: btoa(binary) });
        }
      }
    }
    await read(await (await navigator.storage.getDirectory()).getDirectoryHandle(root), '');
    return out;
  }, ROOT);
  return new Map(files.map((f) => [f.path, Buffer.from(f.base64, 'base64')]));
}

/** The paths of the files in the test repository, without their bytes (cheap enough to poll). */
export async function listTestRepository(page: Page): Promise<string[]> {
  return page.evaluate(async (root) => {
    const out: string[] = [];
    async function list(folder: FileSystemDirectoryHandle, prefix: string): Promise<void> {
      for await (const [name, handle] of (
        folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory') await list(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else out.push(`${prefix}${name}`);
      }
    }
    await list(await (await navigator.storage.getDirectory()).getDirectoryHandle(root), '');
    return out.sort();
  }, ROOT);
}

/** One text file of the test repository, or undefined if it is not there (cheap enough to poll). */
export async function readTestFile(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(
    async ({ root, path }) => {
      try {
        let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(root);
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
        return await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
      } catch {
        return undefined;
      }
    },
    { root: ROOT, path },
  );
}

/** Opens the admin and logs in to the test repository; resolves when the collections are listed. */
export async function openAdmin(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/admin/`);
  await page.getByRole('button', { name: /testrepository/ }).click();
  await page.getByRole('searchbox', { name: /Søg efter indhold/ }).waitFor();
}
