// Pure logic of the page: no DOM, no globals, unit-tested under `node --test`
// (logic.test.mjs). Every function takes the contract-v1 analysis (see
// pkg/article_lens.d.ts) or plain values and returns plain values.

/** Entity kinds in the order the legend and the Entities panel show them. */
export const ENTITY_KINDS = ['person', 'organization', 'place', 'group', 'date', 'number'];

/**
 * The layers a reader can switch on and off. `key` names the CSS class
 * `hide-<key>` set on the view; `label` is what the legend says.
 */
export const LAYERS = [
  { key: 'quotes', label: 'Quotes', on: true },
  { key: 'person', label: 'People', on: true },
  { key: 'organization', label: 'Organizations', on: true },
  { key: 'place', label: 'Places', on: true },
  { key: 'group', label: 'Groups', on: false },
  { key: 'date', label: 'Dates', on: false },
  { key: 'number', label: 'Numbers', on: false },
  { key: 'duplicates', label: 'Duplicates', on: true },
  { key: 'boilerplate', label: 'Boilerplate', on: true },
];

/**
 * The layers hidden at first sight (see docs/page.md: who said what, who is
 * named and what repeats; groups, dates and numbers are a click away), or the
 * reader's own choice when `saved` (a JSON list of hidden keys) is valid.
 */
export function initialHidden(saved) {
  try {
    const list = JSON.parse(saved);
    if (Array.isArray(list) && list.every((k) => LAYERS.some((l) => l.key === k))) return list;
  } catch {
    // no or unreadable choice: the defaults
  }
  return LAYERS.filter((l) => !l.on).map((l) => l.key);
}

/** Words per minute for the reading-time estimate (a common adult average). */
export const WORDS_PER_MINUTE = 230;

/**
 * How many items of one layer the analysis holds: quotes, mentions per entity
 * kind, duplicate copies (occurrences after the original), boilerplate blocks.
 */
export function layerCounts(analysis) {
  const counts = Object.fromEntries(LAYERS.map((l) => [l.key, 0]));
  if (!analysis) return counts;
  counts.quotes = analysis.quotes.length;
  for (const e of analysis.entities) {
    if (e.kind in counts) counts[e.kind] += e.mentions.length;
  }
  counts.duplicates = analysis.duplicates.reduce((n, g) => n + Math.max(0, g.occurrences.length - 1), 0);
  counts.boilerplate = analysis.boilerplate.length;
  return counts;
}

/**
 * Quotes grouped by speaker name: the most quoted speaker first, quotes in
 * text order, unattributed quotes last under `speaker: null`.
 */
export function groupQuotes(analysis) {
  const groups = new Map();
  for (const q of analysis?.quotes ?? []) {
    const name = q.speaker ? q.speaker.name : null;
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(q);
  }
  return [...groups]
    .map(([speaker, quotes]) => ({ speaker, quotes }))
    .sort((a, b) =>
      (a.speaker === null) - (b.speaker === null) ||
      b.quotes.length - a.quotes.length ||
      String(a.speaker).localeCompare(String(b.speaker)));
}

/**
 * Entities grouped by kind (in ENTITY_KINDS order, empty kinds left out),
 * each group sorted by mention count, most mentioned first.
 */
export function groupEntities(analysis) {
  const out = [];
  for (const kind of ENTITY_KINDS) {
    const entities = (analysis?.entities ?? [])
      .filter((e) => e.kind === kind)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (entities.length) out.push({ kind, entities });
  }
  return out;
}

/** The next index in a cycle of `length` items, going `step` (±1) from `index`. */
export function cycle(index, length, step = 1) {
  if (length <= 0) return -1;
  if (index < 0 || index >= length) return step >= 0 ? 0 : length - 1;
  return (((index + step) % length) + length) % length;
}

/** Reading time in whole minutes (at least 1 for any text with words). */
export function readingMinutes(words) {
  return words > 0 ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : 0;
}

/** The rows of the Stats panel: [label, value] with values formatted. */
export function statsRows(analysis, locale = 'en-US') {
  const s = analysis?.stats ?? { characters: 0, words: 0, sentences: 0, paragraphs: 0 };
  const n = (x) => x.toLocaleString(locale);
  const minutes = readingMinutes(s.words);
  return [
    ['Words', n(s.words)],
    ['Sentences', n(s.sentences)],
    ['Paragraphs', n(s.paragraphs)],
    ['Characters', n(s.characters)],
    ['Reading time', minutes === 0 ? '—' : `${n(minutes)} min`],
    ['Quotes', n(analysis?.quotes.length ?? 0)],
    ['Entities', n(analysis?.entities.length ?? 0)],
    ['Duplicate groups', n(analysis?.duplicates.length ?? 0)],
  ];
}

/**
 * One CSV field (RFC 4180). A field that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) gets a leading apostrophe: quotes come
 * from untrusted pasted text.
 */
export function csvField(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV of the quotes: speaker, quote (without its marks), cue, partial, offsets. */
export function quotesCsv(analysis) {
  const rows = [['speaker', 'quote', 'cue', 'partial', 'start', 'end']];
  for (const q of analysis?.quotes ?? []) {
    rows.push([q.speaker?.name ?? '', q.content.text, q.cue?.text ?? '', q.partial, q.start, q.end]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A one-line preview of `text`, at most `max` characters, cut at a word. */
export function preview(text, max = 90) {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** How a dropped or opened file is read: 'html', 'text', or null (refused). */
export function fileKind(name, type = '') {
  const lower = String(name).toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower) || type === 'text/html') return 'html';
  if (/\.(txt|md|markdown|text)$/.test(lower) || type.startsWith('text/')) return 'text';
  return null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TR', 'UL', 'BODY', 'HTML',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT']);

/**
 * The readable text of a parsed HTML node tree: one paragraph per block
 * element, separated by blank lines; scripts, styles and the head dropped.
 * Reads only nodeType, nodeName, nodeValue and childNodes, so it runs on a
 * DOMParser document in the page and on plain objects in tests.
 */
export function nodeText(root) {
  const blocks = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = String(node.nodeName).toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      line += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of node.childNodes ?? []) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

/**
 * HTML with its style and script elements removed and its event-handler and
 * style attributes renamed, before DOMParser sees it. The parsed document is
 * inert anyway and the page's CSP blocks both; this keeps the CSP from
 * logging violations for markup nobody meant to run. Only text is kept later.
 */
export function defang(html) {
  return String(html)
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/(\s)(on[a-z]+|style)(\s*=)/gi, '$1data-x-$2$3');
}

/** A safe file name stem from the text's first words ("article" when empty). */
export function fileStem(text) {
  const words = String(text).slice(0, 200).normalize('NFKD').replace(/[^\w\s-]/g, ' ')
    .trim().split(/\s+/).filter(Boolean).slice(0, 6).join('-').toLowerCase();
  return words.replace(/_/g, '-').slice(0, 60) || 'article';
}

/**
 * Keeps one analysis in flight and drops stale ones. `submit(text)` returns
 * the request to send now, or null when one is in flight (the newest text
 * waits; older waiting texts are forgotten). `done(id)` returns whether the
 * result is current (to show) and the next request to send, if any.
 */
export class LatestOnly {
  constructor() {
    this.nextId = 1;
    this.inFlight = null;
    this.waiting = null;
    this.latest = 0;
  }

  submit(text) {
    const request = { id: this.nextId++, text };
    this.latest = request.id;
    if (this.inFlight !== null) {
      this.waiting = request;
      return null;
    }
    this.inFlight = request.id;
    return request;
  }

  done(id) {
    const current = id === this.latest;
    if (id !== this.inFlight) return { current: false, next: null };
    this.inFlight = null;
    const next = this.waiting;
    this.waiting = null;
    if (next) this.inFlight = next.id;
    return { current, next };
  }

  /** Forgets the waiting text and makes the one in flight stale (the text was cleared). */
  drop() {
    this.waiting = null;
    this.latest = this.nextId++;
  }

  get busy() {
    return this.inFlight !== null;
  }
}

/** Where a paragraph opens in the renderer's HTML (src/highlight.rs). */
const PARAGRAPH_OPEN = '<p class="al-para"';
const ARTICLE_OPEN = '<article class="al-doc">';
const ARTICLE_CLOSE = '</article>';

/** How long to wait after the last keystroke before analyzing `length` characters. */
export function debounceMs(length) {
  if (length < 50_000) return 120;
  if (length < 400_000) return 300;
  return 600;
}

/**
 * The renderer's HTML cut into chunks the page inserts one per task: runs of
 * whole paragraphs (with the gaps after them) of at least `limit` characters,
 * cut at paragraph starts, so a chunk's boundaries depend only on the text
 * before it (an edit near the end leaves the earlier chunks as they were).
 * A paragraph longer than twice `limit` (a text without blank lines) is cut
 * into pieces at white space outside every highlight: each piece is a
 * `<p class="al-para al-piece|al-cont">` holding whole elements, so its
 * highlights stay intact. Returns `{ article, chunks }`; `article` is false
 * (and `chunks` the whole HTML) when the HTML is not one `<article>`.
 */
export function chunkHtml(html, limit = 32 * 1024) {
  if (!html.startsWith(ARTICLE_OPEN) || !html.endsWith(ARTICLE_CLOSE)) return { article: false, chunks: [html] };
  const body = html.slice(ARTICLE_OPEN.length, html.length - ARTICLE_CLOSE.length);
  const chunks = [];
  let chunk = '';
  const add = (unit) => {
    chunk += unit;
    if (chunk.length >= limit) {
      chunks.push(chunk);
      chunk = '';
    }
  };
  let pos = 0;
  while (pos < body.length) {
    const next = body.indexOf(PARAGRAPH_OPEN, pos + 1);
    const end = next < 0 ? body.length : next;
    const unit = body.slice(pos, end);
    if (unit.length > 2 * limit && unit.startsWith(PARAGRAPH_OPEN)) {
      for (const piece of splitParagraph(unit, limit)) add(piece);
    } else {
      add(unit);
    }
    pos = end;
  }
  if (chunk || !chunks.length) chunks.push(chunk);
  return { article: true, chunks };
}

/**
 * One paragraph element (and the gap after it) as pieces of about `limit`
 * characters, cut after white space. The renderer writes only `<span>`
 * inside a paragraph and escapes every `<` of the text, so the spans open at
 * a cut are known: each piece closes them and the next reopens them with the
 * same tags (the renderer's own rule for an item that crosses a paragraph:
 * parts that carry the same `data-` ids).
 */
function splitParagraph(unit, limit) {
  const openEnd = unit.indexOf('>') + 1;
  const close = unit.lastIndexOf('</p>');
  const open = unit.slice(0, openEnd);
  if (!openEnd || close < openEnd || !open.startsWith(`${PARAGRAPH_OPEN} `)) return [unit];
  const inner = unit.slice(openEnd, close);
  const tail = unit.slice(close + 4);
  const rest = open.slice(PARAGRAPH_OPEN.length - 1); // '" data-para="…">'
  const pieces = [];
  const stack = []; // opening tags of the spans open at i
  let reopen = ''; // the spans open where the current piece starts
  let from = 0;
  let want = limit;
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (c === 60 /* < */) {
      const end = inner.indexOf('>', i);
      if (end < 0) return [unit];
      if (inner.charCodeAt(i + 1) === 47 /* / */) stack.pop();
      else stack.push(inner.slice(i, end + 1));
      i = end;
    } else if (i >= want && (c === 32 || c === 10) && i + 1 < inner.length) {
      const classes = pieces.length ? 'al-piece al-cont' : 'al-piece';
      pieces.push(`<p class="al-para ${classes}${rest}${reopen}${inner.slice(from, i + 1)}${'</span>'.repeat(stack.length)}</p>`);
      reopen = stack.join('');
      from = i + 1;
      want = from + limit;
    }
  }
  if (!pieces.length) return [unit];
  pieces.push(`<p class="al-para al-cont${rest}${reopen}${inner.slice(from)}</p>${tail}`);
  return pieces;
}

/** What a highlight is, in a word or two, from its renderer classes. */
export function highlightKind(classes) {
  const c = ` ${classes} `;
  if (c.includes(' al-quote ')) return c.includes(' al-partial ') ? 'partial quote' : 'quote';
  if (c.includes(' al-entity ')) {
    const kind = ENTITY_KINDS.find((k) => c.includes(` al-${k} `));
    return kind ?? 'name';
  }
  if (c.includes(' al-dup ')) return c.includes(' al-copy ') ? 'repeated copy' : 'repeated text';
  if (c.includes(' al-boiler ')) return 'boilerplate';
  return '';
}

const UNESCAPE = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The renderer's HTML made readable by screen readers without changing its
 * text: each highlight's `title` becomes `role="mark"`, a short
 * `aria-roledescription` ("quote", "person", …) and `aria-describedby`
 * pointing at its label (`al-l<n>`; `labels[n]` is the label's text, shared
 * by every highlight with the same label). The title goes, so the browser's
 * own tooltip does not compete with the page's. A cue's title ("cue of quote
 * 3") is dropped: the quote it belongs to carries the label.
 */
export function describeHighlights(html) {
  const ids = new Map();
  const kinds = new Map();
  const labels = [];
  const out = html.replace(/<span class="([^"]*)"([^>]*?) title="([^"]*)">/g, (_, classes, rest, title) => {
    let kind = kinds.get(classes);
    if (kind === undefined) kinds.set(classes, kind = highlightKind(classes));
    if (!kind) return `<span class="${classes}"${rest}>`;
    let n = ids.get(title);
    if (n === undefined) {
      n = labels.length;
      ids.set(title, n);
      labels.push(title.replace(/&(amp|lt|gt|quot|#39);/g, (e) => UNESCAPE[e]));
    }
    return `<span class="${classes}"${rest} role="mark" aria-roledescription="${kind}" aria-describedby="al-l${n}">`;
  });
  return { html: out, labels };
}

/**
 * `chunks` encoded as UTF-8 into one buffer (transferred to the page, not
 * copied): `bytes`, `ends` (the end offset of each chunk) and `hashes` (a
 * 53-bit hash of each chunk's bytes, so the page redraws only the chunks
 * that changed).
 */
export function packChunks(chunks) {
  const encoder = new TextEncoder();
  let size = 0;
  for (const c of chunks) size += c.length * 3;
  let bytes = new Uint8Array(size);
  const ends = new Float64Array(chunks.length);
  const hashes = new Float64Array(chunks.length);
  let at = 0;
  chunks.forEach((c, i) => {
    const start = at;
    at += encoder.encodeInto(c, bytes.subarray(at)).written;
    ends[i] = at;
    hashes[i] = hashBytes(bytes, start, at);
  });
  bytes = bytes.slice(0, at);
  return { bytes, ends, hashes };
}

/** A 53-bit hash (cyrb53) of a string's UTF-16 code units. */
export function hashString(str) {
  let h1 = 0xdeadbeef ^ str.length;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 53-bit hash (cyrb53) of `bytes[start..end)`. */
export function hashBytes(bytes, start = 0, end = bytes.length) {
  let h1 = 0xdeadbeef ^ (end - start);
  let h2 = 0x41c6ce57;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Rows shown at first: quotes per speaker, names per kind, duplicate groups. */
export const FIRST_ROWS = { quotes: 3, entities: 40, duplicates: 60 };

/** A quote as a panel row. */
export function quoteRow(q) {
  return { id: q.id, text: preview(q.content?.text ?? q.text, 160), cue: q.cue?.text ?? '', partial: !!q.partial };
}

/** A named entity as a panel row. */
export function entityRow(e) {
  return { id: e.id, name: e.name, kind: e.kind, mentions: e.mentions.length };
}

/** A duplicate group as a panel row: a preview of its original. */
export function duplicateRow(g, text) {
  const first = g.occurrences[0];
  return { id: g.id, preview: preview(text.slice(first.start, first.end), 120), copies: g.occurrences.length, similarity: g.similarity };
}

/** The lists behind the panels, grouped and sorted once (the worker keeps them). */
export function panelLists(analysis) {
  return {
    quotes: groupQuotes(analysis),
    entities: groupEntities(analysis),
    duplicates: [{ items: analysis?.duplicates ?? [] }],
  };
}

/** Rows `from` up to `to` of group `group` of `list` ('quotes' | 'entities' | 'duplicates'). */
export function listRows(lists, text, list, group, from = 0, to = Infinity) {
  const g = lists[list]?.[group];
  if (!g) return [];
  if (list === 'quotes') return g.quotes.slice(from, to).map(quoteRow);
  if (list === 'entities') return g.entities.slice(from, to).map(entityRow);
  return g.items.slice(from, to).map((d) => duplicateRow(d, text));
}

/**
 * Everything the page draws at first, small whatever the text's size: layer
 * counts, tab counts, stats, every speaker with a count and its first quotes,
 * every entity kind with its most mentioned names, the first duplicate
 * groups; plus where each quote, entity and duplicate sits (group and rank,
 * in Int32Arrays) so a click on a highlight finds its row.
 */
export function summarize(analysis, text, lists = panelLists(analysis), first = FIRST_ROWS) {
  const where = (groups, items) => {
    let max = -1;
    for (const g of groups) for (const x of g[items]) max = Math.max(max, x.id);
    const at = new Int32Array(2 * (max + 1)).fill(-1);
    groups.forEach((g, gi) => g[items].forEach((x, rank) => {
      at[2 * x.id] = gi;
      at[2 * x.id + 1] = rank;
    }));
    return at;
  };
  const summary = {
    counts: layerCounts(analysis),
    stats: statsRows(analysis),
    tabs: {
      quotes: analysis?.quotes.length ?? 0,
      entities: analysis?.entities.length ?? 0,
      duplicates: analysis?.duplicates.length ?? 0,
    },
    quotes: lists.quotes.map((g, i) => ({ speaker: g.speaker, count: g.quotes.length, rows: listRows(lists, text, 'quotes', i, 0, first.quotes) })),
    entities: lists.entities.map((g, i) => ({ kind: g.kind, count: g.entities.length, rows: listRows(lists, text, 'entities', i, 0, first.entities) })),
    duplicates: lists.duplicates.map((g, i) => ({ count: g.items.length, rows: listRows(lists, text, 'duplicates', i, 0, first.duplicates) })),
    where: {
      quotes: where(lists.quotes, 'quotes'),
      entities: where(lists.entities, 'entities'),
      duplicates: where(lists.duplicates, 'items'),
    },
  };
  // What each panel shows, hashed: an edit that changes none of it (typing
  // in a long text) leaves the panel as it is, scroll position and all.
  summary.keys = Object.fromEntries(['quotes', 'entities', 'duplicates', 'stats'].map((k) => [k, hashString(JSON.stringify(summary[k]))]));
  return summary;
}

/** A count short enough for a tab: 950, 9,500, 12k, 1.2M. */
export function compactCount(n, locale = 'en-US') {
  if (n < 10_000) return n.toLocaleString(locale);
  if (n < 1_000_000) return `${Math.round(n / 1000)}k`;
  return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
}

/** Milliseconds as the status line says them: 840 ms, 2.4 s. */
export function duration(ms) {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}
