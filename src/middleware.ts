/** Every HTML page passes through here at build time: its headings get Danish soft hyphens (see lib/hyphenate.ts). */
import { defineMiddleware } from 'astro:middleware';
import { hyphenateHeadings } from './lib/hyphenate';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = hyphenateHeadings(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
