// The legend: one toggle per layer with its swatch (drawn with the same
// classes as the highlights) and its count. Some layers start hidden (see
// logic.js LAYERS); the reader's choice is kept in localStorage. Emits
// `onChange(hiddenKeys)`, once at mount with the starting set.
import { LAYERS, initialHidden } from './logic.js';

const STORAGE_KEY = 'article-lens:hidden-layers';

/** The swatch classes of each layer: the renderer's own class names. */
const SWATCH = {
  quotes: 'al-quote',
  person: 'al-entity al-person',
  organization: 'al-entity al-organization',
  place: 'al-entity al-place',
  group: 'al-entity al-group',
  date: 'al-entity al-date',
  number: 'al-entity al-number',
  duplicates: 'al-dup al-copy',
  boilerplate: 'al-boiler',
};

function load() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(hidden) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(hidden));
  } catch {
    // storage blocked: the choice lasts until the page closes
  }
}

/** Mounts the legend into `root`; returns `{ update(counts) }` (logic.js layerCounts). */
export function mountLegend(root, { onChange }) {
  root.className = 'legend';
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', 'Layers (toggle to show or hide)');
  const hidden = new Set(initialHidden(load()));
  const items = new Map();
  for (const layer of LAYERS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'layer';
    button.dataset.layer = layer.key;
    button.setAttribute('aria-pressed', String(!hidden.has(layer.key)));
    const swatch = document.createElement('span');
    swatch.className = `swatch ${SWATCH[layer.key]}`;
    swatch.textContent = 'Aa';
    swatch.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.textContent = layer.label;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = '0';
    button.append(swatch, name, count);
    button.addEventListener('click', () => {
      if (hidden.has(layer.key)) hidden.delete(layer.key);
      else hidden.add(layer.key);
      button.setAttribute('aria-pressed', String(!hidden.has(layer.key)));
      store([...hidden]);
      onChange([...hidden]);
    });
    items.set(layer.key, { button, count, label: layer.label });
    root.append(button);
  }
  onChange([...hidden]);
  return {
    update(counts) {
      for (const [key, { button, count, label }] of items) {
        const c = counts?.[key] ?? 0;
        count.textContent = c.toLocaleString('en-US');
        button.classList.toggle('zero', c === 0);
        button.setAttribute('aria-label', `${label}: ${c}`);
      }
    },
  };
}
