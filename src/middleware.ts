/**
 * Every HTML page passes through here at build time: CO₂ and m³ are typeset in its text (lib/format.ts), and its
 * headings get Danish soft hyphens (lib/hyphenate.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { hyphenateHeadings } from './lib/hyphenate';
import { typesetHtml } from './lib/format';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = hyphenateHeadings(typesetHtml(await response.text()));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
