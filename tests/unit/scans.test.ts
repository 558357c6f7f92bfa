/**
 * The scan count from an access log: a generated log with scans of several codes over several weeks, in both
 * formats, among robots, 404s, other paths and other methods.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countScans, isoWeek, parseLogLine, scansCsv, scansTable } from '../../src/lib/hosting/scans';

const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const ROBOTS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'curl/8.5.0',
  'facebookexternalhit/1.1',
  '-',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One line of the log, alternately in nginx's combined format and the repository's rm_privacy format. */
function line(i: number, day: Date, request: string, status: number, agent: string): string {
  const d = String(day.getUTCDate()).padStart(2, '0');
  if (i % 2 === 0) {
    const ip = `198.51.100.${i % 250}`;
    return `${ip} - - [${d}/${MONTHS[day.getUTCMonth()]}/${day.getUTCFullYear()}:10:${String(i % 60).padStart(2, '0')}:00 +0100] "${request}" ${status} 162 "-" "${agent}"`;
  }
  return `${day.toISOString().slice(0, 10)}T10:00:00+01:00 "${request}" ${status} 162 "${agent}"`;
}

// Expected scans: code → ISO week → count. Weeks 48 to 50 of 2026 and week 1 of 2027 (Monday 4 January).
const expected: Record<string, Record<string, number>> = {
  auh: { '2026-U48': 5, '2026-U49': 3, '2027-U01': 2 },
  psyk: { '2026-U48': 1, '2026-U50': 4 },
  'ansvarligt-forbrug': { '2026-U49': 7 },
};
const mondays: Record<string, Date> = {
  '2026-U48': new Date(Date.UTC(2026, 10, 23)),
  '2026-U49': new Date(Date.UTC(2026, 10, 30)),
  '2026-U50': new Date(Date.UTC(2026, 11, 7)),
  '2027-U01': new Date(Date.UTC(2027, 0, 4)),
};

function generatedLog(): string[] {
  const lines: string[] = [];
  let i = 0;
  for (const [code, weeks] of Object.entries(expected)) {
    for (const [week, count] of Object.entries(weeks)) {
      for (let n = 0; n < count; n += 1) {
        const day = new Date(mondays[week]!.getTime() + ((n * 2) % 7) * 86_400_000); // Monday to Sunday of that week
        const path = [`/k/${code}`, `/k/${code}/`, `/k/${code}?utm_source=plakat`][n % 3]!;
        const status = path.endsWith('/') && n % 2 ? 200 : 301;
        lines.push(line(i++, day, `${n % 5 === 4 ? 'HEAD' : 'GET'} ${path} HTTP/1.1`, status, n % 2 ? PHONE : ANDROID));
        // Around every scan: the page it leads to, a robot on the same link, a 404 for a code that does not exist.
        lines.push(line(i++, day, `GET /aftaler/ HTTP/2.0`, 200, PHONE));
        lines.push(line(i++, day, `GET /k/${code} HTTP/1.1`, 301, ROBOTS[n % ROBOTS.length]!));
        lines.push(line(i++, day, `GET /k/findes-ikke HTTP/1.1`, 404, PHONE));
      }
    }
  }
  lines.push(line(i++, mondays['2026-U48']!, 'POST /k/auh HTTP/1.1', 405, PHONE));
  lines.push(line(i++, mondays['2026-U48']!, 'GET /k/auh/extra HTTP/1.1', 404, PHONE));
  lines.push(line(i++, mondays['2026-U48']!, 'GET /kort/auh HTTP/1.1', 404, PHONE));
  lines.push(line(i++, mondays['2026-U48']!, 'GET /_astro/k/auh.js HTTP/1.1', 200, PHONE));
  lines.push('not a log line at all', '');
  return lines;
}

test('ISO weeks: a week belongs to the year of its Thursday', () => {
  expect(isoWeek('2026-11-26')).toBe('2026-U48');
  expect(isoWeek('2027-01-03')).toBe('2026-U53');
  expect(isoWeek('2027-01-04')).toBe('2027-U01');
  expect(isoWeek('2024-12-30')).toBe('2025-U01');
});

test('both log formats are read: day, method, path without query, status, user agent', () => {
  expect(
    parseLogLine(
      `203.0.113.9 - - [05/Dec/2026:23:59:59 +0100] "GET /k/auh/?a=1 HTTP/1.1" 301 162 "https://x.dk/" "${PHONE}"`,
    ),
  ).toEqual({ day: '2026-12-05', method: 'GET', path: '/k/auh/', status: 301, userAgent: PHONE });
  expect(parseLogLine(`2026-12-05T23:59:59+01:00 "HEAD /k/auh HTTP/2.0" 200 0 "${ANDROID}"`)).toEqual({
    day: '2026-12-05',
    method: 'HEAD',
    path: '/k/auh',
    status: 200,
    userAgent: ANDROID,
  });
  expect(parseLogLine('garbage')).toBeUndefined();
});

describe('a generated log', () => {
  const lines = generatedLog();
  const report = countScans(lines);

  test('gives the scans per code and week, without robots, failures, other paths or other methods', () => {
    expect(report.counts).toEqual(expected);
    expect(report.codes).toEqual(['ansvarligt-forbrug', 'auh', 'psyk']);
    expect(report.weeks).toEqual(['2026-U48', '2026-U49', '2026-U50', '2027-U01']);
    expect(report.total).toBe(22);
    expect(report.unreadable).toBe(1);
    expect(report.lines).toBe(lines.filter((l) => l.trim()).length);
  });

  test('the table and the CSV hold codes, weeks and counts only', () => {
    const table = scansTable(report);
    expect(table.split('\n')[0]).toMatch(/^Kode\s+2026-U48\s+2026-U49\s+2026-U50\s+2027-U01\s+I alt$/);
    expect(table).toMatch(/^auh\s+5\s+3\s+0\s+2\s+10$/m);
    expect(table).toMatch(/^I alt\s+6\s+10\s+4\s+2\s+22$/m);
    const csv = scansCsv(report);
    expect(csv).toBe(
      '\uFEFFkode,uge,skanninger\r\nansvarligt-forbrug,2026-U49,7\r\nauh,2026-U48,5\r\nauh,2026-U49,3\r\nauh,2027-U01,2\r\npsyk,2026-U48,1\r\npsyk,2026-U50,4\r\n',
    );
  });

  test('npm run scans prints the table and writes the CSV, with no IP address or user agent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scans-'));
    writeFileSync(join(dir, 'access.log'), lines.join('\n'));
    const out = execFileSync(
      'node_modules/.bin/tsx',
      ['scripts/scans.ts', join(dir, 'access.log'), '--csv', join(dir, 'ud.csv')],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/^auh\s+5\s+3\s+0\s+2\s+10$/m);
    const csv = readFileSync(join(dir, 'ud.csv'), 'utf8');
    expect(csv).toBe(scansCsv(report));
    for (const text of [out, csv]) {
      expect(text).not.toMatch(/198\.51\.100|Mozilla|Googlebot|curl/);
    }
  });

  test('a missing log gives a Danish message, not a stack trace', () => {
    expect(() =>
      execFileSync('node_modules/.bin/tsx', ['scripts/scans.ts', '/findes/ikke.log'], {
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).toThrow(/Fejl: \/findes\/ikke\.log findes ikke\./);
  });
});
