// Builds the Analysis object (the JSON contract v1) from the numbers and
// strings src/wasm.rs encodes: what JSON.parse of the report would give,
// key for key and in the same order, without writing and parsing the JSON.
// Every `text` is a slice of the caller's own string, so it is exactly
// `text.slice(start, end)` and shares its memory.
//
// `n` (a view of wasm memory, read before anything else runs): the version,
// the four stats, then each list as its length followed by its items;
// `strings`: names, kinds and similarities back to back, each one's length
// (UTF-16 code units) in `n` where it is read.

const NONE = 0xffffffff;
// Lists up to this long are allocated at their length; V8 makes a
// `new Array(n)` of more than about 16,000 items sparse (dictionary
// elements), so long lists are pushed.
const SIZED_LIST = 1024;

export function buildAnalysis(text, n, strings) {
  let i = 0;
  let at = 0;
  const string = () => {
    const end = at + n[i++];
    const s = strings.slice(at, end);
    at = end;
    return s;
  };
  const range = () => {
    const start = n[i++];
    const end = n[i++];
    return { start, end };
  };
  const textRange = () => {
    const start = n[i++];
    const end = n[i++];
    return { start, end, text: text.slice(start, end) };
  };
  // An array grown by push from [] gets room for 17 items at its first push:
  // a text of 165,000 one-line numbers (165,000 one-mention entities) spent
  // half its build in the collector. Short lists are made at their length.
  const list = (item) => {
    const count = n[i++];
    if (count === 0) return [];
    if (count === 1) return [item(0)];
    if (count <= SIZED_LIST) {
      const out = new Array(count);
      for (let k = 0; k < count; k++) out[k] = item(k);
      return out;
    }
    const out = [];
    for (let k = 0; k < count; k++) out.push(item(k));
    return out;
  };
  const quote = (id) => {
    const start = n[i++];
    const end = n[i++];
    const content = textRange();
    const partial = n[i++] === 1;
    let speaker = null;
    if (n[i++] === 1) {
      const name = string();
      const entity = n[i++];
      const s = n[i++];
      const e = n[i++];
      speaker = { name, entity: entity === NONE ? null : entity, start: s, end: e, text: text.slice(s, e) };
    }
    const cue = n[i++] === 1 ? textRange() : null;
    return { id, start, end, text: text.slice(start, end), content, partial, speaker, cue };
  };
  const entity = (id) => ({ id, name: string(), kind: string(), mentions: list(textRange) });
  const duplicate = (id) => {
    const similarity = string();
    return { id, similarity: similarity === 'null' ? null : Number(similarity), occurrences: list(range) };
  };
  const boilerplate = () => {
    const start = n[i++];
    const end = n[i++];
    return { start, end, kind: string() };
  };
  const version = n[i++];
  const stats = { characters: n[i++], words: n[i++], sentences: n[i++], paragraphs: n[i++] };
  return {
    version,
    stats,
    paragraphs: list(range),
    quotes: list(quote),
    entities: list(entity),
    duplicates: list(duplicate),
    boilerplate: list(boilerplate),
    segments: list(range),
  };
}
