// Layout at every width: the panel tabs never clip (320 px to 1920 px, with
// the longest counts they can show); the phone layout (375 px, touch) puts the
// article near the top with 40 px+ targets and one scroll area, and a tap on
// a highlight says what it is; on wide screens the results stay in view
// beside a long article; the layers shown at first and the reader's choice.
import test from 'node:test';
import assert from 'node:assert/strict';
import { servedBrowser, openPage, paste, waitAnalyzed, screenshot, foreign, SEED } from './helpers.mjs';
import { newsLike } from './corpus.mjs';

test('layout', async (t) => {
  const { server, browser } = await servedBrowser(t);
  async function seeded(options = {}, text = SEED) {
    const opened = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 }, ...options });
    const before = await paste(opened.page, text);
    await waitAnalyzed(opened.page, before);
    return opened;
  }
  async function clean(log, page) {
    assert.deepEqual(log.errors, []);
    assert.deepEqual(foreign(log.requests, server.origin), []);
    assert.equal(await page.locator('#error').textContent(), '', 'no error shown in the page');
  }

  await t.test('the tabs fit at every width, with the longest counts', async () => {
    const { page, log, context } = await seeded();
    assert.deepEqual(await page.locator('.panel').evaluateAll((ps) => ps.map((p) => p.hidden)), [false, true, true, true], 'one panel shown');
    const widths = [320, 360, 375, 414, 480, 600, 700, 820, 821, 900, 1000, 1100, 1280, 1440, 1920];
    for (const counts of [null, ['9,999', '9,999', '9,999'], ['999k', '1.2M', '9,999']]) {
      if (counts) {
        await page.evaluate((cs) => document.querySelectorAll('.tab .count').forEach((c, i) => { if (i < 3) c.textContent = cs[i]; }), counts);
      }
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        const problems = await page.evaluate(() => {
          const list = document.querySelector('.tabs');
          const box = list.getBoundingClientRect();
          const out = [];
          if (list.scrollWidth > list.clientWidth + 1) out.push(`the strip scrolls by ${list.scrollWidth - list.clientWidth}px`);
          for (const tab of list.querySelectorAll('.tab')) {
            const r = tab.getBoundingClientRect();
            if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`${tab.id} sticks out`);
            if (tab.scrollWidth > tab.clientWidth + 1) out.push(`${tab.id} clips its text`);
            for (const part of tab.children) {
              const p = part.getBoundingClientRect();
              if (p.right > r.right + 1 || p.left < r.left - 1) out.push(`${tab.id}: "${part.textContent}" outside the tab`);
            }
          }
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push('the page scrolls sideways');
          return out;
        });
        assert.deepEqual(problems, [], `${width}px, counts ${counts ?? 'real'}`);
      }
    }
    await page.setViewportSize({ width: 1000, height: 800 });
    await screenshot(page, 'tabs-1000-long-counts');
    await clean(log, page);
    await context.close();
  });

  await t.test('phone (375 px, touch): article near the top, 40 px targets, one scroll area, tap explains', async () => {
    const { page, log, context } = await seeded({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const style = await page.evaluate(() => {
      const cs = (sel) => getComputedStyle(document.querySelector(sel));
      return {
        viewPadding: cs('.view').paddingLeft, viewFont: cs('.view').fontSize, inputMinHeight: cs('.input').minHeight,
        panelMaxHeight: cs('#panel-quotes').maxHeight, panelOverflow: cs('#panel-quotes').overflowY,
        help: cs('.view-help').display, articleTop: document.querySelector('.view').getBoundingClientRect().top,
        coarse: matchMedia('(pointer: coarse)').matches,
      };
    });
    assert.ok(style.coarse, 'the emulated phone has a coarse pointer');
    assert.deepEqual({ ...style, articleTop: undefined, coarse: undefined }, {
      viewPadding: '12px', viewFont: '16px', inputMinHeight: '96px', panelMaxHeight: 'none', panelOverflow: 'visible',
      help: 'none', articleTop: undefined, coarse: undefined,
    });
    assert.ok(style.articleTop < 450, `the article starts ${style.articleTop}px down`);
    const small = await page.evaluate(() => [...document.querySelectorAll('button')]
      .filter((b) => b.offsetParent && !b.closest('[hidden]'))
      .map((b) => [b.textContent.trim().slice(0, 20), Math.round(b.getBoundingClientRect().height)])
      .filter(([, h]) => h < 40));
    assert.deepEqual(small, [], 'every button at least 40 px tall');
    // Only the article scrolls inside the page (its own box, so the panels stay a swipe away).
    const scrollers = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((n) => {
      const cs = getComputedStyle(n);
      return /(auto|scroll)/.test(cs.overflowY) && n.scrollHeight > n.clientHeight + 1 && n.tagName !== 'TEXTAREA';
    }).map((n) => n.id || n.className));
    assert.deepEqual(scrollers, ['view-body']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    // A tap on a highlight shows what it is.
    const quote = page.locator('#view-body .al-quote').nth(1);
    await quote.tap({ position: { x: 3, y: 3 } });
    assert.ok(await page.locator('#tip').isVisible(), 'tooltip after a tap');
    assert.match(await page.locator('#tip').textContent(), /quote/);
    await screenshot(page, 'phone-tap');
    await page.locator('.top h1').tap();
    assert.ok(!(await page.locator('#tip').isVisible()), 'a tap elsewhere hides it');
    await clean(log, page);
    await context.close();
  });

  await t.test('wide: the results stay in view beside a long article', async () => {
    const { page, log, context } = await seeded({}, newsLike(150_000, 5));
    const at = () => page.evaluate(() => {
      const box = (sel) => document.querySelector(sel).getBoundingClientRect();
      return { tabs: box('.tabs').top, side: box('.side').bottom, exports: box('.exports').bottom, height: innerHeight,
        panelScrolls: document.querySelector('#panel-quotes').scrollHeight > document.querySelector('#panel-quotes').clientHeight };
    });
    for (const y of [0, 3000, 1e6]) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await page.waitForTimeout(100);
      const p = await at();
      assert.ok(p.tabs >= 0 && p.tabs < 200, `tabs at ${p.tabs}px after scrolling to ${y}`);
      if (y) assert.ok(p.side <= p.height + 1 && p.exports <= p.height + 1, `the side column fits the viewport (${p.side}/${p.height})`);
      assert.ok(p.panelScrolls, 'the open panel scrolls inside the side column');
    }
    await screenshot(page, 'wide-scrolled');
    await clean(log, page);
    await context.close();
  });

  await t.test('layers at first sight: groups, dates and numbers off; the reader\'s choice is kept', async () => {
    const { page, log, context } = await seeded();
    const pressed = () => page.locator('.layer').evaluateAll((bs) => Object.fromEntries(bs.map((b) => [b.dataset.layer, b.getAttribute('aria-pressed')])));
    assert.deepEqual(await pressed(), { quotes: 'true', person: 'true', organization: 'true', place: 'true', group: 'false',
      date: 'false', number: 'false', duplicates: 'true', boilerplate: 'true' });
    const counts = await page.locator('.layer .count').allTextContents();
    assert.ok(counts.every((c) => /^\d[\d,]*$/.test(c)) && counts.filter((c) => c !== '0').length >= 7, `counts for every layer: ${counts}`);
    const line = (sel) => page.locator(`#view-body ${sel}`).first().evaluate((n) => getComputedStyle(n).borderBottomColor);
    assert.equal(await line('.al-date'), 'rgba(0, 0, 0, 0)', 'dates not drawn');
    assert.notEqual(await line('.al-person'), 'rgba(0, 0, 0, 0)', 'people drawn');
    await page.locator('.layer[data-layer="date"]').click();
    await page.locator('.layer[data-layer="quotes"]').click();
    await page.reload();
    const before = await paste(page, SEED);
    await waitAnalyzed(page, before);
    const after = await pressed();
    assert.equal(after.date, 'true');
    assert.equal(after.quotes, 'false');
    assert.notEqual(await line('.al-date'), 'rgba(0, 0, 0, 0)', 'dates drawn after the reload');
    await clean(log, page);
    await context.close();
  });
});
