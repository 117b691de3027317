// Times parse() of the built wasm (www/pkg, or the folder given as the first
// argument) on tests/fixtures/seed-002.txt repeated to about 1 MB: the number
// docs/SIZE.md compares across release profiles. Prints one line:
//   speed: parse 1.07 MB  wall best … ms median … ms  cpu best … ms median … ms
// A quick check, not a benchmark: benches/ holds the real ones.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
const pkgDir = resolve(process.argv[2] ?? new URL('www/pkg/', root).pathname);
const RUNS = Number(process.env.RUNS ?? 5);
// About the size of a long article pasted a hundred times over: large enough
// that per-call overhead vanishes, small enough to run in seconds.
const TARGET_BYTES = 1 << 20;

const glue = await import(pathToFileURL(`${pkgDir}/article_lens.js`).href);
glue.initSync({ module: readFileSync(`${pkgDir}/article_lens_bg.wasm`) });

const seed = readFileSync(new URL('tests/fixtures/seed-002.txt', root), 'utf8');
let text = seed;
while (Buffer.byteLength(text) < TARGET_BYTES) text += '\n\n' + seed;

glue.parse(seed); // warm up: compile tiers, grow memory once
// Wall time and this process's CPU time: on a shared machine the CPU time
// is the steadier of the two (waiting for a core does not count).
const times = [];
const cpu = [];
let quotes = 0;
for (let i = 0; i < RUNS; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const report = glue.parse(text);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  quotes = report.quotes.length;
}
const best = (xs) => Math.min(...xs).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(1);
const mb = (Buffer.byteLength(text) / 1e6).toFixed(2);
console.log(
  `speed: parse ${mb} MB  wall best ${best(times)} ms median ${median(times)} ms` +
    `  cpu best ${best(cpu)} ms median ${median(cpu)} ms  (${RUNS} runs, ${quotes} quotes)`,
);
