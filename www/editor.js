// The input: a text area to paste or type into, a file picker and drop target
// (.txt, .md, .html reduced to its text), the sample article, and the saved
// text (localStorage) with a clear button. Emits `onText(immediate)` on each
// change; the text itself is read with `text()` when it is needed, not on
// every key (a 1 MB value is a 1 MB copy). The saved copy is written after a
// pause in typing, in idle time, 64 KB per write; at once when the page is
// hidden or closed.
import { defang, fileKind, nodeText } from './logic.js';
import { SAMPLE_TEXT } from './sample.js';

const STORAGE_KEY = 'article-lens:text'; // a short text, whole
const PARTS_KEY = 'article-lens:text-parts'; // { gen, n, length } of a long one, kept in parts
/** Characters per stored part: one localStorage write of 1 MB blocks for up to 60 ms, one of 64 KB for ~2. */
const PART = 64 * 1024;

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Reads the saved text, or '' when there is none or storage is blocked. */
export function savedText() {
  try {
    const parts = JSON.parse(localStorage.getItem(PARTS_KEY) ?? 'null');
    if (parts) {
      let text = '';
      for (let i = 0; i < parts.n; i++) text += localStorage.getItem(`${PARTS_KEY}:${parts.gen}:${i}`) ?? '';
      if (text.length === parts.length) return text;
    }
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * The localStorage writes that save `text`, each small: a long text goes in
 * parts under a new generation, then the record of that generation (the
 * moment it replaces the old copy), then the old parts go.
 */
function saveSteps(text) {
  if (text.length <= PART) {
    return [() => (text ? localStorage.setItem(STORAGE_KEY, text) : localStorage.removeItem(STORAGE_KEY)),
      () => localStorage.removeItem(PARTS_KEY), () => dropParts(null)];
  }
  const gen = Date.now().toString(36);
  const n = Math.ceil(text.length / PART);
  const steps = [];
  for (let i = 0; i < n; i++) steps.push(() => localStorage.setItem(`${PARTS_KEY}:${gen}:${i}`, text.slice(i * PART, (i + 1) * PART)));
  steps.push(() => localStorage.setItem(PARTS_KEY, JSON.stringify({ gen, n, length: text.length })));
  steps.push(() => localStorage.removeItem(STORAGE_KEY), () => dropParts(gen));
  return steps;
}

/** Removes the stored parts of every generation but `keep`. */
function dropParts(keep) {
  const prefix = `${PARTS_KEY}:`;
  const gone = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(prefix) && !key.startsWith(`${prefix}${keep}:`)) gone.push(key);
  }
  for (const key of gone) localStorage.removeItem(key);
}

/** Mounts the editor into `root`; returns `{ text, setText, setStatus, setBusy, textarea }`. */
export function mountEditor(root, { onText, onError }) {
  const textarea = el('textarea', {
    id: 'input',
    className: 'input',
    spellcheck: false,
    placeholder: 'Paste or type a news article here, or drop a .txt, .md or .html file…',
    rows: 8,
  });
  textarea.setAttribute('aria-label', 'Article text');
  textarea.setAttribute('aria-describedby', 'status');
  const file = el('input', { type: 'file', accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html', hidden: true });
  const sample = el('button', { type: 'button', textContent: 'Sample article' });
  const open = el('button', { type: 'button', textContent: 'Open file…' });
  const clear = el('button', { type: 'button', textContent: 'Clear' });
  clear.title = 'Clear the text and forget the saved copy';
  const spinner = el('span', { className: 'spinner', hidden: true });
  spinner.setAttribute('aria-hidden', 'true');
  const status = el('span', { id: 'status', className: 'status' });
  status.setAttribute('role', 'status');
  const saveNote = el('span', { className: 'save-note' });
  root.className = 'editor';
  root.append(
    el('label', { className: 'visually-hidden', htmlFor: 'input', textContent: 'Article text' }),
    textarea,
    el('div', { className: 'editor-bar' }, sample, open, clear, file, spinner, status, saveNote),
  );

  let saveTimer = 0;
  let unsaved = false;
  let steps = []; // the writes of the save under way
  let knownLength = 0; // of the text when last read: reading it per key would copy it

  /** Runs the save's writes, all of them or (idle time) until `deadline` says stop. */
  function write(deadline) {
    try {
      while (steps.length && (!deadline || deadline.timeRemaining() > 2)) steps.shift()();
      if (!steps.length) saveNote.textContent = '';
    } catch {
      steps = [];
      saveNote.textContent = 'Too large to keep after a reload.';
      try {
        dropParts(JSON.parse(localStorage.getItem(PARTS_KEY) ?? 'null')?.gen ?? null);
      } catch {
        // storage blocked altogether
      }
    }
    if (steps.length) idle(write);
  }

  function idle(fn) {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 3000 });
    else setTimeout(() => fn({ timeRemaining: () => 8 }), 50);
  }

  /** Starts saving the current text (in idle time, a small write at a time). */
  function startSave() {
    clearTimeout(saveTimer);
    if (!unsaved) return;
    unsaved = false;
    const text = textarea.value;
    knownLength = text.length;
    steps = saveSteps(text);
    idle(write);
  }

  /** Saves the current text now (the page is closing or hidden). */
  function saveNow() {
    startSave();
    write(null);
  }

  /** Saves after a pause in typing (longer for long texts). */
  function save() {
    unsaved = true;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(startSave, knownLength > 100_000 ? 2000 : 400);
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveNow();
  });
  window.addEventListener('pagehide', saveNow);

  function setText(text) {
    textarea.value = text;
    knownLength = text.length;
    save();
    onText(true);
  }

  // A paste or a drop is one deliberate act: analyze at once. Typing waits
  // for a pause (see debounceMs).
  const AT_ONCE = new Set(['insertFromPaste', 'insertFromDrop', 'deleteByCut']);
  textarea.addEventListener('input', (event) => {
    save();
    onText(AT_ONCE.has(event.inputType));
  });
  sample.addEventListener('click', () => setText(SAMPLE_TEXT));
  clear.addEventListener('click', () => {
    setText('');
    textarea.focus();
  });
  open.addEventListener('click', () => file.click());
  file.addEventListener('change', () => {
    if (file.files[0]) readFile(file.files[0]);
    file.value = '';
  });

  async function readFile(f) {
    const kind = fileKind(f.name, f.type);
    if (!kind) {
      onError(`“${f.name}” is not a text, Markdown or HTML file.`);
      return;
    }
    try {
      const raw = await f.text();
      // DOMParser builds an inert document: no script runs, no image loads.
      setText(kind === 'html' ? nodeText(new DOMParser().parseFromString(defang(raw), 'text/html')) : raw);
    } catch (error) {
      onError(`Could not read “${f.name}”: ${error.message}`);
    }
  }

  // The whole page is a drop target: a file dropped anywhere is opened.
  document.addEventListener('dragover', (event) => {
    if ([...event.dataTransfer.types].includes('Files')) {
      event.preventDefault();
      document.body.classList.add('dropping');
    }
  });
  document.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) document.body.classList.remove('dropping');
  });
  document.addEventListener('drop', (event) => {
    document.body.classList.remove('dropping');
    const f = event.dataTransfer.files[0];
    if (f) {
      event.preventDefault();
      readFile(f);
    }
  });

  return {
    textarea,
    setText,
    /** The current text. */
    text() {
      const text = textarea.value;
      knownLength = text.length;
      return text;
    },
    setStatus(text) {
      status.textContent = text;
    },
    setBusy(busy) {
      spinner.hidden = !busy;
      root.classList.toggle('busy', busy);
      textarea.setAttribute('aria-busy', String(busy));
    },
  };
}
