// npm run bench: prints one JSON line per metric, {"metric","value","unit"}. Budgets: design.md.
// Service calls and simulated seconds come from the memory spreadsheet (tests/memory): its call
// counter and its latency model, whose figures and sources are in tests/memory/README.md.

import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { INDICATORS } from "../src/core/model/indicators";
import { type Counts, sumCounts } from "../src/core/model/rates";
import { findPreset } from "../src/core/model/roadmaps";
import { summarize } from "../src/core/report/summary";
import { entries } from "../src/main/xa";
import { checkJob, summaryJob } from "../src/sheets/jobs";
import { reportJob } from "../src/sheets/report";
import { rollupJob } from "../src/sheets/rollup";
import { scoringTabsJob } from "../src/sheets/scoring";
import { projectEnvironment } from "../tests/fixtures/project";
import { gatheredState, gatherWithCut } from "../tests/fixtures/resume";
import { random } from "../tests/fixtures/sample";
import {
  FAMILY,
  fillFamilyCriteria,
  households as scoredHouseholds,
  typeScores,
} from "../tests/fixtures/scoring";
import { seedCommune, seedProvince } from "../tests/fixtures/workbooks";
import { type Env, type EnvOptions, installGlobals } from "../tests/memory";
import { FLAVOR_NAMES, FLAVORS } from "./flavors";

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

/** Runs `fn` with a fresh memory spreadsheet installed as the Apps Script globals. */
function withEnv<T>(options: EnvOptions, fn: (env: Env) => T): T {
  const env = projectEnvironment(options);
  const undo = installGlobals(globalThis, env);
  try {
    return fn(env);
  } finally {
    undo();
  }
}

// Every custom-function cell loads its flavor's whole Code.js, every job also its Jobs.html; over
// budget fails the bench.
const overBudget: string[] = [];
for (const flavor of FLAVOR_NAMES) {
  const { dist, budget, jobsBudget } = FLAVORS[flavor];
  for (const [metric, file, limit] of [
    [`bundle_bytes.${flavor}`, "Code.js", budget],
    [`jobs_bytes.${flavor}`, "Jobs.html", jobsBudget],
  ] as const) {
    const bytes = statSync(new URL(file, dist)).size;
    emit(metric, bytes, "bytes");
    if (bytes >= limit) overBudget.push(`dist/${flavor}/${file}: ${bytes} bytes ≥ ${limit}`);
  }
}

// ---- Every indicator for a province: 150 communes × 30 villages, Σ/Σ against targets ----
const rnd = random(387);
const roadmap = findPreset("QUOCGIA");
if (!roadmap) throw new Error("QUOCGIA preset missing");
const province: Counts[][][] = Array.from({ length: 150 }, () =>
  Array.from({ length: 30 }, () =>
    INDICATORS.map(() => {
      const total = 20 + Math.floor(rnd() * 400);
      return { recognized: Math.floor(total * rnd()), total };
    }),
  ),
);
emit(
  "province_indicators_ms",
  medianMs(21, () => {
    const parts = province.map((villages, c) => ({
      label: `Xã ${c}`,
      counts: new Map(
        INDICATORS.map((ind, i) => [ind.id, sumCounts(villages.map((v) => v[i] as Counts))]),
      ),
    }));
    summarize(parts, roadmap, 2026, "Tỉnh", "Toàn tỉnh");
  }),
  "ms",
);
const households = province.flat().map((v) => v[0] as Counts);
const recognized = households.map((c) => [c.recognized]);
const totals = households.map((c) => [c.total]);
emit(
  "custom_function_4500_rows_ms",
  medianMs(21, () => entries.TILE_GDHT(recognized, totals)),
  "ms",
);

// ---- Service calls per job do not grow with rows: a commune with 10 and with 10,000 rows ----
for (const rows of [10, 10_000]) {
  withEnv({ latency: "none" }, (env) => {
    const { ss } = seedCommune(env, "Xã Đo", { villages: rows / 2, units: 2, years: [2025, 2026] });
    env.calls.reset();
    const check = checkJob(ss);
    if (check.findings?.some((f) => f.severity === "error")) throw new Error("sample has errors");
    emit(`calls.validate.${rows}`, env.calls.total, "calls");
    env.calls.reset();
    const summary = summaryJob(ss, 2026);
    if (!summary.ok) throw new Error(summary.message);
    emit(`calls.summary.${rows}`, env.calls.total, "calls");
    env.calls.reset();
    const report = reportJob(ss, 2026);
    if (!report.ok) throw new Error(report.message);
    emit(`calls.report.${rows}`, env.calls.total, "calls");
    if (rows === 10) {
      const formulas =
        ss
          .getSheetByName(summary.sheet ?? "")
          ?.getDataRange()
          .getFormulas()
          .flat() ?? [];
      const custom = formulas.filter((f) =>
        /\b(TILE\w*|MUCTIEU|CANTHEM|DANHGIA)\(/u.test(f),
      ).length;
      emit("summary_custom_function_cells", custom, "cells");
    }
  });
}

// ---- Criteria scoring: checks and roll-up make as many calls for 100 households as for 10,000 ----
for (const rows of [100, 10_000]) {
  withEnv({ latency: "none" }, (env) => {
    const { ss } = seedCommune(env, "Xã Chấm Điểm", { years: [2025, 2026], households: 3 });
    scoringTabsJob(ss);
    fillFamilyCriteria(ss);
    scoringTabsJob(ss);
    typeScores(ss, FAMILY, [
      ...scoredHouseholds(rows / 2, 2025, 12),
      ...scoredHouseholds(rows / 2, 2026, 12),
    ]);
    env.calls.reset();
    const check = checkJob(ss);
    const rollup = rollupJob(ss, 2026, true);
    if (check.findings?.some((f) => f.severity === "error") || !rollup.ok)
      throw new Error(`scoring sample: ${rollup.message}`);
    emit(`calls.scoring.${rows}`, env.calls.total, "calls");
    if (rows === 100) {
      const formulas = ss.getSheetByName(FAMILY.tab)?.getDataRange().getFormulas().flat() ?? [];
      const custom = formulas.filter((f) =>
        /\b(TILE\w*|MUCTIEU|CANTHEM|DANHGIA|DAT_TIEUCHI)\(/u.test(f),
      );
      emit("scoring_custom_function_cells", custom.length, "cells");
    }
  });
}

// ---- Gathering 200 commune sheets (the largest provinces have ~170) in one execution, as an
// add-on (no trigger to count on): calls, simulated time, runs, and resume after a cut ----
const SOURCES = 200;
const COMMUNE = { villages: 12, units: 4, years: [2026] } as const;
const reference = withEnv({}, (env) => {
  const { province: ss } = seedProvince(env, SOURCES, COMMUNE);
  env.calls.reset();
  const before = env.simulatedSeconds();
  const runs = gatherWithCut(env, ss, 2026);
  const calls = env.calls.total;
  emit(`gather.${SOURCES}.calls`, calls, "calls");
  emit(`gather.${SOURCES}.calls_per_source`, calls / SOURCES, "calls");
  emit(`gather.${SOURCES}.opens`, env.calls.count("SpreadsheetApp.openBy"), "calls");
  emit(`gather.${SOURCES}.simulated_seconds`, env.simulatedSeconds() - before, "s");
  emit(`gather.${SOURCES}.runs`, runs, "runs");
  return { calls, state: gatheredState(ss, 2026) };
});
const cuts = [Math.floor(reference.calls * 0.37), Math.floor(reference.calls * 0.81)];
const resumed = cuts.every((cut) =>
  withEnv({}, (env) => {
    const { province: ss } = seedProvince(env, SOURCES, COMMUNE);
    gatherWithCut(env, ss, 2026, cut);
    const state = gatheredState(ss, 2026);
    // Times differ between runs (the clock moved on); everything else must be identical.
    const strip = (s: Record<string, unknown[][]>) =>
      JSON.stringify(s, (_k, v) =>
        typeof v === "string" && /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/u.test(v) ? "" : v,
      )
        .replace(/Lần thu thập [^:]+:[^"]*/gu, "")
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/gu, "")
        .replace(/\d{13}(\.\d+)?/gu, "0");
    return strip(state) === strip(reference.state);
  }),
);
emit(`gather.${SOURCES}.resume_ok`, resumed ? 1 : 0, "bool");

if (overBudget.length) {
  console.error(`Over budget:\n${overBudget.join("\n")}`);
  process.exit(1);
}
