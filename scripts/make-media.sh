#!/usr/bin/env bash
# Makes the programme's videos, audio exercises and captions from the text sources in
# assets/media-src/ (see scripts/make_media.py). Installs espeak-ng, ffmpeg and rsvg-convert
# from Debian if they are missing. The outputs in assets/media/ are committed, so tests and
# builds do not need these tools.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
fc-list 2>/dev/null | grep -q DejaVuSans || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
python3 scripts/make_media.py "$@"
