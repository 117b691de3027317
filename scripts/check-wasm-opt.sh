#!/usr/bin/env bash
# Fails unless the wasm-opt found first on PATH is binaryen 132 from the
# project's node_modules. Why: wasm-pack silently skips optimization when no
# wasm-opt is found, and Debian's binaryen (108) writes modules that fail at
# load in the browser ("WebAssembly.Table.set(): Argument 1 is invalid for table").
set -euo pipefail
cd "$(dirname "$0")/.."
want="$PWD/node_modules/.bin/wasm-opt"
want_version=$(node -p "require('./package.json').devDependencies.binaryen.split('.')[0]")
found=$(command -v wasm-opt || true)
if [ "$found" != "$want" ]; then
  echo "wasm-opt: expected $want first on PATH, found '${found:-nothing}'." >&2
  echo "  Run 'make setup' (installs npm binaryen) and build through make, which puts node_modules/.bin first on PATH." >&2
  exit 1
fi
version=$(wasm-opt --version)
case "$version" in
  *"version $want_version "* | *"version $want_version") ;;
  *) echo "wasm-opt: expected binaryen $want_version, found: $version (run 'make setup')" >&2; exit 1 ;;
esac
echo "wasm-opt: $found ($version)"
