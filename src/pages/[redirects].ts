import type { APIRoute, GetStaticPaths } from 'astro';
import { getShortLinks } from '../data/content';
import { pageRedirects } from '../data/redirects';

/**
 * `/_redirects`: the short links and moved pages (content/data/omdirigeringer.json) as server redirects, for hosts
 * that read this file (Netlify, Cloudflare Pages).
 * Elsewhere the static `/k/<code>/` pages and the moved pages' redirect pages do the same job.
 */
export const getStaticPaths = (() => [{ params: { redirects: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { links } = await getShortLinks();
  const lines = [
    ...links.flatMap((link) => [`/k/${link.code} ${link.path} 301`, `/k/${link.code}/ ${link.path} 301`]),
    ...pageRedirects().flatMap((r) => [`${r.from.replace(/\/$/, '')} ${r.to} 301`, `${r.from} ${r.to} 301`]),
  ];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
