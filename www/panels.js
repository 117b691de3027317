// The side panels: Quotes (by speaker), Entities (by kind, by mention count),
// Duplicates (groups and their copies) and Stats, as tabs. They draw the
// worker's summary (logic.js summarize): every speaker and every entity kind
// with its count and first rows; "Show more" asks the worker for the rest.
// Only the open tab is built, a few groups per task. Clicking an item asks
// the view to go to it via `goTo({ selector, needle })`. All text via
// textContent.
import { cycle, compactCount } from './logic.js';

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

/** Milliseconds of panel building per task before the page gets control back. */
const BUDGET_MS = 8;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const n = (x) => x.toLocaleString('en-US');

/**
 * Mounts the panels into `root`; returns `{ update(summary, result), reveal(pick) }`.
 * `goTo(target)` moves the view to a highlight; `more(result, list, group, from)`
 * resolves with further rows (null when that result is gone).
 */
export function mountPanels(root, { goTo, more }) {
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
    const count = el('span', 'count', '');
    tab.append(el('span', 'tab-name', label), count);
    const panel = el('section', 'panel');
    panel.id = `panel-${key}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    tab.addEventListener('click', () => select(key));
    tablist.append(tab);
    root.append(panel);
    tabs.set(key, { tab, panel, count, built: false, groups: [] });
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

  let summary = null;
  let result = null; // the worker's id of the result shown
  let selected = 'quotes';
  let job = null; // { key, queue: [fn], scroll, timer } while a tab is being built

  function select(key) {
    selected = key;
    for (const [k, { tab, panel }] of tabs) {
      const on = k === key;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panel.hidden = !on;
    }
    build(key);
  }

  // ---- building, a few groups per task ------------------------------------------
  // Each task's groups go into their own block, which the browser does not lay
  // out while it is scrolled out of the panel (content-visibility in
  // panels.css): a 1 MB article lists 400 speakers.
  function batch() {
    const block = el('div', 'batch');
    job.target.append(block);
    return block;
  }

  /** The job is built: a panel rebuilt out of sight takes its place now. */
  function done() {
    const { key, target, scroll } = job;
    job = null;
    if (target.isConnected) return;
    const panel = tabs.get(key).panel;
    panel.replaceChildren(...target.childNodes);
    panel.scrollTop = scroll;
  }

  function runJob() {
    if (!job) return;
    const start = performance.now();
    const block = batch();
    while (job.queue.length && performance.now() - start < BUDGET_MS) job.queue.shift()(block);
    if (job.queue.length) job.timer = setTimeout(runJob, 0);
    else done();
  }

  /** Builds everything queued for `key` now (a reveal needs its item). */
  function finishJob(key) {
    if (job?.key !== key) return;
    clearTimeout(job.timer);
    const block = batch();
    while (job.queue.length) job.queue.shift()(block);
    done();
  }

  function cancelJob() {
    if (job) clearTimeout(job.timer);
    job = null;
  }

  /**
   * Builds the panel of `key` a few groups per task. The first time, in
   * place (the first rows show at once); when it already shows something (a
   * new result after an edit), out of sight, then swapped in whole with the
   * reader's scroll position: no flash of an empty panel.
   */
  function build(key, scroll = 0) {
    const t = tabs.get(key);
    if (t.built) return;
    t.built = true;
    if (job) finishJob(job.key);
    t.groups = [];
    if (!summary) {
      t.panel.textContent = '';
      if (key === 'quotes') t.panel.append(el('p', 'none', 'Paste an article to see its quotes, names and repeated blocks.'));
      return;
    }
    const again = t.panel.querySelector('.batch') !== null;
    const target = again ? el('div') : t.panel;
    if (!again) t.panel.textContent = '';
    const queue = key === 'quotes' ? quotesJob(t) : key === 'entities' ? entitiesJob(t)
      : key === 'duplicates' ? duplicatesJob(t) : statsJob(t);
    job = { key, queue, target, scroll, timer: setTimeout(runJob, 0) };
  }

  select('quotes');

  function itemButton(parts, onClick, className = 'item') {
    const button = el('button', className);
    button.type = 'button';
    if (typeof parts === 'string') button.textContent = parts;
    else button.append(...parts);
    button.addEventListener('click', onClick);
    return button;
  }

  /**
   * One group: a list, its first rows, and a "Show K more" button that asks
   * the worker for the rest. `g` is kept in `t.groups` for reveal().
   */
  function groupList(t, list, index, group, row, tag = 'ul', className = 'items') {
    const ul = el(tag, className);
    const g = { ul, shown: 0, count: group.count, moreItem: null, loading: null };
    t.groups[index] = g;
    const add = (rows) => {
      for (const r of rows) ul.insertBefore(row(r), g.moreItem);
      g.shown += rows.length;
      if (g.shown >= g.count) {
        g.moreItem?.remove();
        g.moreItem = null;
      } else if (g.moreItem) {
        g.moreItem.firstChild.textContent = `Show ${n(g.count - g.shown)} more`;
      }
    };
    g.loadAll = () => {
      g.loading ??= more(result, list, index, g.shown).then((rows) => {
        if (rows && t.groups[index] === g) add(rows);
        g.loading = null;
        return !!rows;
      }, () => {
        g.loading = null;
        return false;
      });
      return g.loading;
    };
    if (group.count > group.rows.length) {
      g.moreItem = el('li', 'more');
      const button = itemButton('', () => g.loadAll(), 'chip more-button');
      g.moreItem.append(button);
      ul.append(g.moreItem);
    }
    add(group.rows);
    return ul;
  }

  function quoteRow(q) {
    const parts = [el('span', 'quote-text', `“${q.text}”`)];
    const meta = [q.cue, q.partial ? 'partial' : ''].filter(Boolean).join(' · ');
    if (meta) parts.push(el('span', 'meta', meta));
    const li = el('li');
    const button = itemButton(parts, () => goTo({
      selector: `.al-quote[data-quote="${q.id}"]`,
      needle: `data-quote="${q.id}"`,
    }));
    button.dataset.quote = String(q.id);
    li.append(button);
    return li;
  }

  /**
   * One block per group of panel `list`: a heading (the `title` element and
   * the group's count) over its first rows; `empty` when there is no group.
   */
  function groupsJob(t, list, empty, title, row) {
    const groups = summary[list];
    if (!groups.length) return [(block) => block.append(el('p', 'none', empty))];
    return groups.map((group, i) => (block) => {
      const head = el('h3', 'group-head');
      head.append(title(group), el('span', 'count', n(group.count)));
      block.append(head, groupList(t, list, i, group, row));
    });
  }

  function quotesJob(t) {
    return groupsJob(t, 'quotes', 'No quotes found.', (group) =>
      el('span', group.speaker ? 'speaker' : 'speaker unknown', group.speaker ?? 'No speaker found'), quoteRow);
  }

  function entityRow(entity) {
    let at = -1;
    const swatch = el('span', `swatch al-entity al-${entity.kind}`, '');
    swatch.setAttribute('aria-hidden', 'true');
    const where = el('span', 'meta', `${entity.mentions}×`);
    const go = (step) => {
      at = cycle(at, entity.mentions, step);
      where.textContent = `${at + 1} of ${entity.mentions}`;
      goTo({
        selector: `[data-entity="${entity.id}"][data-mention="${at}"]`,
        needle: `data-entity="${entity.id}" data-mention="${at}"`,
      });
    };
    // Click or Enter: the next mention; with Shift, the previous one.
    const button = itemButton([swatch, el('span', 'name', entity.name), where], (event) => go(event.shiftKey ? -1 : 1));
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.shiftKey) {
        event.preventDefault();
        go(-1);
      }
    });
    button.dataset.entity = String(entity.id);
    button.setAttribute('aria-label', `${entity.name}, ${entity.mentions} mentions; activate for the next one, with Shift for the previous one`);
    const li = el('li');
    li.append(button);
    return li;
  }

  function entitiesJob(t) {
    return groupsJob(t, 'entities', 'No names found.', (group) =>
      el('span', '', KIND_LABEL[group.kind] ?? group.kind), entityRow);
  }

  function duplicateRow(group) {
    const li = el('li', 'dup-group');
    const similarity = group.similarity >= 1 ? 'exact' : `${Math.round(group.similarity * 100)}% alike`;
    li.append(el('p', 'dup-preview', group.preview), el('p', 'meta', `${group.copies} copies · ${similarity}`));
    const copies = el('div', 'copies');
    let at = -1;
    const go = (k) => {
      at = k;
      goTo({ selector: `[data-dup="${group.id}"][data-occ="${k}"]`, needle: `data-dup="${group.id}" data-occ="${k}"` });
    };
    for (let k = 0; k < group.copies; k++) {
      const button = itemButton(k === 0 ? 'Original' : `Copy ${k}`, () => go(k), 'chip');
      button.dataset.dup = String(group.id);
      button.dataset.occ = String(k);
      copies.append(button);
    }
    const next = itemButton('Next ›', (event) => go(cycle(at, group.copies, event.shiftKey ? -1 : 1)), 'chip next');
    next.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.shiftKey) {
        event.preventDefault();
        go(cycle(at, group.copies, -1));
      }
    });
    next.setAttribute('aria-label', 'Jump to the next copy (with Shift, the previous one)');
    copies.append(next);
    li.append(copies);
    return li;
  }

  function duplicatesJob(t) {
    const group = summary.duplicates[0];
    if (!group?.count) return [(block) => block.append(el('p', 'none', 'No repeated blocks found.'))];
    return [(block) => block.append(groupList(t, 'duplicates', 0, group, duplicateRow, 'ol', 'dup-groups'))];
  }

  function statsJob() {
    return [(block) => {
      const dl = el('dl', 'stats');
      for (const [name, value] of summary.stats) dl.append(el('dt', '', name), el('dd', '', value));
      block.append(dl);
    }];
  }

  /** Marks `item` as the one picked in the view and scrolls the panel (not the page) to it. */
  function mark(item) {
    const holder = item.closest('.dup-group') ?? item;
    for (const old of root.querySelectorAll('.picked')) old.classList.remove('picked');
    holder.classList.add('picked');
    const panel = holder.closest('.panel');
    if (panel && panel.scrollHeight > panel.clientHeight) {
      const box = holder.getBoundingClientRect();
      const frame = panel.getBoundingClientRect();
      if (box.top < frame.top || box.bottom > frame.bottom) panel.scrollTop += box.top - frame.top - frame.height / 3;
    }
    return true;
  }

  return {
    /**
     * Shows the panel item of `{ quote | entity | dup: id }` and marks it;
     * asks the worker for the rest of its group when it is not drawn yet.
     * Resolves with whether the item was found.
     */
    async reveal(pick) {
      if (!summary) return false;
      const [key, list, id, selector] = pick.quote !== undefined ? ['quotes', 'quotes', pick.quote, `.item[data-quote="${pick.quote}"]`]
        : pick.entity !== undefined ? ['entities', 'entities', pick.entity, `.item[data-entity="${pick.entity}"]`]
          : ['duplicates', 'duplicates', pick.dup, `.chip[data-dup="${pick.dup}"]`];
      select(key);
      finishJob(key);
      const t = tabs.get(key);
      let item = t.panel.querySelector(selector);
      if (!item) {
        const where = summary.where[list];
        const g = t.groups[where[2 * Number(id)]];
        if (!g || where[2 * Number(id) + 1] < g.shown) return false;
        const mine = summary;
        if (!(await g.loadAll()) || summary !== mine) return false;
        item = t.panel.querySelector(selector);
        if (!item) return false;
      }
      return mark(item);
    },
    /** Shows a new summary (null: nothing analyzed); `resultId` names it for "Show more". */
    update(next, resultId = null) {
      const keys = summary?.keys ?? {};
      summary = next;
      result = resultId;
      if (job && next?.keys?.[job.key] !== keys[job.key]) cancelJob();
      const counts = { quotes: next?.tabs.quotes, entities: next?.tabs.entities, duplicates: next?.tabs.duplicates };
      for (const [key, t] of tabs) {
        const c = counts[key];
        t.count.textContent = c === undefined ? '' : compactCount(c);
        t.tab.setAttribute('aria-label', c === undefined ? TABS.find((x) => x.key === key).label
          : `${TABS.find((x) => x.key === key).label}: ${n(c)}`);
        // A panel whose rows are the same stays (its "Show more" rows too).
        if (!next || next.keys?.[key] !== keys[key]) t.built = false;
      }
      // Keep the open tab's scroll position when an edit brings a new result.
      build(selected, tabs.get(selected).panel.scrollTop);
    },
  };
}
