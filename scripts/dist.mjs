#!/usr/bin/env node
// Makes dist/ from www/ (after `wasm-pack build --target web --out-dir www/pkg`):
//   dist/index.html + its ES modules, CSS and pkg/: any static host, any sub-path
//     (every URL in the page is relative);
//   dist/article-lens.html: ONE self-contained file that works from file://
//     offline: CSS and app modules inlined, the wasm as base64, the worker
//     (wasm-bindgen glue + www/worker.js and logic.js) started from a Blob URL.
// No bundler: the app's modules follow a small convention (named `import { … }
// from './x.js'` and `export function|const|class`) that this script turns
// into one module script. Prints the page weight (raw and gzipped).
//
// Usage: node scripts/dist.mjs [OUT]. OUT (default: dist/ in the repository)
// is deleted and rewritten, so it must be an absolute path outside the
// repository that is new, empty, or was written by this script before (it
// leaves a .article-lens-dist stamp file); anything else is refused.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const www = path.join(root, 'www');
const pkgFiles = ['article_lens.js', 'article_lens_bg.wasm'];
/** The glue's imports of wasm-bindgen snippets (the JS of `#[wasm_bindgen(module)]`). */
const snippetImport = /^import \{([^}]*)\} from '\.\/(snippets\/[^']+\.js)';$/gm;
/** Marks a folder this script made, so a later run may empty it again. */
const STAMP = '.article-lens-dist';

function fail(message) {
  console.error(`dist: ${message}`);
  process.exit(1);
}

/**
 * The output folder, which this script deletes and rewrites, so only a
 * dedicated one: the default <repo>/dist, or an absolute path outside the
 * repository (and not above it) that does not exist yet, is empty, or holds
 * the stamp of an earlier run. `node scripts/dist.mjs .` must never delete
 * the repository.
 */
function outputFolder(arg) {
  const fallback = path.join(root, 'dist');
  if (arg === undefined) return fallback;
  if (!path.isAbsolute(arg)) fail(`the output folder must be an absolute path outside the repository (got "${arg}"); without an argument it is dist/`);
  const out = realPath(path.resolve(arg));
  if (out === realPath(fallback)) return fallback;
  const inside = (child, parent) => {
    const rel = path.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  const repo = realPath(root);
  if (inside(out, repo) || inside(repo, out)) fail(`refusing ${out}: it is the repository, inside it or above it (only the default dist/ is allowed there)`);
  if (out === path.parse(out).root) fail(`refusing ${out}: the root folder`);
  let stat = null;
  try {
    stat = fs.lstatSync(out);
  } catch {
    return out; // does not exist yet
  }
  if (!stat.isDirectory()) fail(`refusing ${out}: not a folder${stat.isSymbolicLink() ? ' (a symbolic link)' : ''}`);
  const entries = fs.readdirSync(out);
  if (entries.length && !entries.includes(STAMP)) fail(`refusing ${out}: not empty and not made by dist.mjs (no ${STAMP} file); give a new or empty folder`);
  return out;
}
/** `p` with symbolic links resolved in the part of it that exists. */
function realPath(p) {
  const rest = [];
  let at = p;
  for (;;) {
    try {
      return path.join(fs.realpathSync(at), ...rest.reverse());
    } catch {
      const up = path.dirname(at);
      if (up === at) return p;
      rest.push(path.basename(at));
      at = up;
    }
  }
}
const out = outputFolder(process.argv[2]);
for (const f of pkgFiles) {
  if (!fs.existsSync(path.join(www, 'pkg', f))) {
    fail(`www/pkg/${f} is missing: build it first (wasm-pack build --release --target web --out-dir www/pkg)`);
  }
}
const read = (rel) => fs.readFileSync(path.join(www, rel), 'utf8');
const snippets = [...read('pkg/article_lens.js').matchAll(snippetImport)].map(([line, names, rel]) => ({ line, names, rel }));
for (const { rel } of snippets) if (!fs.existsSync(path.join(www, 'pkg', rel))) fail(`www/pkg/${rel} is missing: rebuild www/pkg`);
pkgFiles.push(...snippets.map(({ rel }) => rel));

// ---- dist/ for a static host ------------------------------------------------
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'pkg'), { recursive: true });
fs.writeFileSync(path.join(out, STAMP), 'Written by scripts/dist.mjs of article-lens; the next run empties this folder.\n');
const pageFiles = fs.readdirSync(www).filter((f) => /\.(html|js|css)$/.test(f) && !/\.test\.m?js$/.test(f));
for (const f of pageFiles) fs.copyFileSync(path.join(www, f), path.join(out, f));
for (const f of pkgFiles) {
  fs.mkdirSync(path.dirname(path.join(out, 'pkg', f)), { recursive: true });
  fs.copyFileSync(path.join(www, 'pkg', f), path.join(out, 'pkg', f));
}

// ---- the single file ----------------------------------------------------------
const index = read('index.html');

/** One module's source turned into a function body that returns its exports. */
function wrapModule(rel, source) {
  const exports = [];
  let body = source.replace(/^import\s*\{([^}]*)\}\s*from\s*'(\.\/[^']+)';\s*$/gm, (_, names, from) =>
    `const {${names}} = __modules[${JSON.stringify(from)}];`);
  if (/^\s*import\s/m.test(body)) fail(`${rel}: only named imports from './x.js' are supported`);
  body = body.replace(/^export\s+(async\s+function|function|const|let|class)\s+([A-Za-z_$][\w$]*)/gm, (_, kind, name) => {
    exports.push(name);
    return `${kind} ${name}`;
  });
  if (/^\s*export\s/m.test(body)) fail(`${rel}: unsupported export form`);
  return `__modules[${JSON.stringify(`./${rel}`)}] = (() => {\n${body}\nreturn { ${exports.join(', ')} };\n})();\n`;
}

/** Modules reachable from `entry`, dependencies first. */
function moduleOrder(entry) {
  const order = [];
  const seen = new Set();
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    for (const [, dep] of read(rel).matchAll(/^import\s*\{[^}]*\}\s*from\s*'\.\/([^']+)';/gm)) visit(dep);
    order.push(rel);
  };
  visit(entry);
  return order;
}

const entry = index.match(/<script type="module" src="([^"]+)"><\/script>/)?.[1] ?? fail('no module script in index.html');
const bundle = `const __modules = {};\n${moduleOrder(entry).map((rel) => wrapModule(rel, read(rel))).join('\n')}`;

// The worker: the wasm-bindgen glue, then worker.js using the glue's names.
const workerImport = /^import init, \{ analyzeAndHighlight, clean \} from '\.\/pkg\/article_lens\.js';$/m;
const workerJs = read('worker.js');
if (!workerImport.test(workerJs)) fail('www/worker.js: its import line changed; update scripts/dist.mjs');
const glue = read('pkg/article_lens.js');
if (!/^async function __wbg_init\(/m.test(glue)) fail('pkg/article_lens.js: no __wbg_init (wasm-bindgen changed?)');
// A classic script: Chromium refuses a module worker from a blob: URL on a
// file:// page (opaque origin). So the glue loses its `export`s, and
// import.meta.url (only read when no wasm is given, which never happens here)
// becomes the worker's own URL.
// A snippet the glue imports goes in its place, in a function scope of its
// own that hands back the imported names.
const inlineSnippet = ({ names, rel }) => {
  const source = read(`pkg/${rel}`);
  if (/^\s*import\s/m.test(source)) fail(`pkg/${rel}: a snippet with imports of its own`);
  const body = source.replace(/^export (?=(async )?function |const |let |class )/gm, '');
  return `const {${names}} = (() => {\n${body}\nreturn {${names}};\n})();`;
};
const classicGlue = snippets
  .reduce((g, snippet) => g.replace(snippet.line, () => inlineSnippet(snippet)), glue)
  .replace(/^export \{[^}]*\};?$/gm, '')
  .replace(/^export (?=(async )?function |const |let |class )/gm, '')
  .replaceAll('import.meta.url', 'self.location.href');
if (/^\s*(export|import)\s/m.test(classicGlue)) fail('pkg/article_lens.js: an import/export form this script does not handle');
// Then worker.js and the page modules it imports (logic.js), wrapped like the app's.
const workerBody = workerJs.replace(workerImport, 'const init = __wbg_init;');
const workerModules = moduleOrder('worker.js').map((rel) => wrapModule(rel, rel === 'worker.js' ? workerBody : read(rel)));
const workerSource = `${classicGlue}\n// ---- www/worker.js and its modules ----\nconst __modules = {};\n${workerModules.join('\n')}`;
const wasmBase64 = fs.readFileSync(path.join(www, 'pkg', 'article_lens_bg.wasm')).toString('base64');

/** Text that is safe inside a <script> or <style> element. */
function rawText(what, text) {
  const safe = text.replace(/<\/(script|style)/gi, '<\\/$1');
  if (/<!--|<script/i.test(safe)) fail(`${what} contains "<!--" or "<script", which HTML would misparse`);
  return safe;
}
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const cssLinks = [...index.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g)].map((m) => m[1]);
const highlightCss = rawText('highlight.css', read('highlight.css'));
const pageCss = rawText('CSS', cssLinks.filter((f) => f !== 'highlight.css').map(read).join('\n'));
const app = rawText('app bundle', bundle);
const worker = rawText('worker', workerSource);

const csp = [
  "default-src 'none'",
  `script-src ${sha256(app)} 'wasm-unsafe-eval'`,
  'worker-src blob:',
  `style-src ${sha256(highlightCss)} ${sha256(pageCss)}`,
  'img-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Data blocks first, while the only "</body>" is the page's own (the app's
// code holds one in a string).
let single = index
  .replace('</body>', () =>
    `<script type="text/plain" id="al-worker-source">${worker}</script>\n` +
    `<script type="application/octet-stream" id="al-wasm-base64">${wasmBase64}</script>\n</body>`)
  .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace(/<link rel="stylesheet" href="highlight.css" id="highlight-css">/, () => `<style id="highlight-css">${highlightCss}</style>`)
  .replace(/\n<link rel="stylesheet" href="(?!highlight)[^"]+">/g, '')
  .replace(/<script type="module" src="[^"]+"><\/script>/, () =>
    `<style>${pageCss}</style>\n<script type="module">${app}</script>`);
if (!single.includes(sha256(app).slice(1, 20))) fail('CSP not replaced in the single file');
fs.writeFileSync(path.join(out, 'article-lens.html'), single);

// ---- page weight ----------------------------------------------------------------
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let raw = 0;
let zipped = 0;
const rows = [];
for (const f of [...pageFiles.filter((f) => !f.endsWith('.test.mjs')), ...pkgFiles.map((f) => `pkg/${f}`)]) {
  const buf = fs.readFileSync(path.join(out, f));
  raw += buf.length;
  zipped += gz(buf);
  rows.push(`${f} ${kb(buf.length)} (${kb(gz(buf))} gz)`);
}
const singleBuf = fs.readFileSync(path.join(out, 'article-lens.html'));
if (process.env.DIST_VERBOSE) console.log(rows.join('\n'));
const shown = path.relative(root, out).startsWith('..') ? out : path.relative(root, out);
console.log(`${shown}/: ${pageFiles.length + pkgFiles.length} files, ${kb(raw)} raw, ${kb(zipped)} gzipped (HTML+JS+CSS+wasm)`);
console.log(`${shown}/article-lens.html: ${kb(singleBuf.length)} raw, ${kb(gz(singleBuf))} gzipped`);
