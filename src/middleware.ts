/**
 * Every HTML page passes through here at build time: CO₂ and m³ are typeset in its text, figures, e-mail
 * addresses and short links are kept on one line (lib/format.ts, `typesetHtml`, `keepTogether`), and headings get
 * Danish soft hyphens (lib/hyphenate.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { hyphenateHeadings } from './lib/hyphenate';
import { keepTogether, typesetHtml } from './lib/format';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = hyphenateHeadings(keepTogether(typesetHtml(await response.text())));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
