// Writes a summary tab whole: found again by its metadata and rebuilt in place, never written over
// an officer's tab that happens to share its name. A constant number of calls, whatever its size.

import { JOB } from "../core/messages";
import type { Block } from "../core/report/render";
import { shadeSummary } from "./highlight";
import { claimTab, resizeRows, type TabIndex } from "./tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Identifies one summary: the same level and year find the same tab again. */
export interface SummaryKey {
  readonly level: string;
  readonly year: number;
}

/** Empties one of our tabs: values, formats, colours, charts and protections. */
export function clearSheet(sheet: Sheet): Sheet {
  sheet.clear();
  sheet.clearConditionalFormatRules();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) p.remove();
  return sheet;
}

/** Writes the block, its colours, its chart and its stamp. */
export function writeSummary(
  ss: Spreadsheet,
  index: TabIndex,
  block: Block,
  name: string,
  key: SummaryKey,
  marginPoints: number,
): { sheet: string; kept?: string } {
  const { sheet, kept } = claimTab(ss, index, name, `summary:${key.level}:${key.year}`);
  clearSheet(sheet);
  const rows = block.values.length;
  const width = block.values[0]?.length ?? 1;
  resizeRows(sheet, rows);
  const bold = new Set([...block.boldRows, ...block.headerRows]);
  sheet
    .getRange(1, 1, rows, width)
    .setNumberFormats(block.formats)
    .setValues(block.values)
    .setFontWeights(
      block.values.map((_, r) => Array(width).fill(bold.has(r + 1) ? "bold" : "normal")),
    );
  sheet.setFrozenRows(block.frozenRows);
  block.columnWidths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
  const { highlight, chart } = block;
  shadeSummary(
    sheet,
    highlight.ranges,
    highlight.rateColumn,
    highlight.targetColumn,
    highlight.firstRow,
    marginPoints,
  );
  const builder = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .setPosition(chart.row, chart.column, 0, 0);
  for (const a1 of chart.ranges) builder.addRange(sheet.getRange(a1));
  sheet.insertChart(builder.setOption("title", chart.title).build());
  sheet.protect().setDescription(JOB.protection.generated).setWarningOnly(true);
  return { sheet: sheet.getName(), kept };
}
