import type { APIRoute, GetStaticPaths } from 'astro';
import { getShortLinks } from '../data/content';
import { pageRedirects } from '../data/redirects';
import {
  HOSTING_FILES,
  locationRules,
  movedPageRedirects,
  renderHeadersFile,
  renderNginxAdmin,
  renderNginxHttp,
  renderNginxServer,
  renderRedirectsFile,
  settingsFromEnv,
  shortLinkRedirects,
  type HostingFile,
} from '../lib/hosting/hosting';

/**
 * The hosting files, from the one set of rules in src/lib/hosting/hosting.ts: `_headers` and `_redirects` for Netlify and
 * Cloudflare Pages, `_nginx-http.conf`, `_nginx-server.conf` and `_nginx-admin.conf` for deploy/nginx/site.conf.
 */
export const getStaticPaths = (() =>
  HOSTING_FILES.map((hosting) => ({ params: { hosting } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const rules = locationRules(settingsFromEnv());
  const redirects = [...shortLinkRedirects((await getShortLinks()).links), ...movedPageRedirects(pageRedirects())];
  const render: Record<HostingFile, () => string> = {
    _headers: () => renderHeadersFile(rules),
    _redirects: () => renderRedirectsFile(redirects),
    '_nginx-http.conf': () => renderNginxHttp(redirects),
    '_nginx-server.conf': () => renderNginxServer(rules, redirects),
    '_nginx-admin.conf': () => renderNginxAdmin(rules),
  };
  return new Response(render[params.hosting as HostingFile](), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
