#!/usr/bin/env bash
# Installs what building and testing article-lens needs, and only what is
# missing: each step checks first and prints one line, "present" or
# "installed". Safe to run again and again (make runs it before every build);
# on a machine that has everything it takes a second or two.
#
#   wasm32-unknown-unknown   rustup target, for the wasm build
#   wasm-pack 0.15.1         cargo install --locked
#   wasm-bindgen-cli         the exact version of the wasm-bindgen crate in Cargo.lock
#   node_modules             npm ci: binaryen (wasm-opt) and playwright-core
#   chromium                 Debian chromium + chromium-driver, for the end-to-end tests
#
# Tools go to cargo's own bin folder (~/.cargo/bin) and the project's
# node_modules, so they survive to the next run on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

WASM_PACK_VERSION=0.15.1
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$root/node_modules/.bin:$cargo_bin:$PATH"

say() { printf 'setup: %-22s %s\n' "$1" "$2"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

# Several checkouts on one machine may run this at once (each developer's
# worktree, CI): one cargo install or apt-get at a time, and the second runner
# then finds the tool present instead of building it again.
lock_dir="${XDG_RUNTIME_DIR:-/tmp}"
exec 9>"$lock_dir/article-lens-setup.lock"
if command -v flock >/dev/null; then
  flock 9
fi

# --- /dev/null must be the null device. A tool that renames a file over it
# (an atomic "-o /dev/null") leaves a plain file that collects whatever is
# written there; cargo's `rustc -` probes then read that text as source and
# every build fails with "unknown start of token" in <anon>.
if [ ! -c /dev/null ]; then
  if [ "$(id -u)" = 0 ]; then
    rm -f /dev/null && mknod -m 666 /dev/null c 1 3
    say /dev/null "repaired (it was a plain file)"
  else
    die "/dev/null is not a character device; as root: rm /dev/null && mknod -m 666 /dev/null c 1 3"
  fi
fi

command -v cargo >/dev/null || die "cargo not found: this project needs the machine's Rust toolchain (rustup)."
command -v rustup >/dev/null || die "rustup not found: it adds the wasm32 target."

# --- wasm32 target: the wasm build and wasm-pack test compile for it.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say wasm32-unknown-unknown present
else
  rustup target add wasm32-unknown-unknown >&2
  say wasm32-unknown-unknown installed
fi

# --- wasm-pack: builds www/pkg and runs the wasm tests under node.
if [ "$(wasm-pack --version 2>/dev/null || true)" = "wasm-pack $WASM_PACK_VERSION" ]; then
  say wasm-pack "present ($WASM_PACK_VERSION)"
else
  # --force replaces another version; --locked builds with wasm-pack's own lockfile.
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --force >&2
  say wasm-pack "installed ($WASM_PACK_VERSION)"
fi

# --- wasm-bindgen-cli: must equal the wasm-bindgen crate in Cargo.lock, or the
# generated JS glue does not match the wasm. With --mode no-install wasm-pack
# uses this one instead of fetching its own (which would fail here).
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || die "no wasm-bindgen entry in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $bindgen_version" ] &&
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" = "wasm-bindgen-test-runner $bindgen_version" ]; then
  say wasm-bindgen-cli "present ($bindgen_version)"
else
  # Not --locked: the CLI's own lockfile pins a crate version the registry
  # index no longer serves (see TOOLCHAIN notes); unlocked it builds.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force >&2
  say wasm-bindgen-cli "installed ($bindgen_version)"
fi

# --- Debian's Chromium: the end-to-end tests drive it with playwright-core
# (npm's playwright would download its own browser, which cannot work here).
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say chromium "present ($(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'))"
else
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    -o DPkg::Lock::Timeout=600 chromium chromium-driver >&2
  say chromium "installed ($(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'))"
fi

# --- Node.js and npm: the machine image has them; a bare Debian gets its own.
if command -v node >/dev/null && command -v npm >/dev/null; then
  say node "present ($(node --version))"
else
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    -o DPkg::Lock::Timeout=600 nodejs npm >&2
  say node "installed ($(node --version))"
fi

# --- npm dev packages (binaryen's wasm-opt, playwright-core), exactly as
# package-lock.json says. A stamp of both manifests tells whether
# node_modules is current without asking npm.
stamp_file=node_modules/.article-lens-stamp
stamp=$(cat package.json package-lock.json 2>/dev/null | sha256sum | cut -d' ' -f1)
if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$stamp" ] && [ -x node_modules/.bin/wasm-opt ]; then
  say node_modules present
else
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error >&2
  else
    npm install --no-audit --no-fund --loglevel=error >&2
    stamp=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
  fi
  echo "$stamp" >"$stamp_file"
  say node_modules installed
fi

# --- wasm-opt: must be npm's binaryen, first on PATH (see check-wasm-opt.sh).
say wasm-opt "$(scripts/check-wasm-opt.sh | sed 's/^wasm-opt: //')"
