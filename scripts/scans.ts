/**
 * Poster scans from the web server's access log, per short-link code and per week, without cookies:
 *
 *   npm run scans -- /var/log/nginx/baeredygtighed.log [more logs, .gz too] [--csv skanninger.csv]
 *
 * Prints a table and writes the same numbers as CSV (default: skanninger.csv in the current folder). Neither
 * holds an IP address or a user agent. Logic: src/lib/hosting/scans.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { countScans, scansCsv, scansTable } from '../src/lib/hosting/scans';

const args = process.argv.slice(2);
const csvAt = args.indexOf('--csv');
const csvFile = csvAt >= 0 ? args[csvAt + 1] : 'skanninger.csv';
const logs = csvAt >= 0 ? args.filter((_, i) => i !== csvAt && i !== csvAt + 1) : args;

function fail(message: string): never {
  console.error(`Fejl: ${message}`);
  process.exit(1);
}

if (!logs.length) fail('skriv, hvilken log der skal tælles i, fx: npm run scans -- /var/log/nginx/baeredygtighed.log');
if (!csvFile) fail('skriv et filnavn efter --csv, fx --csv skanninger.csv');
const lines = logs.flatMap((file) => {
  if (!existsSync(file)) fail(`${file} findes ikke.`);
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').split('\n');
});
const report = countScans(lines);
console.log(`Skanninger af plakaternes QR-koder (kortlinks /k/<kode>) pr. uge, fra ${logs.join(', ')}:\n`);
console.log(scansTable(report));
if (report.unreadable)
  console.log(`\n${report.unreadable} af ${report.lines} linjer havde et ukendt format og blev sprunget over.`);
writeFileSync(csvFile, scansCsv(report));
console.log(`\nTallene er gemt som CSV i ${csvFile}.`);
