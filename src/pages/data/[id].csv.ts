import type { APIRoute, GetStaticPaths } from 'astro';
import { getStrategy } from '../../data/content';
import { indicatorCsv } from '../../lib/csv';
import type { Indicator } from '../../lib/strategy';

export const getStaticPaths = (async () => {
  const { indicators } = await getStrategy();
  return indicators.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ indicator: Indicator }> = ({ props }) =>
  new Response(indicatorCsv(props.indicator.id, props.indicator), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
