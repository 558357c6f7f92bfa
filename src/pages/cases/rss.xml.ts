import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCases } from '../../data/content';
import { feedDate } from '../../lib/content/cases';

/**
 * `/cases/rss.xml`: the cases as an RSS feed, newest first. Each item is dated by the day the case went on the site
 * (`udgivet`) or else 1 January of its year (`aar`); its guid is its address, which never changes.
 */
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
      pubDate: feedDate(item),
      categories: item.tracks.map((track) => track.title),
    })),
  });
};
