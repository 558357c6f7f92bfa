import type { APIRoute, GetStaticPaths } from 'astro';
import { getShortLinks } from '../../data/content';
import { POSTER_SIZES, renderPosterPdf, type PosterContent, type PosterSize } from '../../lib/poster';

/** `/plakater/<code>-a4.pdf` and `/plakater/<code>-a3.pdf`: the poster for each short link. */
export const getStaticPaths = (async () => {
  const { posters } = await getShortLinks();
  return posters.flatMap((poster) =>
    (Object.keys(POSTER_SIZES) as PosterSize[]).map((size) => ({ params: { file: `${poster.code}-${size}` }, props: { poster, size } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ poster: PosterContent; size: PosterSize }> = async ({ props }) => {
  const pdf = await renderPosterPdf(props.poster, props.size);
  return new Response(new Uint8Array(pdf), { headers: { 'content-type': 'application/pdf' } });
};
