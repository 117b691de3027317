// The page's side of the analysis worker: starts it, keeps one analysis in
// flight (newer text replaces waiting text, stale results are dropped), asks
// it for more rows, exports and clean text, and turns worker failures into
// readable messages.
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
 * `handlers.result(result)` gets each current result: `{ id, text, ms, sent,
 * summary, labels, article, bytes, ends, hashes }` (see worker.js; `sent` is
 * when the text was handed over, performance.now() time);
 * `handlers.busy(bool)` the busy state, `handlers.error(message)` failures.
 * Returns `{ warm(), analyze(text), cancel(), rows(result, list, group, from),
 * exportAs(text, what), clean(text, boilerplate) }`; the last three return
 * promises.
 */
export function createAnalyzer(handlers) {
  const schedule = new LatestOnly();
  const texts = new Map(); // analysis id → { text, sent }
  const requests = new Map(); // request id → { resolve, reject }
  let worker = null;
  let requestId = 0;

  const send = (request) => {
    const sent = performance.now();
    texts.set(request.id, { text: request.text, sent });
    performance.mark(`al:sent:${request.id}`);
    ensure().postMessage({ type: 'analyze', id: request.id, text: request.text });
  };

  function fail(message, id) {
    handlers.error(message);
    if (id !== undefined && requests.has(id)) {
      requests.get(id).reject(new Error(message));
      requests.delete(id);
    }
  }

  function restart() {
    worker?.terminate();
    worker = null;
    for (const { reject } of requests.values()) reject(new Error('the analyzer stopped'));
    requests.clear();
  }

  function finish(id) {
    const { current, next } = schedule.done(id);
    const entry = texts.get(id);
    texts.delete(id);
    if (next) send(next);
    handlers.busy(schedule.busy);
    return { current, entry };
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
        performance.measure('al:roundtrip', `al:sent:${msg.id}`); // worker time + both hand-overs
        performance.clearMarks(`al:sent:${msg.id}`);
        const { current, entry } = finish(msg.id);
        if (current) handlers.result({ ...msg, text: entry.text, sent: entry.sent });
      } else if (msg.type === 'rows' || msg.type === 'export' || msg.type === 'clean') {
        const request = requests.get(msg.id);
        requests.delete(msg.id);
        request?.resolve(msg.type === 'rows' ? msg.rows : msg.type === 'export' ? msg.content : msg.text);
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

  /** Sends `message` with a fresh id; resolves with the worker's answer. */
  function ask(message) {
    const id = `r${++requestId}`;
    return new Promise((resolve, reject) => {
      requests.set(id, { resolve, reject });
      try {
        ensure().postMessage({ ...message, id });
      } catch (error) {
        requests.delete(id);
        reject(error);
      }
    });
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
    /** Drops the analyses asked for so far: their results will not be shown. */
    cancel() {
      schedule.drop();
    },
    /** More rows of a panel list of result `result`; null when that result is gone. */
    rows: (result, list, group, from) => ask({ type: 'rows', result, list, group, from }),
    /** The JSON ('json'), quotes CSV ('csv') or renderer HTML ('html') of `text`. */
    exportAs: (text, what) => ask({ type: 'export', text, what }),
    clean: (text, boilerplate = false) => ask({ type: 'clean', text, boilerplate }),
  };
}
