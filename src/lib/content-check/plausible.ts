/**
 * Values a schema accepts but that cannot be right: a date that is not in the calendar, a case published in the
 * future, a measurement for a year that has not come, a value its unit does not allow (a share below 0 or above
 * 100 %, negative tonnes), a title too long for a phone's heading, and an invisible character inside a text or a
 * body. Each message names the value and says what to write instead.
 */
import { formatNamedPath, type ContentProblem } from '../errors';
import type { DataPath, Position } from './parse';
import { stringsIn } from './rules';

/** An entry as the check has read it. */
export interface PlausibleEntry {
  collection: string;
  id: string;
  file: string;
  listed: boolean;
  data: Record<string, unknown>;
  locate(path: DataPath): Position | undefined;
}

/** The longest title that fits a phone's heading in a few lines. */
export const TITLE_MAX_WORDS = 12;
export const TITLE_MAX_CHARS = 80;

/** Today in Denmark, as year-month-day: what "the future" is measured from. */
export function danishToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** Why `2026-02-30` is no date, or undefined for a real one (only strings of the form year-month-day). */
export function calendarDateProblem(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12)
    return `er "${value}", som ikke er en dato: der er ingen måned ${month}. Skriv datoen som år-måned-dag, fx ${year}-11-26.`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return `er "${value}", som ikke er en dato: ${MONTHS[month - 1]} ${year} har ${days} dage. Skriv en dag, der findes, som år-måned-dag, fx ${year}-${match[2]}-${String(days).padStart(2, '0')}.`;
  return undefined;
}

/** The limits of a measurement's unit, with what to write when a value lies outside. */
const UNIT_RANGES: Record<string, { min?: number; max?: number; why: string }> = {
  '%': {
    min: 0,
    max: 100,
    why: 'enheden er "%", en andel, som ligger mellem 0 og 100. Er tallet en ændring fra basisåret, så brug enheden "% ift. basisår"',
  },
  '% ift. basisår': {
    min: -100,
    why: 'enheden er "% ift. basisår": et fald kan højst være 100 % (-100)',
  },
  't CO2': { min: 0, why: 'en udledning i tons kan ikke være negativ. Skriv et fald som det nye, lavere tal' },
  't CO2e': { min: 0, why: 'en udledning i tons kan ikke være negativ. Skriv et fald som det nye, lavere tal' },
  kWh: { min: 0, why: 'et forbrug i kWh kan ikke være negativt. Skriv et fald som det nye, lavere tal' },
  'm³': { min: 0, why: 'et forbrug i m³ kan ikke være negativt. Skriv et fald som det nye, lavere tal' },
  antal: { min: 0, why: 'et antal kan ikke være negativt' },
};

/** Why a measurement's value lies outside what its unit allows, or undefined. */
export function unitRangeProblem(unit: string, value: number): string | undefined {
  const range = UNIT_RANGES[unit];
  if (!range) return undefined;
  if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max))
    return `er ${String(value).replace('.', ',')}, men ${range.why}. Ret tallet.`;
  return undefined;
}

/**
 * Why a title is too long for a phone's heading, or undefined; the message ends with how to confirm a title that
 * really must be long (`langTitel: true`, written as JSON in a `.json` file).
 */
export function titleLengthProblem(title: string, json = false): string | undefined {
  const words = title.trim().split(/\s+/).length;
  const chars = [...title.trim()].length;
  if (words <= TITLE_MAX_WORDS && chars <= TITLE_MAX_CHARS) return undefined;
  const confirm = json ? '"langTitel": true' : 'langTitel: true';
  return (
    `er ${words} ord og ${chars} tegn. En titel skal kunne stå som overskrift på en telefon: højst ${TITLE_MAX_WORDS} ord og ${TITLE_MAX_CHARS} tegn. ` +
    'Skriv en kortere titel, og læg resten i teksten eller resuméet. ' +
    `Skal titlen virkelig være så lang, så skriv ${confirm} under titlen (i editoren: slå "Lang titel" til).`
  );
}

const INVISIBLE_NAMES: Record<string, string> = {
  '\u00ad': 'blød bindestreg, U+00AD',
  '\u200b': 'nul-bredde-mellemrum, U+200B',
  '\u200c': 'nul-bredde-skilletegn, U+200C',
  '\u200d': 'nul-bredde-binder, U+200D',
  '\u200e': 'retningsmærke, U+200E',
  '\u200f': 'retningsmærke, U+200F',
  '\u2060': 'ordbinder, U+2060',
  '\ufeff': 'byte order mark, U+FEFF',
};
const INVISIBLE_ANYWHERE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

/** The first invisible character in a text, with the visible text before it, or undefined. */
export function invisibleCharacter(value: string): { index: number; message: string } | undefined {
  const match = INVISIBLE_ANYWHERE.exec(value);
  if (!match) return undefined;
  const char = match[0];
  const before = value.slice(0, match.index).replace(new RegExp(INVISIBLE_ANYWHERE.source, 'g'), '').slice(-20);
  const name = INVISIBLE_NAMES[char] ?? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const where = before.trim() ? `efter "${before.trimStart()}"` : 'i starten';
  const hyphen =
    char === '\u00ad' ? ' Sitet deler selv lange ord ved linjeskift, så der skal ikke stå bløde bindestreger.' : '';
  return {
    index: match.index,
    message: `har et usynligt tegn (${name}) ${where}, fx fra tekst kopieret fra Word eller en hjemmeside.${hyphen} Slet ordet med tegnet, og skriv det igen.`,
  };
}

/** The value plausibility rules, over every entry the check read. */
export function checkPlausible(entries: PlausibleEntry[], today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const thisYear = Number(today.slice(0, 4));
  for (const entry of entries) {
    const add = (path: DataPath, message: string) =>
      problems.push({
        file: entry.file,
        ...entry.locate(path),
        ...(entry.listed ? { entry: entry.id } : {}),
        field: formatNamedPath(path, entry.data),
        message,
      });
    for (const { path, value } of stringsIn(entry.data)) {
      const date = calendarDateProblem(value);
      if (date) add(path, date);
      // At the very start or end the text rules report it (rules.ts); here, anywhere inside.
      const edges = new RegExp(
        `^[\\s${INVISIBLE_ANYWHERE.source.slice(1, -1)}]+|[\\s${INVISIBLE_ANYWHERE.source.slice(1, -1)}]+$`,
        'g',
      );
      const invisible = invisibleCharacter(value.replace(edges, ''));
      if (invisible) add(path, invisible.message);
    }
    // An editor has confirmed a long title with "langTitel: true" (src/schemas/common.ts).
    if (typeof entry.data.titel === 'string' && entry.data.langTitel !== true) {
      const problem = titleLengthProblem(entry.data.titel, entry.file.endsWith('.json'));
      if (problem) add(['titel'], problem);
    }
    if (entry.collection === 'cases') {
      const published = entry.data.udgivet;
      if (typeof published === 'string' && !calendarDateProblem(published) && published > today)
        add(
          ['udgivet'],
          `er ${published}, som ligger efter i dag (${today}). En case kan ikke være udgivet i fremtiden: den ville stå øverst i listen og i RSS-feedet. Skriv dagen, casen kom på sitet, eller vent med at lægge den på til den dag.`,
        );
      const year = entry.data.aar;
      if (typeof year === 'number' && year > thisYear)
        add(
          ['aar'],
          `er ${year}, et år der ikke er kommet endnu. "aar" er året, casen fandt sted, og den sorteres efter: skriv det år, kilden nævner, eller lad feltet stå tomt og skriv "udgivet".`,
        );
    }
    if (entry.collection === 'indikatorer' && Array.isArray(entry.data.maalinger)) {
      const unit = typeof entry.data.enhed === 'string' ? entry.data.enhed : '';
      (entry.data.maalinger as Record<string, unknown>[]).forEach((m, i) => {
        if (!m || typeof m !== 'object') return;
        if (typeof m.aar === 'number' && m.aar > thisYear)
          add(
            ['maalinger', i, 'aar'],
            `er ${m.aar}, et år der ikke er kommet endnu: en måling kan kun gælde et år, der er gået, eller i år (${thisYear}). Ret årstallet. Et mål for fremtiden skrives som "frist" i målets fil i content/maal/.`,
          );
        if (typeof m.vaerdi === 'number') {
          const problem = unitRangeProblem(unit, m.vaerdi);
          if (problem) add(['maalinger', i, 'vaerdi'], problem);
        }
      });
    }
  }
  return problems;
}

/** Invisible characters in a Markdown or MDX body, with line and column in the file. */
export function checkBodyCharacters(file: string, body: string, bodyLine: number): ContentProblem[] {
  return body.split('\n').flatMap((line, i) => {
    const found = invisibleCharacter(line);
    return found
      ? [{ file, line: bodyLine + i, column: found.index + 1, message: found.message.replace(/^har/, 'har i teksten') }]
      : [];
  });
}
