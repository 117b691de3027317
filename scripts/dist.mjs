// Minimal dist builder: copies www/ (the page and the built www/pkg) into
// dist/, ready for any static host. A placeholder: the page's own version of
// this script (with the single-file dist/article-lens.html) replaces it.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const www = `${root}www`;
const dist = `${root}dist`;
if (!existsSync(`${www}/pkg/article_lens_bg.wasm`)) {
  console.error('dist: www/pkg is missing: run `make wasm` first (or `make dist`)');
  process.exit(1);
}
rmSync(dist, { recursive: true, force: true });
// wasm-pack's npm files are not part of the site; its .gitignore ("*") would
// hide pkg/ from a host that deploys from git.
const skip = new Set(['pkg/.gitignore', 'pkg/package.json', 'pkg/README.md']);
cpSync(www, dist, {
  recursive: true,
  filter: (src) => !skip.has(src.slice(www.length + 1)) && !src.endsWith('.test.mjs'),
});
console.log(`dist: ${dist}`);
