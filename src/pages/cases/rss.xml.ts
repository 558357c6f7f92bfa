import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCases } from '../../data/content';

/** `/cases/rss.xml`: the cases as an RSS feed, newest first. No publication dates: the sources give years at most. */
export const GET: APIRoute = async (context) => {
  const cases = await getCases();
  return rss({
    title: 'Gode eksempler – Bæredygtighed i Region Midtjylland',
    description: 'Cases fra de fem spor i Region Midtjyllands bæredygtighedsstrategi.',
    site: context.site!,
    customData: '<language>da-dk</language>',
    items: cases.map((item) => ({
      title: item.title,
      description: item.summary,
      link: `/cases/${item.id}/`,
      categories: item.tracks.map((track) => track.title),
    })),
  });
};
