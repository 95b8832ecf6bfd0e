// Creates or completes the tabs a commune (or a district, a province) needs. A second run adds what
// is missing and never touches a cell an officer typed.

import { columnLetter } from "../core/a1";
import { mapHeader } from "../core/check/read";
import { JOB } from "../core/messages";
import { FORMAT } from "../core/model/formats";
import { columnHelp, type Guidance } from "../core/model/guidance";
import type { Roadmap } from "../core/model/roadmaps";
import {
  AREA_COLUMNS,
  AREAS,
  AREAS_TAB,
  COMMUNE_TABS,
  CONFIG_FIELDS,
  CONFIG_TAB,
  type Column,
  type ConfigField,
  type Contribution,
  type DataTab,
  type Level,
  ROADMAP_TAB,
  roadmapTitle,
  TEMPLATE_VERSION,
} from "../core/model/schema";
import {
  configGrid,
  countRule,
  dataTabLayout,
  formatOf,
  rateFormula,
  rateHeader,
  roadmapGrid,
  roadmapHeaderNotes,
  type Validation,
  validationOf,
} from "../core/model/template";
import { COLOURS } from "../core/report/render";
import { identityKey, nameKey } from "../core/text";
import { readGuidance } from "./guidance";
import {
  indexTabs,
  META,
  mark,
  protectWarning,
  rateAt,
  readGrid,
  type TabIndex,
  templateTab,
} from "./tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export interface TemplateReport {
  readonly created: string[];
  readonly completed: string[];
  /** Empty tabs a new spreadsheet came with, removed once the template stands. */
  readonly removed: string[];
}

/** The first tab of a new spreadsheet, named by Sheets in the officer's language. */
const DEFAULT_TAB = /^(Trang tính|Sheet)\d+$/u;

/**
 * A new spreadsheet comes with an empty "Trang tính1": once the template stands it is clutter.
 * Removed only when it holds nothing, is not the add-on's, and still has the name Sheets gave it.
 */
function removeBlankFirstTab(ss: Spreadsheet, index: TabIndex, report: TemplateReport): void {
  for (const name of [...index.order]) {
    const sheet = index.byName.get(name);
    if (!sheet || index.ranks.has(name) || !DEFAULT_TAB.test(name)) continue;
    if (sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) continue;
    ss.deleteSheet(sheet);
    index.order.splice(index.order.indexOf(name), 1);
    report.removed.push(name);
  }
}

/** A native validation rule; counts are checked by a formula (see countRule). */
function validationRule(v: Validation, firstCell: string, help: string) {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true).setHelpText(help);
  switch (v.kind) {
    case "count":
      return builder.requireFormulaSatisfied(countRule(firstCell)).build();
    case "year":
      return builder.requireNumberBetween(2000, 2100).build();
    case "list":
      return builder.requireValueInList([...v.values], true).build();
    default:
      return undefined;
  }
}

/** Formats and validation for columns of a data-like tab, from row 2 down. */
function dressColumns(
  sheet: Sheet,
  tab: DataTab,
  columns: readonly Column[],
  firstColumn: number,
  guidance: Guidance,
): void {
  const rows = sheet.getMaxRows() - 1;
  const help = columns.map((c) => columnHelp(guidance, tab.id, c));
  sheet
    .getRange(2, firstColumn, rows, columns.length)
    .setNumberFormats(Array.from({ length: rows }, () => columns.map(formatOf)));
  // every header says what its column holds; columns with a rule say it again as they are typed in
  sheet.getRange(1, firstColumn, 1, columns.length).setNotes([help]);
  columns.forEach((c, i) => {
    const rule = validationRule(
      validationOf(c),
      `${columnLetter(firstColumn + i)}2`,
      help[i] ?? "",
    );
    if (rule) sheet.getRange(2, firstColumn + i, rows, 1).setDataValidation(rule);
  });
}

/** A data tab: created whole, or completed with the columns and rate formulas it lacks. */
function ensureDataTab(
  ss: Spreadsheet,
  index: TabIndex,
  tab: DataTab,
  report: TemplateReport,
  guidance: Guidance,
): void {
  const { sheet, fresh } = templateTab(ss, index, tab.id, tab.name);
  const hasRates = dataTabLayout(tab).rates.length > 0;
  if (fresh) {
    const layout = dataTabLayout(tab);
    const formulas = layout.rates.map((r) => rateFormula(r, layout.columns) ?? rateHeader(r));
    const width = layout.headers.length + formulas.length;
    const legend = hasRates ? legendRow(guidance) : [];
    const header = sheet.getRange(1, 1, 1, width + legend.length);
    sheet.setFrozenRows(1);
    if (tab.codeKey) sheet.setFrozenColumns(3);
    dressColumns(sheet, tab, tab.columns, 1, guidance);
    if (formulas.length) addRateColumns(sheet, layout.headers.length + 1, formulas.length);
    if (legend.length) dressLegend(sheet, width + 1);
    protectWarning(header, JOB.protection.header);
    // the header last: a tab with a header is complete
    header
      .setFontWeight("bold")
      .setWrap(true)
      .setValues([[...layout.headers, ...formulas, ...legend]]);
    report.created.push(tab.name);
    return;
  }
  const lastColumn = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? [];
  const columns = mapHeader(tab, header);
  const missing = tab.columns.filter((c) => !columns.has(c.key));
  let next = lastColumn + 1;
  const added: string[] = [];
  if (missing.length) {
    ensureColumns(sheet, next + missing.length - 1);
    dressColumns(sheet, tab, missing, next, guidance);
    sheet
      .getRange(1, next, 1, missing.length)
      .setFontWeight("bold")
      .setValues([missing.map((c) => c.header)]);
    missing.forEach((c, i) => {
      columns.set(c.key, next + i);
    });
    next += missing.length;
    added.push(...missing.map((c) => c.header));
  }
  const rates: Contribution[] = [];
  for (const r of dataTabLayout(tab).rates) {
    const at = rateAt(header, r);
    const formula = rateFormula(r, columns);
    if (at < 0) rates.push(r);
    // an older header ("Tỷ lệ GDHT") gets the one that names the denominator
    else if (formula && nameKey(String(header[at])) !== nameKey(rateHeader(r))) {
      sheet.getRange(1, at + 1).setValue(formula);
      added.push(rateHeader(r));
    }
  }
  const formulas = rates.map((r) => rateFormula(r, columns)).filter((f): f is string => Boolean(f));
  if (formulas.length) {
    ensureColumns(sheet, next + formulas.length - 1);
    addRateColumns(sheet, next, formulas.length);
    sheet.getRange(1, next, 1, formulas.length).setFontWeight("bold").setValues([formulas]);
    added.push(...rates.map(rateHeader));
    next += formulas.length;
  }
  if (!header.some((v) => v === guidance.legend.met) && hasRates) {
    ensureColumns(sheet, next + LEGEND_WIDTH - 1);
    dressLegend(sheet, next);
    sheet.getRange(1, next, 1, LEGEND_WIDTH).setValues([legendRow(guidance)]);
    added.push(LEGEND_NAME);
  }
  if (added.length) report.completed.push(`tab ${sheet.getName()}: ${added.join(", ")}`);
}

/** How the legend is named in the template's report. */
const LEGEND_NAME = "chú giải màu";
const LEGEND_WIDTH = 4;

/**
 * The legend in the header row, right of the rate columns: each colour of the shortfall rules in
 * its own cell, then how rates are cut. Part of the protected header; its words are written with
 * the header (last), its colours before.
 */
function legendRow(guidance: Guidance): string[] {
  const { met, near, short } = guidance.legend;
  return [met, near, short, JOB.cutRates];
}

function dressLegend(sheet: Sheet, first: number): void {
  const range = sheet.getRange(1, first, 1, LEGEND_WIDTH);
  range
    .setBackgrounds([
      [COLOURS.met.background, COLOURS.near.background, COLOURS.short.background, null],
    ])
    .setWrap(true);
  sheet.setColumnWidths(first, LEGEND_WIDTH, 140);
  protectWarning(range, JOB.protection.header);
}

/** Rate columns below their header formula: shown as 0,0% and protected (they are computed). */
function addRateColumns(sheet: Sheet, first: number, count: number): void {
  sheet.getRange(2, first, sheet.getMaxRows() - 1, count).setNumberFormat(FORMAT.rate);
  protectWarning(sheet.getRange(1, first, sheet.getMaxRows(), count), JOB.protection.rates);
}

function ensureColumns(sheet: Sheet, needed: number): void {
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
}

/** The configuration tab: created with defaults, or completed with the rows it lacks. */
function ensureConfig(
  ss: Spreadsheet,
  index: TabIndex,
  values: Record<string, string>,
  report: TemplateReport,
  guidance: Guidance,
): void {
  const { sheet, fresh } = templateTab(ss, index, "config", CONFIG_TAB);
  const grid = fresh ? [] : readGrid(sheet);
  const labels = new Set(grid.map((r) => (typeof r[0] === "string" ? identityKey(r[0]) : "")));
  const all = configGrid(guidance, values);
  const rows = fresh ? all : all.slice(1).filter((r) => !labels.has(identityKey(r[0] ?? "")));
  if (rows.length === 0) return;
  const first = grid.length + 1;
  // Plain text, so "10/12" stays a deadline and "00123" keeps its zeros.
  sheet.getRange(first, 2, rows.length, 1).setNumberFormat(FORMAT.text);
  rows.forEach((r, i) => {
    const field = CONFIG_FIELDS.find((f) => f.label === r[0]);
    if (field) setChoices(sheet.getRange(first + i, 2), field, guidance.config[field.key]);
  });
  if (fresh) {
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, 3).setFontWeight("bold");
    protectWarning(sheet.getRange(1, 1, rows.length, 1), JOB.protection.header);
    sheet.setColumnWidth(1, 280).setColumnWidth(2, 260).setColumnWidth(3, 480);
  }
  // the rows last: a labelled row is complete
  sheet.getRange(first, 1, rows.length, 3).setValues(rows);
  if (fresh) report.created.push(CONFIG_TAB);
  else report.completed.push(`tab ${sheet.getName()}: ${rows.map((r) => r[0]).join(", ")}`);
}

/** The list of choices of a configuration value, when it has one (level, roadmap, hierarchy). */
export function setChoices(cell: Range, field: ConfigField, help = ""): void {
  if (field.choices)
    cell.setDataValidation(
      validationRule({ kind: "list", values: field.choices }, "B1", help) as DataValidation,
    );
}

/** The roadmap tab, pre-filled from a preset; an existing one belongs to the officer and is kept
 * (a header of codes, from older sheets, reads as well as one of short forms). */
function ensureRoadmap(
  ss: Spreadsheet,
  index: TabIndex,
  preset: Roadmap,
  report: TemplateReport,
  guidance: Guidance,
): void {
  const { sheet, fresh } = templateTab(ss, index, "roadmap", ROADMAP_TAB);
  if (!fresh) return;
  const grid = roadmapGrid(preset);
  const width = grid[0]?.length ?? 1;
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(1);
  sheet
    .getRange(2, 2, sheet.getMaxRows() - 1, width - 2)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireNumberBetween(0, 1)
        .setAllowInvalid(true)
        .setHelpText(guidance.roadmap)
        .build(),
    );
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight("bold");
  protectWarning(header, JOB.protection.header);
  // the table last: a roadmap tab with a table is complete
  writeRoadmapTable(sheet, preset, guidance, grid);
  report.created.push(ROADMAP_TAB);
}

/** Writes a preset's table at A1 with its source notes and formats, the values last. */
export function writeRoadmapTable(
  sheet: Sheet,
  preset: Roadmap,
  guidance: Pick<Guidance, "presets"> = readGuidance(),
  grid = roadmapGrid(preset),
): void {
  const width = grid[0]?.length ?? 1;
  const format = (r: number, c: number) =>
    r === 0 || c === width - 1 ? FORMAT.text : c === 0 ? "0" : FORMAT.rate;
  const source = guidance.presets[preset.name] ?? preset.title;
  sheet
    .getRange(1, 1, 1, width)
    .setNotes([roadmapHeaderNotes(`Điền từ lộ trình ${preset.title}: ${source}`)]);
  sheet
    .getRange(1, 1, grid.length, width)
    .setNumberFormats(grid.map((row, r) => row.map((_, c) => format(r, c))))
    .setValues(grid);
}

/** The district's or province's list of lower-level areas. */
function ensureAreas(
  ss: Spreadsheet,
  index: TabIndex,
  report: TemplateReport,
  guidance: Guidance,
): void {
  const { sheet, fresh } = templateTab(ss, index, "areas", AREAS_TAB);
  if (!fresh) return;
  sheet.setFrozenRows(1);
  dressColumns(sheet, AREAS, AREA_COLUMNS, 1, guidance);
  const header = sheet.getRange(1, 1, 1, AREA_COLUMNS.length);
  protectWarning(header, JOB.protection.header);
  header.setFontWeight("bold").setValues([AREA_COLUMNS.map((c) => c.header)]);
  report.created.push(AREAS_TAB);
}

/**
 * Creates what is missing for a workbook of `level`: configuration, roadmap (from `preset`), and
 * the data tabs of a commune or the area list of a district or province.
 */
export function ensureTemplate(
  ss: Spreadsheet,
  level: Level,
  preset: Roadmap,
  values: Record<string, string> = {},
): TemplateReport {
  const report: TemplateReport = { created: [], completed: [], removed: [] };
  // never completed here (its mark is written last): a new spreadsheet, or one a cut run left
  const brandNew = !ss.getDeveloperMetadata().some((md) => md.getKey() === META.template);
  const index = indexTabs(ss);
  const guidance = readGuidance();
  const choice = roadmapTitle(values.preset ?? preset.name);
  ensureConfig(ss, index, { level, ...values, preset: choice }, report, guidance);
  ensureRoadmap(ss, index, preset, report, guidance);
  if (level === "Xã")
    for (const tab of COMMUNE_TABS) ensureDataTab(ss, index, tab, report, guidance);
  else ensureAreas(ss, index, report, guidance);
  if (brandNew) removeBlankFirstTab(ss, index, report);
  // complete now, so at this version: gathering tells the province which copies are behind
  mark(ss, META.template, String(TEMPLATE_VERSION));
  return report;
}
