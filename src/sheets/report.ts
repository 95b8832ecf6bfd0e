// "Tạo biểu báo cáo năm N": the printed yearly report of a commune, district or province, made
// from the same summary as the summary tab and written whole into the add-on's own tab.

import { JOB } from "../core/messages";
import { fill } from "../core/report/print";
import { type CitizenGroup, yearlyReport } from "../core/report/yearly";
import { readGuidance } from "./guidance";
import { summarizeYear, type upperSources } from "./jobs";
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

export interface ReportOptions {
  readonly now?: number;
  /** Learning citizens per group; none yet: the scoring roll-up plugs in here. */
  readonly citizens?: CitizenSource;
  /** How a district or province reads its snapshots (the gathering flavor passes it). */
  readonly upper?: typeof upperSources;
}

/**
 * Makes (or remakes) "Biểu báo cáo năm N" of the year (the configuration's when none is given);
 * refused, writing nothing, while the year has errors.
 */
export function reportJob(ss: Spreadsheet, year?: number, options: ReportOptions = {}): JobResult {
  const { now = Date.now(), citizens, upper } = options;
  return withDocumentLock(() => {
    const made = summarizeYear(ss, year, upper);
    if (!("summary" in made)) return made;
    const { read, summary } = made;
    const { config } = read.checked;
    const words = readGuidance().print;
    const printout = yearlyReport(
      summary,
      { areaName: config.areaName, madeAt: now },
      words,
      citizens?.(read, summary.year),
    );
    const written = writePrintout(
      ss,
      read.index,
      printout,
      fill(words.tab, { year: summary.year }),
      `report:${config.level}:${summary.year}`,
    );
    const message = `${JOB.summaryDone(written.sheet, written.kept)} ${words.done}`;
    return { ok: true, message, sheet: written.sheet };
  });
}
