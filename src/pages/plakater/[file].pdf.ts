import type { APIRoute, GetStaticPaths } from 'astro';
import { getShortLinks } from '../../data/content';
import { posterPdf } from '../../data/files';
import { POSTER_SIZES, type PosterSize } from '../../lib/print/poster';

/** `/plakater/<code>-a4.pdf` and `/plakater/<code>-a3.pdf`: the poster for each short link. */
export const getStaticPaths = (async () => {
  const { posters } = await getShortLinks();
  return posters.flatMap((poster) =>
    (Object.keys(POSTER_SIZES) as PosterSize[]).map((size) => ({
      params: { file: `${poster.code}-${size}` },
      props: { code: poster.code, size },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: string; size: PosterSize }> = async ({ props }) => {
  const pdf = await posterPdf(props.code, props.size);
  return new Response(new Uint8Array(pdf!), { headers: { 'content-type': 'application/pdf' } });
};
