#!/usr/bin/env bash
# Desktop smoke test: opens the desktop build (webkit2gtk) in a virtual X display, waits for
# its window, screenshots it to target/screenshots/desktop-today.png and checks that the
# Today screen was painted (the teal session card covers a good part of the window).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/screenshots
shot=target/screenshots/desktop-today.png
rm -f "$shot"

# A plain cargo build: the styles are inlined, and the dependencies are shared with the
# Rust tests that follow (a dx desktop build would compile everything again in its own
# profile).
cargo build --locked --bin steady
app=target/debug/steady
test -x "$app"

display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1024x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY="$display"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# Software rendering: there is no GPU in a virtual display.
WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 \
  "$app" >target/screenshots/desktop-app.log 2>&1 &
app_pid=$!

window=$(timeout 60 xdotool search --sync --onlyvisible --name '^Steady$' | head -n 1) || {
  echo "desktop: no window titled Steady appeared within 60 s" >&2
  cat target/screenshots/desktop-app.log >&2
  exit 1
}

# Give the web view time to load and paint, then look at what it shows. Poll rather than
# guess one fixed wait: the first start under a cold cache is slow.
teal="0"
for _ in $(seq 30); do
  sleep 1
  kill -0 "$app_pid" 2>/dev/null || { echo "desktop: the app exited" >&2; cat target/screenshots/desktop-app.log >&2; exit 1; }
  import -window "$window" "$shot" 2>/dev/null || continue
  # Share of the window in the brand teal (#2f6f6a, within 12%).
  teal=$(/usr/bin/convert "$shot" -alpha off -fuzz 12% -fill black +opaque '#2f6f6a' -fill white -opaque '#2f6f6a' \
           -colorspace gray -format '%[fx:mean]' info:)
  awk -v t="$teal" 'BEGIN { exit !(t > 0.05) }' && break
done

size=$(identify -format '%wx%h' "$shot")
echo "desktop: window $size, teal share $teal, screenshot $shot"
awk -v t="$teal" 'BEGIN { exit !(t > 0.05) }' || {
  echo "desktop: the Today screen was not painted (teal share $teal)" >&2
  cat target/screenshots/desktop-app.log >&2
  exit 1
}
