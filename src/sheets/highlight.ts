// Shortfall colours as conditional-format rules (never painted backgrounds): red below target by
// more than the margin, amber within it, green when met, decided on whole per mille.

import { columnLetter } from "../core/a1";
import type { ReadTab } from "../core/check/read";
import { type Roadmap, targetOf } from "../core/model/roadmaps";
import { rateColumns } from "../core/model/schema";
import {
  COLOURS,
  RATE_COLUMN,
  type Shade,
  shadeFormulas,
  TARGET_COLUMN,
} from "../core/report/render";
import { rateAt } from "./tabs";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const SHADES: readonly Shade[] = ["met", "near", "short"];

const lower = (c: string | null | undefined) => (c ?? "").toLowerCase();

/**
 * Ours: a custom-formula rule painting exactly one of our three colour pairs. Recognised by its
 * type and colours, never by its formula text (which Sheets may hand back in the locale's syntax);
 * an officer's own rules are kept.
 */
export function isOurs(rule: Rule): boolean {
  const c = rule.getBooleanCondition();
  return (
    c?.getCriteriaType() === SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA &&
    SHADES.some(
      (s) =>
        lower(c?.getBackground()) === COLOURS[s].background &&
        lower(c?.getFontColor()) === COLOURS[s].font,
    )
  );
}

/** The three shade rules over `ranges`, in the add-on's colours. */
export function rulesFor(ranges: Range[], formulas: Record<Shade, string>): Rule[] {
  return SHADES.map((shade) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formulas[shade])
      .setBackground(COLOURS[shade].background)
      .setFontColor(COLOURS[shade].font)
      .setRanges(ranges)
      .build(),
  );
}

/** Summary tabs: rate in one column, target in the next, the same three rules on every range. */
export function shadeSummary(
  sheet: Sheet,
  ranges: readonly string[],
  rateColumn: number,
  targetColumn: number,
  firstRow: number,
  marginPoints: number,
): void {
  const rate = `$${columnLetter(rateColumn)}${firstRow}`;
  const target = `$${columnLetter(targetColumn)}${firstRow}`;
  const keep = sheet.getConditionalFormatRules().filter((r) => !isOurs(r));
  const targets = ranges.map((a1) => sheet.getRange(a1));
  sheet.setConditionalFormatRules([
    ...keep,
    ...rulesFor(targets, shadeFormulas(rate, target, marginPoints)),
  ]);
}

/** Rebuilds a summary tab's rules with a new margin, on the ranges they already cover. */
export function reshadeSummary(sheet: Sheet, marginPoints: number): boolean {
  const ranges = sheet.getConditionalFormatRules().find(isOurs)?.getRanges() ?? [];
  const first = ranges[0];
  if (!first) return false;
  shadeSummary(
    sheet,
    ranges.map((r) => r.getA1Notation()),
    RATE_COLUMN,
    TARGET_COLUMN,
    first.getRow(),
    marginPoints,
  );
  return true;
}

/**
 * Data tabs: each rate column compared with the target of its row's year, one rule set per year
 * (targets live in another tab, which conditional formats cannot read).
 */
export function shadeDataTab(
  sheet: Sheet,
  read: ReadTab,
  roadmap: Roadmap,
  years: readonly number[],
  marginPoints: number,
): number {
  const width = sheet.getLastColumn();
  if (width < 1) return 0;
  const values = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const yearColumn = read.columns.get("year");
  if (yearColumn === undefined) return 0;
  const rows = sheet.getMaxRows() - 1;
  const rules: Rule[] = [];
  for (const c of rateColumns(read.tab)) {
    const at = rateAt(values, c);
    if (at < 0) continue;
    const letter = columnLetter(at + 1);
    const range = sheet.getRange(2, at + 1, rows, 1);
    for (const year of years) {
      const target = targetOf(roadmap, c.indicator, year);
      if (!target) continue;
      const when = `$${columnLetter(yearColumn)}2=${year}`;
      rules.push(
        ...rulesFor([range], shadeFormulas(`${letter}2`, target.value, marginPoints, when)),
      );
    }
  }
  const keep = sheet.getConditionalFormatRules().filter((r) => !isOurs(r));
  sheet.setConditionalFormatRules([...keep, ...rules]);
  return rules.length;
}
