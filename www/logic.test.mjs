// Unit tests of the page's pure logic, without a DOM: `node --test www/`.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  layerCounts, groupQuotes, groupEntities, cycle, readingMinutes, statsRows, csvField,
  quotesCsv, preview, fileKind, nodeText, defang, fileStem, LatestOnly, debounceMs, LAYERS, sliceEnd,
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

test('renderer HTML slices at paragraph starts only', () => {
  const p = (i, t) => `<p class="al-para" data-para="${i}">${t}</p>`;
  const body = `${p(0, 'a &lt;p class=&quot;al-para&quot; b')}<span class="al-gap">\n</span>${p(1, 'c')}${p(2, 'd')}`;
  const cuts = [];
  for (let pos = 0; pos < body.length; pos = sliceEnd(body, pos, 5)) cuts.push(pos);
  assert.deepEqual(cuts, [0, body.indexOf('<p', 1), body.lastIndexOf('<p')]);
  assert.equal(sliceEnd(body, 0, Infinity), body.length);
  assert.equal(sliceEnd(body, 0, 0), body.indexOf('<p', 1), 'always moves forward');
});
