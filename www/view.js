// The highlighted view: shows the HTML the Rust renderer produced (escaped
// there; the only innerHTML on the page), hides layers by CSS class, explains
// a highlight on hover, focus or tap, and moves between highlights with keys.
//
// A long article arrives as chunks of whole paragraphs (logic.js chunkHtml,
// UTF-8 in one buffer). Each chunk gets its own container; the containers
// are filled a few per task, the ones on screen first, so no task holds the
// page for long, and `content-visibility: auto` lets the browser skip the
// style, layout and paint of the ones off screen. A new result for an edited
// text redraws only the chunks whose bytes changed. A jump to a highlight
// (panel click, N / P) fills just the chunk it needs.
import { cycle } from './logic.js';

/** Every highlight element, whatever its layer. */
const HIGHLIGHT = '.al-quote, .al-entity, .al-dup, .al-boiler';

/** Keys that move to the next / previous visible highlight inside the view. */
const NEXT_KEYS = new Set(['n', 'j', ']']);
const PREVIOUS_KEYS = new Set(['p', 'k', '[']);

/** The class of each legend layer's highlights (entity kinds: `.al-entity.al-<kind>`). */
const LAYER_CLASS = { quotes: '.al-quote', duplicates: '.al-dup', boilerplate: '.al-boiler' };

/** Milliseconds of chunk filling per task before the page gets control back. */
const BUDGET_MS = 12;

/**
 * Mounts the view into `root`; returns `{ show, clear, setHidden, goTo }`.
 * `onPick({ quote | entity | dup })` tells which item a click (or Enter /
 * Space) on a highlight points at (innermost visible layer), so the panels
 * can show it.
 */
export function mountView(root, { onPick = () => {} } = {}) {
  root.className = 'view-wrap';
  const help = document.createElement('p');
  help.id = 'view-help';
  help.className = 'view-help';
  help.textContent = 'Tab into the article, then press N / P (or J / K) for the next / previous highlight, Enter to show it in the panels.';
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
  // The labels the highlights' aria-describedby point at (al-l<n>).
  const labelBox = document.createElement('div');
  labelBox.id = 'al-labels';
  labelBox.hidden = true;
  root.append(help, view, live, labelBox);
  document.body.append(tip); // positioned in page coordinates

  let labels = [];
  let labelsKey = '';
  let current = null;
  let hidden = new Set();
  let stopsCache = null; // every visible highlight in order, once the article is complete

  /** The label of one highlight ("quote · Ann Reyes · said"). */
  function label(node) {
    const ref = node.getAttribute('aria-describedby') ?? node.dataset.aria?.split('|')[1] ?? '';
    if (ref.startsWith('al-l')) return labels[Number(ref.slice(4))] ?? '';
    return node.getAttribute('title') ?? '';
  }

  function setLabels(joined) {
    if (joined === labelsKey) return;
    labelsKey = joined;
    labels = joined ? joined.split('\u0000') : [];
    const fragment = document.createDocumentFragment();
    labels.forEach((text, n) => {
      const span = document.createElement('span');
      span.id = `al-l${n}`;
      span.textContent = text;
      fragment.append(span);
    });
    labelBox.replaceChildren(fragment);
  }

  function showTip(target) {
    const lines = [];
    for (let n = target; n && n !== view; n = n.parentElement) {
      if (n.matches(HIGHLIGHT) && !hiddenLayer(n)) lines.push(label(n));
    }
    if (!lines.length) return hideTip();
    tip.replaceChildren(...lines.map((line) => {
      const div = document.createElement('div');
      div.textContent = line;
      return div;
    }));
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

  /** Whether `node` belongs to a layer the reader switched off. */
  function hiddenLayer(node) {
    const c = node.classList;
    if (c.contains('al-quote')) return hidden.has('quotes');
    if (c.contains('al-dup')) return hidden.has('duplicates');
    if (c.contains('al-boiler')) return hidden.has('boilerplate');
    for (const kind of hidden) if (c.contains(`al-${kind}`)) return true;
    return false;
  }

  /**
   * Screen readers follow the legend too: the highlights of a hidden layer
   * lose their mark role and description (kept in data-aria) and get them
   * back when it is shown again. The text is never touched.
   */
  function quiet(root, keys, mute) {
    const selector = keys.map((k) => LAYER_CLASS[k] ?? `.al-entity.al-${k}`).join(', ');
    if (!selector) return;
    for (const n of root.querySelectorAll(selector)) {
      if (mute && n.hasAttribute('role')) {
        n.dataset.aria = `${n.getAttribute('aria-roledescription')}|${n.getAttribute('aria-describedby')}`;
        n.removeAttribute('role');
        n.removeAttribute('aria-roledescription');
        n.removeAttribute('aria-describedby');
      } else if (!mute && n.dataset.aria) {
        const [kind, ref] = n.dataset.aria.split('|');
        n.setAttribute('role', 'mark');
        n.setAttribute('aria-roledescription', kind);
        n.setAttribute('aria-describedby', ref);
        delete n.dataset.aria;
      }
    }
  }

  /** Tells the panels about the innermost visible highlight at `target`. */
  function pick(target) {
    for (let n = target; n && n !== view; n = n.parentElement) {
      if (!n.matches?.(HIGHLIGHT) || hiddenLayer(n)) continue;
      const d = n.dataset;
      if (d.entity !== undefined) return onPick({ entity: d.entity });
      if (d.quote !== undefined) return onPick({ quote: d.quote });
      if (d.dup !== undefined) return onPick({ dup: d.dup });
    }
    return undefined;
  }

  view.addEventListener('mouseover', (event) => {
    const target = event.target.closest?.(HIGHLIGHT);
    if (target && view.contains(target)) showTip(target);
    else hideTip();
  });
  view.addEventListener('mouseleave', hideTip);
  view.addEventListener('scroll', hideTip, { passive: true });
  view.addEventListener('click', (event) => {
    if (window.getSelection()?.toString()) return; // selecting text, not picking
    const target = event.target.closest?.(HIGHLIGHT);
    if (!target || !view.contains(target)) return hideTip();
    showTip(target); // a tap has no hover: say what it is
    pick(target);
  });
  view.addEventListener('focusin', (event) => {
    if (event.target !== view && event.target.matches(HIGHLIGHT)) showTip(event.target);
  });
  view.addEventListener('focusout', hideTip);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTip();
  });

  view.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const on = event.target !== view && event.target.matches?.(HIGHLIGHT) ? event.target : null;
    if (on && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault(); // Space would scroll
      showTip(on);
      pick(on);
      return;
    }
    const key = event.key.toLowerCase();
    const direction = NEXT_KEYS.has(key) ? 1 : PREVIOUS_KEYS.has(key) ? -1 : 0;
    if (!direction) return;
    event.preventDefault();
    move(direction);
  });

  // ---- chunks ---------------------------------------------------------------
  const decoder = new TextDecoder();
  let article = null; // <article class="al-doc">
  /** One entry per chunk: { el, hash, size, todo } (todo: content not yet this result's). */
  let chunks = [];
  let source = null; // { bytes, ends } of the result being drawn
  let generation = 0;
  let perByte = 0.02; // estimated px of height per byte of HTML, calibrated on the first chunk drawn
  let finished = null; // resolves the promise of show()
  let timer = 0;
  const visible = new Set();
  const observer = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target);
        else visible.delete(e.target);
      }
    }, { rootMargin: '50% 0px' })
    : null;

  const chunkHtml = (i) => decoder.decode(source.bytes.subarray(i ? source.ends[i - 1] : 0, source.ends[i]));

  function placeholder(entry) {
    const h = Math.max(24, Math.round(entry.size * perByte));
    entry.el.style.containIntrinsicSize = `auto ${h}px`;
    if (entry.todo && !entry.el.firstChild) entry.el.style.minHeight = `${h}px`;
  }

  // The height estimate of the chunks not drawn yet, calibrated on the first
  // chunk drawn once the browser has laid it out anyway (no forced layout).
  let calibrate = false;
  const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver((entries) => {
    sizes.disconnect();
    const { target, borderBoxSize } = entries[0];
    const h = borderBoxSize?.[0]?.blockSize ?? target.getBoundingClientRect().height;
    // Not in this callback: resizing elements here would start another round of it.
    setTimeout(() => {
      const entry = chunks.find((c) => c.el === target);
      if (!entry || h <= 0 || !entry.size) return;
      perByte = h / entry.size;
      for (const c of chunks) if (c.todo || c.el.style.containIntrinsicSize) placeholder(c);
    }, 0);
  }) : null;

  /** Puts chunk `i` of the current result into the page. */
  function fill(i) {
    const entry = chunks[i];
    if (!entry?.todo) return;
    entry.el.innerHTML = entry.html ?? chunkHtml(i); // produced and escaped by the Rust renderer (src/highlight.rs)
    entry.html = null;
    entry.todo = false;
    entry.el.style.minHeight = '';
    if (hidden.size) quiet(entry.el, [...hidden], true);
    stopsCache = null;
    if (calibrate && sizes) {
      calibrate = false;
      sizes.observe(entry.el);
    }
  }

  /** The next chunk to fill: one on screen first, then in reading order. */
  function nextTodo() {
    let first = -1;
    for (let i = 0; i < chunks.length; i++) {
      if (!chunks[i].todo) continue;
      if (visible.has(chunks[i].el)) return i;
      if (first < 0) first = i;
    }
    return first;
  }

  function done() {
    clearTimeout(timer);
    const resolve = finished;
    finished = null;
    resolve?.(true);
  }

  function work(mine) {
    if (mine !== generation) return;
    const start = performance.now();
    do {
      const i = nextTodo();
      if (i < 0) return done();
      fill(i);
    } while (performance.now() - start < BUDGET_MS);
    timer = setTimeout(() => work(mine), 0);
  }

  /** Fills every chunk left at once (tests, and nothing else, need that). */
  function flush() {
    for (let i = 0; i < chunks.length; i++) fill(i);
    done();
  }

  function supersede() {
    generation++;
    clearTimeout(timer);
    const resolve = finished;
    finished = null;
    resolve?.(false);
  }

  // ---- moving between highlights ---------------------------------------------
  const chunkOf = (node) => chunks.findIndex((c) => c.el === node.closest('.al-chunk'));
  const stopsIn = (i) => [...chunks[i].el.querySelectorAll(HIGHLIGHT)].filter((n) => !hiddenLayer(n));

  /** Focuses the next (+1) / previous (-1) visible highlight, filling chunks on the way. */
  function move(direction) {
    const n = chunks.length;
    if (!n) return;
    let at = current && view.contains(current) ? chunkOf(current) : -1;
    if (at >= 0 && !chunks[at].todo) {
      const list = stopsIn(at);
      const k = list.indexOf(current) + direction;
      if (k >= 0 && k < list.length) return focus(list[k], { flash: false, announce: true });
    } else {
      at = direction > 0 ? -1 : n;
    }
    for (let step = 1; step <= n; step++) {
      const i = (((at + step * direction) % n) + n) % n;
      fill(i);
      const list = stopsIn(i);
      if (list.length) return focus(direction > 0 ? list[0] : list[list.length - 1], { flash: false, announce: true });
    }
    return undefined;
  }

  function position(node) {
    if (chunks.some((c) => c.todo)) return '';
    stopsCache ??= [...view.querySelectorAll(HIGHLIGHT)].filter((x) => !hiddenLayer(x));
    const index = stopsCache.indexOf(node);
    return index < 0 ? '' : `${index + 1} of ${stopsCache.length}`;
  }

  function focus(node, { flash = true, announce = false } = {}) {
    if (!node) return false;
    current = node;
    node.tabIndex = -1;
    // An instant jump: the flash shows where, and the tooltip shown on focus
    // is placed where the highlight ends up, not where a smooth scroll began.
    node.scrollIntoView({ block: 'center', behavior: 'auto' });
    node.focus({ preventScroll: true });
    if (flash) {
      node.classList.remove('al-flash');
      void node.offsetWidth; // restart the animation
      node.classList.add('al-flash');
      node.addEventListener('animationend', () => node.classList.remove('al-flash'), { once: true });
    }
    live.textContent = [label(node), announce ? position(node) : ''].filter(Boolean).join(' — ');
    return true;
  }

  function reset(message) {
    supersede();
    observer?.disconnect();
    visible.clear();
    chunks = [];
    article = null;
    source = null;
    current = null;
    stopsCache = null;
    hideTip();
    view.classList.toggle('empty', message !== undefined);
    view.textContent = message ?? '';
  }

  return {
    view,
    /**
     * Shows a result of the worker ({ article, bytes, ends, hashes, labels });
     * resolves with true once all of it is in the page, false if a newer one
     * came first. Chunks equal to the ones on screen stay as they are.
     */
    show({ article: isArticle, bytes, ends, hashes, labels: joined }) {
      hideTip();
      current = null;
      stopsCache = null;
      if (!isArticle) {
        reset();
        setLabels(joined);
        view.innerHTML = decoder.decode(bytes); // produced and escaped by the Rust renderer
        return Promise.resolve(true);
      }
      supersede();
      if (!article) {
        reset();
        article = document.createElement('article');
        article.className = 'al-doc';
        view.append(article);
      }
      source = { bytes, ends };
      const old = chunks;
      chunks = [];
      for (let i = 0; i < ends.length; i++) {
        const size = ends[i] - (i ? ends[i - 1] : 0);
        const reuse = old[i];
        if (reuse && !reuse.todo && reuse.hash === hashes[i] && reuse.size === size) {
          chunks.push(reuse);
          continue;
        }
        const el = reuse?.el ?? document.createElement('div');
        if (!reuse) {
          el.className = 'al-chunk';
          article.append(el);
          observer?.observe(el);
        }
        const entry = { el, hash: hashes[i], size, todo: true, html: null };
        chunks.push(entry);
        placeholder(entry);
      }
      for (const gone of old.slice(ends.length)) {
        observer?.unobserve(gone.el);
        visible.delete(gone.el);
        gone.el.remove();
      }
      const mine = generation;
      const promise = new Promise((resolve) => { finished = resolve; });
      // The labels in a task of their own, then the chunks.
      timer = setTimeout(() => {
        setLabels(joined);
        timer = setTimeout(() => work(mine), 0);
      }, 0);
      calibrate = true;
      return promise;
    },
    clear(message) {
      setLabels('');
      reset(message);
    },
    setHidden(keys) {
      const before = hidden;
      hidden = new Set(keys);
      stopsCache = null;
      quiet(view, keys.filter((k) => !before.has(k)), true);
      quiet(view, [...before].filter((k) => !hidden.has(k)), false);
      for (const cls of [...view.classList]) if (cls.startsWith('hide-')) view.classList.remove(cls);
      for (const key of keys) view.classList.add(`hide-${key}`);
      hideTip();
    },
    /**
     * Scrolls to, focuses and flashes the first element matching `selector`,
     * filling first the chunk whose HTML holds `needle` (an attribute text
     * such as `data-quote="3"`) if it is not drawn yet.
     */
    goTo({ selector, needle }) {
      for (let i = 0; i < chunks.length; i++) {
        const entry = chunks[i];
        if (entry.todo) {
          entry.html ??= chunkHtml(i);
          if (!entry.html.includes(needle)) continue;
          fill(i);
        }
        const node = entry.el.querySelector(selector);
        if (node) return focus(node);
      }
      return !chunks.length && focus(view.querySelector(selector));
    },
    /** Draws whatever is left now (for tests and measurements). */
    flush,
  };
}
