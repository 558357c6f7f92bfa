/**
 * Runs Debian's nginx with the repository's configuration (deploy/nginx/site.conf) over the built dist/, on
 * 127.0.0.1, with TLS from a throw-away self-signed certificate. Only the machine-specific lines are replaced:
 * the ports, the certificate, the log file and the folder of the site.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

const SITE_CONF = readFileSync('deploy/nginx/site.conf', 'utf8');
/** The site's host name and the editor's own (deploy/nginx/site.conf): requests name them in their Host header. */
export const SITE_HOST = /^\s*server_name (\S+);/m.exec(SITE_CONF)![1]!;
export const EDITOR_HOST = [...SITE_CONF.matchAll(/^\s*server_name (\S+);/gm)].at(-1)![1]!;

export interface Nginx {
  /** `https://127.0.0.1:<port>` */
  url: string;
  /** `http://127.0.0.1:<port>`, which only redirects to https. */
  httpUrl: string;
  /** The access log nginx writes in the repository's format. */
  accessLog: string;
  close(): Promise<void>;
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

function replaceOnce(text: string, from: RegExp, to: string): string {
  if (!from.test(text)) throw new Error(`deploy/nginx/site.conf: expected ${String(from)}`);
  return text.replace(from, to);
}

/** Every occurrence (the site's server and the editor's both listen on 443). */
function replaceEvery(text: string, from: RegExp, to: string): string {
  if (!from.test(text)) throw new Error(`deploy/nginx/site.conf: expected ${String(from)}`);
  return text.replace(new RegExp(from.source, `${from.flags.replace('g', '')}g`), to);
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        done(true);
      }).on('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('nginx did not start listening');
}

/**
 * `config` is the file from deploy/nginx/ and `serves` the folder it names, which is replaced by `root`: the site
 * (site.conf serves /srv/baeredygtighed/dist), or a folder of previews (preview.conf serves
 * /srv/baeredygtighed/previews/mr-<n>/).
 */
export async function startNginx(
  root = 'dist',
  { config = 'deploy/nginx/site.conf', serves = '/srv/baeredygtighed/dist' } = {},
): Promise<Nginx> {
  if (!existsSync(NGINX))
    throw new Error(`${NGINX} findes ikke: installér Debians nginx (apt-get install -y nginx; .ci/run gør det).`);
  const dir = mkdtempSync(join(tmpdir(), 'rm-nginx-'));
  for (const sub of ['temp', 'logs']) mkdirSync(join(dir, sub));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const openssl = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0) throw new Error(`openssl: ${openssl.stderr}`);
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const accessLog = join(dir, 'logs', 'access.log');

  let site = readFileSync(config, 'utf8');
  site = site.replaceAll(serves, resolve(root));
  site = replaceOnce(site, /^\s*listen \[::\]:80;\n/m, '');
  site = replaceEvery(site, /^\s*listen \[::\]:443 ssl http2;\n/m, '');
  site = replaceOnce(site, /listen 80;/, `listen 127.0.0.1:${httpPort};`);
  site = replaceEvery(site, /listen 443 ssl http2;/, `listen 127.0.0.1:${httpsPort} ssl http2;`);
  site = replaceEvery(site, /ssl_certificate \S+;/, `ssl_certificate ${cert};`);
  site = replaceEvery(site, /ssl_certificate_key \S+;/, `ssl_certificate_key ${key};`);
  if (/access_log \S+ rm_privacy;/.test(site))
    site = replaceEvery(site, /access_log \S+ rm_privacy;/, `access_log ${accessLog} rm_privacy;`);
  writeFileSync(join(dir, 'site.conf'), site);

  const temp = join(dir, 'temp');
  const main = `
${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs', 'error.log')} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path ${temp}/body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
    include ${join(dir, 'site.conf')};
}
`;
  writeFileSync(join(dir, 'nginx.conf'), main);
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs', 'error.log')], {
    stdio: 'ignore',
  });
  await waitForPort(httpsPort, child, join(dir, 'logs', 'error.log'));
  return {
    url: `https://127.0.0.1:${httpsPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    accessLog,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One request, with the body as sent (not decompressed). */
export function fetchRaw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    const req = request(url, { method, headers, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}
