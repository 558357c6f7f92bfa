/**
 * An indicator's measurements as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends),
 * UTF-8 with a byte-order mark so spreadsheet programs read æ, ø and å right. Values are plain numbers
 * with a decimal point, so the file reads back to exactly the dataset's values.
 */
import type { IndicatorData } from '../../schemas/indicator';

export const CSV_COLUMNS = ['indikator', 'aar', 'vaerdi', 'enhed', 'omtrent', 'afledt', 'kilde', 'note'] as const;

function cell(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function indicatorCsv(id: string, indicator: Pick<IndicatorData, 'unit' | 'measurements'>): string {
  const rows = indicator.measurements.map((m) =>
    [id, m.year, m.value, indicator.unit, m.approx, m.derived ? 'ja' : 'nej', m.sources.join(' '), m.note]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
