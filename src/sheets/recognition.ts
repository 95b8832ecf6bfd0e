// “Tạo danh sách công nhận”: the year's recognised households (clans, villages, units, citizens),
// by village, written with the shared print layout as the annex of the recognition decision.

import type { ReadTab } from "../core/check/read";
import { JOB, SCORING } from "../core/messages";
import { recognitionList } from "../core/report/recognition";
import { codeIdentity } from "../core/text";
import { readGuidance } from "./guidance";
import { writePrintout } from "./print";
import { type JobResult, withDocumentLock } from "./run";
import { scoringErrors } from "./scoring";
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
export function recognitionJob(ss: Spreadsheet, year?: number, now = Date.now()): JobResult {
  return withDocumentLock(() => {
    const read = readWorkbook(ss);
    const { config, scoring, tabs, findings } = read.checked;
    const y = year ?? config.year;
    if (!y) return { ok: false, message: JOB.noYear, findings };
    const areas = [tabs.villages?.sheetName ?? "", tabs.units?.sheetName ?? ""];
    const errors = scoringErrors(read.checked, y, areas);
    if (errors.length)
      return { ok: false, message: JOB.blocked(errors.length, y), findings: errors };
    const facts = {
      year: y,
      areaName: config.areaName,
      madeAt: now,
      places: (t: "villages" | "units") => places(tabs[t], y),
      identity: codeIdentity,
    };
    const printout = recognitionList(scoring, facts, readGuidance().print);
    if (!printout) return { ok: false, message: SCORING.list.none(y) };
    const L = SCORING.list;
    const { sheet } = writePrintout(ss, read.index, printout, L.tab(y), `recognition:${y}`);
    return { ok: true, message: L.done(sheet), sheet };
  });
}
