#!/usr/bin/env bash
# Builds the web app with dx into target/dx/steady/debug/web/public.
# Expects scripts/setup.sh to have put wasm-bindgen, esbuild and wasm-opt on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
NO_DOWNLOADS=1 dx build --platform web --locked 2>&1 | tail -n 20
test -f target/dx/steady/debug/web/public/index.html
