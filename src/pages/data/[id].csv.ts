import type { APIRoute, GetStaticPaths } from 'astro';
import { getStrategy } from '../../data/content';
import { indicatorCsv } from '../../lib/charts/csv';
import { hasMeasurements } from '../../lib/charts/model';
import type { Indicator } from '../../lib/content/strategy';

export const getStaticPaths = (async () => {
  const { indicators } = await getStrategy();
  // Only indicators with published measurements: a CSV with a header and nothing else is no data.
  return indicators
    .filter(hasMeasurements)
    .map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ indicator: Indicator }> = ({ props }) =>
  new Response(indicatorCsv(props.indicator.id, props.indicator), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
