// The inkjs side of the side-by-side benchmark: compiles story.ink with inkjs's compiler
// and plays the three sessions with the choices in choices.json, timing each step (choose,
// then continue to the next choice). Prints one JSON object. Run by
// scripts/bench-vs-ink.sh; node must be run from anywhere (paths are relative to this file).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const here = (f) => new URL(f, import.meta.url);
const require = createRequire(here('../../../../tools/package.json'));
const { Compiler } = require('inkjs/full');
const source = readFileSync(here('story.ink'), 'utf8');
const choices = JSON.parse(readFileSync(here('choices.json'), 'utf8'));

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

// Compile: the first (cold) run, then the median of warm runs.
let t = performance.now();
let story = new Compiler(source).Compile();
const coldMs = performance.now() - t;
const compileRuns = [];
for (let i = 0; i < 30; i++) {
  t = performance.now();
  story = new Compiler(source).Compile();
  compileRuns.push(performance.now() - t);
}
const json = story.ToJson();

const steps = [];
let said = 0;
let stateBytes = 0;
const warmup = 100; // rounds not timed, so the JIT has compiled the engine's hot paths
const rounds = 300;
for (let r = 0; r < warmup + rounds; r++) {
  if (r === warmup) steps.length = 0;
  for (let s = 0; s < choices.length; s++) {
    story.ResetState();
    story.ChoosePathString(`session_${s + 1}`);
    said += story.ContinueMaximally().length > 0 ? 1 : 0;
    for (const c of choices[s]) {
      t = performance.now();
      story.ChooseChoiceIndex(c);
      const text = story.ContinueMaximally();
      steps.push((performance.now() - t) * 1000);
      said += text.length > 0 ? 1 : 0;
      stateBytes = Math.max(stateBytes, story.state.ToJson().length);
    }
  }
}
console.log(JSON.stringify({
  engine: 'inkjs',
  source_bytes: Buffer.byteLength(source),
  compile_cold_ms: coldMs,
  compile_ms: quantile(compileRuns, 0.5),
  compiled_bytes: json.length,
  steps: steps.length,
  step_median_us: quantile(steps, 0.5),
  step_p99_us: quantile(steps, 0.99),
  saved_state_bytes: stateBytes,
  said,
}));
