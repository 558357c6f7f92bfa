/**
 * A minimal static file server for the built site, used by the browser tests, the screenshots and the
 * benchmark. It serves `dist/` as a static host would: `/path/` → `/path/index.html`, unknown paths → 404.html.
 * Only on 127.0.0.1.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeadersFile } from './headers.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.yml': 'application/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript; charset=utf-8',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

async function fileFor(root, pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, safe);
  if (!path.startsWith(root)) return undefined;
  try {
    const info = await stat(path);
    if (info.isDirectory()) path = join(path, 'index.html');
    await stat(path);
    return path;
  } catch {
    return undefined;
  }
}

/**
 * Starts the server and resolves to `{ url, close }`. `headers` are added to every response; with
 * `headersFile`, so are the rules of that `_headers` file, as a host that reads it would send them. With `gzip`,
 * text is sent compressed to a browser that asks for it, as the site's nginx does (for timing on a slow network).
 * @param {{ root?: string, port?: number, headers?: Record<string, string>, headersFile?: string, gzip?: boolean }} [options]
 */
export async function serveDist({ root = 'dist', port = 0, headers: fixed = {}, headersFile, gzip = false } = {}) {
  const base = resolve(root);
  const rules = headersFile ? parseHeadersFile(headersFile) : [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const headers = { ...fixed, ...headersFor(rules, pathname) };
    let path = await fileFor(base, pathname);
    let status = 200;
    if (!path && !pathname.endsWith('/') && !extname(pathname) && (await fileFor(base, `${pathname}/`))) {
      res.writeHead(301, { location: `${pathname}/`, ...headers });
      res.end();
      return;
    }
    if (!path) {
      status = 404;
      path = join(base, '404.html');
    }
    try {
      let body = await readFile(path);
      const type = types[extname(path)] ?? 'application/octet-stream';
      if (
        gzip &&
        /text|javascript|json|svg|xml/.test(type) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding']))
      ) {
        body = gzipSync(body);
        Object.assign(headers, { 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      }
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Ikke fundet');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return { url, close: () => new Promise((done) => server.close(() => done(undefined))) };
}
