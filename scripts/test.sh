#!/usr/bin/env bash
# Runs every check Steady has: formatting, lints, the Rust tests, a browser test of the
# web build and a smoke test of the desktop build. Installs what is missing first.
# CI runs exactly this (through .ci/run).
set -euo pipefail
. "$(dirname "$0")/setup.sh"
cd "$STEADY_ROOT"

step() { printf '\n\033[1;32m==>\033[0m %s\n' "$*"; }
mkdir -p target/screenshots

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "content: guide check and the golden transcripts (guide test)"
cargo run -q --locked -p guide -- check content
cargo run -q --locked -p guide -- test content --all-branches

step "web build (dx, wasm32)"
bash tests/web-build.sh

step "browser test: Playwright in Debian's headless Chromium at 390x844"
node --test tests/e2e/

step "desktop smoke test under Xvfb"
bash tests/desktop-smoke.sh

step "Rust tests"
# Default features (desktop), so the tests reuse the dependencies the smoke test built.
cargo nextest run --workspace --locked --no-fail-fast
