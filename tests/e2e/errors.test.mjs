// Failures are shown in words, never as a blank page: a wasm file that does
// not load (here: a corrupt copy of www/ in a temp folder) gives a readable
// message in the page, and the rest of the page still works.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage, paste, waitAnalyzed, screenshot, ROOT } from './helpers.mjs';

test('a broken wasm gives a readable error', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-broken-'));
  fs.cpSync(path.join(ROOT, 'www'), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'pkg/article_lens_bg.wasm'), 'this is not a wasm module');
  const server = await serve(dir);
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const { page, log } = await openPage(browser, server.url);
  await paste(page, 'Mayor Ann Reyes said, "We will open the bridge."');
  // The start-up warm-up may have failed (and shown the error) before the
  // paste, whose analysis then tries a fresh worker: wait for that to end
  // too. A page stuck busy times out here.
  await page.waitForFunction(
    () => !document.getElementById('error').hidden && document.querySelector('.spinner').hidden,
    null,
    { timeout: 15_000 },
  );
  const message = await page.locator('#error').textContent();
  assert.match(message, /^The analysis failed: could not load the analyzer: .+\. Reload the page to try again\.$/);
  assert.equal(await page.locator('#error').getAttribute('role'), 'alert');
  assert.ok(await page.locator('#input').isVisible(), 'the page is still there');
  assert.ok(!(await page.locator('.spinner').isVisible()), 'not stuck busy');
  assert.equal(await page.locator('#status').textContent(), '');
  await screenshot(page, 'error');
  // Only the expected failure: no uncaught exception.
  assert.deepEqual(log.errors.filter((e) => !/wasm|WebAssembly/i.test(e)), []);
});

// A Rust panic in the release build is a wasm trap (panic = "abort"). A stub
// glue throws the same WebAssembly.RuntimeError for one input: the page says
// so in words, starts a fresh worker, and the next text works.
const PANIC_STUB = `
export default async function init() {}
export function analyzeAndHighlight(text) {
  if (text.includes('PANIC')) throw new WebAssembly.RuntimeError('unreachable');
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    analysis: { version: 1, stats: { characters: text.length, words: 1, sentences: 1, paragraphs: 1 },
      paragraphs: [{ start: 0, end: text.length }], quotes: [], entities: [], duplicates: [], boilerplate: [], segments: [] },
    html: '<article class="al-doc"><p class="al-para" data-para="0">' + esc + '</p></article>',
  };
}
export function clean(text) { return text; }
`;

test('a panic gives a readable error and the page recovers', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-panic-'));
  fs.cpSync(path.join(ROOT, 'www'), dir, { recursive: true, filter: (src) => !src.endsWith('.wasm') });
  fs.writeFileSync(path.join(dir, 'pkg/article_lens.js'), PANIC_STUB);
  const server = await serve(dir);
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const { page, log } = await openPage(browser, server.url);
  await paste(page, 'This text makes the stub PANIC.');
  await page.waitForFunction(() => !document.getElementById('error').hidden, null, { timeout: 15_000 });
  assert.match(await page.locator('#error').textContent(), /^The analysis failed: the analyzer crashed \(unreachable\)\./);
  assert.ok(!(await page.locator('.spinner').isVisible()), 'not stuck busy');
  const before = await paste(page, 'A calm text.');
  await waitAnalyzed(page, before);
  assert.equal(await page.locator('#view-body').textContent(), 'A calm text.');
  assert.ok(await page.locator('#error').isHidden(), 'the error clears once an analysis succeeds');
  assert.deepEqual(log.errors, []);
});
