// The side panels: Quotes (by speaker), Entities (by kind, by mention count),
// Duplicates (groups and their copies) and Stats, as tabs. Clicking an item
// asks the view to go to it via `goTo(selector)`. All text via textContent.
import { groupQuotes, groupEntities, statsRows, cycle, preview } from './logic.js';

/** Most rows drawn per list: a 1 MB paste must not build 50,000 buttons. */
const MAX_ROWS = 300;

const TABS = [
  { key: 'quotes', label: 'Quotes' },
  { key: 'entities', label: 'Entities' },
  { key: 'duplicates', label: 'Duplicates' },
  { key: 'stats', label: 'Stats' },
];

const KIND_LABEL = {
  person: 'People', organization: 'Organizations', place: 'Places',
  group: 'Groups', date: 'Dates', number: 'Numbers',
};

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function more(count) {
  return el('li', 'more', `… and ${count.toLocaleString('en-US')} more`);
}

/** Mounts the panels into `root`; returns `{ update(analysis, text) }`. */
export function mountPanels(root, { goTo }) {
  root.className = 'panels';
  const tablist = el('div', 'tabs');
  tablist.setAttribute('role', 'tablist');
  tablist.setAttribute('aria-label', 'Results');
  root.append(tablist);
  const tabs = new Map();
  for (const { key, label } of TABS) {
    const tab = el('button', 'tab');
    tab.type = 'button';
    tab.id = `tab-${key}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `panel-${key}`);
    const name = el('span', '', label);
    const count = el('span', 'count', '');
    tab.append(name, count);
    const panel = el('section', 'panel');
    panel.id = `panel-${key}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    tab.addEventListener('click', () => select(key));
    tablist.append(tab);
    root.append(panel);
    tabs.set(key, { tab, panel, count });
  }
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern).
  tablist.addEventListener('keydown', (event) => {
    const keys = TABS.map((t) => t.key);
    const at = keys.indexOf(document.activeElement?.id?.replace('tab-', ''));
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (at < 0 || !step) return;
    event.preventDefault();
    const key = keys[cycle(at, keys.length, step)];
    select(key);
    tabs.get(key).tab.focus();
  });

  function select(key) {
    for (const [k, { tab, panel }] of tabs) {
      const on = k === key;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panel.hidden = !on;
    }
  }
  select('quotes');

  function itemButton(text, onClick, className = 'item') {
    const button = el('button', className);
    button.type = 'button';
    if (typeof text === 'string') button.textContent = text;
    else button.append(...text);
    button.addEventListener('click', onClick);
    return button;
  }

  function renderQuotes(panel, analysis) {
    const groups = groupQuotes(analysis);
    if (!groups.length) {
      panel.append(el('p', 'none', 'No quotes found.'));
      return;
    }
    let rows = 0;
    for (const { speaker, quotes } of groups) {
      if (rows >= MAX_ROWS) break;
      const head = el('h3', 'group-head');
      head.append(el('span', speaker ? 'speaker' : 'speaker unknown', speaker ?? 'No speaker found'), el('span', 'count', String(quotes.length)));
      const list = el('ul', 'items');
      for (const q of quotes) {
        if (rows++ >= MAX_ROWS) {
          list.append(more(quotes.length - list.children.length));
          break;
        }
        const parts = [el('span', 'quote-text', `“${preview(q.content.text, 160)}”`)];
        const meta = [q.cue?.text, q.partial ? 'partial' : ''].filter(Boolean).join(' · ');
        if (meta) parts.push(el('span', 'meta', meta));
        const li = el('li');
        const button = itemButton(parts, () => goTo(`.al-quote[data-quote="${q.id}"]`));
        button.dataset.quote = String(q.id);
        li.append(button);
        list.append(li);
      }
      panel.append(head, list);
    }
  }

  function renderEntities(panel, analysis) {
    const groups = groupEntities(analysis);
    if (!groups.length) {
      panel.append(el('p', 'none', 'No names found.'));
      return;
    }
    for (const { kind, entities } of groups) {
      const head = el('h3', 'group-head');
      head.append(el('span', '', KIND_LABEL[kind] ?? kind), el('span', 'count', String(entities.length)));
      const list = el('ul', 'items');
      for (const [i, entity] of entities.entries()) {
        if (i >= MAX_ROWS) {
          list.append(more(entities.length - i));
          break;
        }
        let at = -1;
        const swatch = el('span', `swatch al-entity al-${kind}`, '');
        swatch.setAttribute('aria-hidden', 'true');
        const where = el('span', 'meta', `${entity.mentions.length}×`);
        const button = itemButton([swatch, el('span', 'name', entity.name), where], () => {
          at = cycle(at, entity.mentions.length, 1);
          where.textContent = `${at + 1} of ${entity.mentions.length}`;
          goTo(`[data-entity="${entity.id}"][data-mention="${at}"]`);
        });
        button.dataset.entity = String(entity.id);
        button.setAttribute('aria-label', `${entity.name}, ${entity.mentions.length} mentions; activate to go to the next one`);
        const li = el('li');
        li.append(button);
        list.append(li);
      }
      panel.append(head, list);
    }
  }

  function renderDuplicates(panel, analysis, text) {
    if (!analysis.duplicates.length) {
      panel.append(el('p', 'none', 'No repeated blocks found.'));
      return;
    }
    const list = el('ol', 'dup-groups');
    for (const [i, group] of analysis.duplicates.entries()) {
      if (i >= MAX_ROWS) {
        list.append(more(analysis.duplicates.length - i));
        break;
      }
      const first = group.occurrences[0];
      const li = el('li', 'dup-group');
      const similarity = group.similarity >= 1 ? 'exact' : `${Math.round(group.similarity * 100)}% alike`;
      li.append(el('p', 'dup-preview', preview(text.slice(first.start, first.end), 120)),
        el('p', 'meta', `${group.occurrences.length} copies · ${similarity}`));
      const copies = el('div', 'copies');
      let at = -1;
      for (const [k] of group.occurrences.entries()) {
        const button = itemButton(k === 0 ? 'Original' : `Copy ${k}`, () => {
          at = k;
          goTo(`[data-dup="${group.id}"][data-occ="${k}"]`);
        }, 'chip');
        button.dataset.dup = String(group.id);
        button.dataset.occ = String(k);
        copies.append(button);
      }
      const next = itemButton('Next ›', () => {
        at = cycle(at, group.occurrences.length, 1);
        goTo(`[data-dup="${group.id}"][data-occ="${at}"]`);
      }, 'chip next');
      next.setAttribute('aria-label', 'Jump to the next copy');
      copies.append(next);
      li.append(copies);
      list.append(li);
    }
    panel.append(list);
  }

  function renderStats(panel, analysis) {
    const dl = el('dl', 'stats');
    for (const [name, value] of statsRows(analysis)) dl.append(el('dt', '', name), el('dd', '', value));
    panel.append(dl);
  }

  return {
    /** Shows the panel item of `{ quote | entity | dup: id }` and marks it. */
    reveal(pick) {
      const [key, selector] = pick.quote !== undefined ? ['quotes', `.item[data-quote="${pick.quote}"]`]
        : pick.entity !== undefined ? ['entities', `.item[data-entity="${pick.entity}"]`]
          : ['duplicates', `.chip[data-dup="${pick.dup}"]`];
      select(key);
      const item = tabs.get(key).panel.querySelector(selector);
      if (!item) return false;
      const holder = item.closest('.dup-group') ?? item;
      for (const old of root.querySelectorAll('.picked')) old.classList.remove('picked');
      holder.classList.add('picked');
      holder.scrollIntoView({ block: 'nearest' });
      return true;
    },
    update(analysis, text) {
      const counts = {
        quotes: analysis?.quotes.length ?? 0,
        entities: analysis?.entities.length ?? 0,
        duplicates: analysis?.duplicates.length ?? 0,
        stats: '',
      };
      for (const [key, { panel, count }] of tabs) {
        panel.textContent = '';
        count.textContent = counts[key] === '' ? '' : String(counts[key]);
        if (!analysis) {
          if (key === 'quotes') panel.append(el('p', 'none', 'Paste an article to see its quotes, names and repeated blocks.'));
          continue;
        }
        if (key === 'quotes') renderQuotes(panel, analysis);
        else if (key === 'entities') renderEntities(panel, analysis);
        else if (key === 'duplicates') renderDuplicates(panel, analysis, text);
        else renderStats(panel, analysis);
      }
    },
  };
}
