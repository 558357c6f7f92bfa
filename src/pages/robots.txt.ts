import type { APIRoute } from 'astro';

/**
 * `/robots.txt`: every page may be indexed but the editors' list, and the sitemap is named with the site's own
 * address (SITE_URL), so search engines find it.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      'Disallow: /redaktion/',
      '',
      `Sitemap: ${new URL('sitemap-index.xml', site).href}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
