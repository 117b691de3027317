// Every layer at once, before the detectors find them all: a copy of www/
// whose wasm glue is replaced by a stub returning a hand-built analysis and
// the HTML the renderer would give for it (format of src/highlight.rs). It
// exercises the Entities panel (cycling through mentions), every legend
// toggle and swatch, boilerplate, and the colour-blind check on all layers.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage, paste, waitAnalyzed, screenshot, foreign, ROOT } from './helpers.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Builds text, contract-v1 analysis and renderer-style HTML from nested parts. */
function build(paragraphs) {
  const a = { version: 1, stats: { characters: 0, words: 0, sentences: 0, paragraphs: paragraphs.length },
    paragraphs: [], quotes: [], entities: [], duplicates: [], boilerplate: [], segments: [] };
  let text = '';
  let html = '<article class="al-doc">';
  const entity = (name, kind) => {
    let e = a.entities.find((x) => x.name === name);
    if (!e) a.entities.push(e = { id: a.entities.length, name, kind, mentions: [] });
    return e;
  };
  const walk = (part) => {
    if (typeof part === 'string') {
      text += part;
      return esc(part);
    }
    const start = text.length;
    const inner = part.children.map(walk).join('');
    const span = { start, end: text.length, text: text.slice(start, text.length) };
    if (part.kind === 'entity') {
      const e = entity(part.name, part.type);
      e.mentions.push(span);
      return `<span class="al-entity al-${part.type}" data-entity="${e.id}" data-mention="${e.mentions.length - 1}" title="${esc(`${part.type} · ${part.name}`)}">${inner}</span>`;
    }
    if (part.kind === 'quote') {
      const q = { id: a.quotes.length, ...span, content: { start: start + 1, end: span.end - 1, text: span.text.slice(1, -1) },
        partial: !!part.partial, speaker: part.speaker ? { name: part.speaker, entity: null, start: 0, end: 0, text: '' } : null,
        cue: part.cue ? { start: 0, end: 0, text: part.cue } : null };
      a.quotes.push(q);
      const title = [part.partial ? 'partial quote' : 'quote', part.speaker, part.cue].filter(Boolean).join(' · ');
      return `<span class="al-quote${part.partial ? ' al-partial' : ''}" data-quote="${q.id}" title="${esc(title)}">${inner}</span>`;
    }
    if (part.kind === 'boiler') {
      a.boilerplate.push({ start, end: span.end, kind: part.type });
      return `<span class="al-boiler al-${part.type}" data-boiler="${a.boilerplate.length - 1}" title="boilerplate · ${part.type}">${inner}</span>`;
    }
    if (part.kind === 'dup') {
      let g = a.duplicates[part.group];
      if (!g) g = a.duplicates[part.group] = { id: part.group, similarity: 1, occurrences: [] };
      g.occurrences.push({ start, end: span.end });
      const k = g.occurrences.length - 1;
      return `<span class="al-dup${k ? ' al-copy' : ''}" data-dup="${part.group}" data-occ="${k}" title="duplicate · ${k ? `copy ${k}` : 'original'}">${inner}</span>`;
    }
    throw new Error(part.kind);
  };
  paragraphs.forEach((parts, i) => {
    if (i) {
      html += '<span class="al-gap">\n\n</span>';
      text += '\n\n';
    }
    const start = text.length;
    const inner = parts.map(walk).join('');
    a.paragraphs.push({ start, end: text.length });
    html += `<p class="al-para" data-para="${i}">${inner}</p>`;
  });
  html += '</article>';
  a.stats.characters = text.length;
  a.stats.words = text.split(/\s+/).filter(Boolean).length;
  a.stats.sentences = (text.match(/[.!?]/g) ?? []).length;
  return { text, analysis: a, html };
}

const E = (type, name, t = name) => ({ kind: 'entity', type, name, children: [t] });
const repeated = () => ({ kind: 'dup', group: 0, children: [E('person', 'Ann Reyes', 'Reyes'), ' will speak again on ', E('date', 'Friday'), '.'] });
const FIXTURE = build([
  ['Mayor ', E('person', 'Ann Reyes'), ' said on ', E('date', 'Monday'), ' that ', E('organization', 'Harbor Trust'),
    ' would spend ', E('number', '$2 million'), ' in ', E('place', 'Portland'), '.'],
  [{ kind: 'quote', speaker: 'Ann Reyes', cue: 'said', children: ['“We will open the bridge to ', E('group', 'Democrats'), ' and everyone,”'] },
    ' ', E('person', 'Ann Reyes', 'Reyes'), ' said. Critics called it a ', { kind: 'quote', partial: true, children: ['“stunt.”'] }],
  [repeated()],
  [{ kind: 'boiler', type: 'caption', children: ['Photo: J. Doe / ', E('organization', 'Harbor Trust')] }],
  [repeated()],
]);

const STUB = `// Test stub standing in for the wasm-bindgen glue (see tests/e2e/layers.test.mjs).
const FIXTURE = ${JSON.stringify(FIXTURE)};
export default async function init() {}
export function analyzeAndHighlight(text) {
  if (text !== FIXTURE.text) throw new Error('the stub only knows its fixture');
  return { analysis: FIXTURE.analysis, html: FIXTURE.html };
}
export function clean(text) { return text; }
`;

test('all layers', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-layers-'));
  fs.cpSync(path.join(ROOT, 'www'), dir, { recursive: true, filter: (src) => !src.endsWith('.wasm') });
  fs.writeFileSync(path.join(dir, 'pkg/article_lens.js'), STUB);
  const server = await serve(dir);
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const { page, log, context } = await openPage(browser, server.url, { viewport: { width: 1100, height: 760 } });
  const before = await paste(page, FIXTURE.text);
  await waitAnalyzed(page, before);

  await t.test('legend counts every layer', async () => {
    const counts = Object.fromEntries(await page.locator('.layer').evaluateAll((bs) =>
      bs.map((b) => [b.dataset.layer, b.querySelector('.count').textContent])));
    assert.deepEqual(counts, { quotes: '2', person: '4', organization: '2', place: '1', group: '1', date: '3',
      number: '1', duplicates: '1', boilerplate: '1' });
  });

  await t.test('entities: grouped by kind, most mentioned first; click cycles mentions', async () => {
    await page.locator('#tab-entities').click();
    // The panel is built a few groups per task (panels.js): wait for its
    // last group before reading the headings.
    await page.waitForFunction(() => document.querySelectorAll('#panel-entities .group-head').length >= 6);
    const heads = await page.locator('#panel-entities .group-head span:first-child').allTextContents();
    assert.deepEqual(heads, ['People', 'Organizations', 'Places', 'Groups', 'Dates', 'Numbers']);
    const dates = await page.locator('#panel-entities .name').allTextContents();
    assert.deepEqual(dates, ['Ann Reyes', 'Harbor Trust', 'Portland', 'Democrats', 'Friday', 'Monday', '$2 million']);
    const reyes = page.locator('#panel-entities .item').first();
    const seen = [];
    for (let i = 0; i < 5; i++) {
      await reyes.click();
      seen.push(await page.evaluate(() => `${document.activeElement.dataset.entity}:${document.activeElement.dataset.mention}`));
    }
    assert.deepEqual(seen, ['0:0', '0:1', '0:2', '0:3', '0:0']);
    assert.equal(await reyes.locator('.meta').textContent(), '1 of 4');
  });

  await t.test('clicking a highlight shows its panel item', async () => {
    await page.locator('#view-body .al-organization').first().click();
    assert.equal(await page.locator('#tab-entities').getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator('#panel-entities .picked .name').textContent(), 'Harbor Trust');
    await page.locator('#view-body .al-quote').first().click({ position: { x: 4, y: 4 } });
    assert.equal(await page.locator('#tab-quotes').getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator('#panel-quotes .picked').getAttribute('data-quote'), '0');
    await page.locator('#view-body .al-copy').click({ position: { x: 90, y: 6 } }); // on "will speak"
    assert.equal(await page.locator('#tab-duplicates').getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator('#panel-duplicates .picked').count(), 1);
  });

  await t.test('quotes grouped by speaker with their cue', async () => {
    await page.locator('#tab-quotes').click();
    assert.deepEqual(await page.locator('#panel-quotes .group-head .speaker').allTextContents(), ['Ann Reyes', 'No speaker found']);
    assert.equal(await page.locator('#panel-quotes .item .meta').first().textContent(), 'said');
  });

  await t.test('each toggle hides only its layer', async () => {
    for (const kind of ['person', 'organization', 'place', 'group', 'date', 'number']) {
      const el = page.locator(`#view-body .al-${kind}`).first();
      const toggle = page.locator(`.layer[data-layer="${kind}"]`);
      const style = () => el.evaluate((n) => getComputedStyle(n).borderBottomColor);
      // Some layers start hidden (logic.js LAYERS): show them first.
      if (await toggle.getAttribute('aria-pressed') === 'false') await toggle.click();
      const on = await style();
      assert.notEqual(on, 'rgba(0, 0, 0, 0)', kind);
      await toggle.click();
      assert.equal(await style(), 'rgba(0, 0, 0, 0)', kind);
      await toggle.click();
      assert.equal(await style(), on, kind);
    }
    const boiler = page.locator('#view-body .al-boiler');
    const ink = () => boiler.evaluate((n) => getComputedStyle(n).color);
    const text = await page.locator('#view-body').evaluate((n) => getComputedStyle(n).color);
    const muted = await ink();
    assert.notEqual(muted, text, 'boilerplate is muted');
    // The names in a caption keep their line, not their fill.
    assert.equal(await boiler.locator('.al-entity').evaluate((n) => getComputedStyle(n).backgroundColor), 'rgba(0, 0, 0, 0)');
    await page.locator('.layer[data-layer="boilerplate"]').click();
    assert.equal(await ink(), text);
    await page.locator('.layer[data-layer="boilerplate"]').click();
    assert.equal(await ink(), muted);
  });

  await t.test('screenshots: light, dark, deuteranopia, protanopia', async () => {
    await page.locator('#view-body .al-quote').first().hover();
    await screenshot(page, 'layers-light');
    const cdp = await context.newCDPSession(page);
    for (const type of ['deuteranopia', 'protanopia']) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
      await screenshot(page, `layers-${type}`);
    }
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'layers-dark');
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'deuteranopia' });
    await screenshot(page, 'layers-dark-deuteranopia');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(foreign(log.requests, server.origin), []);
  });
});
