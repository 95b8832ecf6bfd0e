// StrykerJS over src/core and src/functions (`npm run mutation`, not part of `npm test`): each
// mutant is a small change to the code; a test must fail for it, or the tests would not notice.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "scripts/mutation/vitest.config.ts" },
  mutate: ["src/core/**/*.ts", "src/functions/**/*.ts"],
  coverageAnalysis: "perTest",
  // Static mutants change module-level tables (messages, presets, indicator lists) that run once at
  // load, so each would rerun every test: 3,300 of them took 97% of the time (≈ 4 h on 2 cores).
  // The ones in parsing and normalisation (number patterns, invisible characters, tone marks) are
  // covered by the second pass, parsing.config.mjs.
  ignoreStatic: true,
  // 2 cores: one test process each; Stryker itself is mostly idle while they run
  concurrency: 2,
  timeoutMS: 10_000,
  // an interrupted run must not leave copies of the tests where `vitest run` would find them
  cleanTempDir: "always",
  // helpers' or earlier runs' sandboxes (a tempDirName below .stryker-tmp is not ignored by itself)
  ignorePatterns: ["coverage", "tests/artifacts", "dist", ".stryker-tmp"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "coverage/mutation/mutation.html" },
  jsonReporter: { fileName: "coverage/mutation/mutation.json" },
  thresholds: { high: 95, low: 90, break: 90 },
};
