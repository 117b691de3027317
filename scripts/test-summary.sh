#!/usr/bin/env bash
# Adds up the closing lines of the test runners in a log (cargo test and
# wasm-bindgen-test: "test result: ok. N passed; M failed"; node --test:
# "# pass N" / "# fail M") and prints one line: "test: N passed, M failed".
# Fails when anything failed or nothing ran: a runner that exits 0 after
# running no test (wasm-pack test does) must not pass as green.
set -euo pipefail
log=${1:?usage: test-summary.sh LOG}
read -r passed failed < <(awk '
  /^test result: / {
    for (i = 1; i <= NF; i++) {
      if ($(i + 1) ~ /^passed;?$/) p += $i
      if ($(i + 1) ~ /^failed;?$/) f += $i
    }
  }
  /^(#|ℹ) pass [0-9]+$/ { p += $3 }
  /^(#|ℹ) fail [0-9]+$/ { f += $3 }
  END { print p + 0, f + 0 }' "$log")
echo "test: $passed passed, $failed failed"
if [ "$failed" -ne 0 ]; then
  echo "test-summary: $failed failed in $log" >&2
  exit 1
fi
if [ "$passed" -eq 0 ]; then
  echo "test-summary: no test ran (see $log)" >&2
  exit 1
fi
