// The page: wires the editor, the analysis worker, the legend, the view, the
// panels and the exports. State flows down through each component's update;
// actions come back up through the callbacks given at mount.
import { debounceMs } from './logic.js';
import { createAnalyzer } from './analyzer.js';
import { mountEditor, savedText } from './editor.js';
import { mountLegend } from './legend.js';
import { mountView } from './view.js';
import { mountPanels } from './panels.js';
import { mountExports } from './exports.js';

const state = { analysis: null, html: '', text: '' };
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

const view = mountView(document.getElementById('view'), { onPick: (pick) => panels.reveal(pick) });
const legend = mountLegend(document.getElementById('legend'), { onChange: (hidden) => view.setHidden(hidden) });
const panels = mountPanels(document.getElementById('panels'), { goTo: (selector) => view.goTo(selector) });

function render(result) {
  state.analysis = result?.analysis ?? null;
  state.html = result?.html ?? '';
  state.text = result?.text ?? '';
  // Timed (performance.measure) so tests can report where a big paste spends its time.
  const t0 = performance.now();
  const shown = result ? view.show(result.html) : view.clear('The highlighted article appears here.');
  const t1 = performance.now();
  legend.update(state.analysis);
  panels.update(state.analysis, state.text);
  exportsUi.update(state.analysis);
  performance.measure('al:view', { start: t0, end: t1 });
  performance.measure('al:panels', { start: t1, end: performance.now() });
  return shown;
}

let editor;
const analyzer = createAnalyzer({
  async result(result) {
    clearError();
    const n = result.text.length.toLocaleString('en-US');
    editor.setStatus(`Analyzed ${n} characters in ${Math.max(1, Math.round(result.ms))} ms.`);
    const shown = render(result);
    document.body.dataset.shown = String(performance.now()); // hooks for tests: first slice on screen…
    await shown;
    if (state.analysis !== result.analysis) return; // a newer result took over
    document.body.dataset.analyzed = String(performance.now()); // …and all of it
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
  current: () => state,
  clean: (text, boilerplate) => analyzer.clean(text, boilerplate),
  onError: showError,
});

let timer = 0;
function onText(text, immediate = false) {
  clearTimeout(timer);
  if (!text.trim()) {
    render(null);
    editor.setStatus('');
    return;
  }
  const run = () => analyzer.analyze(text);
  if (immediate) run();
  else timer = setTimeout(run, debounceMs(text.length));
}

editor = mountEditor(document.getElementById('editor'), { onText, onError: showError });
render(null);

if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
  showError('This browser cannot run article-lens: it needs WebAssembly and Web Workers.');
} else {
  const saved = savedText();
  if (saved) {
    editor.textarea.value = saved;
    onText(saved, true);
  } else {
    analyzer.warm();
  }
}
