// Writes a printout (src/core/report/print.ts) into one of the add-on's tabs, replaced whole: values
// and every format in one call each, merges and borders per block, widths, no gridlines.

import { JOB } from "../core/messages";
import type { Printout, Span } from "../core/report/print";
import { clearSheet } from "./summary";
import { claimTab, resizeRows, type TabIndex } from "./tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Claims the tab for `key` (never an officer's tab of the same name) and writes the printout, so
 * that File → Download → PDF prints it at A4 as laid out.
 */
export function writePrintout(
  ss: Spreadsheet,
  index: TabIndex,
  printout: Printout,
  name: string,
  key: string,
): { sheet: string; kept?: string } {
  const { sheet, kept } = claimTab(ss, index, name, key);
  clearSheet(sheet);
  const rows = printout.values.length;
  const width = printout.widths.length;
  resizeRows(sheet, rows);
  // a claimed tab, new or left empty by a cut run, has Sheets' 26 columns: more than a printout's
  const range = (s: Span) => sheet.getRange(s.row, s.column, s.rows, s.columns);
  const all = range({ row: 1, column: 1, rows, columns: width });
  all.breakApart();
  all
    .setNumberFormats(printout.formats)
    .setValues(printout.values)
    .setFontWeights(printout.weights)
    .setFontStyles(printout.styles)
    .setFontSizes(printout.sizes)
    .setHorizontalAlignments(printout.aligns)
    .setWraps(printout.wraps);
  for (const m of printout.merges) range(m).mergeAcross();
  for (const b of printout.borders) range(b).setBorder(true, true, true, true, true, true);
  printout.widths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
  sheet.setHiddenGridlines(true);
  sheet.protect().setDescription(JOB.protection.generated).setWarningOnly(true);
  return { sheet: sheet.getName(), kept };
}
