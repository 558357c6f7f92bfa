/**
 * Runs one `astro build` in this process and prints its wall time and peak memory as JSON on the last line.
 * Used by the benchmark's scale run; CONTENT_DIR, OUT_DIR and CACHE_DIR choose what is built where.
 */
import { build } from 'astro';

const start = process.hrtime.bigint();
await build({ root: process.cwd(), logLevel: 'info' });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
// maxRSS is in kilobytes. Pagefind indexes in a process of its own, which this does not count.
console.log(JSON.stringify({ seconds, peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
