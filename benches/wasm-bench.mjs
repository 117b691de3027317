#!/usr/bin/env node
// article-lens in wasm against the JS peers, on the same text.
//
//   node benches/wasm-bench.mjs            # the table (wasm, native CLI, peers)
//   node benches/wasm-bench.mjs --results  # also run the native summary and
//                                          # write benches/RESULTS.md
//
// Options: --runs N (default 5; the median is reported), --quick (10 KB and
// 1 MB only, peers on 10 KB only), --peers-10m (also run the peers on 10 MB:
// minutes and gigabytes for compromise), --pkg DIR (a wasm-pack build,
// default www/pkg; built into target/wasm-bench-pkg when missing),
// --corpus DIR (default target/bench-corpus; generated when missing by
// `cargo run --release --example gen-corpus`).
//
// Every measurement runs in a fresh child process (`--child`), so peak memory
// is that process's: the most one call adds to RSS, with the library loaded
// and warmed up (its code compiled), the text read and earlier results
// collected. The ratio column is how many times
// faster article-lens wasm `parse` is than the row's system on that corpus.
// Peers: compromise (`nlp(text)` + people/places/organizations/quotations)
// and wink-nlp with wink-eng-lite-web-model (`readDoc` + entities + sentences).

import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};

const MB = 1024 * 1024;
/// Inputs at most this large are warmed up and timed many times per process:
/// one cold call of a few milliseconds says more about the JIT than the code.
const SMALL = 100 * 1024;
/// Timed calls per process for small inputs; the median is kept.
const SMALL_REPS = 50;
/// Warm-up for small inputs: calls until this much time has passed. V8 runs
/// wasm first in its baseline tier and recompiles hot functions with its
/// optimizing tier in the background; on 10 KB that takes a few hundred calls
/// (calls 6-55 measured 8 ms, calls after 100 2-3 ms), so a fixed 5 calls of
/// warm-up timed the compiler. The first call is reported on its own.
const SMALL_WARM_UP_MS = 3000;
/// Large inputs: calls on the text's first characters for this long before
/// the timed runs.
const LARGE_WARM_UP_MS = 1000;
const WARM_UP_PREFIX = 10 * 1024;

// ---------------------------------------------------------------- the child

/// Linux keeps a process's peak RSS (VmHWM, also getrusage's maxrss) and
/// resets it when "5" is written to /proc/self/clear_refs, so the peak of the
/// timed runs alone can be read afterwards. False where that is unavailable.
function resetPeakRss() {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/// VmHWM in bytes.
function peakRss() {
  const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return Number(kb[1]) * 1024;
}

async function load(system, pkgDir) {
  switch (system) {
    case 'wasm-parse':
    case 'wasm-highlight':
    case 'wasm-both': {
      const glue = await import(pathToFileURL(path.join(pkgDir, 'article_lens.js')).href);
      const bytes = fs.readFileSync(path.join(pkgDir, 'article_lens_bg.wasm'));
      const exports = glue.initSync({ module: bytes });
      const fn = {
        'wasm-parse': (t) => glue.parse(t),
        'wasm-highlight': (t) => glue.highlight(t),
        'wasm-both': (t) => glue.analyzeAndHighlight(t),
      }[system];
      return { run: fn, wasmMemory: () => exports.memory.buffer.byteLength };
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      return {
        run: (t) => {
          const doc = nlp(t);
          return [
            doc.people().out('array'),
            doc.places().out('array'),
            doc.organizations().out('array'),
            doc.quotations().out('array'),
          ];
        },
      };
    }
    case 'wink-nlp': {
      const { createRequire } = await import('node:module');
      const require = createRequire(path.join(here, 'package.json'));
      const winkNLP = require('wink-nlp');
      const model = require('wink-eng-lite-web-model');
      const nlp = winkNLP(model);
      const its = nlp.its;
      return {
        run: (t) => {
          const doc = nlp.readDoc(t);
          return [doc.entities().out(its.detail), doc.sentences().length()];
        },
      };
    }
    default:
      throw new Error(`unknown system ${system}`);
  }
}

async function child(system, file, runs) {
  const pkgDir = option('--pkg-dir');
  const lib = await load(system, pkgDir);
  const text = fs.readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(text, 'utf8');
  const small = bytes <= SMALL;
  let first = null;
  if (small) {
    const start = process.hrtime.bigint();
    lib.run(text);
    first = Number(process.hrtime.bigint() - start) / 1e6;
    const until = performance.now() + SMALL_WARM_UP_MS;
    for (let i = 0; i < 5 || performance.now() < until; i++) lib.run(text);
  } else {
    // Compiles the code the calls run and builds the lazy tables, once per
    // process whatever the input size: a fixed cost (about 35 MB of RSS for
    // the wasm, most of it compiled code), not memory the input asks for.
    // Calls until V8 has tiered the hot functions up, as for small inputs.
    const head = text.slice(0, WARM_UP_PREFIX);
    const until = performance.now() + LARGE_WARM_UP_MS;
    for (let i = 0; i < 3 || performance.now() < until; i++) lib.run(head);
  }
  const times = [];
  let peak = 0;
  const reps = small ? SMALL_REPS : runs;
  // The peak one call needs: the results of earlier calls, garbage by now,
  // are collected first (outside the timing), and the kernel's peak RSS is
  // reset so that it is this call's. Small inputs are measured as one run
  // of calls instead: a full collection before each call of 2 ms left the
  // caches cold and timed 1.5 ms calls at 2.5 ms.
  let peakReset = false;
  let rssBefore = 0;
  const startMemory = () => {
    if (global.gc) global.gc();
    peakReset = resetPeakRss();
    rssBefore = process.memoryUsage().rss;
  };
  const endMemory = () => {
    const maxRss = peakReset ? peakRss() : process.resourceUsage().maxRSS * 1024;
    peak = Math.max(peak, maxRss - rssBefore);
  };
  if (small) startMemory();
  for (let i = 0; i < reps; i++) {
    if (!small) startMemory();
    const start = process.hrtime.bigint();
    const result = lib.run(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result === undefined) throw new Error('no result');
    if (!small) endMemory();
  }
  if (small) endMemory();
  times.sort((a, b) => a - b);
  const out = {
    ms: times[Math.floor(times.length / 2)],
    first,
    runs: reps,
    peak,
    wasmMemory: lib.wasmMemory ? lib.wasmMemory() : null,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

// ----------------------------------------------------------------- the main

// Every corpus the run reads must be there: one added to the lists after
// the folder was generated would otherwise be skipped without a word.
function ensureCorpus(dir, need) {
  if (need.every((n) => fs.existsSync(path.join(dir, `${n}.txt`))) && !flag('--regen')) return;
  console.error(`generating corpora in ${dir} …`);
  execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'gen-corpus', '--', dir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function ensurePkg(dir) {
  if (fs.existsSync(path.join(dir, 'article_lens_bg.wasm'))) return dir;
  const out = path.join(root, 'target/wasm-bench-pkg');
  if (fs.existsSync(path.join(out, 'article_lens_bg.wasm')) && !flag('--rebuild')) return out;
  console.error(`no wasm build in ${dir}; building ${out} …`);
  const env = { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}` };
  execFileSync(
    'wasm-pack',
    ['build', '--release', '--target', 'web', '--out-dir', out, '--mode', 'no-install'],
    { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return out;
}

function ensureCli() {
  const cli = path.join(root, 'target/release/article-lens');
  execFileSync('cargo', ['build', '--quiet', '--release', '--bin', 'article-lens'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return cli;
}

function measure(system, file, runs, pkgDir) {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=16384', fileURLToPath(import.meta.url),
      '--child', system, '--file', file, '--runs', String(runs), '--pkg-dir', pkgDir],
    { encoding: 'utf8', maxBuffer: 64 * MB },
  );
  if (r.status !== 0) {
    return { error: (r.stderr || '').trim().split('\n').slice(-3).join(' ') || `exit ${r.status}` };
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/// The native CLI as a user runs it: process start, read, analyze, JSON out.
/// Max RSS from GNU time; wall time around the process.
function measureCli(cli, file, runs) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', cli, 'analyze', file], {
      encoding: 'utf8',
      maxBuffer: 1024 * MB,
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) return { error: r.stderr.trim().split('\n').slice(-2).join(' ') };
    peak = Math.max(peak, Number(r.stderr.trim().split('\n').pop()) * 1024);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)], runs, peak, wasmMemory: null };
}

const fmtMB = (b) => (b / MB).toFixed(1);

async function main() {
  const runs = Math.max(1, Number(option('--runs', '5')));
  const quick = flag('--quick');
  const corpusDir = path.resolve(option('--corpus', path.join(root, 'target/bench-corpus')));
  const pkgDir = ensurePkg(path.resolve(option('--pkg', path.join(root, 'www/pkg'))));
  const cli = ensureCli();
  const haveCompromise = fs.existsSync(path.join(here, 'node_modules/compromise'));
  const haveWink = fs.existsSync(path.join(here, 'node_modules/wink-nlp'));
  if (!haveCompromise || !haveWink) {
    console.error('peers missing: run `npm ci --prefix benches` (compromise, wink-nlp, wink-eng-lite-web-model)');
  }

  const news = quick ? ['news-10k', 'news-1m'] : ['news-10k', 'news-1m', 'news-10m'];
  const peerCorpora = quick ? ['news-10k'] : flag('--peers-10m') ? news : ['news-10k', 'news-1m'];
  const adversarial = [
    'identical-paragraphs-1m', 'all-capitalized-1m', 'nested-quotes-1m', 'quote-marks-1m',
    'unbalanced-marks-1m', 'single-line-1m', 'dotted-runs-1m', 'short-lines-1m',
    'repeated-short-block-1m', 'shared-surname-1m', 'long-credit-1m', 'punctuation-run-1m',
    'group-word-run-1m', 'many-datelines-1m', 'role-tags-1m', 'quote-marks-100k', 'single-line-5m',
  ];
  ensureCorpus(corpusDir, ['news-10k', 'news-1m', 'news-10m', ...adversarial]);
  const systems = [
    ['article-lens wasm parse', 'wasm-parse', news],
    ['article-lens wasm highlight', 'wasm-highlight', news],
    ['article-lens wasm analyzeAndHighlight', 'wasm-both', news],
    ['article-lens native CLI analyze', 'cli', news],
    ...(haveCompromise ? [['compromise ' + version('compromise'), 'compromise', peerCorpora]] : []),
    ...(haveWink ? [['wink-nlp ' + version('wink-nlp') + ' + lite-web-model', 'wink-nlp', peerCorpora]] : []),
  ];

  const rows = [];
  const base = {};
  for (const [label, system, corpora] of systems) {
    for (const name of corpora) {
      const file = path.join(corpusDir, `${name}.txt`);
      const bytes = fs.statSync(file).size;
      console.error(`  ${label} on ${name} …`);
      const m = system === 'cli' ? measureCli(cli, file, runs) : measure(system, file, runs, pkgDir);
      const row = { label, system, name, bytes, ...m };
      if (!m.error) {
        row.mbps = bytes / MB / (m.ms / 1000);
        if (system === 'wasm-parse') base[name] = row.mbps;
      }
      rows.push(row);
    }
  }
  const advRows = [];
  for (const name of adversarial) {
    const file = path.join(corpusDir, `${name}.txt`);
    if (!fs.existsSync(file)) continue;
    const bytes = fs.statSync(file).size;
    console.error(`  article-lens wasm parse on ${name} …`);
    const m = measure('wasm-parse', file, runs, pkgDir);
    advRows.push({ label: 'article-lens wasm parse', name, bytes, ...m, mbps: m.error ? 0 : bytes / MB / (m.ms / 1000) });
  }

  const lines = [];
  const say = (s = '') => lines.push(s);
  say(`| system | corpus | MB/s | time (median) | peak memory | × input | ratio to article-lens |`);
  say(`|---|---|---:|---:|---:|---:|---:|`);
  for (const r of rows) {
    if (r.error) {
      say(`| ${r.label} | ${r.name} | failed: ${r.error} | | | | |`);
      continue;
    }
    const ratio = base[r.name] ? base[r.name] / r.mbps : NaN;
    const mem = r.wasmMemory ? `${fmtMB(r.peak)} MB (wasm ${fmtMB(r.wasmMemory)} MB)` : `${fmtMB(r.peak)} MB`;
    say(`| ${r.label} | ${r.name} | ${r.mbps.toFixed(2)} | ${r.ms.toFixed(2)} ms | ${mem} | ${(r.peak / r.bytes).toFixed(1)} | ${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}× |`);
  }
  say();
  say(`Adversarial corpora, article-lens wasm parse (per-byte time relative to news-1m; target ≤ 3×):`);
  say();
  say(`| corpus | bytes | MB/s | time (median) | peak memory | vs news |`);
  say(`|---|---:|---:|---:|---:|---:|`);
  for (const r of advRows) {
    if (r.error) {
      say(`| ${r.name} | ${r.bytes} | failed: ${r.error} | | | |`);
      continue;
    }
    say(`| ${r.name} | ${r.bytes} | ${r.mbps.toFixed(2)} | ${r.ms.toFixed(2)} ms | ${fmtMB(r.peak)} MB | ${(base['news-1m'] / r.mbps).toFixed(2)}× |`);
  }
  say();
  // Targets of issue 7.
  const get = (system, name) => rows.find((r) => r.system === system && r.name === name && !r.error);
  const checks = [];
  const p1 = get('wasm-parse', 'news-1m');
  if (p1) checks.push([`wasm parse ≥ 20 MB/s (news-1m)`, `${p1.mbps.toFixed(1)} MB/s`, p1.mbps >= 20]);
  const both = get('wasm-both', 'news-10k');
  if (both) {
    checks.push([`10 KB article analyzed + highlighted < 2 ms (wasm analyzeAndHighlight, warmed up)`, `${both.ms.toFixed(3)} ms`, both.ms < 2]);
    checks.push([`the same, first call after loading (lazy tables built, baseline compiler)`, `${both.first.toFixed(1)} ms`, both.first < 2]);
  }
  const p10 = get('wasm-parse', 'news-10m');
  if (p1 && p10) {
    const ratio = (p10.ms / p1.ms) * ((p1.bytes * 10) / p10.bytes);
    checks.push([`time(10 MB)/time(1 MB) ≤ 11 (wasm parse, size-normalized)`, ratio.toFixed(2), ratio <= 11]);
  }
  const c1 = get('compromise', 'news-1m');
  if (p1 && c1) checks.push([`wasm parse ≥ 200× compromise (news-1m)`, `${(p1.mbps / c1.mbps).toFixed(0)}×`, p1.mbps / c1.mbps >= 200]);
  // Two readings: the wasm linear memory (what article-lens itself holds at
  // its peak; it never shrinks) and the process RSS delta, which also counts
  // the JS result objects V8 builds from it.
  for (const r of rows.filter((r) => r.system.startsWith('wasm') && !r.error && r.bytes > SMALL)) {
    checks.push([`peak memory ≤ 20× input, wasm linear memory (${r.label}, ${r.name})`, `${(r.wasmMemory / r.bytes).toFixed(1)}×`, r.wasmMemory <= 20 * r.bytes]);
    checks.push([`peak memory ≤ 20× input, process RSS delta (${r.label}, ${r.name})`, `${(r.peak / r.bytes).toFixed(1)}×`, r.peak <= 20 * r.bytes]);
  }
  const cliRows = rows.filter((r) => r.system === 'cli' && !r.error && r.bytes > SMALL);
  for (const r of cliRows) {
    checks.push([`peak memory ≤ 20× input, native CLI max RSS (${r.name})`, `${(r.peak / r.bytes).toFixed(1)}×`, r.peak <= 20 * r.bytes]);
  }
  for (const r of advRows.filter((r) => !r.error && r.name.endsWith('-1m'))) {
    const rel = base['news-1m'] / r.mbps;
    checks.push([`adversarial ${r.name} ≤ 3× news time per byte`, `${rel.toFixed(2)}×`, rel <= 3]);
  }
  say(`| target | measured | met |`);
  say(`|---|---:|:---:|`);
  for (const [what, value, ok] of checks) say(`| ${what} | ${value} | ${ok ? 'yes' : '**no**'} |`);

  const table = lines.join('\n');
  console.log(table);

  if (flag('--results')) {
    console.error('running the native summary (cargo bench) …');
    const native = execFileSync('cargo', ['bench', '--quiet', '--bench', 'analyze', '--', '--summary-only'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * MB,
    });
    writeResults(table, native.trim(), runs);
  }
}

function version(pkg) {
  try {
    return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function git(...a) {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

function writeResults(table, native, runs) {
  const cpu = os.cpus();
  const md = `# Benchmark results

Re-run: \`node benches/wasm-bench.mjs --results\` (rewrites this file; needs the
wasm build in \`www/pkg\` or builds one, and \`npm ci --prefix benches\` for the peers).
Native stage-by-stage timings: \`cargo bench --bench analyze\`.

- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}
- Commit: ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!benches/RESULTS.md') ? ' (with local changes)' : ''}
- Machine: ${cpu[0]?.model ?? '?'}, ${cpu.length} cores (shared with other jobs), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.type()} ${os.release()}
- Node ${process.version}; ${execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim()}
- Each number: median of ${runs} runs (inputs ≤ 100 KB: median of ${SMALL_REPS} calls after
  ${SMALL_WARM_UP_MS / 1000} s of warm-up calls, so that V8 has optimized the hot wasm functions),
  each system in its own process. Peak memory = the largest, over the timed calls, of
  peak RSS during the call − RSS before it, garbage collected before each call (outside
  the timing; inputs ≤ 100 KB: over the whole run of calls, collected once before it); the library is loaded and warmed up first (larger inputs: ${LARGE_WARM_UP_MS / 1000} s of calls
  on the text's first ${WARM_UP_PREFIX / 1024} KB), so that compiled code and lazy tables, a fixed
  cost, are not counted per input byte. For wasm also the linear memory size after the runs.
- Corpora: generated by \`benches/corpus.rs\` (original template text; the two seed
  articles of tests/fixtures woven into news-1m and news-10m every 256 KB).

## wasm and the peers (node)

${table}

## Native (\`cargo bench --bench analyze\`, summary)

\`\`\`text
${native}
\`\`\`
`;
  fs.writeFileSync(path.join(here, 'RESULTS.md'), md);
  console.error(`wrote ${path.join(here, 'RESULTS.md')}`);
}

// Last, so every top-level const above is initialized.
if (flag('--child')) {
  await child(option('--child'), option('--file'), Number(option('--runs', '5')));
} else {
  await main();
}
