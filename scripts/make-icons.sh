#!/usr/bin/env bash
# Renders the app icon PNGs in assets/icon/ from icon.svg. Run after changing the SVG;
# the PNGs are committed so builds need no SVG renderer. Needs Debian's librsvg2-bin.
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
for size in 1024 512 192; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"
done
