import type { APIRoute } from 'astro';
import { renderShareImage } from '../lib/print/share-image';

/** `/deling.png`: the image every page shows when it is shared. */
export const GET: APIRoute = () =>
  new Response(
    new Uint8Array(renderShareImage('På vej mod en bæredygtig fremtid', 'Region Midtjyllands bæredygtighedsstrategi')),
    {
      headers: { 'content-type': 'image/png' },
    },
  );
