// Second pass of `npm run mutation`: the static mutants of parsing and normalisation (module-level
// patterns such as the percent reader, the invisible characters and tone marks, the yes/no words,
// the roadmap presets) that the first pass leaves out, with the unit tests of those modules only,
// so each static mutant reloads a few test files instead of all of them.

import base from "./stryker.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: "scripts/mutation/parsing.vitest.config.ts" },
  mutate: [
    "src/core/cells.ts",
    "src/core/text.ts",
    "src/functions/args.ts",
    "src/core/model/roadmaps.ts",
  ],
  ignoreStatic: false,
  tempDirName: ".stryker-tmp/parsing",
  htmlReporter: { fileName: "coverage/mutation/parsing.html" },
  jsonReporter: { fileName: "coverage/mutation/parsing.json" },
};
