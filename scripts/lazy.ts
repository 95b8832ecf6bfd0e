// Scoring.html: criteria scoring's code (src/lazy/scoring.ts) as a project file of its own, which
// src/sheets/lazy.ts loads when a commune scores; Code.js, loaded by every custom-function cell,
// does without it. Used by the build and by the test fixtures (the same text in both).

import { buildSync } from "esbuild";
import { SCORING_GLOBAL } from "../src/sheets/lazy";

const ENTRY = new URL("../src/lazy/scoring.ts", import.meta.url).pathname;

let cached: string | undefined;

/** The file's text: one comment line, then the minified module defining `AddOnScoring`. */
export function scoringFile(): string {
  if (cached) return cached;
  const out = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    globalName: SCORING_GLOBAL,
    target: "es2020",
    charset: "utf8",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
  cached = `// src/lazy/scoring.ts, loaded by src/sheets/lazy.ts: not a page\n${out.outputFiles[0]?.text ?? ""}`;
  return cached;
}
