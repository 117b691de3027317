// The page's side of the analysis worker: starts it, keeps one analysis in
// flight (newer text replaces waiting text, stale results are dropped) and
// turns worker failures into readable messages.
import { LatestOnly } from './logic.js';

/** The worker, from its file, or (single-file page) from the embedded source and wasm. */
function startWorker() {
  const source = document.getElementById('al-worker-source');
  if (!source) {
    return { worker: new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }), wasm: undefined };
  }
  const url = URL.createObjectURL(new Blob([source.textContent], { type: 'text/javascript' }));
  const worker = new Worker(url); // classic: see scripts/dist.mjs
  const base64 = document.getElementById('al-wasm-base64').textContent.trim();
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { worker, wasm: bytes.buffer };
}

/**
 * `handlers.result({analysis, html, text, ms})` gets each current result,
 * `handlers.busy(bool)` the busy state, `handlers.error(message)` failures.
 * Returns `{ analyze(text), clean(text, boilerplate) → Promise<string> }`.
 */
export function createAnalyzer(handlers) {
  const schedule = new LatestOnly();
  const texts = new Map();
  const cleans = new Map();
  let worker = null;
  let cleanId = 0;

  const send = (request) => {
    texts.set(request.id, request.text);
    performance.mark(`al:sent:${request.id}`);
    ensure().postMessage({ type: 'analyze', id: request.id, text: request.text });
  };

  function fail(message, id) {
    handlers.error(message);
    if (id !== undefined && cleans.has(id)) {
      cleans.get(id).reject(new Error(message));
      cleans.delete(id);
    }
  }

  function restart() {
    worker?.terminate();
    worker = null;
    for (const { reject } of cleans.values()) reject(new Error('the analyzer stopped'));
    cleans.clear();
  }

  function finish(id) {
    const { current, next } = schedule.done(id);
    const text = texts.get(id);
    texts.delete(id);
    if (next) send(next);
    handlers.busy(schedule.busy);
    return { current, text };
  }

  function ensure() {
    if (worker) return worker;
    let started;
    try {
      started = startWorker();
    } catch (error) {
      throw new Error(`could not start the analyzer: ${error.message}`);
    }
    worker = started.worker;
    worker.onmessage = (event) => {
      const msg = event.data;
      if (msg.type === 'result') {
        performance.measure('al:roundtrip', `al:sent:${msg.id}`); // worker time + both copies
        performance.clearMarks(`al:sent:${msg.id}`);
        const { current, text } = finish(msg.id);
        if (current) handlers.result({ analysis: msg.analysis, html: msg.html, text, ms: msg.ms });
      } else if (msg.type === 'clean') {
        cleans.get(msg.id)?.resolve(msg.text);
        cleans.delete(msg.id);
      } else if (msg.type === 'error') {
        if (msg.fatal) restart();
        if (typeof msg.id === 'number' && texts.has(msg.id)) finish(msg.id);
        else if (msg.fatal) {
          // The module never loaded: nothing in flight will come back.
          for (const id of [...texts.keys()]) finish(id);
        }
        fail(msg.message, msg.id);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      restart();
      for (const id of [...texts.keys()]) finish(id);
      fail(`the analyzer failed: ${event.message || 'its script could not be loaded'}`);
    };
    const init = { type: 'init' };
    if (started.wasm) init.wasm = started.wasm;
    worker.postMessage(init, started.wasm ? [started.wasm] : []);
    return worker;
  }

  return {
    /** Starts the worker and compiles the wasm now, so the first paste is fast. */
    warm() {
      try {
        ensure();
      } catch (error) {
        fail(error.message);
      }
    },
    analyze(text) {
      const request = schedule.submit(text);
      handlers.busy(true);
      if (request) {
        try {
          send(request);
        } catch (error) {
          finish(request.id);
          fail(error.message);
        }
      }
    },
    clean(text, boilerplate = false) {
      const id = `c${++cleanId}`;
      return new Promise((resolve, reject) => {
        cleans.set(id, { resolve, reject });
        try {
          ensure().postMessage({ type: 'clean', id, text, boilerplate });
        } catch (error) {
          cleans.delete(id);
          reject(error);
        }
      });
    },
  };
}
