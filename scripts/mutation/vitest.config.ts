// The test set mutation testing runs: the fast unit tests of src/core and src/functions only (the
// spreadsheet-level tests take minutes and would multiply by every mutant).

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["tests/core/**/*.test.ts", "tests/functions/**/*.test.ts"],
  },
});
