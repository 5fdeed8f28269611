#!/usr/bin/env bash
# Installs what Parallax needs to build and test, idempotently, into a cache outside the work tree
# (default ~/.cache/parallax-tools, override with PARALLAX_TOOLS). Sourced by scripts/serve and
# scripts/test; safe to run on its own. Only package registries are used (crates.io, npm, Debian apt):
# never rustup component downloads or GitHub releases.
#
# Route for the wasm32 standard library, detected, not assumed:
#   rustup  – a wasm32-unknown-unknown std is already installed (or, off Debian, `rustup target add`);
#   debian  – Debian's rustc-web + rust-web-src build std from source (build-std), linked by wasm-ld-22.

set -euo pipefail

PARALLAX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PARALLAX_TOOLS="${PARALLAX_TOOLS:-$HOME/.cache/parallax-tools}"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
CARGO_FUZZ_VERSION="0.13.1"
export PARALLAX_ROOT PARALLAX_TOOLS
mkdir -p "$PARALLAX_TOOLS/cargo/bin" "$PARALLAX_TOOLS/npm"
export PATH="$PARALLAX_TOOLS/cargo/bin:$PARALLAX_TOOLS/npm/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

APT_UPDATED=""
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    say "cannot install $* automatically (no apt-get): please install it and re-run"; return 1
  fi
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then $sudo apt-get update -qq; APT_UPDATED=1; fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

debian_pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# --- Node.js (wasm-opt from npm binaryen; Playwright) ---------------------------------------------
if ! command -v npm >/dev/null 2>&1; then apt_install nodejs npm; fi

# --- the wasm32 standard library ---------------------------------------------------------------
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  PARALLAX_WASM_ROUTE="rustup"
elif command -v apt-get >/dev/null 2>&1 && { debian_pkg_installed rustc-web || apt-cache show rustc-web >/dev/null 2>&1 || { apt-get update -qq 2>/dev/null && APT_UPDATED=1 && apt-cache show rustc-web >/dev/null 2>&1; }; }; then
  PARALLAX_WASM_ROUTE="debian"
  missing=()
  for p in rustc-web cargo-web rust-web-src lld-22; do debian_pkg_installed "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
else
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
  PARALLAX_WASM_ROUTE="rustup"
fi
export PARALLAX_WASM_ROUTE

# Runs a command with the environment the wasm build needs on this route. The Debian route builds the
# standard library from source (build-std), so it can also drop the panic machinery: with
# `-Cpanic=immediate-abort` a panic traps at once instead of first formatting a message nobody sees
# (no panic hook prints it anywhere; a panic was already a trap). That saves 27 KB gzip of the page's
# wasm and 25 KB of the worker's (scripts/size). The standard library is also built with its
# `optimize_for_size` feature: a merge sort and a heap sort (still n log n) and plainer number
# formatting and parsing instead of the larger fast versions. 4.6 KB gzip less page wasm, 11.0 KB less
# worker wasm; the 200-article and 9.5 MB analyses in the browser tests took as long as before within
# their run-to-run spread. (The list replaces cargo's default build-std features, which unwinding and
# backtraces need; this build has neither.)
with_wasm_env() {
  if [ "$PARALLAX_WASM_ROUTE" = "debian" ]; then
    RUSTUP_TOOLCHAIN=/usr RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22 \
      CARGO_TARGET_DIR="$PARALLAX_ROOT/target/wasm" "$@"
  else
    CARGO_TARGET_DIR="$PARALLAX_ROOT/target/wasm" "$@"
  fi
}

# --- Trunk -------------------------------------------------------------------------------------
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (cargo install, about 11 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION" --root "$PARALLAX_TOOLS/cargo" --quiet
fi

# --- wasm-bindgen-cli, pinned to Cargo.lock's wasm-bindgen ---------------------------------------
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$PARALLAX_ROOT/Cargo.lock")"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  (cd "$PARALLAX_ROOT" && cargo generate-lockfile --quiet)
  WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$PARALLAX_ROOT/Cargo.lock")"
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: its lock file pins crates newer than the registry serves here.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$PARALLAX_TOOLS/cargo" --quiet
fi

# --- wasm-opt from npm binaryen (Debian's is too old for current wasm) ---------------------------
if ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  say "installing binaryen $BINARYEN_VERSION (npm)"
  npm install --prefix "$PARALLAX_TOOLS/npm" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION" >/dev/null
fi

# --- cargo-fuzz (libFuzzer targets in fuzz/; nightly flags through RUSTC_BOOTSTRAP, see scripts/fuzz) --
if [ "$(cargo-fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 1 minute)"
  cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION" --root "$PARALLAX_TOOLS/cargo" --quiet
fi

say "wasm route: $PARALLAX_WASM_ROUTE; $(trunk --version); $(wasm-bindgen --version); wasm-opt $(wasm-opt --version | awk '{print $3}')"
