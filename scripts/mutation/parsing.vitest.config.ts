// The test set of the parsing pass (parsing.config.mjs): the unit tests of the parsing and
// normalisation modules. A vitest config rather than Stryker's `testFiles`, because with a test
// filter Stryker 9.6 switches a static mutant on after its module has loaded, so it always survives
// (stryker-js#6144).

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: [
      "tests/core/cells.test.ts",
      "tests/core/text.test.ts",
      "tests/core/model/roadmaps.test.ts",
      "tests/functions/args.test.ts",
      "tests/functions/custom.more.test.ts",
    ],
  },
});
