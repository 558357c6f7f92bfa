/**
 * How the built site is served: the security and privacy headers, the caching rules and the redirects, in one
 * place. The build writes them out for every kind of host from here (src/pages/[hosting].ts):
 *
 * - `_headers` and `_redirects` for hosts that read them (Netlify, Cloudflare Pages);
 * - `_nginx-http.conf` (the redirect maps) and `_nginx-server.conf` (the redirects and every location with its
 *   full set of headers), which deploy/nginx/site.conf includes in the site's server, and `_nginx-admin.conf`
 *   (the editor at /admin/), which it includes in the editor's own server, on a host name of its own.
 *
 * So the hosts cannot drift apart, and the tests check each of them against the rules here.
 */
import { backendFromEnv, gitOrigins } from '../cms/config';

/** A server redirect. Any source may add to the list: short links, renamed pages. */
export interface Redirect {
  /** The path asked for, e.g. `/k/psyk`. */
  from: string;
  /** Where it leads, a path on the site, e.g. `/aftaler/psykiatrien/`. */
  to: string;
  status: 301 | 302 | 307 | 308;
}

/** The headers sent for every path under `prefix` (the longest matching prefix wins, as in nginx). */
export interface LocationRule {
  /** A path prefix ending in `/`; `/` is every path. */
  prefix: string;
  /** The rule holds for `prefix` itself only (a page inside a folder of downloads), and wins over every prefix. */
  exact?: boolean;
  headers: Record<string, string>;
}

export interface HostingSettings {
  /** The git host origin the web CMS at /admin/ may talk to, e.g. `https://gitlab.com`. */
  cmsGitHost: string;
  /** Every origin of that git host the CMS talks to (github.com also answers from api.github.com); default: the host. */
  cmsGitOrigins?: string[];
}

/** The git host the CMS at /admin/ uses unless `CMS_GIT_HOST` says otherwise. */
export const DEFAULT_CMS_GIT_HOST = 'https://gitlab.com';

/** Reads `CMS_GIT_HOST`: an https origin (scheme and host, nothing after), e.g. `https://gitlab.rm.dk`. */
export function cmsGitHost(value: string | undefined = process.env.CMS_GIT_HOST): string {
  const raw = value?.trim() || DEFAULT_CMS_GIT_HOST;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || url.origin !== raw.replace(/\/$/, '')) {
    throw new Error(`CMS_GIT_HOST er "${raw}", men skal være en https-adresse uden sti, fx ${DEFAULT_CMS_GIT_HOST}.`);
  }
  return url.origin;
}

/** The settings, from the same variables the CMS configuration reads (`CMS_BACKEND`, `CMS_GIT_HOST`). */
export function settingsFromEnv(env: Record<string, string | undefined> = process.env): HostingSettings {
  const backend = backendFromEnv(env);
  return { cmsGitHost: cmsGitHost(backend.baseUrl), cmsGitOrigins: gitOrigins(backend) };
}

type Directives = Record<string, string[]>;

const SITE_CSP: Directives = {
  'default-src': ["'self'"],
  // Every script is a file of its own.
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': [],
};

function renderCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The Content-Security-Policy of every page of the site. */
export function siteContentSecurityPolicy(): string {
  return renderCsp(SITE_CSP);
}

/**
 * The search's: the site's, and 'wasm-unsafe-eval', which Pagefind (WebAssembly) needs, on the search page and its
 * worker in /pagefind/ only.
 */
export function searchContentSecurityPolicy(): string {
  return renderCsp({ ...SITE_CSP, 'script-src': ["'self'", "'wasm-unsafe-eval'"] });
}

/**
 * The Content-Security-Policy of an uploaded material: a sandbox with no origin of its own and nothing allowed, so
 * a file that is a web page after all could run no script and reach no storage of the site (the content check
 * already refuses such files; this holds if one slipped through).
 */
export function downloadContentSecurityPolicy(): string {
  return renderCsp({ sandbox: [], 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });
}

/** Where the editors' uploads are published: every file there is a download. */
export const UPLOADS_PREFIX = '/materialer/';
/** The editor; nginx serves it on a host name of its own (deploy/nginx/site.conf). */
export const ADMIN_PREFIX = '/admin/';

/**
 * The Content-Security-Policy of the web CMS at /admin/: the site's, plus exactly one git host, which the CMS
 * reads and writes the content through (API calls, images from the repository), and blob: for image previews.
 */
export function adminContentSecurityPolicy(gitHost: string, origins: string[] = [gitHost]): string {
  return renderCsp({
    ...SITE_CSP,
    // The CMS turns an uploaded photo into WebP (and reads HEIC) with WebAssembly, on its own origin.
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    // Photos an editor uploads are shown from blob: and data: before they are saved.
    'img-src': ["'self'", 'data:', 'blob:', ...origins],
    'media-src': ["'self'", 'blob:'],
    'connect-src': ["'self'", 'data:', 'blob:', ...origins],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'none'"],
    'form-action': ["'self'", ...origins],
  });
}

function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/** The names of the seven security and privacy headers every response carries. */
export const SECURITY_HEADER_NAMES = Object.keys(securityHeaders(''));

/** Pages, PDFs, charts and data: asked again on every visit, answered with 304 when unchanged. */
export const REVALIDATE = 'no-cache';
/** Files whose names carry a hash of their content never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pagefind's entry files keep their names between builds, so they may be kept ten minutes only. */
export const SEARCH_INDEX_CACHE = 'public, max-age=600, must-revalidate';

/** Every location with the full set of headers sent there. */
export function locationRules(settings: HostingSettings): LocationRule[] {
  const site = securityHeaders(siteContentSecurityPolicy());
  return [
    { prefix: '/', headers: { ...site, 'Cache-Control': REVALIDATE } },
    { prefix: '/_astro/', headers: { ...site, 'Cache-Control': IMMUTABLE } },
    // Pagefind searches in a worker (/pagefind/pagefind-worker.js), which runs under its own answer's CSP.
    {
      prefix: '/pagefind/',
      headers: { ...securityHeaders(searchContentSecurityPolicy()), 'Cache-Control': SEARCH_INDEX_CACHE },
    },
    { prefix: '/soeg/', headers: { ...securityHeaders(searchContentSecurityPolicy()), 'Cache-Control': REVALIDATE } },
    {
      prefix: UPLOADS_PREFIX,
      headers: {
        ...securityHeaders(downloadContentSecurityPolicy()),
        // Saved, never shown on the site's origin: a material is opened by the program it belongs to.
        'Content-Disposition': 'attachment',
        'Cache-Control': REVALIDATE,
      },
    },
    // The list of materials is a page of the site at the folder's own address.
    {
      prefix: UPLOADS_PREFIX,
      exact: true,
      headers: { ...site, 'Content-Disposition': 'inline', 'Cache-Control': REVALIDATE },
    },
    {
      prefix: ADMIN_PREFIX,
      headers: {
        ...securityHeaders(adminContentSecurityPolicy(settings.cmsGitHost, settings.cmsGitOrigins)),
        // The git host's login opens in a window on the host that reports back through window.opener.
        'Cross-Origin-Opener-Policy': 'unsafe-none',
        'X-Robots-Tag': 'noindex, nofollow',
        'Cache-Control': REVALIDATE,
      },
    },
  ];
}

/** The headers for one path: those of the longest matching prefix. */
export function headersForPath(rules: LocationRule[], pathname: string): Record<string, string> {
  const rule =
    rules.find((r) => r.exact && r.prefix === pathname) ??
    rules.filter((r) => !r.exact && pathname.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return { ...rule?.headers };
}

/** Files in dist/ that describe the hosting and are never served. */
export const HOSTING_FILES = [
  '_headers',
  '_redirects',
  '_nginx-http.conf',
  '_nginx-server.conf',
  '_nginx-admin.conf',
] as const;
export type HostingFile = (typeof HOSTING_FILES)[number];

/**
 * Page addresses that moved (the editors' list, `content/data/omdirigeringer.json`) as server redirects, with and
 * without the trailing slash.
 */
export function movedPageRedirects(moved: { from: string; to: string }[]): Redirect[] {
  return moved.flatMap(({ from, to }) => {
    const bare = from.replace(/\/$/, '');
    const forms = bare === from || bare === '' ? [from] : [bare, from];
    return forms.map((path) => ({ from: path, to, status: 301 as const }));
  });
}

/** The short links of the posters as server redirects: `/k/<code>` and `/k/<code>/`. */
export function shortLinkRedirects(links: { code: string; path: string }[]): Redirect[] {
  return links.flatMap((link) => [
    { from: `/k/${link.code}`, to: link.path, status: 301 as const },
    { from: `/k/${link.code}/`, to: link.path, status: 301 as const },
  ]);
}

const SAFE_PATH = /^\/[A-Za-z0-9._~/%-]*$/;

/** Checks a redirect list: safe paths only (they go into server configuration), no path twice. */
export function checkRedirects(redirects: Redirect[]): Redirect[] {
  const seen = new Set<string>();
  for (const r of redirects) {
    for (const path of [r.from, r.to]) {
      if (!SAFE_PATH.test(path))
        throw new Error(`Omdirigeringen ${r.from} → ${r.to} har en ugyldig adresse: "${path}".`);
    }
    if (seen.has(r.from)) throw new Error(`Adressen ${r.from} omdirigeres to gange.`);
    seen.add(r.from);
  }
  return redirects;
}

const GENERATED = 'Generated by the build from src/lib/hosting/hosting.ts. Do not edit.';

/** Headers a static host sets well on its own for HTML; listing them for `/*` would add to the other rules. */
const LEFT_TO_THE_HOST = new Set(['Cache-Control']);

/**
 * `_headers` for Cloudflare Pages (and Netlify). Cloudflare applies every matching rule and joins a repeated header
 * with ", ", so a rule under `/*` lists only what differs from the base and first detaches (`! Name`) a header it
 * replaces. Netlify lets the later rule win instead and does not document `!`. A rule on a folder's own page
 * (`/materialer/`) comes after the folder's rule and detaches what that rule set.
 */
export function renderHeadersFile(rules: LocationRule[]): string {
  const base = rules.find((r) => r.prefix === '/')!;
  const baseHeaders = Object.entries(base.headers).filter(([name]) => !LEFT_TO_THE_HOST.has(name));
  const out = [`# ${GENERATED}`, '/*', ...baseHeaders.map(([name, value]) => `  ${name}: ${value}`)];
  for (const rule of rules.filter((r) => r !== base)) {
    // What the host has for the path so far: the base, or for a rule on a folder's own page, the folder's rule.
    const under = rule.exact
      ? headersForPath(
          rules.filter((r) => !r.exact),
          rule.prefix,
        )
      : Object.fromEntries(baseHeaders);
    const changed = Object.entries(rule.headers).filter(
      ([name, value]) => under[name] !== value || LEFT_TO_THE_HOST.has(name),
    );
    out.push('', rule.exact ? rule.prefix : `${rule.prefix}*`);
    for (const [name, value] of changed) {
      if (name in under) out.push(`  ! ${name}`);
      out.push(`  ${name}: ${value}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** `_redirects` for Netlify and Cloudflare Pages: one `from to status` a line. */
export function renderRedirectsFile(redirects: Redirect[]): string {
  return `${checkRedirects(redirects)
    .map((r) => `${r.from} ${r.to} ${r.status}`)
    .join('\n')}\n`;
}

const statuses = (redirects: Redirect[]) => [...new Set(redirects.map((r) => r.status))].sort();
const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/** For nginx's http context: one map of `$uri` to target per redirect status. */
export function renderNginxHttp(redirects: Redirect[]): string {
  checkRedirects(redirects);
  const maps = statuses(redirects).map((status) =>
    [
      `map $uri $rm_redirect_${status} {`,
      '    default "";',
      ...redirects.filter((r) => r.status === status).map((r) => `    ${quote(r.from)} ${quote(r.to)};`),
      '}',
    ].join('\n'),
  );
  return `# ${GENERATED}\n${maps.join('\n')}\n`;
}

function nginxHeaders(headers: Record<string, string>, indent: string): string[] {
  // Cache rules hold for good answers only; the security headers go out with every answer, errors included.
  return Object.entries(headers).map(
    ([name, value]) => `${indent}add_header ${name} ${quote(value)}${name === 'Cache-Control' ? '' : ' always'};`,
  );
}

/**
 * For nginx's server context: the redirects, the hosting files refused, and every location with its full set of
 * headers (an `add_header` in a location drops those of the server, so each location repeats them all).
 */
export function renderNginxServer(rules: LocationRule[], redirects: Redirect[]): string {
  const base = rules.find((r) => r.prefix === '/')!;
  const out = [`# ${GENERATED}`, '# Answers made at server level (redirects) carry the headers of every page.'];
  out.push(...nginxHeaders(base.headers, ''));
  for (const status of statuses(checkRedirects(redirects))) {
    out.push(`if ($rm_redirect_${status}) {`, `    return ${status} $rm_redirect_${status};`, '}');
  }
  out.push('# The files that describe the hosting are not for visitors.');
  out.push(`location ~ ^/(${HOSTING_FILES.map((f) => f.replace(/\./g, '\\.')).join('|')})$ {`, '    return 404;', '}');
  // The editor is not served on the site's host name (deploy/nginx/site.conf sends /admin/ to its own).
  out.push(...rules.filter((r) => r.prefix !== ADMIN_PREFIX).flatMap(nginxLocation));
  return `${out.join('\n')}\n`;
}

function nginxLocation(rule: LocationRule): string[] {
  // A folder's own page is served from this location itself, so that its headers are the ones sent.
  if (rule.exact)
    return [
      `location = ${rule.prefix} {`,
      ...nginxHeaders(rule.headers, '    '),
      `    try_files ${rule.prefix}index.html =404;`,
      '}',
    ];
  return [
    `location ${rule.prefix === '/' ? '/' : `^~ ${rule.prefix}`} {`,
    ...nginxHeaders(rule.headers, '    '),
    '    try_files $uri $uri/ =404;',
    // Debian's mime.types knows neither CSV (data files) nor YAML (the editor's config.yml); a nested location keeps
    // the headers of this one.
    '    location ~ \\.(csv|ya?ml)$ {',
    '        types { text/csv csv; application/yaml yml yaml; }',
    '    }',
    '}',
  ];
}

/**
 * For the editor's own server (a host name of its own, so that its session in localStorage lives on an origin where
 * no material and no page of the site is served): /admin/ with its headers, `/` sent there, nothing else.
 */
export function renderNginxAdmin(rules: LocationRule[]): string {
  const admin = rules.find((r) => r.prefix === ADMIN_PREFIX)!;
  return `${[
    `# ${GENERATED}`,
    ...nginxHeaders(admin.headers, ''),
    ...nginxLocation(admin),
    'location = / {',
    `    return 302 ${ADMIN_PREFIX};`,
    '}',
    '# Nothing of the site itself is served here.',
    'location / {',
    '    return 404;',
    '}',
  ].join('\n')}\n`;
}
