// What `make dist` ships: dist/article-lens.html opened from file:// with the
// network off (its worker comes from a Blob URL, its wasm from base64), and
// dist/ served from a sub-path of a static host.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { serve, launch, openPage, paste, waitAnalyzed, screenshot, foreign, ensureDist, SEED, ROOT } from './helpers.mjs';

// The budget for what a visitor downloads: HTML + JS + CSS + wasm.
const PAGE_BUDGET_GZIPPED = 400 * 1024;

test('the page weighs at most 400 KB gzipped', () => {
  const dist = path.dirname(ensureDist());
  // Every file of dist/ but the single-file copy (a second way to ship the
  // same page) and the stamp dist.mjs leaves, each gzipped on its own
  // (gzip -9), as a static host would serve it.
  const files = fs.readdirSync(dist, { recursive: true })
    .filter((f) => fs.statSync(path.join(dist, f)).isFile())
    .filter((f) => f !== 'article-lens.html' && !path.basename(f).startsWith('.'));
  assert.ok(files.some((f) => f.endsWith('.wasm')) && files.includes('index.html'), files.join(' '));
  const sizes = files.map((f) => [f, zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  const largest = sizes.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KB`);
  assert.ok(total <= PAGE_BUDGET_GZIPPED,
    `page ${(total / 1024).toFixed(1)} KB gzipped, over the ${PAGE_BUDGET_GZIPPED / 1024} KB budget (largest: ${largest.join(', ')})`);
});

test('dist', async (t) => {
  const single = ensureDist();
  const browser = await launch();
  t.after(() => browser.close());

  await t.test('the single file works from file:// offline, worker included', async () => {
    const url = pathToFileURL(single).href;
    const { page, log, context } = await openPage(browser, null, { offline: true, viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    const before = await paste(page, SEED);
    await waitAnalyzed(page, before);
    assert.ok(await page.locator('#view-body .al-quote').count() > 5, 'highlights');
    assert.ok(await page.locator('#panel-quotes .item').count() > 5, 'panels');
    // The analysis ran in a worker started from a Blob URL.
    assert.ok(log.requests.some((u) => u.startsWith('blob:')), `blob worker: ${log.requests.join(' ')}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    assert.equal(JSON.parse(await (await import('node:fs')).promises.readFile(await download.path(), 'utf8')).version, 1);
    await screenshot(page, 'single-file');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.requests.filter((u) => !u.startsWith(url) && !/^(data|blob):/.test(u)), [], 'nothing fetched');
    await context.close();
  });

  await t.test('dist/ works under a sub-path of a static host', async () => {
    const server = await serve(ROOT);
    t.after(() => server.stop());
    const { page, log, context } = await openPage(browser, `${server.url}dist/`);
    const before = await paste(page, SEED);
    await waitAnalyzed(page, before);
    assert.ok(await page.locator('#view-body .al-quote').count() > 5);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(foreign(log.requests, server.origin), []);
    assert.deepEqual(log.requests.filter((u) => !u.startsWith(`${server.url}dist/`)), [], 'all under /dist/');
    await context.close();
  });
});
