/**
 * "Om tallene": what a set of figures leaves open, said once beside them instead of on every line of every card.
 * The unknown stays said (a baseline or deadline the strategy does not give is never filled in); only repetition goes.
 */
import { t } from '../i18n';
import type { Progress } from '../content/progress';

interface NotedTarget {
  title: string;
  note?: string;
  /** A climate-neutral target is zero, whatever the start: it needs no baseline. */
  kind?: string;
  baseline?: unknown;
  deadline?: number;
  progress: Pick<Progress, 'status' | 'explanation' | 'reason'>;
}

/** What the strategy does not give for a target, in one sentence, or undefined when it gives both. */
function unstated(target: NotedTarget): string | undefined {
  const noBaseline = !target.baseline && target.kind !== 'klimaneutral';
  if (noBaseline && target.deadline === undefined) return t('figures.noBaselineNoDeadline');
  if (noBaseline) return t('figures.noBaseline');
  if (target.deadline === undefined) return t('figures.noDeadline');
  return undefined;
}

/**
 * The notes for a group of figures (one indicator's, or all shown together under one point of the strategy), in
 * order: how the figures are made (the indicators' method notes), then per target what the strategy does not state
 * (baseline, deadline), its own note, and, when progress cannot be assessed for another reason, why. A target's
 * note starts with its title, so it reads on its own and no two notes on a page say the same. Each note appears once.
 */
export function figureNotes(
  methodNotes: string | undefined | (string | undefined)[],
  targets: NotedTarget[],
): string[] {
  const notes: string[] = [];
  for (const note of [methodNotes].flat()) if (note?.trim()) notes.push(note.trim());
  /** Targets with the same sentences share one note: the first target's, which names the others after it. */
  const bySentences = new Map<string, string[]>();
  for (const target of targets) {
    const missing = unstated(target);
    const why = missing
      ? undefined
      : target.progress.status === 'not-assessable'
        ? target.progress.explanation
        : target.progress.reason;
    const sentences = [missing, target.note?.trim(), why].filter(Boolean).join(' ');
    if (!sentences) continue;
    const titles = bySentences.get(sentences) ?? [];
    if (!titles.includes(target.title)) titles.push(target.title);
    bySentences.set(sentences, titles);
  }
  for (const [sentences, [first, ...others]] of bySentences) {
    const same = others.length > 0 ? ` ${t('figures.sameFor', { titles: listFormat.format(others) })}` : '';
    notes.push(`${first!}: ${lowerFirst(sentences)}${same}`);
  }
  return [...new Set(notes)];
}

const listFormat = new Intl.ListFormat('da', { type: 'conjunction' });

/** "Strategien angiver …" → "strategien angiver …", after a colon; an acronym ("FN’s", "CO2") keeps its capitals. */
function lowerFirst(text: string): string {
  return /^[A-ZÆØÅ][a-zæøå]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
