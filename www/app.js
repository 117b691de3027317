// The page: wires the editor, the analysis worker, the legend, the view, the
// panels and the exports. State flows down through each component's update;
// actions come back up through the callbacks given at mount.
import { debounceMs, duration } from './logic.js';
import { createAnalyzer } from './analyzer.js';
import { mountEditor, savedText } from './editor.js';
import { mountLegend } from './legend.js';
import { mountView } from './view.js';
import { mountPanels } from './panels.js';
import { mountExports } from './exports.js';

/** The result on screen: { id, text } of the worker's latest, or null. */
let shown = null;
const errorBox = document.getElementById('error');

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = false;
}
function clearError() {
  errorBox.hidden = true;
  errorBox.textContent = '';
}
window.addEventListener('error', (event) => showError(`Something went wrong: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => showError(`Something went wrong: ${event.reason?.message ?? event.reason}`));

let analyzer;
const view = mountView(document.getElementById('view'), { onPick: (pick) => panels.reveal(pick) });
const legend = mountLegend(document.getElementById('legend'), { onChange: (hidden) => view.setHidden(hidden) });
const panels = mountPanels(document.getElementById('panels'), {
  goTo: (target) => view.goTo(target),
  more: (result, list, group, from) => analyzer.rows(result, list, group, from),
});

function showNothing() {
  shown = null;
  view.clear('The highlighted article appears here.');
  legend.update(null);
  panels.update(null);
  exportsUi.update(false);
}

let editor;
analyzer = createAnalyzer({
  async result(result) {
    clearError();
    shown = { id: result.id, text: result.text };
    const chars = result.text.length.toLocaleString('en-US');
    const analyzed = `Analyzed ${chars} characters in ${duration(result.ms)}`;
    editor.setStatus(`${analyzed} · drawing…`);
    // Timed (performance.measure) so tests can report where a big paste spends its time.
    const t0 = performance.now();
    const drawn = view.show(result);
    const t1 = performance.now();
    legend.update(result.summary.counts);
    panels.update(result.summary, result.id);
    exportsUi.update(true);
    performance.measure('al:view', { start: t0, end: t1 });
    performance.measure('al:panels', { start: t1, end: performance.now() });
    document.body.dataset.shown = String(performance.now()); // hooks for tests: first chunk on screen…
    if (!(await drawn) || shown?.id !== result.id) return; // a newer result took over
    document.body.dataset.analyzed = String(performance.now()); // …and all of it
    // Honest about both: the worker's time, and the time until the whole article is on screen.
    editor.setStatus(`${analyzed} · all shown ${duration(performance.now() - result.sent)} after the change.`);
  },
  busy(busy) {
    editor?.setBusy(busy);
    if (busy) editor?.setStatus('Analyzing…');
  },
  error(message) {
    showError(`The analysis failed: ${message}. Reload the page to try again.`);
    editor?.setStatus('');
  },
});

const exportsUi = mountExports(document.getElementById('exports'), {
  current: () => shown,
  make: (text, what) => analyzer.exportAs(text, what),
  clean: (text, boilerplate) => analyzer.clean(text, boilerplate),
  onError: showError,
});

let timer = 0;
function onText(immediate = false) {
  clearTimeout(timer);
  const run = () => {
    const text = editor.text();
    if (!text.trim()) {
      analyzer.cancel();
      showNothing();
      editor.setStatus('');
      return;
    }
    analyzer.analyze(text);
  };
  if (immediate) run();
  else timer = setTimeout(run, debounceMs(shown?.text.length ?? 0));
}

editor = mountEditor(document.getElementById('editor'), { onText, onError: showError });
showNothing();

if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
  showError('This browser cannot run article-lens: it needs WebAssembly and Web Workers.');
} else {
  const saved = savedText();
  if (saved) {
    editor.textarea.value = saved;
    onText(true);
  } else {
    analyzer.warm();
  }
}
