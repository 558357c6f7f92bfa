import type { APIRoute, GetStaticPaths } from 'astro';
import { getShortLinks } from '../data/content';

/**
 * `/_redirects`: the short links as server redirects, for hosts that read this file (Netlify, Cloudflare Pages).
 * Elsewhere the static `/k/<code>/` pages do the same job.
 */
export const getStaticPaths = (() => [{ params: { redirects: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { links } = await getShortLinks();
  const lines = links.flatMap((link) => [`/k/${link.code} ${link.path} 301`, `/k/${link.code}/ ${link.path} 301`]);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
