/**
 * Poster scans, counted from the web server's access log without cookies: a request for `/k/<code>` is a scan
 * of a printed QR code (or a typed short link). Reads nginx's `combined` format and the repository's own
 * `rm_privacy` format (deploy/nginx/site.conf). The report holds codes, weeks and counts only: no IP address
 * and no user agent ever leaves this module.
 */

/** One request from the log; the user agent is kept only to tell robots from people. */
export interface LogHit {
  /** The day as the log gives it, in the server's own time: `2026-11-26`. */
  day: string;
  method: string;
  path: string;
  status: number;
  userAgent: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
// $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"
const COMBINED = new RegExp(
  `^\\S+ \\S+ .*?\\[(\\d{2})/(\\w{3})/(\\d{4}):[^\\]]*\\] ${QUOTED} (\\d{3}) \\S+ ${QUOTED} ${QUOTED}`,
);
// $time_iso8601 "$request" $status $body_bytes_sent "$http_user_agent"
const PRIVACY = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})T\\S+ ${QUOTED} (\\d{3}) \\S+ ${QUOTED}\\s*$`);

function request(text: string): { method: string; path: string } | undefined {
  const match = /^([A-Z]+) (\S+)(?: HTTP\/[\d.]+)?$/.exec(text);
  if (!match) return undefined;
  return { method: match[1]!, path: match[2]!.split(/[?#]/)[0]! };
}

/** Reads one line of the log; undefined for a line in neither format (or a malformed request). */
export function parseLogLine(line: string): LogHit | undefined {
  const combined = COMBINED.exec(line);
  if (combined) {
    const [, day, month, year, req, status, , userAgent] = combined;
    const monthNumber = MONTHS.indexOf(month!) + 1;
    const parsed = request(req!);
    if (!monthNumber || !parsed) return undefined;
    return {
      day: `${year}-${String(monthNumber).padStart(2, '0')}-${day}`,
      ...parsed,
      status: Number(status),
      userAgent: userAgent!,
    };
  }
  const own = PRIVACY.exec(line);
  if (own) {
    const [, year, month, day, req, status, userAgent] = own;
    const parsed = request(req!);
    if (!parsed) return undefined;
    return { day: `${year}-${month}-${day}`, ...parsed, status: Number(status), userAgent: userAgent! };
  }
  return undefined;
}

/** Link checkers, crawlers, previews and scripts: not a person with a poster in front of them. */
const ROBOT =
  /bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|curl|wget|python|go-http|java\/|okhttp|headless|lighthouse|monitor|linkcheck|^-?$/i;

export function isRobot(userAgent: string): boolean {
  return ROBOT.test(userAgent.trim());
}

/** The short-link code a request is a scan of, if it is one: a GET or HEAD of `/k/<code>` that did not fail. */
export function scannedCode(hit: LogHit): string | undefined {
  if (hit.method !== 'GET' && hit.method !== 'HEAD') return undefined;
  if (hit.status >= 400 || isRobot(hit.userAgent)) return undefined;
  return /^\/k\/([a-z0-9][a-z0-9-]*)\/?$/.exec(hit.path)?.[1];
}

/** The ISO week of a day, e.g. `2026-11-26` → `2026-U48` (Danish: uge). */
export function isoWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of the same week decides the year
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-U${String(week).padStart(2, '0')}`;
}

export interface ScanReport {
  codes: string[];
  weeks: string[];
  /** `counts[code][week]` */
  counts: Record<string, Record<string, number>>;
  total: number;
  /** Lines read, and lines in neither log format. */
  lines: number;
  unreadable: number;
}

/** Counts the scans in the lines of an access log, per code and per ISO week. */
export function countScans(lines: Iterable<string>): ScanReport {
  const counts: Record<string, Record<string, number>> = {};
  const weeks = new Set<string>();
  let total = 0;
  let read = 0;
  let unreadable = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    read += 1;
    const hit = parseLogLine(line);
    if (!hit) {
      unreadable += 1;
      continue;
    }
    const code = scannedCode(hit);
    if (!code) continue;
    const week = isoWeek(hit.day);
    weeks.add(week);
    counts[code] ??= {};
    counts[code][week] = (counts[code][week] ?? 0) + 1;
    total += 1;
  }
  return { codes: Object.keys(counts).sort(), weeks: [...weeks].sort(), counts, total, lines: read, unreadable };
}

/** The report as CSV: one row per code and week with scans (`kode,uge,skanninger`), as src/lib/charts/csv.ts writes CSV. */
export function scansCsv(report: ScanReport): string {
  const rows = report.codes.flatMap((code) =>
    report.weeks.filter((w) => report.counts[code]![w]).map((w) => `${code},${w},${report.counts[code]![w]}`),
  );
  return `\uFEFF${['kode,uge,skanninger', ...rows].join('\r\n')}\r\n`;
}

/** The report as a table for the terminal: a row per code, a column per week, totals last. */
export function scansTable(report: ScanReport): string {
  if (!report.total) return 'Ingen skanninger i loggen.';
  const header = ['Kode', ...report.weeks, 'I alt'];
  const rows = report.codes.map((code) => {
    const perWeek = report.weeks.map((w) => report.counts[code]![w] ?? 0);
    return [code, ...perWeek.map(String), String(perWeek.reduce((a, b) => a + b, 0))];
  });
  const sums = report.weeks.map((w) => report.codes.reduce((sum, code) => sum + (report.counts[code]![w] ?? 0), 0));
  rows.push(['I alt', ...sums.map(String), String(report.total)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
