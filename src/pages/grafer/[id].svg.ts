import type { APIRoute, GetStaticPaths } from 'astro';
import { getStrategy } from '../../data/content';
import {
  CHART_LAYOUTS,
  chartConfiguration,
  chartModel,
  hasMeasurements,
  type ChartLayout,
} from '../../lib/charts/model';
import { renderChartSvg } from '../../lib/charts/render';
import type { Indicator } from '../../lib/content/strategy';
import { ContentError } from '../../lib/errors';
import { MissingGlyphError } from '../../lib/design/fonts';

/** `/grafer/<id>.svg` (wide) and `/grafer/<id>-smal.svg` (narrow, for phones), for indicators with measurements. */
export const getStaticPaths = (async () => {
  const { indicators } = await getStrategy();
  return indicators.filter(hasMeasurements).flatMap((indicator) => [
    { params: { id: indicator.id }, props: { indicator, layout: 'wide' as ChartLayout } },
    { params: { id: `${indicator.id}-smal` }, props: { indicator, layout: 'narrow' as ChartLayout } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ indicator: Indicator; layout: ChartLayout }> = ({ props }) => {
  let svg: string;
  try {
    svg = renderChartSvg(chartConfiguration(chartModel(props.indicator), props.layout), CHART_LAYOUTS[props.layout]);
  } catch (error) {
    if (!(error instanceof MissingGlyphError)) throw error;
    // The texts of a chart come from the indicator and its targets.
    throw new ContentError([
      {
        file: 'content/data/indikatorer.json',
        entry: props.indicator.id,
        message: `Grafen kan ikke tegnes: ${error.message}`,
      },
    ]);
  }
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
