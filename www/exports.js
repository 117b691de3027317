// Exports of the current analysis: JSON (contract v1), CSV of quotes, the
// clean text (copy and download) and the highlighted HTML as a standalone page.
// The worker, which keeps the analysis, makes each one when asked.
import { fileStem } from './logic.js';

/** Offers `content` as a file download; nothing leaves the browser. */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The rules of highlight.css, read from the page's own stylesheet. */
function highlightCss() {
  const sheet = document.getElementById('highlight-css')?.sheet;
  return sheet ? [...sheet.cssRules].map((r) => r.cssText).join('\n') : '';
}

/** A standalone page around the renderer's (escaped) fragment. */
export function standalonePage(fragment) {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<title>article-lens highlight</title>\n<style>\n${highlightCss()}\n</style>\n</head>\n` +
    `<body class="al-standalone">\n${fragment}\n</body>\n</html>\n`;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older engines or a denied permission: the classic selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/**
 * Mounts the export buttons into `root`; `current()` gives `{ text }` of the
 * result shown (or null), `make(text, 'json' | 'csv' | 'html')` and
 * `clean(text, boilerplate)` resolve with the content.
 */
export function mountExports(root, { current, make, clean, onError }) {
  root.className = 'exports';
  const head = document.createElement('h2');
  head.textContent = 'Export';
  const bar = document.createElement('div');
  bar.className = 'export-bar';
  const note = document.createElement('p');
  note.className = 'export-note';
  note.setAttribute('role', 'status');
  const keepBoiler = document.createElement('label');
  keepBoiler.className = 'check';
  const check = document.createElement('input');
  check.type = 'checkbox';
  check.id = 'clean-boilerplate';
  keepBoiler.append(check, ' also drop captions, credits and other boilerplate from the clean text');
  root.append(head, bar, keepBoiler, note);

  const buttons = [];
  function button(label, id, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    b.textContent = label;
    b.disabled = true;
    b.addEventListener('click', async () => {
      const state = current();
      if (!state) return;
      try {
        await action(state);
      } catch (error) {
        onError(`Export failed: ${error.message}`);
      }
    });
    buttons.push(b);
    bar.append(b);
  }

  button('JSON', 'export-json', async ({ text }) =>
    download(`${fileStem(text)}.json`, 'application/json', await make(text, 'json')));
  button('Quotes CSV', 'export-csv', async ({ text }) =>
    download(`${fileStem(text)}-quotes.csv`, 'text/csv;charset=utf-8', `\uFEFF${await make(text, 'csv')}`));
  button('Copy clean text', 'copy-clean', async ({ text }) => {
    const ok = await copyText(await clean(text, check.checked));
    note.textContent = ok ? 'Clean text copied.' : 'Copying was refused by the browser; use “Download clean text”.';
  });
  button('Download clean text', 'export-clean', async ({ text }) =>
    download(`${fileStem(text)}-clean.txt`, 'text/plain;charset=utf-8', await clean(text, check.checked)));
  button('Highlighted HTML', 'export-html', async ({ text }) =>
    download(`${fileStem(text)}-highlighted.html`, 'text/html;charset=utf-8', standalonePage(await make(text, 'html'))));

  return {
    update(ready) {
      for (const b of buttons) b.disabled = !ready;
      note.textContent = '';
    },
  };
}
