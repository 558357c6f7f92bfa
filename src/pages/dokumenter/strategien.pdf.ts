import type { APIRoute } from 'astro';
import { strategyPdf } from '../../data/files';

/** `/dokumenter/strategien.pdf`: the whole strategy, printable, made at build time. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await strategyPdf()), { headers: { 'content-type': 'application/pdf' } });
