// Chốt số liệu năm N / Mở lại on the commune's sheet: the year's rows protected (editing warns),
// every event appended to the log tab, the current state shown in the configuration tab. The log
// row is written last: a run cut anywhere leaves the log as it was, and running the job again
// finishes the work (protections are replaced, never doubled).

import { a1 } from "../core/a1";
import { isBlank } from "../core/cells";
import type { Finding, ReadTab } from "../core/check/read";
import type { Grid } from "../core/check/workbook";
import { CLOSING, JOB } from "../core/messages";
import { COMMUNE_TABS, CONFIG_TAB } from "../core/model/schema";
import { communeParts } from "../core/report/summary";
import {
  type ClosingEvent,
  changedYears,
  LOG_FORMATS,
  LOG_HEADER,
  LOG_TAB,
  logRow,
  readLog,
  yearFingerprint,
  yearState,
} from "../core/share/closing";
import { formatDateTime, identityKey } from "../core/text";
import { blocked, type JobResult } from "./run";
import {
  findTab,
  insertTab,
  META,
  mark,
  protectWarning,
  rankOf,
  readGrid,
  type TabIndex,
} from "./tabs";
import { type ReadWorkbook, readWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Who is running the job; empty for some consumer accounts, so say so rather than guess. */
export function currentUser(): string {
  return (
    Session.getActiveUser().getEmail() ||
    Session.getEffectiveUser().getEmail() ||
    CLOSING.unknownUser
  );
}

/** The log as it stands (one read); no tab yet is an empty log. */
export interface ClosingLog {
  readonly sheet?: Sheet;
  readonly grid: Grid;
  readonly events: ClosingEvent[];
}

export function readClosingLog(index: TabIndex): ClosingLog {
  const sheet = findTab(index, "log", LOG_TAB);
  const grid = sheet ? readGrid(sheet) : [];
  return { sheet, grid, events: readLog(grid) };
}

/** The log tab ready for a row: made whole when new or left headless by a cut run, header last. */
function logSheet(ss: Spreadsheet, index: TabIndex, log: ClosingLog): Sheet {
  if (log.sheet && log.grid.some((r) => r.some((v) => !isBlank(v)))) return log.sheet;
  const sheet = log.sheet ?? insertTab(ss, index, LOG_TAB, rankOf(META.tab, "log"));
  mark(sheet, META.tab, "log");
  sheet.setFrozenRows(1);
  // the fingerprint column is the add-on's own: out of the officer's way
  sheet.hideColumns(LOG_HEADER.length);
  protectWarning(
    sheet.getRange(1, 1, sheet.getMaxRows(), LOG_HEADER.length),
    JOB.protection.generated,
  );
  sheet.getRange(1, 1, 1, LOG_HEADER.length).setFontWeight("bold").setValues([LOG_HEADER]);
  return sheet;
}

function appendEvent(sheet: Sheet, event: ClosingEvent): void {
  const row = Math.max(sheet.getLastRow(), 1) + 1;
  sheet
    .getRange(row, 1, 1, LOG_HEADER.length)
    .setNumberFormats([LOG_FORMATS])
    .setValues([logRow(event)]);
}

/** Writes "Trạng thái năm N" in the configuration tab, on its own row (added once). */
function showState(index: TabIndex, year: number, text: string): void {
  const sheet = findTab(index, "config", CONFIG_TAB);
  if (!sheet) return;
  const grid = readGrid(sheet);
  const label = CLOSING.statusLabel(year);
  const at = grid.findIndex(
    (r) => typeof r[0] === "string" && identityKey(r[0]) === identityKey(label),
  );
  const row = at >= 0 ? at + 1 : grid.length + 1;
  sheet
    .getRange(row, 1, 1, 2)
    .setNumberFormats([["@", "@"]])
    .setValues([[label, text]]);
}

/** Sheet rows of a year, as runs of consecutive rows: one protection per run. */
function runsOf(read: ReadTab, year: number): [number, number][] {
  const rows = read.rows.filter((r) => r.year === year).map((r) => r.sheetRow);
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === r) last[1] += 1;
    else runs.push([r, 1]);
  }
  return runs;
}

/**
 * Removes the year's protections from the data tabs; with `keep`, protects the year's rows again.
 * A protection left without description (a run cut between protect() and setDescription()) on
 * one of those rows is taken over, so it never stays a full lock. One pass over the protections.
 */
function protectYear(read: ReadWorkbook, year: number, keep?: string): void {
  const prefix = CLOSING.protectionPrefix(year);
  for (const tab of COMMUNE_TABS) {
    const sheet = findTab(read.index, tab.id, tab.name);
    const readTab = read.checked.tabs[tab.id];
    if (!sheet) continue;
    const blank = new Map<string, Protection>();
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      const description = p.getDescription();
      if (description.startsWith(prefix)) p.remove();
      else if (!description) blank.set(p.getRange().getA1Notation(), p);
    }
    if (!keep || !readTab) continue;
    const width = Math.max(sheet.getLastColumn(), 1);
    for (const [start, count] of runsOf(readTab, year)) {
      const rows = `${a1(start, 1)}:${a1(start + count - 1, width)}`;
      (blank.get(rows) ?? sheet.getRange(rows).protect()).setDescription(keep).setWarningOnly(true);
    }
  }
}

/** Chốt số liệu năm N (the configuration's year when none is given): refused with the findings while the year has errors or no rows. */
export function closeYear(ss: Spreadsheet, wanted: number | undefined, now: number): JobResult {
  const read = readWorkbook(ss);
  const year = wanted ?? read.checked.config.year;
  if (!year) return { ok: false, message: JOB.noYear };
  const refused = blocked(read.checked.findings, year);
  if (refused) return refused;
  if (!communeParts(read.checked.tabs, year).length)
    return { ok: false, message: JOB.noRows(year) };
  const log = readClosingLog(read.index);
  if (yearState(log.events, year).closed)
    return { ok: false, message: CLOSING.alreadyClosed(year) };
  const tabs = COMMUNE_TABS.flatMap((t) => read.checked.tabs[t.id] ?? []);
  const event: ClosingEvent = {
    year,
    action: "close",
    by: currentUser(),
    at: now,
    fingerprint: yearFingerprint(tabs, year),
  };
  const when = formatDateTime(now);
  const sheet = logSheet(ss, read.index, log);
  protectYear(read, year, CLOSING.protection(year, event.by, when));
  showState(read.index, year, CLOSING.statusClosed(event.by, when));
  appendEvent(sheet, event);
  return { ok: true, message: CLOSING.closed(year, event.by, when) };
}

/** Mở lại: removes the year's protections; the log keeps the close and adds the reopen. */
export function reopenYear(ss: Spreadsheet, wanted: number | undefined, now: number): JobResult {
  const read = readWorkbook(ss);
  const year = wanted ?? read.checked.config.year;
  if (!year) return { ok: false, message: JOB.noYear };
  const log = readClosingLog(read.index);
  if (!yearState(log.events, year).closed) return { ok: false, message: CLOSING.notClosed(year) };
  const sheet = logSheet(ss, read.index, log);
  protectYear(read, year);
  showState(read.index, year, CLOSING.statusReopened(formatDateTime(now)));
  appendEvent(sheet, { year, action: "reopen", by: currentUser(), at: now });
  return { ok: true, message: CLOSING.reopened(year) };
}

/** Closed years whose rows changed since closing: one warning each, at its close in the log. */
export function changedSinceClosing(read: ReadWorkbook, log: ClosingLog): Finding[] {
  const tabs = COMMUNE_TABS.flatMap((t) => read.checked.tabs[t.id] ?? []);
  const name = log.sheet?.getName() ?? LOG_TAB;
  return changedYears(log.events, tabs).map((state) => ({
    tab: name,
    cell: a1(log.grid.findIndex((r) => r[0] === state.year && r[4] === state.fingerprint) + 1, 4),
    severity: "warning",
    message: CLOSING.changed(state.year, formatDateTime(state.closedAt ?? 0)),
    year: state.year,
  }));
}
