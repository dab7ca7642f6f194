#!/usr/bin/env bash
# Runs the Steady app for development. Installs what is missing first.
#   bash scripts/run.sh            the web app at http://127.0.0.1:8080 (open it at phone size)
#   bash scripts/run.sh desktop    a phone-sized desktop window
# The backend (SQLite, with a demo patient) will start here too once it exists.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
cd "$STEADY_ROOT"
case "${1:-web}" in
  web) exec dx serve --platform web --addr 127.0.0.1 --port 8080 --open false ;;
  desktop) exec dx serve --platform desktop ;;
  *) echo "usage: bash scripts/run.sh [web|desktop]" >&2; exit 2 ;;
esac
