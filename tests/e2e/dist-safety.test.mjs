// scripts/dist.mjs deletes and rewrites its output folder, so it must refuse
// any folder that is not dedicated to it. Run on a copy of the repository's
// script and page in a temp folder: a regression deletes the copy, never the
// working tree.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

test('dist.mjs writes only into a dedicated output folder', async (t) => {
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'al-dist-safety-')));
  t.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const repo = path.join(tmp, 'repo');
  fs.mkdirSync(path.join(repo, 'scripts'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'scripts/dist.mjs'), path.join(repo, 'scripts/dist.mjs'));
  fs.cpSync(path.join(ROOT, 'www'), path.join(repo, 'www'), { recursive: true });
  const sentinel = path.join(repo, 'KEEP.txt');
  fs.writeFileSync(sentinel, 'must survive');
  const run = (...args) => spawnSync(process.execPath, [path.join(repo, 'scripts/dist.mjs'), ...args], { cwd: repo, encoding: 'utf8' });

  const outside = path.join(tmp, 'not-ours');
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'precious.txt'), 'x');
  const file = path.join(tmp, 'a-file');
  fs.writeFileSync(file, 'x');
  const link = path.join(tmp, 'link-to-repo');
  fs.symlinkSync(repo, link);

  const refused = {
    '.': '.', '..': '..', 'a relative path': 'out', 'the repository': repo, 'a folder in it': path.join(repo, 'www'),
    'above it': tmp, 'the root folder': '/', 'a full folder not made by dist.mjs': outside, 'a file': file,
    'a link to the repository': link, 'a new folder behind that link': path.join(link, 'new'),
  };
  for (const [what, arg] of Object.entries(refused)) {
    const r = run(arg);
    assert.equal(r.status, 1, `${what} (${arg}) refused: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /^dist: /, what);
  }
  assert.equal(fs.readFileSync(sentinel, 'utf8'), 'must survive', 'the repository copy is intact');
  assert.ok(fs.existsSync(path.join(repo, 'www/index.html')));
  assert.ok(fs.existsSync(path.join(outside, 'precious.txt')));
  assert.ok(!fs.existsSync(path.join(repo, 'out')) && !fs.existsSync(path.join(repo, 'new')));

  // Allowed: the default dist/, a new folder, an empty one, and one stamped by an earlier run.
  const fresh = path.join(tmp, 'fresh');
  const empty = path.join(tmp, 'empty');
  fs.mkdirSync(empty);
  for (const args of [[], [fresh], [empty], [fresh]]) {
    const r = run(...args);
    assert.equal(r.status, 0, `${args[0] ?? 'default'}: ${r.stderr}`);
    const out = args[0] ?? path.join(repo, 'dist');
    assert.ok(fs.existsSync(path.join(out, 'article-lens.html')), out);
    assert.ok(fs.existsSync(path.join(out, '.article-lens-dist')), `${out} stamped`);
  }
  assert.equal(fs.readFileSync(sentinel, 'utf8'), 'must survive');
});
