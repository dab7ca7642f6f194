#!/usr/bin/env bash
# Installs everything Steady needs to build, run and test, skipping what is already there.
# Safe to run again and again; scripts/run.sh and scripts/test.sh call it first.
#
# Source it (`. scripts/setup.sh`) to also get the tool PATH and environment in your shell.
set -euo pipefail

STEADY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export STEADY_ROOT

# Pinned tool versions. wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
DX_VERSION="0.7.10"
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$STEADY_ROOT/Cargo.lock")"

# Debian packages: webkit2gtk and friends for the desktop build, Xvfb and ImageMagick's
# `import` for desktop screenshots, xdotool to find the window, Chromium for browser tests.
APT_PACKAGES=(
  pkg-config libwebkit2gtk-4.1-dev libgtk-3-dev libxdo-dev libssl-dev
  xvfb xauth xdotool x11-utils imagemagick chromium fonts-dejavu-core
)

log() { printf '\033[1;34msetup:\033[0m %s\n' "$*" >&2; }

# dx must never try to download its helpers (wasm-bindgen, wasm-opt, esbuild): we put them
# on PATH ourselves.
export NO_DOWNLOADS=1
export PATH="$HOME/.cargo/bin:$STEADY_ROOT/tools/node_modules/.bin:$PATH"

install_apt_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    log "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

install_rust_targets() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
}

install_cargo_tools() {
  if [ "$(dx --version 2>/dev/null | awk '{print $2}')" != "$DX_VERSION" ]; then
    log "installing the Dioxus CLI $DX_VERSION (about 18 minutes on 2 cores)"
    cargo install dioxus-cli --version "$DX_VERSION" --locked --force \
      --features no-downloads,disable-telemetry
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    # Its lock file pins webpki-roots 1.0.11, which the registry mirror here lacks; when the
    # locked install cannot resolve, install with the newest compatible dependencies instead.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked --force ||
      cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  if ! command -v cargo-nextest >/dev/null; then
    log "installing cargo-nextest"
    cargo install cargo-nextest --locked
  fi
}

install_node_tools() {
  # esbuild and wasm-opt (binaryen) for dx; playwright-core drives Debian's Chromium.
  # A stamp holds the hash of the lock file the modules were installed from.
  local stamp="$STEADY_ROOT/tools/node_modules/.steady-lock.sha256"
  local want
  want="$(sha256sum "$STEADY_ROOT/tools/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log "installing npm tools (esbuild, binaryen, playwright-core)"
    (cd "$STEADY_ROOT/tools" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
}

install_apt_packages
install_rust_targets
install_cargo_tools
install_node_tools
