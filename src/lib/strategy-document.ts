/** The whole strategy as a sequence of document blocks, in the same order as the "Få det fulde overblik" page. */
import type { Block } from './document-pdf';
import type { ResolvedPoint, Strategy } from './strategy';
import type { CircularPrinciple } from './strategy';
import { targetFigures } from './format';

function points(list: ResolvedPoint[]): Block[] {
  return list.flatMap((point): Block[] =>
    point.kind === 'text'
      ? [{ kind: 'li', text: point.text }]
      : [
          ...[...new Set(point.targets.map((t) => t.wording))].map((text): Block => ({ kind: 'li', text })),
          ...point.targets.map((t): Block => {
            const f = targetFigures(t);
            return { kind: 'p', text: `Mål: ${t.title}: ${f.qualifier ? `${f.qualifier.toLowerCase()} ` : ''}${f.headline}. Frist: ${f.deadline}. Basisår: ${f.baseline}.` };
          }),
        ],
  );
}

export function strategyDocument(strategy: Strategy, title: string, lead: string): Block[] {
  const circular = (c: CircularPrinciple): Block[] => [{ kind: 'h3', text: c.title }, ...c.points.map((text): Block => ({ kind: 'li', text }))];
  return [
    { kind: 'h1', text: title },
    { kind: 'p', text: lead },
    { kind: 'h2', text: 'Visionen' },
    ...strategy.vision.flatMap((v): Block[] => [{ kind: 'h3', text: v.heading }, { kind: 'p', text: v.text }]),
    { kind: 'h2', text: 'Strategiens omdrejningspunkter' },
    ...strategy.focalPoints.flatMap((f): Block[] => [{ kind: 'h3', text: f.title }, { kind: 'p', text: `Spor: ${f.tracks.map((t) => t.title).join(', ')}.` }]),
    ...strategy.tracks.flatMap((track): Block[] => [
      { kind: 'h2', text: track.title },
      { kind: 'p', text: track.intro },
      ...track.focus.map((text): Block => ({ kind: 'li', text })),
      { kind: 'h3', text: track.ambitionsHeading },
      ...track.ambitions.flatMap((a): Block[] => [
        { kind: 'p', text: a.heading },
        ...points(a.points),
        ...(a.sub ? [{ kind: 'p', text: a.sub.heading } as Block, ...points(a.sub.points)] : []),
      ]),
    ]),
    { kind: 'h2', text: 'Strategiens ståsted – cirkulær økonomi' },
    ...strategy.circular.flatMap(circular),
    { kind: 'h2', text: 'Strategien skaber sammenhæng' },
    ...strategy.instruments.flatMap((i): Block[] => [{ kind: 'h3', text: i.title }, { kind: 'p', text: `– ${i.role}` }]),
  ];
}
