// The input: a text area to paste or type into, a file picker and drop target
// (.txt, .md, .html reduced to its text), the sample article, and the saved
// text (localStorage) with a clear button. Emits `onText(text)` on each change.
import { defang, fileKind, nodeText } from './logic.js';
import { SAMPLE_TEXT } from './sample.js';

const STORAGE_KEY = 'article-lens:text';

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Reads the saved text, or '' when there is none or storage is blocked. */
export function savedText() {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Mounts the editor into `root`; returns `{ setText, setStatus, setBusy, textarea }`. */
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
  function save(text) {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      try {
        if (text) localStorage.setItem(STORAGE_KEY, text);
        else localStorage.removeItem(STORAGE_KEY);
        saveNote.textContent = '';
      } catch {
        saveNote.textContent = 'Too large to keep after a reload.';
      }
    }, 400);
  }

  function setText(text) {
    textarea.value = text;
    save(text);
    onText(text, true);
  }

  // A paste or a drop is one deliberate act: analyze at once. Typing waits
  // for a pause (see debounceMs).
  const AT_ONCE = new Set(['insertFromPaste', 'insertFromDrop', 'deleteByCut']);
  textarea.addEventListener('input', (event) => {
    save(textarea.value);
    onText(textarea.value, AT_ONCE.has(event.inputType));
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
