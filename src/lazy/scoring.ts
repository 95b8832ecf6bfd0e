// Criteria scoring's code as its own bundle: the build writes it as the project file Scoring.html,
// which sheets/lazy.ts loads when a commune scores, so Code.js (loaded by every custom-function
// cell) does without it.

import { checkScoring } from "../core/check/scoring";
import { meetsCriteria } from "../functions/criteria";
import { provideScoring, type ScoringModule } from "../sheets/lazy";
import { recognitionJob } from "../sheets/recognition";
import { rollupJob } from "../sheets/rollup";
import { ensureScoring, scoringTabsJob } from "../sheets/scoring";

export const module: ScoringModule = {
  checkScoring,
  ensureScoring: (ss, index) => ensureScoring(ss, index),
  scoringTabsJob,
  rollupJob,
  recognitionJob,
  meetsCriteria,
};

// this bundle's own readWorkbook uses this module, never a second copy of it
provideScoring(module);
