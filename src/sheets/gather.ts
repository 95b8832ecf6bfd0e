// Thu thập: the district or province reads each listed sheet (read-only) and copies the year's rows
// into its snapshot tabs. Every source and every bad row of the list ends in its own status; a bad
// source keeps its previous rows; a run stops before Apps Script's 6-minute limit and resumes exactly.

import { a1, cellRow } from "../core/a1";
import type { Finding } from "../core/check/read";
import type { Area } from "../core/check/registry";
import type { Grid } from "../core/check/workbook";
import { GATHER, JOB } from "../core/messages";
import { FORMAT } from "../core/model/formats";
import { AREAS_TAB, COMMUNE_TABS, type DataTab } from "../core/model/schema";
import { formatOf } from "../core/model/template";
import {
  attention,
  type CompletenessBlock,
  HIDDEN_COLUMNS,
  readOutcomes,
  renderCompleteness,
  runLine,
} from "../core/share/completeness";
import { areaKey, mergeSnapshot, type SourceOutcome, snapshotName } from "../core/share/gather";
import { type GatherPlan, planGathering, type RefusedRow } from "../core/share/plan";
import { type Gathered, outcomeOf } from "../core/share/source";
import { clip } from "../core/text";
import {
  clearContinuation,
  isBoundScript,
  pendingWorkbooks,
  pendingYear,
  progressRecorder,
  scheduleContinuation,
} from "./continuation";
import { type JobResult, takeDocumentLock, withDocumentLock } from "./run";
import { gatherSource } from "./source";
import { claimTab, mark, readGrid, resizeRows } from "./tabs";
import { readWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface GatherOptions {
  /** Epoch ms now; the simulated clock in tests. */
  readonly now: () => number;
  /** Stop starting new sources after this long (Apps Script stops scripts at 6 minutes). */
  readonly budgetMs?: number;
  /** Write snapshots every this many sources (tests); by default every FLUSH_MS of the run. */
  readonly batch?: number;
}

/**
 * Stop starting new sources after 5½ minutes: a source takes about two seconds and the last
 * writes a few more, well inside Apps Script's 6. Should a run still be killed, it resumes from
 * its last write, losing and doubling nothing.
 */
export const DEFAULT_BUDGET_MS = 330_000;
/** Write what was gathered every 90 seconds, so a killed run loses at most that much work. */
const FLUSH_MS = 90_000;

export const STATUS_TAB = (year: number) => `Tình trạng thu thập ${year}`;
const RUN_KEY = "mhht.run";

/**
 * Replaces a tab's contents with one write: rows past the new end are blanked in the same call.
 * Clearing first would leave an empty tab to a run killed between the two calls, and the rows
 * of every source already marked done would be lost.
 */
function overwrite(
  sheet: Sheet,
  values: unknown[][],
  formats: string[][],
  bold: readonly number[],
): void {
  const width = values[0]?.length ?? 1;
  const rows = Math.max(values.length, sheet.getLastRow(), 1);
  resizeRows(sheet, Math.max(rows, sheet.getMaxRows()));
  const blank = Array(width).fill("");
  const pad = <T>(grid: T[][], fill: T[]) => [
    ...grid,
    ...Array.from({ length: rows - grid.length }, () => fill),
  ];
  const range = sheet
    .getRange(1, 1, rows, width)
    .setNumberFormats(pad(formats, Array(width).fill(FORMAT.text)))
    .setValues(pad(values, blank));
  // only the header is bold in a snapshot: one small call instead of one weight per cell
  if (bold.length === 1 && bold[0] === 1) sheet.getRange(1, 1, 1, width).setFontWeight("bold");
  else
    range.setFontWeights(
      Array.from({ length: rows }, (_, r) =>
        Array(width).fill(bold.includes(r + 1) ? "bold" : "normal"),
      ),
    );
  resizeRows(sheet, Math.max(values.length, 2));
}

/** Freezes the first rows, unless they already are (reading costs less than writing). */
function freeze(sheet: Sheet, rows: number): void {
  if (sheet.getFrozenRows() !== rows) sheet.setFrozenRows(rows);
}

/** A snapshot tab: text as text, counts as numbers, the header bold. */
function writeSnapshot(sheet: Sheet, tab: DataTab, grid: unknown[][]): void {
  const formats = [...Array(7).fill(FORMAT.text), ...tab.columns.map(formatOf)];
  overwrite(
    sheet,
    grid,
    grid.map(() => formats),
    [1],
  );
  freeze(sheet, 1);
}

/** The status tab; its last columns are the add-on's own and stay out of the officer's way. */
function writeStatus(sheet: Sheet, block: CompletenessBlock): void {
  overwrite(sheet, block.values, block.formats, block.boldRows);
  freeze(sheet, block.frozenRows);
  const first = (block.values[0]?.length ?? 1) - HIDDEN_COLUMNS + 1;
  if (!sheet.isColumnHiddenByUser(first)) sheet.hideColumns(first, HIDDEN_COLUMNS);
}

interface RunState {
  readonly runId: string;
  readonly finished: boolean;
  /** Epoch ms the run started (absent in runs written by older versions). */
  readonly startedAt?: number;
}

/** A run's result; `finished` is false when it stopped before the time limit. */
export interface GatherRun extends JobResult {
  readonly finished?: boolean;
  readonly year?: number;
  readonly done?: number;
  readonly total?: number;
}

/** The run this one is: the unfinished run the status tab records, or a new one from now. */
function runOf(statusSheet: Sheet, now: number): { runId: string; startedAt: number } {
  const stored = statusSheet
    .getDeveloperMetadata()
    .find((md) => md.getKey() === RUN_KEY)
    ?.getValue();
  const last = stored ? (JSON.parse(stored) as RunState) : undefined;
  return last && !last.finished
    ? { runId: last.runId, startedAt: last.startedAt ?? now }
    : { runId: String(now), startedAt: now };
}

/**
 * Every row of the list in its order: the rows refused alone, the areas this run already did
 * (when resuming), and the areas still to do, which keep what an earlier run left in the snapshot.
 */
function startOutcomes(
  plan: GatherPlan,
  previous: ReadonlyMap<string, SourceOutcome>,
  runId: string,
): Map<string, SourceOutcome> {
  const outcomes = new Map<string, SourceOutcome>();
  const rows: { row: number; area?: Area; refused?: RefusedRow }[] = [
    ...plan.expected.map((area) => ({ row: area.sheetRow, area })),
    ...plan.refused.map((refused) => ({ row: refused.sheetRow, refused })),
  ].sort((x, y) => x.row - y.row);
  for (const { row, area, refused } of rows) {
    if (refused) {
      const { code, name, url, reasons } = refused;
      outcomes.set(`#${row}`, { code, name, url, status: "refused", details: reasons, runId });
    } else if (area) {
      const key = areaKey(area.code);
      const before = previous.get(key);
      const { gatheredAt, rows: count } = before ?? {};
      outcomes.set(
        key,
        before?.runId === runId && before.status !== "pending"
          ? before
          : { ...outcomeOf(area, runId), status: "pending", details: [], gatheredAt, rows: count },
      );
    }
  }
  return outcomes;
}

/** Gathers `year` into this (upper-level) workbook; resumes an unfinished run. */
export function gather(
  ss: Spreadsheet,
  wanted: number | undefined,
  options: GatherOptions,
): GatherRun {
  const started = options.now();
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const batch = options.batch;
  const read = readWorkbook(ss);
  const { config } = read.checked;
  if (config.level === "Xã") return { ok: false, message: GATHER.notUpper };
  const year = wanted ?? config.year;
  if (!year) return { ok: false, message: JOB.noYear };
  const areasTab = read.grids.data.areas;
  const plan = planGathering(areasTab?.grid ?? [], areasTab?.name ?? AREAS_TAB, ss.getId(), year);
  if (plan.blocking.length)
    return { ok: false, message: JOB.blocked(plan.blocking.length), findings: plan.blocking };
  if (!plan.expected.some((a) => a.url) && !plan.refused.length)
    return { ok: false, message: GATHER.noAreas, findings: plan.findings };

  const index = read.index;
  const statusSheet = claimTab(ss, index, STATUS_TAB(year), `gather:${year}`).sheet;
  const statusName = statusSheet.getName();
  // what each area's row said; a row refused last time says nothing about the area of that code
  const previous = new Map(
    readOutcomes(readGrid(statusSheet))
      .filter((o) => o.status !== "refused")
      .map((o) => [areaKey(o.code), o]),
  );
  const { runId, startedAt } = runOf(statusSheet, started);

  const snapshotSheets = COMMUNE_TABS.map(
    (tab) => claimTab(ss, index, snapshotName(tab, year), `snapshot:${year}:${tab.id}`).sheet,
  );
  const snapshots: Grid[] = snapshotSheets.map(readGrid);
  const fresh = COMMUNE_TABS.map(() => new Map<string, (string | number)[][]>());
  const outcomes = startOutcomes(plan, previous, runId);
  const total = plan.expected.length;
  const doneCount = () =>
    plan.expected.filter((a) => outcomes.get(areaKey(a.code))?.status !== "pending").length;
  const progress = progressRecorder(options.now);
  progress({ running: true, done: doneCount(), total }, true);

  let block: CompletenessBlock | undefined;
  const flush = (finished: boolean) => {
    COMMUNE_TABS.forEach((tab, i) => {
      if (!fresh[i]?.size) return;
      const merged = mergeSnapshot(
        snapshots[i] ?? [],
        tab,
        fresh[i] as Map<string, (string | number)[][]>,
      );
      writeSnapshot(snapshotSheets[i] as Sheet, tab, merged);
      snapshots[i] = merged;
      fresh[i]?.clear();
    });
    const line = runLine(startedAt, doneCount(), total, finished ? options.now() : undefined);
    block = renderCompleteness(year, [...outcomes.values()], plan.areas, config.deadline, line);
    writeStatus(statusSheet, block);
    mark(statusSheet, RUN_KEY, JSON.stringify({ runId, finished, startedAt } satisfies RunState));
  };

  const take = (area: Area, result: Gathered) => {
    outcomes.set(areaKey(area.code), result.outcome);
    COMMUNE_TABS.forEach((tab, i) => {
      const got = result.rows?.[tab.id];
      if (got) fresh[i]?.set(area.code, got);
    });
  };
  const attempt = (area: Area) =>
    gatherSource({
      area,
      year,
      deadline: config.deadline,
      now: options.now(),
      runId,
      previous: previous.get(areaKey(area.code)),
    });
  const outOfTime = () => options.now() - started > budget;
  let sinceFlush = 0;
  let lastFlush = started;
  let stopped = false;
  const failedNow: Area[] = [];
  for (const area of plan.expected) {
    if (outcomes.get(areaKey(area.code))?.status !== "pending") continue;
    if (outOfTime()) {
      stopped = true;
      break;
    }
    const result = attempt(area);
    take(area, result);
    if (result.outcome.raw !== undefined) failedNow.push(area);
    progress({ running: true, done: doneCount(), total });
    sinceFlush += 1;
    if (batch ? sinceFlush >= batch : options.now() - lastFlush >= FLUSH_MS) {
      flush(false);
      sinceFlush = 0;
      lastFlush = options.now();
    }
  }
  // A failure to open or read is often a passing one: one more try each, while time allows.
  for (const area of stopped ? [] : failedNow) {
    if (outOfTime()) break;
    const again = attempt(area);
    if (again.outcome.raw === undefined) take(area, again);
  }
  flush(!stopped);
  progress({ running: false, done: doneCount(), total }, true);
  const list = [...outcomes.values()];
  // a refused row is shown at its own cell of the list; every other problem at its status row
  const refusedAt = plan.findings.filter((f) => f.severity === "error" && cellRow(f.cell) > 1);
  const problems = problemFindings(list, statusName, block);
  const findings = [...refusedAt, ...problems];
  const base = { ok: true, year, done: doneCount(), total, sheet: statusName };
  if (stopped) return { ...base, finished: false, message: "", findings, warning: true };
  const gathered = list.filter((o) => o.status === "gathered").length;
  const missing = list.length - gathered;
  return {
    ...base,
    finished: true,
    message: GATHER.done(
      gathered,
      list.length,
      missing,
      problems.length + plan.refused.length - missing,
    ),
    findings,
    warning: findings.length > 0,
  };
}

/** One warning per source that needs a look, at its row of the status tab. */
function problemFindings(
  outcomes: readonly SourceOutcome[],
  tab: string,
  block: CompletenessBlock | undefined,
): Finding[] {
  const first = block?.firstOutcomeRow ?? 1;
  return outcomes.flatMap((o, i) => {
    const what = o.status === "refused" ? undefined : attention(o);
    return what
      ? [
          {
            tab,
            cell: a1(first + i, 3),
            severity: "warning" as const,
            message: clip(GATHER.problem(o.name, o.code, what)),
          },
        ]
      : [];
  });
}

/**
 * Thu thập for a year. A run that stops before the time limit is resumed by pressing again; a
 * script bound to the workbook also leaves itself a trigger. The finished run removes it.
 */
export function gatherJob(
  ss: Spreadsheet,
  year?: number,
  options: GatherOptions = { now: () => Date.now() },
): JobResult {
  return withDocumentLock(() => gatherAndContinue(ss, year, options));
}

function gatherAndContinue(ss: Spreadsheet, year: number | undefined, options: GatherOptions) {
  const result = gather(ss, year, options);
  if (result.finished === undefined || result.year === undefined) return result;
  if (result.finished) {
    if (isBoundScript()) clearContinuation(ss.getId());
    return result;
  }
  const done = result.done ?? 0;
  const total = result.total ?? 0;
  const auto = scheduleContinuation(ss, result.year);
  return {
    ...result,
    message: auto ? GATHER.pausedAuto(done, total) : GATHER.paused(done, total),
  };
}

/**
 * The continuation trigger's handler (bound scripts only). It runs on the workbook it was left for,
 * under that workbook's document lock; when the workbook is gone or no longer shared it ends
 * quietly, cancelling the continuation, and says so in its result.
 */
export function continueGather(
  event?: unknown,
  options: GatherOptions = { now: () => Date.now() },
): JobResult {
  const uid = (event as { triggerUid?: unknown } | undefined)?.triggerUid;
  const active = SpreadsheetApp.getActiveSpreadsheet();
  // no workbook here: it was deleted, or is no longer shared with whoever made the trigger
  const ids = active ? [active.getId()] : pendingWorkbooks();
  const year = active ? pendingYear(active.getId()) : undefined;
  // this trigger has run: remove it, and the records; a new pause leaves new ones
  for (const id of ids) clearContinuation(id, typeof uid === "string" ? uid : undefined);
  if (!active) return { ok: false, message: GATHER.unreachable };
  if (year === undefined) return { ok: true, message: "" };
  const lock = takeDocumentLock();
  if (!lock) {
    // an officer's own run holds the workbook: try again later rather than write beside it
    scheduleContinuation(active, year);
    return { ok: false, message: JOB.busy };
  }
  try {
    return gatherAndContinue(active, year, options);
  } finally {
    lock.releaseLock();
  }
}
