// Shared by the end-to-end tests: a loopback static server started and stopped
// by each test, Debian's Chromium driven by playwright-core, and a page
// wrapper that records console errors, page errors and every request.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT = path.join(ROOT, 'tests/output');
export const SEED = fs.readFileSync(path.join(ROOT, 'tests/fixtures/seed-002.txt'), 'utf8');

/** Chromium flags from docs (TOOLCHAIN): no sandbox in containers, no background traffic. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serves `dir` on 127.0.0.1 (free port); returns { url, stop }. */
export async function serve(dir) {
  const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${seen}`)), 10_000);
    const onData = (chunk) => {
      seen += chunk;
      const m = seen.match(/port (\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', () => {}); // request log
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${seen}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}

/** Debian's Chromium; `extra` flags added (e.g. --force-renderer-accessibility, as when a screen reader runs). */
export function launch(extra = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...ARGS, ...extra] });
}

/**
 * Serves `dir` (default www/) and launches the browser for test `t`; both are
 * closed when `t` ends. Resolves with `{ server, browser }`.
 */
export async function servedBrowser(t, dir = path.join(ROOT, 'www')) {
  const server = await serve(dir);
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.stop();
  });
  return { server, browser };
}

/**
 * A new page in its own context that records `errors` (console errors and
 * uncaught exceptions), `requests` (every URL asked for, workers included),
 * `blocked` (refused by the CSP before sending) and `dialogs`
 * (alert/confirm/prompt: none may ever open).
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const log = { errors: [], requests: [], dialogs: [], blocked: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.errors.push(msg.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  context.on('request', (req) => log.requests.push(req.url()));
  // Chromium reports a request the CSP refused before sending; it never left.
  context.on('requestfailed', (req) => {
    if (/^csp$|BLOCKED_BY_CSP/i.test(req.failure()?.errorText ?? '')) {
      log.requests.splice(log.requests.lastIndexOf(req.url()), 1);
      log.blocked.push(req.url());
    }
  });
  page.on('worker', (worker) => log.requests.push(worker.url()));
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  if (url) await page.goto(url);
  return { context, page, log };
}

/** Puts `text` into the text area as a paste would (one input event). */
export async function paste(page, text) {
  const before = await page.evaluate(() => document.body.dataset.analyzed ?? '');
  await page.evaluate((value) => {
    const area = document.getElementById('input');
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
  return before;
}

/** Waits until an analysis newer than `before` is on screen. */
export async function waitAnalyzed(page, before = '', timeout = 30_000) {
  await page.waitForFunction((b) => (document.body.dataset.analyzed ?? '') !== b, before, { timeout });
}

/** Saves a screenshot under tests/output/ and returns its path. */
export async function screenshot(page, name, options = {}) {
  fs.mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  return file;
}

/** Builds dist/ when it is missing or older than www/ (the single-file tests need it). */
export function ensureDist() {
  const single = path.join(ROOT, 'dist/article-lens.html');
  const newest = (dir) => Math.max(...fs.readdirSync(dir, { recursive: true })
    .map((f) => fs.statSync(path.join(dir, f)).mtimeMs));
  if (!fs.existsSync(single) || fs.statSync(single).mtimeMs < newest(path.join(ROOT, 'www'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/dist.mjs')], { stdio: 'inherit' });
  }
  return single;
}

/** The requests in `log` that left `origin` (data: and blob: URLs stay inside the page). */
export function foreign(requests, origin) {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
}
