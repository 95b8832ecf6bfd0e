// "Tạo biểu báo cáo năm N": the printed yearly report of a commune, district or province, made
// from the same summary as the summary tab and written whole into the add-on's own tab.

import { REPORT } from "../core/messages";
import { type CitizenGroup, yearlyReport } from "../core/report/yearly";
import { summarizeYear, upperSources } from "./jobs";
import { writePrintout } from "./print";
import { type JobResult, withDocumentLock } from "./run";
import type { ReadWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Where the learning citizens per group come from: criteria scoring's roll-up for the year, or
 * undefined when the workbook has none (the report then says so).
 */
export type CitizenSource = (
  read: ReadWorkbook,
  year: number,
) => readonly CitizenGroup[] | undefined;

/** No workbook has criteria scoring yet: the scoring roll-up plugs in here. */
const noScoring: CitizenSource = () => undefined;

/** "Biểu báo cáo năm N" at every level (gathering flavor): upper levels from their snapshots. */
export function reportJob(
  ss: Spreadsheet,
  year?: number,
  now = Date.now(),
  citizens: CitizenSource = noScoring,
): JobResult {
  return makeReport(ss, year, now, citizens, upperSources);
}

/** "Biểu báo cáo năm N" in the commune flavor, which has no gathered snapshots. */
export function communeReportJob(
  ss: Spreadsheet,
  year?: number,
  now = Date.now(),
  citizens: CitizenSource = noScoring,
): JobResult {
  return makeReport(ss, year, now, citizens);
}

/** Makes (or remakes) the report's tab; refused, writing nothing, while the year has errors. */
function makeReport(
  ss: Spreadsheet,
  year: number | undefined,
  now: number,
  citizens: CitizenSource,
  upper?: typeof upperSources,
): JobResult {
  return withDocumentLock(() => {
    const made = summarizeYear(ss, year, upper);
    if (!made.ok) return made.result;
    const { read, summary } = made;
    const { config } = read.checked;
    const printout = yearlyReport(
      summary,
      { areaName: config.areaName, madeAt: now },
      citizens(read, summary.year),
    );
    const written = writePrintout(
      ss,
      read.index,
      printout,
      REPORT.tab(summary.year),
      `report:${config.level}:${summary.year}`,
    );
    return { ok: true, message: REPORT.done(written.sheet, written.kept), sheet: written.sheet };
  });
}
