#!/usr/bin/env bash
# Builds the wasm with each candidate release opt-level and prints its size
# (raw and gzip -9) after wasm-opt, and a quick parse() timing: the numbers
# behind the choice in Cargo.toml, written up in docs/SIZE.md.
# Usage: scripts/measure-wasm.sh [LEVEL:WASM_OPT_FLAG ...]   (default: 3:-O3 s:-Os z:-Oz)
# Builds go to target/measure so the normal build cache is left alone.
# CPU-heavy (one full release build per level): runs under nice.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
scripts/check-wasm-opt.sh
# The wasm features every browser we target has; the same list as the
# wasm-opt flags in Cargo.toml.
features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals)
combos=("$@")
[ ${#combos[@]} -gt 0 ] || combos=(3:-O3 s:-Os z:-Oz)
printf '%-6s %-6s %10s %10s %10s %s\n' opt wasm-opt "cargo" raw gzip-9 speed
for combo in "${combos[@]}"; do
  level=${combo%%:*}
  flag=${combo#*:}
  out="target/measure/pkg-$level$flag"
  rm -rf "$out"
  # --no-opt: wasm-opt is run below with this combo's flag rather than the
  # one in Cargo.toml.
  CARGO_TARGET_DIR=target/measure CARGO_PROFILE_RELEASE_OPT_LEVEL="$level" \
    nice -n 10 wasm-pack --quiet build --release --target web --mode no-install --no-opt \
    --out-dir "$PWD/$out" >/dev/null 2>"target/measure/build-$level.log" || {
      cat "target/measure/build-$level.log"; exit 1; }
  wasm="$out/article_lens_bg.wasm"
  before=$(stat -c %s "$wasm")
  cp "$wasm" "$out/unoptimized.wasm" # kept for comparing wasm-opt builds
  nice -n 10 wasm-opt "$flag" "${features[@]}" "$wasm" -o "$wasm.opt"
  mv "$wasm.opt" "$wasm"
  raw=$(stat -c %s "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  speed=$(node scripts/wasm-speed.mjs "$out" | sed 's/^speed: //')
  printf '%-6s %-6s %10s %10s %10s %s\n' "$level" "$flag" "$before" "$raw" "$gz" "$speed"
done
