/**
 * Progress toward a target, worked out from the target and its indicator's measurements alone: the
 * straight path from the baseline to the target value at the deadline, where the latest measurement stands
 * against it, and a status in words. Where the strategy leaves out what the computation needs (a baseline
 * year, a deadline), the status says so instead of guessing.
 */
import type { TargetData } from '../../schemas/target';
import { RELATIVE_UNIT, type IndicatorUnit } from '../../schemas/indicator';
import { t } from '../i18n';

export type ProgressStatus = 'met' | 'on-track' | 'behind' | 'no-data' | 'not-assessable';

export interface Point {
  year: number;
  value: number;
}

export interface Progress {
  status: ProgressStatus;
  /** The status in a few words, e.g. "På rette spor". */
  label: string;
  /** Why, in one sentence a reader understands. */
  explanation: string;
  /** 'down' when less is better (emissions, accidents), 'up' when more is better (recycling). */
  direction: 'down' | 'up';
  /** The starting point of the straight path, when it is known. */
  start?: Point;
  /** The target value in the indicator's unit, at the deadline (year undefined when there is none). */
  goal?: { year?: number; value: number };
  latest?: Point;
  /** Where the straight path stands in the latest measurement's year. */
  expected?: number;
}

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  met: t('progress.label.met'),
  'on-track': t('progress.label.on-track'),
  behind: t('progress.label.behind'),
  'no-data': t('progress.label.no-data'),
  'not-assessable': t('progress.label.not-assessable'),
};

type TargetInput = Pick<TargetData, 'kind' | 'value' | 'deadline' | 'baseline' | 'atLeast'>;

/** The target value in the indicator's unit, given the value at the start. */
function goalValue(target: TargetInput, unit: IndicatorUnit, startValue: number | undefined): number | undefined {
  switch (target.kind) {
    case 'reduktion-procent':
      if (unit === RELATIVE_UNIT) return -target.value;
      return startValue === undefined ? undefined : startValue * (1 - target.value / 100);
    case 'reduktion':
      // Measured as the saving achieved since the baseline year: from 0 up to the value.
      return target.value;
    case 'niveau':
      return target.value;
    case 'klimaneutral':
      return 0;
  }
}

export function computeProgress(target: TargetInput, unit: IndicatorUnit, measurements: Point[]): Progress {
  const sorted = [...measurements].sort((a, b) => a.year - b.year);
  // Savings and levels rise (a level falls only when its stated baseline is above it); percentage
  // reductions and neutrality fall.
  const levelFalls =
    target.kind === 'niveau' && !target.atLeast && (target.baseline?.value ?? -Infinity) > target.value;
  const direction: Progress['direction'] =
    target.kind === 'reduktion' || (target.kind === 'niveau' && !levelFalls) ? 'up' : 'down';
  const better = (a: number, b: number) => (direction === 'down' ? a <= b : a >= b);

  // The start of the path: the baseline year, with its value from the target or from the measurements.
  const baseYear = target.baseline?.year;
  const startsAtZero = unit === RELATIVE_UNIT || target.kind === 'reduktion';
  const baseValue =
    target.kind === 'reduktion'
      ? baseYear === undefined
        ? undefined
        : 0
      : (target.baseline?.value ??
        (startsAtZero && baseYear !== undefined ? 0 : sorted.find((m) => m.year === baseYear)?.value));
  const start = baseYear !== undefined && baseValue !== undefined ? { year: baseYear, value: baseValue } : undefined;
  const goalAt = goalValue(target, unit, start?.value);
  const goal = goalAt === undefined ? undefined : { year: target.deadline, value: goalAt };

  const after = baseYear === undefined ? sorted : sorted.filter((m) => m.year > baseYear);
  const latest = after.at(-1);
  const base = { direction, start, goal, latest };

  if (!latest) {
    return {
      ...base,
      status: 'no-data',
      label: STATUS_LABELS['no-data'],
      explanation:
        sorted.length && baseYear !== undefined
          ? t('progress.noneSinceBaseline', { year: baseYear })
          : t('progress.nonePublished'),
    };
  }
  if (goal && better(latest.value, goal.value)) {
    return { ...base, status: 'met', label: STATUS_LABELS.met, explanation: t('progress.met', { year: latest.year }) };
  }
  if (baseYear === undefined) {
    return {
      ...base,
      status: 'not-assessable',
      label: STATUS_LABELS['not-assessable'],
      explanation: t('progress.noBaseline'),
    };
  }
  if (!start) {
    return {
      ...base,
      status: 'not-assessable',
      label: STATUS_LABELS['not-assessable'],
      explanation: t('progress.noBaselineMeasurement', { year: baseYear }),
    };
  }
  if (!goal || goal.year === undefined) {
    return {
      ...base,
      status: 'not-assessable',
      label: STATUS_LABELS['not-assessable'],
      explanation: t('progress.noDeadline'),
    };
  }
  if (latest.year >= goal.year) {
    return {
      ...base,
      status: 'behind',
      label: STATUS_LABELS.behind,
      explanation: t('progress.deadlinePassed', { year: goal.year }),
    };
  }
  const share = (latest.year - start.year) / (goal.year - start.year);
  const expected = start.value + (goal.value - start.value) * share;
  const onTrack = better(latest.value, expected);
  return {
    ...base,
    expected,
    status: onTrack ? 'on-track' : 'behind',
    label: STATUS_LABELS[onTrack ? 'on-track' : 'behind'],
    explanation: onTrack
      ? t('progress.onTrack', { year: latest.year, start: start.year, goal: goal.year })
      : t('progress.behind', { year: latest.year, start: start.year, goal: goal.year }),
  };
}
