/**
 * Progress toward a target, worked out from the target and its indicator's measurements alone (the same data its
 * chart draws), by one rule per case:
 * - no measurement (after the baseline year): "Ingen målinger endnu";
 * - the latest measurement reaches the target value: "Målet er nået";
 * - a baseline with its value and a deadline: the straight path from one to the other, and the latest measurement
 *   on or ahead of it ("På rette spor") or behind it, or the deadline passed ("Bagud");
 * - no path (the strategy gives no baseline year, no value for it, or no deadline) but two measurements or more:
 *   which way the last two went ("Bedre end sidste måling", "Dårligere end sidste måling"), and why the pace cannot be judged;
 * - no path and one measurement: "Kan ikke vurderes", and why.
 */
import type { TargetData } from '../../schemas/target';
import { RELATIVE_UNIT, type IndicatorUnit } from '../../schemas/indicator';
import { t } from '../i18n';
import { formatAmount } from '../format';
import type { StatusColourKey } from '../design/tokens';

export type ProgressStatus = 'met' | 'on-track' | 'behind' | 'improving' | 'worsening' | 'no-data' | 'not-assessable';

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
  /** For a trend without a path ('improving', 'worsening'): why its pace cannot be judged (a page may say it once elsewhere). */
  reason?: string;
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
  improving: t('progress.label.improving'),
  worsening: t('progress.label.worsening'),
  'no-data': t('progress.label.no-data'),
  'not-assessable': t('progress.label.not-assessable'),
};

/**
 * Which status colour (design/tokens.ts `statusColours`) marks each status: one for the good ones, one for the bad
 * ones, one for those with nothing to judge by. The words and the icon always say the same.
 */
export const STATUS_TONES: Record<ProgressStatus, StatusColourKey> = {
  met: 'good',
  'on-track': 'good',
  improving: 'good',
  behind: 'behind',
  worsening: 'behind',
  'no-data': 'none',
  'not-assessable': 'none',
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
  // Without a straight path, the status follows which way the measurements went, and says why no pace is given.
  const noPath =
    baseYear === undefined
      ? t('progress.noBaseline')
      : !start
        ? t('progress.noBaselineMeasurement', { year: baseYear })
        : !goal || goal.year === undefined
          ? t('progress.noDeadline')
          : undefined;
  if (noPath !== undefined || !start || !goal || goal.year === undefined) {
    const reason = noPath ?? t('progress.noDeadline');
    const previous = after.at(-2);
    if (!previous || previous.value === latest.value) {
      return { ...base, status: 'not-assessable', label: STATUS_LABELS['not-assessable'], explanation: reason };
    }
    const improving = better(latest.value, previous.value);
    const status = improving ? 'improving' : 'worsening';
    const values = {
      year: latest.year,
      value: formatAmount(latest.value, unit),
      previousYear: previous.year,
      previous: formatAmount(previous.value, unit),
    };
    const trend = t(improving ? 'progress.improving' : 'progress.worsening', values);
    return {
      ...base,
      status,
      label: STATUS_LABELS[status],
      explanation: goal ? `${trend} ${t('progress.goalIs', { goal: formatAmount(goal.value, unit) })}` : trend,
      reason,
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
