#!/usr/bin/env bash
# Scores the CLI's analyses against the gold sets in ../shared with
# ../shared/eval/score.py (read where it is, never copied).
# Usage: scripts/eval.sh [SET...]   SET = fixtures | conll2003-dev | polnear-dev (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
if [ ! -f "$shared/eval/score.py" ]; then
  echo "eval: $shared/eval/score.py not found. The gold sets and the scorer live in a shared/ folder"
  echo "beside this checkout (../shared); a fresh clone of the project alone has no gold to score against."
  exit 0
fi
cargo build --release --quiet --bin article-lens
bin=target/release/article-lens
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(fixtures conll2003-dev polnear-dev)
for set in "${sets[@]}"; do
  case "$set" in
    fixtures) gold="$shared/fixtures" ;;
    *) gold="$shared/data/$set" ;;
  esac
  out=".eval/$set"
  rm -rf "$out"; mkdir -p "$out"
  for txt in "$gold"/*.txt; do
    name=$(basename "$txt" .txt)
    case "$name" in *.ann) continue ;; esac
    [ -f "$gold/$name.gold.json" ] || continue
    "$bin" analyze "$txt" > "$out/$name.json"
  done
  echo "== $set"
  python3 "$shared/eval/score.py" --batch "$out" --gold-dir "$gold" | sed -n '/^MICRO/,$p'
  python3 scripts/eval_kinds.py "$shared/eval" "$out" "$gold"
done
