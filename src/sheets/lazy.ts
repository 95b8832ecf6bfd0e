// Criteria scoring's code, shipped apart from Code.js: every custom-function cell loads Code.js, and
// scoring is most of a commune flavor's size yet runs only when a commune scores. The build writes
// src/lazy/scoring.ts as the project file Scoring.html; this loads it on first use in an execution,
// as Guidance.html is read (HtmlService hands back a project file's text as it is; custom functions
// may use HtmlService to generate, which is all this does).

import type { ReadTab } from "../core/check/read";
import type { ScoringCheck } from "../core/check/scoring";
import { JOB } from "../core/messages";
import type { DataTabId } from "../core/model/schema";
import type { JobResult } from "./run";
import type { TabIndex } from "./tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What Scoring.html defines (src/lazy/scoring.ts implements it). */
export interface ScoringModule {
  readonly checkScoring: ScoringCheck;
  /** The criteria tab and the scoring tabs its sets allow (the template job, once scoring began). */
  ensureScoring(
    ss: Spreadsheet,
    index: TabIndex,
  ): { created: string[]; completed: string[]; note: string };
  scoringTabsJob(ss: Spreadsheet): JobResult;
  rollupJob(ss: Spreadsheet, year?: number, overwrite?: boolean): JobResult;
  recognitionJob(ss: Spreadsheet, year?: number): JobResult;
  /** DAT_TIEUCHI. */
  meetsCriteria(points: unknown, set: unknown): string;
}

export const SCORING_FILE = "Scoring";
/** The global the file's code defines. */
export const SCORING_GLOBAL = "AddOnScoring";

/** The module, once loaded in this execution. */
let loaded: ScoringModule | undefined;

/**
 * The module, loaded once per execution (the module itself provides its own copy at load). When it
 * cannot be loaded, the error says so in Vietnamese: scoring is then unavailable, nothing else.
 */
export function scoringModule(): ScoringModule {
  if (!loaded)
    try {
      const text = HtmlService.createHtmlOutputFromFile(SCORING_FILE).getContent();
      loaded = new Function(`${text}\nreturn ${SCORING_GLOBAL}.module;`)() as ScoringModule;
    } catch (e) {
      throw new Error(JOB.scoringUnavailable(e instanceof Error ? e.message : String(e)));
    }
  return loaded;
}

/** Sets the module without loading it: the module's own bundle, and nothing else. */
export function provideScoring(module: ScoringModule): void {
  loaded = module;
}

/** The tabs check a workbook's scoring tabs need, as the workbook check passes them. */
export type ScoringTabs = Partial<Record<DataTabId, ReadTab>>;
