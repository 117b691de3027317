// Unit tests of the page's pure logic, without a DOM: `node --test www/`.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  layerCounts, groupQuotes, groupEntities, cycle, readingMinutes, statsRows, csvField,
  quotesCsv, preview, fileKind, nodeText, defang, fileStem, LatestOnly, debounceMs, LAYERS,
  chunkHtml, describeHighlights, highlightKind, packChunks, hashBytes, summarize, panelLists, listRows,
  compactCount, duration, initialHidden,
} from './logic.js';

const text = 'Ann Lee said “We will build it.” Acme “Rocks” today.';
const span = (s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const analysis = {
  version: 1,
  stats: { characters: text.length, words: 10, sentences: 2, paragraphs: 1 },
  paragraphs: [{ start: 0, end: text.length }],
  quotes: [
    {
      id: 0, ...span('“We will build it.”'), content: span('We will build it.'), partial: false,
      speaker: { name: 'Ann Lee', entity: 0, ...span('Ann Lee') }, cue: span('said'),
    },
    { id: 1, ...span('“Rocks”'), content: span('Rocks'), partial: true, speaker: null, cue: null },
  ],
  entities: [
    { id: 0, name: 'Acme', kind: 'organization', mentions: [span('Acme')] },
    { id: 1, name: 'Ann Lee', kind: 'person', mentions: [span('Ann Lee')] },
    { id: 2, name: 'today', kind: 'date', mentions: [span('today')] },
  ],
  duplicates: [{ id: 0, similarity: 1, occurrences: [{ start: 0, end: 3 }, { start: 5, end: 8 }, { start: 9, end: 12 }] }],
  boilerplate: [{ start: 0, end: 2, kind: 'byline' }],
  segments: [],
};

test('layer counts cover every layer', () => {
  const c = layerCounts(analysis);
  assert.deepEqual(Object.keys(c), LAYERS.map((l) => l.key));
  assert.deepEqual(c, {
    quotes: 2, person: 1, organization: 1, place: 0, group: 0, date: 1, number: 0,
    duplicates: 2, boilerplate: 1,
  });
  assert.equal(layerCounts(null).quotes, 0);
});

test('quotes group by speaker, unattributed last', () => {
  const g = groupQuotes(analysis);
  assert.deepEqual(g.map((x) => x.speaker), ['Ann Lee', null]);
  assert.equal(g[0].quotes[0].id, 0);
  assert.deepEqual(groupQuotes(undefined), []);
});

test('entities group by kind in legend order, by mention count', () => {
  const more = structuredClone(analysis);
  more.entities.push({ id: 3, name: 'Bo', kind: 'person', mentions: [span('Ann Lee'), span('Ann Lee')] });
  const g = groupEntities(more);
  assert.deepEqual(g.map((x) => x.kind), ['person', 'organization', 'date']);
  assert.deepEqual(g[0].entities.map((e) => e.name), ['Bo', 'Ann Lee']);
});

test('cycle wraps both ways and starts at an end', () => {
  const cases = [[-1, 3, 1, 0], [-1, 3, -1, 2], [0, 3, 1, 1], [2, 3, 1, 0], [0, 3, -1, 2], [5, 3, 1, 0], [0, 0, 1, -1]];
  for (const [i, n, step, want] of cases) assert.equal(cycle(i, n, step), want, `${i},${n},${step}`);
});

test('reading time and stats rows', () => {
  assert.equal(readingMinutes(0), 0);
  assert.equal(readingMinutes(10), 1);
  assert.equal(readingMinutes(2300), 10);
  const rows = Object.fromEntries(statsRows({ ...analysis, stats: { ...analysis.stats, words: 4600 } }));
  assert.equal(rows.Words, '4,600');
  assert.equal(rows['Reading time'], '20 min');
  assert.equal(Object.fromEntries(statsRows(null))['Reading time'], '—');
});

test('csv fields are quoted and formula-safe', () => {
  const cases = [
    ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"], ['+1', "'+1"], ['@x', "'@x"], [null, ''], [12, '12'], [false, 'false'],
    [' padded', '" padded"'],
  ];
  for (const [input, want] of cases) assert.equal(csvField(input), want, String(input));
});

test('quotes csv has a header and one row per quote', () => {
  const csv = quotesCsv(analysis);
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines[0], 'speaker,quote,cue,partial,start,end');
  assert.equal(lines[1], `Ann Lee,We will build it.,said,false,${analysis.quotes[0].start},${analysis.quotes[0].end}`);
  assert.equal(lines[2], `,Rocks,,true,${analysis.quotes[1].start},${analysis.quotes[1].end}`);
});

test('preview flattens and cuts at a word', () => {
  assert.equal(preview('a\n\n b'), 'a b');
  assert.equal(preview('one two three four', 10), 'one two…');
});

test('file kinds', () => {
  const cases = [['a.txt', '', 'text'], ['A.MD', '', 'text'], ['x.html', '', 'html'], ['x.htm', '', 'html'],
    ['x', 'text/html', 'html'], ['x', 'text/plain', 'text'], ['x.pdf', 'application/pdf', null], ['x.png', '', null]];
  for (const [name, type, want] of cases) assert.equal(fileKind(name, type), want, name);
});

test('html node tree reduces to paragraphs of text', () => {
  const el = (nodeName, ...childNodes) => ({ nodeType: 1, nodeName, childNodes });
  const tx = (nodeValue) => ({ nodeType: 3, nodeName: '#text', nodeValue });
  const doc = {
    nodeType: 9, nodeName: '#document', childNodes: [el('HTML',
      el('HEAD', el('TITLE', tx('ignored'))),
      el('BODY',
        el('H1', tx('  Title ')),
        el('SCRIPT', tx('alert(1)')),
        el('P', tx('One '), el('B', tx('bold')), tx('\n  word.')),
        el('DIV', tx('Line'), el('BR'), tx('break')),
        el('UL', el('LI', tx('a')), el('LI', tx('b')))))],
  };
  assert.equal(nodeText(doc), 'Title\n\nOne bold word.\n\nLine\nbreak\n\na\n\nb');
});

test('file stems are safe', () => {
  assert.equal(fileStem('Hello, World! <script> x'), 'hello-world-script-x');
  assert.equal(fileStem('   '), 'article');
  assert.equal(fileStem('../../etc/passwd'), 'etc-passwd');
});

test('only the newest waiting text is analyzed and only the newest result shown', () => {
  const s = new LatestOnly();
  const a = s.submit('a');
  assert.equal(a.text, 'a');
  assert.equal(s.submit('b'), null);
  assert.equal(s.submit('c'), null);
  assert.ok(s.busy);
  const r1 = s.done(a.id);
  assert.equal(r1.current, false);
  assert.equal(r1.next.text, 'c');
  const r2 = s.done(r1.next.id);
  assert.deepEqual(r2, { current: true, next: null });
  assert.ok(!s.busy);
  assert.deepEqual(s.done(99), { current: false, next: null });
});

test('debounce grows with the text', () => {
  assert.ok(debounceMs(10) < debounceMs(100_000));
  assert.ok(debounceMs(100_000) < debounceMs(1_000_000));
});

test('defang drops scripts and styles and renames handlers', () => {
  assert.equal(defang('<p style="x" onclick="a()">Hi</p><script>alert(1)</script><STYLE>p{}</STYLE>'),
    '<p data-x-style="x" data-x-onclick="a()">Hi</p>  ');
  assert.equal(defang('<img src=x\nonerror=alert(1)>'), '<img src=x\ndata-x-onerror=alert(1)>');
});

/** Renderer-style HTML (src/highlight.rs) of paragraphs given as inner HTML. */
const doc = (...paras) => `<article class="al-doc">${paras.map((inner, i) =>
  `${i ? '<span class="al-gap">\n\n</span>' : ''}<p class="al-para" data-para="${i}">${inner}</p>`).join('')}</article>`;
/** The text of renderer HTML: tags dropped, entities decoded. */
const textOf = (html) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g,
  (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[e]);

test('chunks are runs of whole paragraphs, cut at paragraph starts only', () => {
  const html = doc('a &lt;p class=&quot;al-para&quot; b', 'c', 'd', 'e');
  const { article, chunks } = chunkHtml(html, 40);
  assert.ok(article);
  assert.ok(chunks.length >= 2);
  for (const c of chunks) assert.ok(c.startsWith('<p class="al-para"'), c);
  assert.equal(`<article class="al-doc">${chunks.join('')}</article>`, html, 'nothing lost or added');
  assert.deepEqual(chunkHtml(html, 1e9).chunks.length, 1);
  assert.deepEqual(chunkHtml('<p>not an article</p>'), { article: false, chunks: ['<p>not an article</p>'] });
  // An edit in the last paragraph leaves the earlier chunks as they were.
  const edited = chunkHtml(doc('a &lt;p class=&quot;al-para&quot; b', 'c', 'd', 'e and more'), 40).chunks;
  assert.deepEqual(edited.slice(0, -1), chunks.slice(0, -1));
});

test('a paragraph longer than a chunk is cut into pieces, highlights closed and reopened', () => {
  const q = '<span class="al-quote" data-quote="0" title="quote">';
  const e = (i) => `<span class="al-entity al-person" data-entity="1" data-mention="${i}" title="person · Ann">Ann</span>`;
  const inner = `${q}“${Array.from({ length: 30 }, (_, i) => `${e(i)} said &amp; went`).join(' ')}”</span> tail words here`;
  const html = doc('first', inner);
  const { chunks } = chunkHtml(html, 200);
  const pieces = chunks.join('').match(/<p class="al-para[^"]*" data-para="1">/g);
  assert.ok(pieces.length > 3, `${pieces.length} pieces`);
  assert.equal(textOf(chunks.join('')), textOf(html), 'the same text');
  for (const c of chunks) {
    const opens = (c.match(/<span/g) ?? []).length;
    const closes = (c.match(/<\/span>/g) ?? []).length;
    assert.equal(opens, closes, 'each chunk is well-formed');
  }
  // Every piece but the first reopens the quote it continues, with the same id.
  assert.equal(chunks.join('').split(q).length - 1, pieces.length);
  assert.match(chunks.join(''), /<p class="al-para al-piece" data-para="1">/);
  assert.match(chunks.join(''), /<p class="al-para al-cont" data-para="1">/);
  // Mentions are never cut: each one whole, once.
  for (let i = 0; i < 30; i++) assert.equal(chunks.join('').split(e(i)).length, 2);
});

test('highlights get a role, a kind and a shared label instead of a title', () => {
  const html = '<span class="al-quote al-partial" data-quote="0" title="partial quote · A &amp; B">x</span>' +
    '<span class="al-cue" data-quote="0" title="cue of quote 0">said</span>' +
    '<span class="al-entity al-person" data-entity="2" data-mention="0" title="person · A &amp; B">y</span>' +
    '<span class="al-entity al-person" data-entity="2" data-mention="1" title="person · A &amp; B">z</span>' +
    '<span class="al-dup al-copy" data-dup="0" data-occ="1" title="duplicate · copy 1 of 1">w</span>';
  const { html: out, labels } = describeHighlights(html);
  assert.deepEqual(labels, ['partial quote · A & B', 'person · A & B', 'duplicate · copy 1 of 1']);
  assert.ok(!out.includes('title='));
  assert.match(out, /class="al-quote al-partial" data-quote="0" role="mark" aria-roledescription="partial quote" aria-describedby="al-l0">x/);
  assert.match(out, /<span class="al-cue" data-quote="0">said/);
  assert.equal(out.split('aria-describedby="al-l1"').length - 1, 2, 'one label for both mentions');
  assert.match(out, /aria-roledescription="repeated copy" aria-describedby="al-l2">w/);
  assert.equal(textOf(out), textOf(html));
  assert.equal(highlightKind('al-entity al-organization'), 'organization');
  assert.equal(highlightKind('al-boiler al-caption'), 'boilerplate');
  assert.equal(highlightKind('al-gap'), '');
});

test('chunks are packed as UTF-8 with their ends and hashes', () => {
  const chunks = ['“héllo”', 'b', '“héllo”'];
  const { bytes, ends, hashes } = packChunks(chunks);
  const decoder = new TextDecoder();
  assert.deepEqual([...ends], [12, 13, 25]);
  assert.equal(decoder.decode(bytes.subarray(13, 25)), '“héllo”');
  assert.equal(hashes[0], hashes[2]);
  assert.notEqual(hashes[0], hashes[1]);
  assert.ok(Number.isSafeInteger(hashes[0]));
  assert.notEqual(hashBytes(new Uint8Array([1, 2])), hashBytes(new Uint8Array([2, 1])));
});

test('the summary lists every speaker with a count and its first quotes', () => {
  const many = structuredClone(analysis);
  for (let i = 2; i < 12; i++) {
    many.quotes.push({ ...analysis.quotes[0], id: i, speaker: { ...analysis.quotes[0].speaker, name: i % 2 ? 'Bo' : 'Ann Lee' } });
  }
  const lists = panelLists(many);
  const s = summarize(many, text, lists, { quotes: 2, entities: 1, duplicates: 1 });
  assert.deepEqual(s.quotes.map((g) => [g.speaker, g.count, g.rows.length]), [['Ann Lee', 6, 2], ['Bo', 5, 2], [null, 1, 1]]);
  assert.deepEqual(s.quotes[0].rows[0], { id: 0, text: 'We will build it.', cue: 'said', partial: false });
  assert.deepEqual(s.entities.map((g) => [g.kind, g.count, g.rows.length]), [['person', 1, 1], ['organization', 1, 1], ['date', 1, 1]]);
  assert.deepEqual(s.duplicates[0].rows[0], { id: 0, preview: 'Ann', copies: 3, similarity: 1 });
  assert.deepEqual(s.tabs, { quotes: 12, entities: 3, duplicates: 1 });
  assert.equal(s.counts.quotes, 12);
  // Where each item sits: group and rank, for a click on its highlight.
  const bo = s.where.quotes;
  assert.deepEqual([bo[2 * 11], bo[2 * 11 + 1]], [1, 4]);
  assert.deepEqual([...s.where.entities.slice(0, 2)], [1, 0], 'entity 0 (Acme) is the first organization');
  // The rest of a group, asked for later.
  assert.deepEqual(listRows(lists, text, 'quotes', 1, 2).map((r) => r.id), [7, 9, 11]);
  assert.deepEqual(listRows(lists, text, 'nothing', 0), []);
  assert.deepEqual(summarize(null, '').quotes, [], 'nothing analyzed: empty lists');
});

test('counts, durations and the layers shown at first', () => {
  assert.deepEqual([950, 9500, 12_345, 999_499, 1_234_567, 3_000_000].map((x) => compactCount(x)),
    ['950', '9,500', '12k', '999k', '1.2M', '3M']);
  assert.deepEqual([0.2, 840, 2400].map(duration), ['1 ms', '840 ms', '2.4 s']);
  const defaults = LAYERS.filter((l) => !l.on).map((l) => l.key);
  assert.deepEqual(initialHidden(null), defaults);
  assert.deepEqual(initialHidden('not json'), defaults);
  assert.deepEqual(initialHidden('["quotes","nonsense"]'), defaults, 'an unknown layer: the defaults');
  assert.deepEqual(initialHidden('["quotes"]'), ['quotes']);
  assert.deepEqual(initialHidden('[]'), []);
});

test('a dropped analysis is not shown', () => {
  const s = new LatestOnly();
  const a = s.submit('a');
  s.drop();
  assert.deepEqual(s.done(a.id), { current: false, next: null });
  assert.ok(!s.busy);
});
