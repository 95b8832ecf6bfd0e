// Chốt số liệu năm N / Mở lại on the commune's sheet: the year's rows protected (editing warns),
// every event appended to the log tab, the current state shown in the configuration tab.

import { a1 } from "../core/a1";
import type { ReadTab } from "../core/check/read";
import { blockingErrors } from "../core/check/workbook";
import { CLOSING, JOB } from "../core/messages";
import { COMMUNE_TABS, CONFIG_TAB } from "../core/model/schema";
import {
  type ClosingEvent,
  LOG_FORMATS,
  LOG_HEADER,
  LOG_TAB,
  logRow,
  readLog,
  yearFingerprint,
  yearState,
} from "../core/share/closing";
import { formatDateTime, nameKey } from "../core/text";
import type { JobResult } from "./run";
import { findTab, insertTab, META, mark, rankOf, readGrid, type TabIndex } from "./tabs";
import { readWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Who is running the job; empty for some consumer accounts, so say so rather than guess. */
export function currentUser(): string {
  return (
    Session.getActiveUser().getEmail() ||
    Session.getEffectiveUser().getEmail() ||
    CLOSING.unknownUser
  );
}

/** The log tab, created on first use and protected (warning) like the other generated tabs. */
function logSheet(ss: Spreadsheet, index: TabIndex): { sheet: Sheet; events: ClosingEvent[] } {
  const existing = findTab(index, "log", LOG_TAB);
  if (existing) return { sheet: existing, events: readLog(readGrid(existing)) };
  const sheet = insertTab(ss, index, LOG_TAB, rankOf(META.tab, "log"));
  mark(sheet, META.tab, "log");
  sheet.getRange(1, 1, 1, LOG_HEADER.length).setValues([LOG_HEADER]).setFontWeight("bold");
  sheet.setFrozenRows(1);
  // the fingerprint column is the add-on's own: out of the officer's way
  sheet.hideColumns(LOG_HEADER.length);
  sheet.protect().setDescription(JOB.protection.generated).setWarningOnly(true);
  return { sheet, events: [] };
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
  const at = grid.findIndex((r) => typeof r[0] === "string" && nameKey(r[0]) === nameKey(label));
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

/** Chốt số liệu năm N (the configuration's year when none is given): refused with the findings while the year has errors. */
export function closeYear(ss: Spreadsheet, wanted: number | undefined, now: number): JobResult {
  const read = readWorkbook(ss);
  const year = wanted ?? read.checked.config.year;
  if (!year) return { ok: false, message: JOB.noYear };
  const errors = blockingErrors(read.checked.findings, year);
  if (errors.length)
    return { ok: false, message: JOB.blocked(errors.length, year), findings: errors };
  const { sheet: log, events } = logSheet(ss, read.index);
  if (yearState(events, year).closed) return { ok: false, message: CLOSING.alreadyClosed(year) };
  const tabs = COMMUNE_TABS.flatMap((t) => read.checked.tabs[t.id] ?? []);
  const event: ClosingEvent = {
    year,
    action: "close",
    by: currentUser(),
    at: now,
    fingerprint: yearFingerprint(tabs, year),
  };
  const when = formatDateTime(now);
  for (const tab of COMMUNE_TABS) {
    const sheet = findTab(read.index, tab.id, tab.name);
    const readTab = read.checked.tabs[tab.id];
    if (!sheet || !readTab) continue;
    const width = Math.max(sheet.getLastColumn(), 1);
    for (const [start, count] of runsOf(readTab, year))
      sheet
        .getRange(`${a1(start, 1)}:${a1(start + count - 1, width)}`)
        .protect()
        .setDescription(CLOSING.protection(year, event.by, when))
        .setWarningOnly(true);
  }
  appendEvent(log, event);
  showState(read.index, year, CLOSING.statusClosed(event.by, when));
  return { ok: true, message: CLOSING.closed(year, event.by, when) };
}

/** Mở lại: removes the year's protections; the log keeps the close and adds the reopen. */
export function reopenYear(ss: Spreadsheet, wanted: number | undefined, now: number): JobResult {
  const read = readWorkbook(ss);
  const year = wanted ?? read.checked.config.year;
  if (!year) return { ok: false, message: JOB.noYear };
  const { sheet: log, events } = logSheet(ss, read.index);
  if (!yearState(events, year).closed) return { ok: false, message: CLOSING.notClosed(year) };
  const prefix = CLOSING.protectionPrefix(year);
  for (const tab of COMMUNE_TABS) {
    const sheet = findTab(read.index, tab.id, tab.name);
    if (!sheet) continue;
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE))
      if (p.getDescription().startsWith(prefix)) p.remove();
  }
  appendEvent(log, { year, action: "reopen", by: currentUser(), at: now });
  showState(read.index, year, CLOSING.statusReopened(formatDateTime(now)));
  return { ok: true, message: CLOSING.reopened(year) };
}
