// Writes a printout (src/core/report/print.ts) into one of the add-on's tabs, replaced whole: values
// and every format in one call each, merges and borders per block, widths, no gridlines.

import { JOB } from "../core/messages";
import type { Printout } from "../core/report/print";
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
  const extra = sheet.getMaxColumns() - width;
  if (extra > 0) sheet.deleteColumns(width + 1, extra);
  else if (extra < 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), -extra);
  const all = sheet.getRange(1, 1, rows, width);
  all.breakApart();
  all
    .setNumberFormats(printout.formats)
    .setValues(printout.values)
    .setFontWeights(printout.weights)
    .setFontStyles(printout.styles)
    .setFontSizes(printout.sizes)
    .setHorizontalAlignments(printout.aligns)
    .setWraps(printout.wraps)
    .setVerticalAlignment("middle");
  for (const m of printout.merges) sheet.getRange(m.row, m.column, m.rows, m.columns).mergeAcross();
  for (const b of printout.borders)
    sheet
      .getRange(b.row, b.column, b.rows, b.columns)
      .setBorder(true, true, true, true, true, true);
  printout.widths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
  sheet.setHiddenGridlines(true);
  sheet.protect().setDescription(JOB.protection.generated).setWarningOnly(true);
  return { sheet: sheet.getName(), kept };
}
