#!/usr/bin/env bash
# Instructions V8 executes per call of one wasm export: a noise-free measure
# of the code V8's optimizing compiler makes of a build (wall times on this
# shared 2-core machine swing 2x between runs of the same binary). Counts
# with callgrind the node process running the export N1 and then N2 times,
# TurboFan only and single-threaded (no baseline tier, no background
# compiles), and prints the difference divided by N2 - N1.
#
# Usage: scripts/wasm-instructions.sh PKG_DIR FILE [EXPORT] [N1] [N2]
#   EXPORT defaults to analyzeAndHighlight, N1/N2 to 5/15.
# Needs valgrind (apt-get install valgrind); not part of `make test`.
# The numbers behind the wasm-opt level in Cargo.toml: docs/SIZE.md.
set -euo pipefail
pkg=$(cd "$1" && pwd)
file=$2
export_name=${3:-analyzeAndHighlight}
n1=${4:-5}
n2=${5:-15}
command -v valgrind >/dev/null || { echo "wasm-instructions: needs valgrind" >&2; exit 1; }
driver=$(mktemp --suffix=.mjs)
trap 'rm -f "$driver"' EXIT
cat >"$driver" <<'JS'
import fs from 'node:fs';
const [pkg, file, name, n] = process.argv.slice(2);
const glue = await import(pkg + '/article_lens.js');
glue.initSync({ module: fs.readFileSync(pkg + '/article_lens_bg.wasm') });
const text = fs.readFileSync(file, 'utf8');
for (let i = 0; i < Number(n); i++) glue[name](text);
JS
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    node --predictable --no-liftoff --no-wasm-tier-up --single-threaded "$driver" "$pkg" "$file" "$export_name" "$1" 2>&1 |
    sed -n 's/.*I *refs: *//p' | tr -d ','
}
a=$(count "$n1")
b=$(count "$n2")
echo "$export_name $(basename "$file"): $(((b - a) / (n2 - n1))) instructions per call"
