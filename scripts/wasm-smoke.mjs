// Loads the built wasm (www/pkg) and checks parse() and highlight() on
// tests/fixtures/seed-002.txt: contract version 1, some quotes, every
// `text` field equal to the JS slice of its offsets, and (in node) .d.ts types.
//
//   node scripts/wasm-smoke.mjs            in node (make wasm runs this)
//   node scripts/wasm-smoke.mjs --browser  in Debian's headless Chromium
//   … --pkg DIR                            another wasm-pack output folder
//
// Why both: a module mangled by the wrong wasm-opt (Debian's binaryen 108)
// fails at instantiation ("WebAssembly.Table.set(): Argument 1 is invalid for
// table"); the browser check also proves the --target web glue loads from a
// page over http, the way the page loads it. Prints one line and exits 0, or
// names what failed and exits 1.
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
// --pkg DIR checks another build (scripts/measure-wasm.sh keeps several).
const pkgArg = process.argv.indexOf('--pkg');
const pkg = pkgArg > 0 ? resolve(process.argv[pkgArg + 1]) : join(root, 'www/pkg');
const seedPath = join(root, 'tests/fixtures/seed-002.txt');
const browser = process.argv.includes('--browser');

/** The checks, run in node or (as source text) in the page. */
function check(glue, text) {
  const problems = [];
  const report = glue.parse(text);
  if (report.version !== 1) problems.push(`version ${report.version}, want 1`);
  if (!(report.quotes.length > 0)) problems.push('no quotes found in seed 002');
  let spans = 0;
  const visit = (value, path) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    if (typeof value.start === 'number' && typeof value.end === 'number') {
      spans++;
      if (!(0 <= value.start && value.start <= value.end && value.end <= text.length)) {
        problems.push(`${path}: range ${value.start}..${value.end} outside 0..${text.length}`);
      } else if (typeof value.text === 'string' && text.slice(value.start, value.end) !== value.text) {
        problems.push(`${path}: slice(${value.start}, ${value.end}) != ${JSON.stringify(value.text)}`);
      }
    }
    for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
  };
  visit(report, 'report');
  const html = glue.highlight(text);
  if (typeof html !== 'string' || !html.includes('al-')) problems.push('highlight() gave no highlighted HTML');
  return { problems, spans, quotes: report.quotes.length, entities: report.entities.length };
}

function finish(where, result) {
  if (result.problems.length) {
    console.error(`wasm-smoke (${where}): FAILED`);
    for (const p of result.problems.slice(0, 20)) console.error(`  ${p}`);
    process.exit(1);
  }
  const size = readFileSync(join(pkg, 'article_lens_bg.wasm')).length;
  console.log(
    `wasm-smoke (${where}): ok — ${size} bytes of wasm loaded; seed 002: ` +
      `${result.quotes} quotes, ${result.entities} entities, ${result.spans} spans slice correctly`,
  );
}

if (!existsSync(join(pkg, 'article_lens_bg.wasm'))) {
  console.error('wasm-smoke: www/pkg/article_lens_bg.wasm is missing: run `make wasm` first');
  process.exit(1);
}
const text = readFileSync(seedPath, 'utf8');

process.on('uncaughtException', (error) => {
  console.error(`wasm-smoke (${browser ? 'chromium' : 'node'}): FAILED to load or run ${pkg}`);
  console.error(`  ${String(error.message ?? error).split('\n')[0]}`);
  if (/Table\.set|invalid for table/.test(String(error.message))) {
    console.error("  This is the mark of Debian's binaryen (wasm-opt 108): build with `make wasm`, which uses npm's.");
  }
  process.exit(1);
});

if (!browser) {
  const glue = await import(join(pkg, 'article_lens.js'));
  glue.initSync({ module: readFileSync(join(pkg, 'article_lens_bg.wasm')) });
  const result = check(glue, text);
  // The TypeScript declarations describe the contract, not `any`.
  const dts = readFileSync(join(pkg, 'article_lens.d.ts'), 'utf8');
  for (const want of [/export function parse\([^)]*\): Analysis;/, /export function highlight\([^)]*\): string;/, /export interface Analysis \{/]) {
    if (!want.test(dts)) result.problems.push(`article_lens.d.ts lacks ${want}`);
  }
  finish('node', result);
} else {
  const { chromium } = await import('playwright-core');
  // The flags that keep Chromium off the network here (TOOLCHAIN notes).
  const launched = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  try {
    const page = await launched.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    // Files are answered by the test itself (no server process, nothing
    // leaves the machine): the page and www/pkg, under one loopback origin.
    const origin = 'http://127.0.0.1:9';
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort();
      if (url.pathname === '/smoke.html') {
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><link rel="icon" href="data:,"><title>wasm smoke</title>',
        });
      }
      const file = normalize(join(pkg, decodeURIComponent(url.pathname.replace(/^\/pkg\//, ''))));
      if (!url.pathname.startsWith('/pkg/') || !file.startsWith(pkg) || !existsSync(file)) {
        return route.fulfill({ status: 404, body: 'not found' });
      }
      return route.fulfill({ contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    await page.goto(`${origin}/smoke.html`);
    const result = await page.evaluate(
      async ({ source, text }) => {
        const glue = await import('/pkg/article_lens.js');
        await glue.default(); // fetches and instantiates article_lens_bg.wasm
        return (0, eval)(`(${source})`)(glue, text);
      },
      { source: check.toString(), text },
    );
    result.problems.push(...errors);
    finish('chromium', result);
  } finally {
    await launched.close();
  }
}
