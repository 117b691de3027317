// Speed and responsiveness in headless Chromium: time from paste to the
// highlighted view for a 10 KB and a 1 MB article, and input handled within
// 100 ms while the worker analyzes 1 MB. Timings go to tests/output/timings.json.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, screenshot, foreign, SEED, ROOT, OUTPUT } from './helpers.mjs';

/** Longest input-to-handler delay allowed while the analysis runs. */
const MAX_INPUT_DELAY_MS = 100;

/** About `size` characters of article text: seed 002, each copy numbered. */
function article(size) {
  let text = '';
  for (let i = 0; text.length < size; i++) text += `${SEED.replace(/\n/g, ` [${i}]\n`)}\n`;
  return text.slice(0, size);
}

/**
 * Pastes `text`; resolves with { first, all }: ms until the first slice of the
 * highlighted article is painted, and until all of it is (each measured at
 * the second animation frame after, i.e. once drawn).
 */
function timePaste(page, text) {
  return page.evaluate((value) => new Promise((resolve) => {
    const before = { shown: document.body.dataset.shown, analyzed: document.body.dataset.analyzed };
    const area = document.getElementById('input');
    const t0 = performance.now();
    const times = {};
    const painted = (key) => requestAnimationFrame(() => requestAnimationFrame(() => {
      times[key] = Math.round(performance.now() - t0);
      if (times.first !== undefined && times.all !== undefined) resolve(times);
    }));
    const observer = new MutationObserver(() => {
      if (times.first === undefined && document.body.dataset.shown !== before.shown) {
        times.first = null;
        painted('first');
      }
      if (document.body.dataset.analyzed !== before.analyzed) {
        observer.disconnect();
        painted('all');
      }
    });
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-shown', 'data-analyzed'] });
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }), text);
}

test('speed and responsiveness', async (t) => {
  const server = await serve(path.join(ROOT, 'www'));
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.stop();
  });
  const { page, log, context } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  const timings = {};

  await t.test('paste to highlighted view: 10 KB and 1 MB', async () => {
    await timePaste(page, 'Warm-up: "the worker and the module load once," she said.');
    timings.paste_10kb_ms = await timePaste(page, article(10_000));
    timings.paste_1mb_ms = await timePaste(page, article(1_000_000));
    const render = await page.evaluate(() => performance.getEntriesByName('al:view').at(-1).duration);
    timings.render_1mb_first_slice_ms = Math.round(render);
    assert.ok(await page.locator('#view-body .al-quote').count() > 100);
    assert.equal(await page.locator('#view-body').evaluate((n) => n.textContent.length), 1_000_000, 'all slices rendered');
    t.diagnostic(`paste → highlighted view (first screen / all): 10 KB ${timings.paste_10kb_ms.first} / ${timings.paste_10kb_ms.all} ms, ` +
      `1 MB ${timings.paste_1mb_ms.first} / ${timings.paste_1mb_ms.all} ms`);
  });

  await t.test('typing stays responsive while 1 MB is analyzed', async () => {
    await page.evaluate(() => {
      window.__delays = [];
      window.__busyAtInput = [];
      document.getElementById('input').addEventListener('input', (event) => {
        if (!event.isTrusted) return;
        window.__delays.push(performance.now() - event.timeStamp);
        window.__busyAtInput.push(document.querySelector('.editor').classList.contains('busy'));
      });
    });
    await page.locator('#input').focus();
    const before = await page.evaluate(() => document.body.dataset.analyzed);
    await page.evaluate((value) => {
      const area = document.getElementById('input');
      area.value = value; // the caret goes to the end
      area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    }, article(1_000_000).replaceAll('[', '('));
    // Keys typed until the worker's analysis is over: the ones that arrive
    // while it runs must be handled at once.
    const typed = [];
    for (const key of 'abcdefghij') {
      await page.keyboard.type(key);
      typed.push(key);
      const n = await page.evaluate(() => window.__busyAtInput.length);
      if (n && !(await page.evaluate(() => window.__busyAtInput.at(-1)))) break;
    }
    const delays = await page.evaluate(() => window.__delays);
    const busy = await page.evaluate(() => window.__busyAtInput);
    t.diagnostic(`input delays: ${delays.map((d, i) => `${d.toFixed(1)}${busy[i] ? ' (analyzing)' : ''}`).join(', ')} ms`);
    assert.equal(delays.length, typed.length);
    const whileBusy = delays.filter((_, i) => busy[i]);
    assert.ok(whileBusy.length > 0, 'a key arrived while the analysis ran');
    assert.ok(Math.max(...whileBusy) < MAX_INPUT_DELAY_MS, `input waited ${Math.max(...whileBusy)} ms`);
    timings.input_delay_while_analyzing_max_ms = Math.round(Math.max(...whileBusy) * 10) / 10;
    // The stale analyses are dropped: the text on screen is the last one typed.
    await page.waitForFunction((b) => document.body.dataset.analyzed !== b && !document.querySelector('.editor').classList.contains('busy'), before, { timeout: 60_000 });
    const shown = await page.locator('#view-body').evaluate((n, k) => n.textContent.slice(-k), typed.length);
    assert.equal(shown, typed.join(''));
    await screenshot(page, 'one-megabyte');
  });

  await t.test('no error, nothing left the origin', () => {
    assert.deepEqual(log.errors, []);
    assert.deepEqual(foreign(log.requests, server.origin), []);
    fs.mkdirSync(OUTPUT, { recursive: true });
    fs.writeFileSync(path.join(OUTPUT, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  });
  await context.close();
});
