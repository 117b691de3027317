// The highlighted view: shows the HTML the Rust renderer produced (escaped
// there; the only innerHTML on the page), hides layers by CSS class, explains
// a highlight on hover or focus, and moves between highlights with keys.
import { cycle, sliceEnd } from './logic.js';

/** Every highlight element, whatever its layer. */
const HIGHLIGHT = '.al-quote, .al-entity, .al-dup, .al-boiler';
/**
 * A long article is inserted in slices of about this many characters of HTML,
 * one per task, so the page answers input between them (a 1 MB text makes
 * ~3 MB of HTML; one innerHTML of it blocks for most of a second).
 */
const SLICE = 64 * 1024;
const ARTICLE_OPEN = '<article class="al-doc">';
const ARTICLE_CLOSE = '</article>';

/** Keys that move to the next / previous visible highlight inside the view. */
const NEXT_KEYS = new Set(['n', 'j', ']']);
const PREVIOUS_KEYS = new Set(['p', 'k', '[']);

/** The label of one highlight (from the renderer's title, moved aside once). */
function label(node) {
  if (node.hasAttribute('title')) {
    node.dataset.label = node.getAttribute('title');
    node.removeAttribute('title'); // our tooltip replaces the browser's
  }
  return node.dataset.label ?? '';
}

/**
 * Mounts the view into `root`; returns `{ show, clear, setHidden, goTo }`.
 * `onPick({ quote | entity | dup })` tells which item a click on a highlight
 * (innermost visible one) points at, so the panels can show it.
 */
export function mountView(root, { onPick = () => {} } = {}) {
  root.className = 'view-wrap';
  const help = document.createElement('p');
  help.id = 'view-help';
  help.className = 'view-help';
  help.textContent = 'Tab into the article, then press N / P (or J / K) for the next / previous highlight.';
  const view = document.createElement('div');
  view.className = 'view empty';
  view.id = 'view-body';
  view.tabIndex = 0;
  view.setAttribute('role', 'region');
  view.setAttribute('aria-label', 'Highlighted article');
  view.setAttribute('aria-describedby', 'view-help');
  view.textContent = 'The highlighted article appears here.';
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.id = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  root.append(help, view, live);
  document.body.append(tip); // positioned in page coordinates

  let current = null;

  function showTip(target) {
    const lines = [];
    for (let n = target; n && n !== view; n = n.parentElement) {
      if (n.matches(HIGHLIGHT) && !hiddenLayer(n)) lines.push(label(n));
    }
    if (!lines.length) return hideTip();
    tip.textContent = '';
    for (const line of lines) {
      const div = document.createElement('div');
      div.textContent = line;
      tip.append(div);
    }
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(4, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 4));
    tip.style.left = `${left}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  }

  function hideTip() {
    tip.hidden = true;
  }

  let hidden = new Set();
  /** Whether `node` belongs to a layer the reader switched off. */
  function hiddenLayer(node) {
    const c = node.classList;
    if (c.contains('al-quote')) return hidden.has('quotes');
    if (c.contains('al-dup')) return hidden.has('duplicates');
    if (c.contains('al-boiler')) return hidden.has('boilerplate');
    for (const kind of hidden) if (c.contains(`al-${kind}`)) return true;
    return false;
  }

  view.addEventListener('mouseover', (event) => {
    const target = event.target.closest?.(HIGHLIGHT);
    if (target && view.contains(target)) showTip(target);
    else hideTip();
  });
  view.addEventListener('mouseleave', hideTip);
  view.addEventListener('click', (event) => {
    if (window.getSelection()?.toString()) return; // selecting text, not picking
    for (let n = event.target; n && n !== view; n = n.parentElement) {
      if (!n.matches?.(HIGHLIGHT) || hiddenLayer(n)) continue;
      const d = n.dataset;
      if (d.entity !== undefined) return onPick({ entity: d.entity });
      if (d.quote !== undefined) return onPick({ quote: d.quote });
      if (d.dup !== undefined) return onPick({ dup: d.dup });
    }
  });
  view.addEventListener('focusin', (event) => {
    if (event.target !== view && event.target.matches(HIGHLIGHT)) showTip(event.target);
  });
  view.addEventListener('focusout', hideTip);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTip();
  });

  /** Visible highlights, outermost only once (a nested one is its own stop). */
  function stops() {
    return [...view.querySelectorAll(HIGHLIGHT)].filter((n) => !hiddenLayer(n));
  }

  view.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    const direction = NEXT_KEYS.has(key) ? 1 : PREVIOUS_KEYS.has(key) ? -1 : 0;
    if (!direction) return;
    event.preventDefault();
    flush();
    const list = stops();
    if (!list.length) return;
    const index = cycle(current ? list.indexOf(current) : -1, list.length, direction);
    focus(list[index], { flash: false, announce: `${index + 1} of ${list.length}` });
  });

  function focus(node, { flash = true, announce = '' } = {}) {
    if (!node) return false;
    current = node;
    node.tabIndex = -1;
    // An instant jump: the flash shows where, and the tooltip shown on focus
    // is placed where the highlight ends up, not where a smooth scroll began.
    node.scrollIntoView({ block: 'center', behavior: 'auto' });
    node.setAttribute('aria-describedby', tip.id);
    node.focus({ preventScroll: true });
    if (flash) {
      node.classList.remove('al-flash');
      void node.offsetWidth; // restart the animation
      node.classList.add('al-flash');
      node.addEventListener('animationend', () => node.classList.remove('al-flash'), { once: true });
    }
    live.textContent = [label(node), announce].filter(Boolean).join(' — ');
    return true;
  }

  let rendering = null; // { body, pos, article } while slices remain

  /** Inserts the next slice; returns false when the article is complete. */
  function step(limit = SLICE) {
    const r = rendering;
    if (!r) return false;
    const end = sliceEnd(r.body, r.pos, limit);
    // Whole elements of the Rust renderer's escaped output (see sliceEnd).
    r.article.insertAdjacentHTML('beforeend', r.body.slice(r.pos, end));
    r.pos = end;
    if (end >= r.body.length) rendering = null;
    return rendering !== null;
  }

  /** Renders whatever is left at once (before jumping to a highlight). */
  function flush() {
    while (step(Infinity));
  }

  return {
    view,
    /** Shows the renderer's HTML; resolves when all of it is in the page. */
    async show(html) {
      hideTip();
      current = null;
      rendering = null;
      view.classList.remove('empty');
      if (html.length <= SLICE || !html.startsWith(ARTICLE_OPEN) || !html.endsWith(ARTICLE_CLOSE)) {
        view.innerHTML = html; // produced and escaped by the Rust renderer (src/highlight.rs)
        return;
      }
      view.innerHTML = ARTICLE_OPEN + ARTICLE_CLOSE;
      const mine = {
        body: html.slice(ARTICLE_OPEN.length, html.length - ARTICLE_CLOSE.length),
        pos: 0,
        article: view.firstElementChild,
      };
      rendering = mine;
      while (rendering === mine && step()) {
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
    clear(message) {
      rendering = null;
      hideTip();
      current = null;
      view.classList.add('empty');
      view.textContent = message;
    },
    setHidden(keys) {
      hidden = new Set(keys);
      for (const cls of [...view.classList]) if (cls.startsWith('hide-')) view.classList.remove(cls);
      for (const key of keys) view.classList.add(`hide-${key}`);
      hideTip();
    },
    /** Scrolls to, focuses and flashes the first element matching `selector`. */
    goTo(selector) {
      flush();
      return focus(view.querySelector(selector));
    },
  };
}
