// The analysis worker: owns the wasm module and the full analysis, so the
// page never waits on them. It posts only what the page draws: a small
// summary (counts, stats, first rows of each panel), the highlight labels and
// the highlighted HTML as UTF-8 chunks in a transferred buffer. Longer lists
// and the exports are asked for when needed.
// Messages in:  {type:'init', wasm?: ArrayBuffer}  (no bytes: fetch pkg/*.wasm)
//               {type:'analyze', id, text}
//               {type:'rows', id, result, list, group, from}
//               {type:'export', id, text, what: 'json' | 'csv' | 'html'}
//               {type:'clean', id, text, boilerplate}
// Messages out: {type:'ready'}
//               {type:'result', id, ms, summary, labels, article, bytes, ends, hashes}
//               {type:'rows', id, rows | null}   (null: that result is gone)
//               {type:'export', id, content}  {type:'clean', id, text}
//               {type:'error', id?, message, fatal}
// scripts/dist.mjs inlines this file after the wasm-bindgen glue and
// logic.js for the single-file page, replacing the import lines below.
import init, { analyzeAndHighlight, clean } from './pkg/article_lens.js';
import { chunkHtml, describeHighlights, packChunks, panelLists, summarize, listRows, quotesCsv } from './logic.js';
import { SAMPLE_TEXT } from './sample.js';

let ready = null;
/** The latest analysis: { id, text, analysis, html, lists }. */
let last = null;

function describe(error) {
  const text = error && error.message ? error.message : String(error);
  // A Rust panic compiles to a trap: say what happened in words.
  if (error instanceof WebAssembly.RuntimeError) return `the analyzer crashed (${text})`;
  return text;
}

/** The analysis of `text`: the latest one when it is for the same text. */
function analysisOf(text) {
  if (last && last.text === text) return last;
  last = null; // a trap below must not leave the old one looking current
  const { analysis, html } = analyzeAndHighlight(text);
  last = { id: null, text, analysis, html, lists: panelLists(analysis) };
  return last;
}

function analyze(msg) {
  const t0 = performance.now();
  const current = analysisOf(msg.text);
  current.id = msg.id;
  const { html: described, labels } = describeHighlights(current.html);
  const { article, chunks } = chunkHtml(described);
  const { bytes, ends, hashes } = packChunks(chunks);
  const summary = summarize(current.analysis, msg.text, current.lists);
  const where = summary.where;
  self.postMessage({
    type: 'result', id: msg.id, ms: performance.now() - t0, summary,
    labels: labels.join('\u0000'), article, bytes, ends, hashes,
  }, [bytes.buffer, ends.buffer, hashes.buffer, where.quotes.buffer, where.entities.buffer, where.duplicates.buffer]);
}

function exported(msg) {
  // The text shown may be older than the latest analysis (typing went on):
  // analyze it again without replacing the latest, whose rows the page may ask for.
  const { analysis, html } = last && last.text === msg.text ? last : analyzeAndHighlight(msg.text);
  if (msg.what === 'json') return `${JSON.stringify(analysis, null, 2)}\n`;
  if (msg.what === 'csv') return quotesCsv(analysis);
  if (msg.what === 'html') return html;
  throw new Error(`unknown export ${msg.what}`);
}

// A few lines that take every stage down its common paths. The browser
// compiles a wasm function on its first call, and the analyzer builds its
// word tables on first use: run once at start-up, that work (over 100 ms)
// is done before the first paste instead of after it.
const WARM_UP = 'LISBON, Portugal (AP) — Mayor Ana Costa said on Monday that the harbor ' +
  'would reopen. “We are ready,” Costa said. The Port Authority agreed.\n\n' +
  'A crane lifts a container. (AP Photo/Rui Silva)\n\nA crane lifts a container. (AP Photo/Rui Silva)\n';

/** One pass of the worker's own steps over `text`, results dropped. */
function exercise(text) {
  const { html, analysis } = analyzeAndHighlight(text);
  chunkHtml(describeHighlights(html).html);
  summarize(analysis, text, panelLists(analysis));
}

/**
 * After start-up, the worker goes on analyzing about 8 KB of the sample
 * article, one call per task, until the page's first request. V8 runs wasm
 * first in its baseline tier and optimizes a function only once it has done
 * enough work there (in node, a 10 KB article takes 8 ms a call for its
 * first 50 calls and 2.5 ms after). Measured in headless Chromium, a 10 KB
 * paste 1.5 s after load: its analysis 13-28 ms (four runs) instead of 74-88. Each call
 * is its own task, so a request arriving meanwhile waits for one call at most.
 */
const BACKGROUND_WARM_UP_CALLS = 30;
// Four copies: scraped pastes repeat themselves too, so the duplicates
// stage's run extension is warmed along with the rest.
const BACKGROUND_WARM_UP_TEXT = Array(4).fill(SAMPLE_TEXT).join('\n\n');
let userArrived = false;

function warmInBackground(left) {
  if (left <= 0 || userArrived) return;
  try {
    exercise(BACKGROUND_WARM_UP_TEXT);
  } catch {
    return; // only a head start (see start)
  }
  setTimeout(() => warmInBackground(left - 1), 0);
}

async function start(wasm) {
  await init(wasm ? { module_or_path: wasm } : undefined);
  try {
    exercise(WARM_UP);
    clean(WARM_UP, { boilerplate: true });
  } catch {
    // Only a head start: a fault here shows again, reported, on the user's text.
    return;
  }
  setTimeout(() => warmInBackground(BACKGROUND_WARM_UP_CALLS), 0);
}

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    ready = start(msg.wasm);
    try {
      await ready;
      self.postMessage({ type: 'ready' });
    } catch (error) {
      self.postMessage({ type: 'error', message: `could not load the analyzer: ${describe(error)}`, fatal: true });
    }
    return;
  }
  userArrived = true;
  try {
    await ready;
  } catch {
    return; // already reported
  }
  try {
    if (msg.type === 'analyze') {
      analyze(msg);
    } else if (msg.type === 'rows') {
      const rows = last && last.id === msg.result ? listRows(last.lists, last.text, msg.list, msg.group, msg.from) : null;
      self.postMessage({ type: 'rows', id: msg.id, rows });
    } else if (msg.type === 'export') {
      self.postMessage({ type: 'export', id: msg.id, content: exported(msg) });
    } else if (msg.type === 'clean') {
      self.postMessage({ type: 'clean', id: msg.id, text: clean(msg.text, { boilerplate: !!msg.boilerplate }) });
    }
  } catch (error) {
    // After a trap the module's memory may be inconsistent: the page starts a new worker.
    self.postMessage({ type: 'error', id: msg.id, message: describe(error), fatal: error instanceof WebAssembly.RuntimeError });
  }
};
