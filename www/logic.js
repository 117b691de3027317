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
  { key: 'quotes', label: 'Quotes' },
  { key: 'person', label: 'People' },
  { key: 'organization', label: 'Organizations' },
  { key: 'place', label: 'Places' },
  { key: 'group', label: 'Groups' },
  { key: 'date', label: 'Dates' },
  { key: 'number', label: 'Numbers' },
  { key: 'duplicates', label: 'Duplicates' },
  { key: 'boilerplate', label: 'Boilerplate' },
];

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

  get busy() {
    return this.inFlight !== null;
  }
}

/** Where a paragraph opens in the renderer's HTML (src/highlight.rs). */
const PARAGRAPH_OPEN = '<p class="al-para"';

/**
 * The end of the slice of renderer HTML `body` that starts at `pos` and holds
 * at least `limit` characters: the next paragraph start after that, or the
 * end. Text and attributes are escaped by the renderer, so the marker only
 * ever opens a paragraph and every slice is a run of whole elements.
 */
export function sliceEnd(body, pos, limit) {
  if (!Number.isFinite(limit) || pos + limit >= body.length) return body.length;
  const end = body.indexOf(PARAGRAPH_OPEN, pos + Math.max(1, limit));
  return end < 0 ? body.length : end;
}

/** How long to wait after the last keystroke before analyzing `length` characters. */
export function debounceMs(length) {
  if (length < 50_000) return 120;
  if (length < 400_000) return 300;
  return 600;
}
