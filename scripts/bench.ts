// npm run bench: prints one JSON line per metric, {"metric","value","unit"}. Budgets: design.md.

import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { INDICATORS } from "../src/core/indicators";
import { type Counts, isMet, rateOf, stillNeeded, sumCounts } from "../src/core/rates";
import { findPreset, targetOf } from "../src/core/roadmaps";
import { entries } from "../src/main";

function emit(metric: string, value: number, unit: string): void {
  console.log(JSON.stringify({ metric, value: Number(value.toFixed(3)), unit }));
}

/** Median wall time of `runs` calls, after one warm-up. */
function medianMs(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMUNES = 150;
const VILLAGES = 30;
const rnd = random(387);
const province: Counts[][][] = Array.from({ length: COMMUNES }, () =>
  Array.from({ length: VILLAGES }, () =>
    INDICATORS.map(() => {
      const total = 20 + Math.floor(rnd() * 400);
      return { recognized: Math.floor(total * rnd()), total };
    }),
  ),
);
const roadmap = findPreset("QUOCGIA");
if (!roadmap) throw new Error("QUOCGIA preset missing");

emit("bundle_bytes", statSync(new URL("../dist/Code.js", import.meta.url)).size, "bytes");

emit(
  "province_indicators_ms",
  medianMs(21, () => {
    // Every indicator for every commune and for the province: Σ/Σ, target, verdict, still needed.
    INDICATORS.forEach((indicator, i) => {
      const target = targetOf(roadmap, indicator.id, 2026)?.value ?? 0;
      const communes = province.map((villages) => sumCounts(villages.map((v) => v[i] as Counts)));
      for (const c of [...communes, sumCounts(communes)]) {
        rateOf(c);
        isMet(c, target);
        stillNeeded(c, target);
      }
    });
  }),
  "ms",
);

const households = province.flatMap((villages) => villages.map((v) => v[0] as Counts));
const recognizedColumn = households.map((c) => [c.recognized]);
const totalColumn = households.map((c) => [c.total]);
emit(
  "custom_function_4500_rows_ms",
  medianMs(21, () => entries.TILE_GDHT?.(recognizedColumn, totalColumn)),
  "ms",
);
