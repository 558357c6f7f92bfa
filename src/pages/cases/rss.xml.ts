import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCases } from '../../data/content';
import { feedDate } from '../../lib/content/cases';

/**
 * `/cases/rss.xml`: the cases as an RSS feed, newest first. Each item is dated by the day the case went on the site
 * (`udgivet`) or else 1 January of its year (`aar`); its guid is its address, which never changes. The feed names
 * its own address (`atom:link rel="self"`), and its `lastBuildDate` is the newest item's date, so the same content
 * gives the same feed.
 */
export const GET: APIRoute = async (context) => {
  const cases = await getCases();
  const self = new URL('/cases/rss.xml', context.site).href;
  const newest = Math.max(...cases.map((item) => feedDate(item).getTime()));
  const lastBuild = Number.isFinite(newest) ? `<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>` : '';
  return rss({
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    title: 'Gode eksempler – Bæredygtighed i Region Midtjylland',
    description: 'Cases fra de fem spor i Region Midtjyllands bæredygtighedsstrategi.',
    site: context.site!,
    customData: `<language>da-dk</language>${lastBuild}<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: cases.map((item) => ({
      title: item.title,
      description: item.summary,
      link: `/cases/${item.id}/`,
      pubDate: feedDate(item),
      categories: item.tracks.map((track) => track.title),
    })),
  });
};
