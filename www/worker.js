// The analysis worker: owns the wasm module so the page never waits on it.
// Messages in:  {type:'init', wasm?: ArrayBuffer}  (no bytes: fetch pkg/*.wasm)
//               {type:'analyze', id, text}  {type:'clean', id, text, boilerplate}
// Messages out: {type:'ready'} | {type:'result', id, analysis, html, ms}
//               {type:'clean', id, text} | {type:'error', id?, message, fatal}
// scripts/dist.mjs inlines this file after the wasm-bindgen glue for the
// single-file page, replacing the import line below.
import init, { analyzeAndHighlight, clean } from './pkg/article_lens.js';

let ready = null;

function describe(error) {
  const text = error && error.message ? error.message : String(error);
  // A Rust panic compiles to a trap: say what happened in words.
  if (error instanceof WebAssembly.RuntimeError) return `the analyzer crashed (${text})`;
  return text;
}

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    ready = init(msg.wasm ? { module_or_path: msg.wasm } : undefined);
    try {
      await ready;
      self.postMessage({ type: 'ready' });
    } catch (error) {
      self.postMessage({ type: 'error', message: `could not load the analyzer: ${describe(error)}`, fatal: true });
    }
    return;
  }
  try {
    await ready;
  } catch {
    return; // already reported
  }
  try {
    if (msg.type === 'analyze') {
      const t0 = performance.now();
      const { analysis, html } = analyzeAndHighlight(msg.text);
      self.postMessage({ type: 'result', id: msg.id, analysis, html, ms: performance.now() - t0 });
    } else if (msg.type === 'clean') {
      self.postMessage({ type: 'clean', id: msg.id, text: clean(msg.text, { boilerplate: !!msg.boilerplate }) });
    }
  } catch (error) {
    // After a trap the module's memory may be inconsistent: the page starts a new worker.
    self.postMessage({ type: 'error', id: msg.id, message: describe(error), fatal: error instanceof WebAssembly.RuntimeError });
  }
};
