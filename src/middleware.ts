/**
 * Every HTML page passes through here at build time: figures, e-mail addresses and short links are kept on one line
 * (lib/format.ts, `keepTogether`), and headings get Danish soft hyphens (lib/hyphenate.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { keepTogether } from './lib/format';
import { hyphenateHeadings } from './lib/hyphenate';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = hyphenateHeadings(keepTogether(await response.text()));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
