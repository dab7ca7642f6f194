#!/usr/bin/env bash
# Side by side: the same three-session sample story (crates/script/benches/vs-ink/) played
# by our runtime (release build) and by inkjs 2.4.0 on Node, with the same choices.
# Prints both measurements and the ratios (inkjs / ours). Results go in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d tools/node_modules/inkjs ] || (cd tools && npm ci --no-audit --no-fund)
ours=$(cargo bench -q -p steady-script --bench vs_ink 2>/dev/null | tail -n 1)
ink=$(node crates/script/benches/vs-ink/inkjs.mjs)
python3 - "$ours" "$ink" <<'PY'
import json, sys
ours, ink = json.loads(sys.argv[1]), json.loads(sys.argv[2])
rows = [("compile, cold (ms)", "compile_cold_ms"), ("compile, warm median (ms)", "compile_ms"),
        ("step median (µs)", "step_median_us"), ("step p99 (µs)", "step_p99_us"),
        ("saved state (bytes)", "saved_state_bytes"), ("source (bytes)", "source_bytes")]
print(f"{'':28} {'steady-script':>14} {'inkjs':>10} {'inkjs / ours':>13}")
for name, key in rows:
    a, b = ours[key], ink[key]
    print(f"{name:28} {a:14.3f} {b:10.3f} {b / a:13.1f}")
print(f"{'typed step median / p99 (µs)':28} {ours['typed_step_median_us']:7.1f} / {ours['typed_step_p99_us']:.1f}  (ours only: risk screening and understanding included; ink has no typed replies)")
print(f"steps timed: {ours['steps']} each")
PY
