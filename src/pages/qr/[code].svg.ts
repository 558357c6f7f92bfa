import type { APIRoute, GetStaticPaths } from 'astro';
import { getShortLinks } from '../../data/content';
import { qrSvg } from '../../lib/print/qr';
import type { PosterContent } from '../../lib/print/poster-content';

/** `/qr/<code>.svg`: the QR code for a poster's short link, encoding its absolute address. */
export const getStaticPaths = (async () => {
  const { posters } = await getShortLinks();
  return posters.map((poster) => ({ params: { code: poster.code }, props: { poster } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ poster: PosterContent }> = ({ props }) =>
  new Response(qrSvg(props.poster.url, props.poster.qrAlt), { headers: { 'content-type': 'image/svg+xml' } });
