// “Tạo danh sách công nhận”: the year's recognised households (clans, villages, units, citizens),
// by village, in a generated tab laid out to print as the annex of the recognition decision.

import type { ReadTab } from "../core/check/read";
import { JOB, SCORING } from "../core/messages";
import { recognitionPage } from "../core/report/recognition";
import { codeIdentity } from "../core/text";
import { type JobResult, withDocumentLock } from "./run";
import { scoringErrors } from "./scoring";
import { clearSheet } from "./summary";
import { claimTab, resizeRows } from "./tabs";
import { readWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Code identity → name of a tab's areas (villages, units) of a year, in the tab's order. */
function places(tab: ReadTab | undefined, year: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of tab?.rows ?? [])
    if (r.year === year && typeof r.values.code === "string")
      out.set(codeIdentity(r.values.code), String(r.values.name ?? r.values.code));
  return out;
}

/** Builds the list for `year` (the configuration's by default); nothing from a year with errors. */
export function recognitionJob(ss: Spreadsheet, year?: number): JobResult {
  return withDocumentLock(() => {
    const read = readWorkbook(ss);
    const { config, scoring, tabs, findings } = read.checked;
    const y = year ?? config.year;
    if (!y) return { ok: false, message: JOB.noYear, findings };
    const errors = scoringErrors(read.checked, y, [
      tabs.villages?.sheetName ?? "",
      tabs.units?.sheetName ?? "",
    ]);
    if (errors.length)
      return { ok: false, message: JOB.blocked(errors.length, y), findings: errors };
    const page = recognitionPage(
      scoring,
      y,
      config.areaName,
      (t) => places(tabs[t], y),
      codeIdentity,
    );
    if (!page) return { ok: false, message: SCORING.list.none(y) };
    const L = SCORING.list;
    const { sheet } = claimTab(ss, read.index, L.tab(y), `recognition:${y}`);
    clearSheet(sheet);
    const rows = page.values.length;
    const width = page.widths.length;
    resizeRows(sheet, rows);
    const bold = new Set(page.bold);
    sheet
      .getRange(1, 1, rows, width)
      .setNumberFormats(page.formats)
      .setValues(page.values)
      .setFontWeights(
        page.values.map((_, r) => Array(width).fill(bold.has(r + 1) ? "bold" : "normal")),
      );
    for (const r of page.titles)
      sheet.getRange(r, 1, 1, width).merge().setHorizontalAlignment("center");
    page.widths.forEach((w, i) => {
      sheet.setColumnWidth(i + 1, w);
    });
    sheet.protect().setDescription(JOB.protection.generated).setWarningOnly(true);
    return { ok: true, message: L.done(sheet.getName()), sheet: sheet.getName() };
  });
}
