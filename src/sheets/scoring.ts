// Creates or completes the "Bộ tiêu chí" tab (from the presets) and a "Chấm điểm …" tab for every
// model whose criteria set can score; refreshes the total and verdict formulas of existing ones.

import { readConfig } from "../core/check/config";
import { type CriteriaRead, readCriteria } from "../core/check/criteria";
import { type Finding, mapHeader } from "../core/check/read";
import { blockingErrors, type CheckedWorkbook } from "../core/check/workbook";
import { JOB, SCORING, SETTINGS } from "../core/messages";
import {
  CRITERIA,
  CRITERIA_TAB,
  type CriteriaSet,
  MODELS,
  PRESET_ROWS,
} from "../core/model/criteria";
import { FORMAT } from "../core/model/formats";
import type { Guidance } from "../core/model/guidance";
import { CONFIG_TAB } from "../core/model/schema";
import {
  itemKey,
  SCORING_SPECS,
  type ScoringSpec,
  scoringFormulas,
  scoringHeaders,
  scoringId,
  scoringTab,
  TOTAL_HEADER,
  VERDICT_HEADER,
} from "../core/model/scoring";
import { nameKey } from "../core/text";
import { readGuidance } from "./guidance";
import { type JobResult, withDocumentLock } from "./run";
import { findTab, indexTabs, protectWarning, readGrid, type TabIndex, templateTab } from "./tabs";
import { appendColumns, dressColumns } from "./template";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Tabs created, columns added, and models whose set cannot score yet (no scoring tab for them). */
export interface ScoringReport {
  readonly created: string[];
  readonly completed: string[];
  readonly waiting: string[];
  /** What to add to the job's message: the models still waiting, or "". */
  note: string;
}

/** The criteria tab: created from the presets (values last: a tab with values is complete); an
 * existing one belongs to the officer. */
function ensureCriteria(
  ss: Spreadsheet,
  index: TabIndex,
  report: ScoringReport,
  guidance: Guidance,
): (readonly unknown[])[] {
  const { sheet, fresh } = templateTab(ss, index, "criteria", CRITERIA_TAB);
  if (!fresh) return sheet.getDataRange().getValues();
  const grid = [CRITERIA.columns.map((c) => c.header), ...PRESET_ROWS];
  const width = CRITERIA.columns.length;
  if (grid.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length);
  sheet.setFrozenRows(1);
  dressColumns(sheet, CRITERIA, CRITERIA.columns, 1, guidance);
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList(
        MODELS.map((m) => m.name),
        true,
      )
      .setAllowInvalid(true)
      .setHelpText(guidance.columns.criteria?.model ?? "")
      .build(),
  );
  sheet.setColumnWidths(1, 3, 160).setColumnWidth(6, 360).setColumnWidth(8, 360);
  const header = sheet.getRange(1, 1, 1, width);
  protectWarning(header, JOB.protection.header);
  header.setFontWeight("bold").setWrap(true);
  sheet.getRange(1, 1, grid.length, width).setValues(grid.map((r) => [...r]));
  report.created.push(CRITERIA_TAB);
  return grid;
}

/** The shipped help, with each item column's own: its text and its maximum. */
function withItems(guidance: Guidance, set: CriteriaSet): Guidance {
  const scoring = { ...guidance.columns.scoring };
  for (const item of set.forms[0]?.items ?? [])
    scoring[itemKey(item.code)] = SCORING.pointsHelp(item.text, item.max);
  return { ...guidance, columns: { ...guidance.columns, scoring } };
}

/** Where the total and verdict columns are in `header`, or the next free columns, appended. */
function computedColumns(sheet: Sheet, header: readonly unknown[]): [number, number, number[]] {
  const find = (h: string) =>
    header.findIndex((v) => typeof v === "string" && nameKey(v) === nameKey(h)) + 1;
  let next = Math.max(header.length, sheet.getLastColumn()) + 1;
  const added: number[] = [];
  const place = (h: string) => {
    if (find(h)) return find(h);
    added.push(next);
    return next++;
  };
  const total = place(TOTAL_HEADER);
  const verdict = place(VERDICT_HEADER);
  if (next - 1 > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), next - 1 - sheet.getMaxColumns());
  return [total, verdict, added];
}

/** The computed columns' formats and protection (they fill themselves from their header cell). */
function dressComputed(sheet: Sheet, cols: readonly number[]): void {
  const rows = sheet.getMaxRows();
  for (const col of cols) {
    sheet.getRange(2, col, rows - 1, 1).setNumberFormat(FORMAT.general);
    protectWarning(sheet.getRange(1, col, rows, 1), JOB.protection.rates);
  }
}

/**
 * A scoring tab for a usable set: created whole (its header last: a tab with a header is
 * complete), or completed with the columns it lacks; its total and verdict formulas are rewritten
 * from the set each time, so an edited criteria tab reaches every row.
 */
function ensureScoringTab(
  ss: Spreadsheet,
  index: TabIndex,
  spec: ScoringSpec,
  set: CriteriaSet,
  report: ScoringReport,
  shipped: Guidance,
): void {
  const tab = scoringTab(spec, set);
  const guidance = withItems(shipped, set);
  const { sheet, fresh } = templateTab(ss, index, scoringId(spec.model), spec.tab);
  if (fresh) {
    const headers = scoringHeaders(tab);
    const columns = new Map(tab.columns.map((c) => [c.key, headers.indexOf(c.header) + 1]));
    if (headers.length > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), headers.length - sheet.getMaxColumns());
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(3);
    const inputs = tab.columns.slice(0, -1);
    dressColumns(sheet, tab, inputs, 1, guidance);
    dressColumns(sheet, tab, tab.columns.slice(-1), headers.length, guidance);
    const total = headers.indexOf(TOTAL_HEADER) + 1;
    dressComputed(sheet, [total, total + 1]);
    protectWarning(sheet.getRange(1, 1, 1, inputs.length), JOB.protection.header);
    const f = scoringFormulas(tab, set, columns);
    const row = headers.map((h) =>
      h === TOTAL_HEADER ? f.total : h === VERDICT_HEADER ? f.verdict : h,
    );
    sheet.getRange(1, 1, 1, headers.length).setFontWeight("bold").setWrap(true).setValues([row]);
    report.created.push(spec.tab);
    return;
  }
  const lastColumn = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? [];
  const columns = mapHeader(tab, header);
  const missing = appendColumns(sheet, tab, columns, lastColumn + 1, guidance);
  if (missing.length)
    report.completed.push(`tab ${sheet.getName()}: ${missing.map((c) => c.header).join(", ")}`);
  const [total, verdict, added] = computedColumns(sheet, [
    ...header,
    ...missing.map((c) => c.header),
  ]);
  dressComputed(sheet, added);
  const f = scoringFormulas(tab, set, columns);
  for (const [col, formula] of [
    [total, f.total],
    [verdict, f.verdict],
  ] as const)
    sheet.getRange(1, col).setFontWeight("bold").setFormula(formula);
}

/**
 * The commune's criteria scoring: the criteria tab, then a scoring tab for each model whose set can
 * score. Models whose set is still being filled in (or wrong) are named in the report.
 */
export function ensureScoring(
  ss: Spreadsheet,
  index: TabIndex,
  guidance: Guidance = readGuidance(),
): ScoringReport {
  const report: ScoringReport = { created: [], completed: [], waiting: [], note: "" };
  const grid = ensureCriteria(ss, index, report, guidance);
  const inUse = new Set(
    SCORING_SPECS.filter((s) => findTab(index, scoringId(s.model), s.tab)).map((s) => s.model),
  );
  const criteria: CriteriaRead = readCriteria(grid, CRITERIA_TAB, inUse);
  for (const spec of SCORING_SPECS) {
    const set = criteria.sets.get(spec.model);
    if (set) ensureScoringTab(ss, index, spec, set, report, guidance);
    else if (!inUse.has(spec.model))
      report.waiting.push(MODELS.find((m) => m.id === spec.model)?.name ?? spec.model);
  }
  if (report.waiting.length) report.note = SCORING.waiting(report.waiting);
  return report;
}

/**
 * “Chấm điểm theo bộ tiêu chí” (commune only): the criteria tab from the presets if it is missing,
 * then the scoring tabs its sets allow, with their formulas brought up to date.
 */
export function scoringTabsJob(ss: Spreadsheet): JobResult {
  return withDocumentLock(() => {
    const index = indexTabs(ss);
    const configSheet = findTab(index, "config", CONFIG_TAB);
    if (!configSheet) return { ok: false, message: SETTINGS.noConfig };
    if (readConfig(readGrid(configSheet)).config.level !== "Xã")
      return { ok: false, message: SCORING.communeOnly };
    const report = ensureScoring(ss, index);
    const made = report.created.find((t) => t !== CRITERIA_TAB);
    return {
      ok: true,
      message: JOB.templateDone(report.created, report.completed, []) + report.note,
      sheet: made ?? CRITERIA_TAB,
    };
  });
}

/** The year's errors in what scoring jobs read: the criteria tab, the scoring tabs, and `tabs`. */
export function scoringErrors(
  checked: CheckedWorkbook,
  year: number,
  tabs: readonly string[],
): Finding[] {
  const sources = new Set([
    checked.criteria?.sheetName ?? CRITERIA_TAB,
    ...checked.scoring.map((s) => s.read.sheetName),
    ...tabs,
  ]);
  return blockingErrors(checked.findings, year).filter((f) => sources.has(f.tab));
}
