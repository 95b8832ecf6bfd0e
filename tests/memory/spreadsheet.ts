// The Spreadsheet service's objects over the memory model: Spreadsheet, Sheet, Range, Protection,
// DeveloperMetadata (with finder and location) and User, typed against @types/google-apps-script.

import {
  parseReference,
  type Rect,
  type Reference,
  rectA1,
  rectSize,
  rectsIntersect,
  resolveReference,
} from "./a1";
import { instrument } from "./calls";
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  EnumValue,
  enumKey,
  member,
  ProtectionType,
  SheetType,
} from "./enums";
import type { Env } from "./env";
import { formatReference, rewriteReferences, shiftReference } from "./formula";
import {
  type BookModel,
  type Borders,
  type Cell,
  type MetadataModel,
  ProtectionModel,
  type SheetModel,
  toApps,
  type ValidationSlot,
} from "./model";
import {
  copyChart,
  MemConditionalFormatRule,
  MemDataValidation,
  MemEmbeddedChart,
  MemEmbeddedChartBuilder,
  normalizeColor,
} from "./rules";
import { formatValue } from "./values";

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GUser = GoogleAppsScript.Base.User;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

const as = <T>(x: object): T => x as unknown as T;

// ---------------------------------------------------------------------------------------------
// Argument checks shared by the facades

function describeArg(x: unknown): string {
  if (Array.isArray(x)) return Array.isArray(x[0]) ? "Object[][]" : "Object[]";
  if (x === null) return "null";
  if (typeof x === "object") return "Object";
  return typeof x === "string" ? "String" : typeof x === "number" ? "number" : typeof x;
}

/** Rejects a 2D array whose shape differs from the range, with Apps Script's messages. */
function checkShape(data: unknown, rows: number, cols: number, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every(Array.isArray))
    throw new Error(
      `The parameters (${describeArg(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  if (data.length !== rows)
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`,
    );
  for (const row of data as unknown[][]) {
    if (row.length !== cols)
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${cols}.`,
      );
  }
  return data as unknown[][];
}

/** One of the values a setter accepts, else Apps Script's "Invalid argument". */
function oneOf<T extends string>(x: unknown, allowed: readonly T[], what: string): T {
  if (!allowed.includes(x as T)) throw new Error(`Invalid argument: ${what} (${String(x)})`);
  return x as T;
}

function integer(x: unknown, what: string): number {
  const n = Number(x);
  if (!Number.isInteger(n)) throw new Error(`Invalid argument: ${what}`);
  return n;
}

/** Apps Script's checks for getRange(row, column, numRows, numColumns) and offset(). */
export function checkedRect(
  sheet: SheetModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): Rect {
  const [r, c, nr, nc] = [
    integer(row, "row"),
    integer(col, "column"),
    integer(numRows, "numRows"),
    integer(numCols, "numColumns"),
  ];
  if (r < 1) throw new Error("The starting row of the range is too small.");
  if (c < 1) throw new Error("The starting column of the range is too small.");
  if (nr < 1) throw new Error("The number of rows in the range must be at least 1.");
  if (nc < 1) throw new Error("The number of columns in the range must be at least 1.");
  if (r + nr - 1 > sheet.maxRows || c + nc - 1 > sheet.maxCols)
    throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
  return { r1: r, c1: c, r2: r + nr - 1, c2: c + nc - 1 };
}

/** A1 text to a rect on a sheet ("Range not found" for text Sheets would not accept). */
function a1Rect(sheet: SheetModel, ref: Reference): { rect: Rect; label?: string } {
  const rect = resolveReference(ref, sheet.maxRows, sheet.maxCols);
  if (rect.r2 > sheet.maxRows || rect.c2 > sheet.maxCols) throw new Error("Range not found");
  const b = ref.b ?? ref.a;
  const open = ref.a.row === null || ref.a.col === null || b.row === null || b.col === null;
  return open
    ? { rect, label: formatReference({ ...ref, sheet: null }).replace(/\$/gu, "") }
    : { rect };
}

// ---------------------------------------------------------------------------------------------
// User

export class MemUser implements GUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getUserLoginId(): string {
    return this.email;
  }
}

const emailOf = (x: unknown): string => (x instanceof MemUser ? x.getEmail() : String(x));

// ---------------------------------------------------------------------------------------------
// Range

const RANGE_METHODS = [
  "activate",
  "breakApart",
  "clear",
  "clearContent",
  "clearDataValidations",
  "clearFormat",
  "clearNote",
  "getA1Notation",
  "getBackground",
  "getBackgrounds",
  "getCell",
  "getColumn",
  "getDataValidation",
  "getDataValidations",
  "getDisplayValue",
  "getDisplayValues",
  "getFontWeight",
  "getFontWeights",
  "getFormula",
  "getFormulas",
  "getGridId",
  "getHeight",
  "getLastColumn",
  "getLastRow",
  "getMergedRanges",
  "getNote",
  "getNotes",
  "getNumColumns",
  "getNumRows",
  "getNumberFormat",
  "getNumberFormats",
  "getRow",
  "getSheet",
  "getValue",
  "getValues",
  "getWidth",
  "isBlank",
  "isPartOfMerge",
  "merge",
  "mergeAcross",
  "offset",
  "protect",
  "setBackground",
  "setBackgrounds",
  "setDataValidation",
  "setDataValidations",
  "setBorder",
  "setFontColor",
  "setFontSize",
  "setFontSizes",
  "setFontStyle",
  "setFontStyles",
  "setFontWeight",
  "setFontWeights",
  "setFormula",
  "setFormulas",
  "setHorizontalAlignment",
  "setHorizontalAlignments",
  "setNote",
  "setNotes",
  "setNumberFormat",
  "setNumberFormats",
  "setValue",
  "setValues",
  "setVerticalAlignment",
  "setWrap",
  "setWraps",
] as const satisfies readonly (keyof GRange)[];

export class MemRange implements Pick<GRange, (typeof RANGE_METHODS)[number]> {
  constructor(
    readonly env: Env,
    readonly sheet: SheetModel,
    readonly rect: Rect,
    private readonly label?: string,
  ) {}

  accessScope(): string {
    return this.sheet.book.id;
  }
  cellCount(): number {
    return rectSize(this.rect);
  }
  private self(): GRange {
    return as<GRange>(this);
  }
  private get numRows(): number {
    return this.rect.r2 - this.rect.r1 + 1;
  }
  private get numCols(): number {
    return this.rect.c2 - this.rect.c1 + 1;
  }
  /** Cell objects of the range, row by row (created on demand). */
  private grid<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.r1; r <= this.rect.r2; r++) {
      const row: T[] = [];
      for (let c = this.rect.c1; c <= this.rect.c2; c++) row.push(fn(this.sheet.cell(r, c), r, c));
      out.push(row);
    }
    return out;
  }
  private eachCell(fn: (cell: Cell, i: number, j: number) => void): GRange {
    this.sheet.forEachInRect(this.rect, (cell, r, c) =>
      fn(cell, r - this.rect.r1, c - this.rect.c1),
    );
    return this.self();
  }
  private top<T>(rows: T[][]): T {
    return rows[0]?.[0] as T;
  }

  // Values ------------------------------------------------------------------------------------

  getValues(): unknown[][] {
    const make = this.env.makeDate;
    return this.sheet.book
      .readRect(this.sheet, this.rect)
      .map((row) => row.map((v) => toApps(v, make)));
  }
  getValue(): unknown {
    return toApps(this.sheet.valueAt(this.rect.r1, this.rect.c1), this.env.makeDate);
  }
  setValues(values: unknown[][]): GRange {
    this.sheet.writeInputs(this.rect, checkShape(values, this.numRows, this.numCols, "setValues"));
    return this.self();
  }
  setValue(value: unknown): GRange {
    this.sheet.writeInputs(
      this.rect,
      this.grid(() => value),
    );
    return this.self();
  }
  getDisplayValues(): string[][] {
    const book = this.sheet.book;
    const ctx = { li: book.li, timeZone: book.timeZone };
    const values = book.readRect(this.sheet, this.rect);
    return this.grid((cell, r, c) => {
      const v = toApps(values[r - this.rect.r1]?.[c - this.rect.c1] ?? "");
      return formatValue(v, cell?.nf ?? "General", ctx);
    });
  }
  getDisplayValue(): string {
    return this.top(this.getDisplayValues());
  }
  /** In the locale's syntax, as the formula bar shows them (unverified for Apps Script). */
  getFormulas(): string[][] {
    return this.grid((cell) => this.sheet.book.showFormula(cell));
  }
  getFormula(): string {
    return this.sheet.book.showFormula(this.sheet.cell(this.rect.r1, this.rect.c1));
  }
  setFormulas(formulas: string[][]): GRange {
    this.sheet.writeInputs(
      this.rect,
      checkShape(formulas, this.numRows, this.numCols, "setFormulas"),
    );
    return this.self();
  }
  /** Like Sheets, relative references move with each cell of the range. */
  setFormula(formula: string): GRange {
    const inputs = this.grid((_cell, r, c) => {
      if (!formula.startsWith("=")) return formula;
      const [dr, dc] = [r - this.rect.r1, c - this.rect.c1];
      return rewriteReferences(
        formula,
        (ref) => (dr === 0 && dc === 0 ? null : (shiftReference(ref, dr, dc) ?? "#REF!")),
        this.sheet.book.syntax,
      );
    });
    this.sheet.writeInputs(this.rect, inputs);
    return this.self();
  }
  clearContent(): GRange {
    this.sheet.clearRect(this.rect, { contents: true });
    return this.self();
  }
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GRange {
    const only =
      options &&
      (options.commentsOnly ||
        options.contentsOnly ||
        options.formatOnly ||
        options.validationsOnly);
    this.sheet.clearRect(
      this.rect,
      only
        ? {
            contents: options.contentsOnly,
            formats: options.formatOnly,
            validations: options.validationsOnly,
            notes: options.commentsOnly,
          }
        : { contents: true, formats: true },
    );
    return this.self();
  }
  clearFormat(): GRange {
    this.sheet.clearRect(this.rect, { formats: true });
    return this.self();
  }
  clearNote(): GRange {
    this.sheet.clearRect(this.rect, { notes: true });
    return this.self();
  }
  isBlank(): boolean {
    this.sheet.book.ensureCalculated();
    for (let r = this.rect.r1; r <= this.rect.r2; r++)
      for (let c = this.rect.c1; c <= this.rect.c2; c++)
        if (this.sheet.hasContent(r, c)) return false;
    return true;
  }

  // Number formats and styles -----------------------------------------------------------------

  getNumberFormats(): string[][] {
    return this.grid((cell) => cell?.nf ?? "General");
  }
  getNumberFormat(): string {
    return this.top(this.getNumberFormats());
  }
  setNumberFormat(numberFormat: string): GRange {
    return this.eachCell((cell) => {
      cell.nf = numberFormat;
    });
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    const data = checkShape(numberFormats, this.numRows, this.numCols, "setNumberFormats");
    return this.eachCell((cell, i, j) => {
      cell.nf = String(data[i]?.[j]);
    });
  }
  setBackground(color: string | null): GRange {
    const bg = color === null || color === "" ? undefined : normalizeColor(color);
    return this.eachCell((cell) => {
      cell.bg = bg;
    });
  }
  setBackgrounds(color: Array<Array<string | null>>): GRange {
    const data = checkShape(color, this.numRows, this.numCols, "setBackgrounds");
    return this.eachCell((cell, i, j) => {
      const c = data[i]?.[j];
      cell.bg = c === null || c === undefined || c === "" ? undefined : normalizeColor(String(c));
    });
  }
  getBackgrounds(): string[][] {
    return this.grid((cell) => cell?.bg ?? "#ffffff");
  }
  getBackground(): string {
    return this.top(this.getBackgrounds());
  }
  setFontColor(color: string | null): GRange {
    const fc = color === null ? undefined : normalizeColor(color);
    return this.eachCell((cell) => {
      cell.fc = fc;
    });
  }
  setFontWeight(fontWeight: "bold" | "normal" | null): GRange {
    return this.eachCell((cell) => {
      cell.fw = fontWeight ?? "normal";
    });
  }
  setFontWeights(fontWeights: Array<Array<"bold" | "normal" | null>>): GRange {
    const data = checkShape(fontWeights, this.numRows, this.numCols, "setFontWeights");
    return this.eachCell((cell, i, j) => {
      cell.fw = data[i]?.[j] === "bold" ? "bold" : "normal";
    });
  }
  getFontWeights(): Array<Array<"bold" | "normal">> {
    return this.grid((cell) => cell?.fw ?? "normal");
  }
  getFontWeight(): "bold" | "normal" {
    return this.top(this.getFontWeights());
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this.eachCell((cell) => {
      cell.wrap = isWrapEnabled;
    });
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    const data = checkShape(isWrapEnabled, this.numRows, this.numCols, "setWraps");
    return this.eachCell((cell, i, j) => {
      cell.wrap = data[i]?.[j] === true;
    });
  }
  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): GRange {
    return this.eachCell((cell) => {
      cell.ha = alignment ?? "normal";
    });
  }
  setHorizontalAlignments(alignments: unknown[][]): GRange {
    const data = checkShape(alignments, this.numRows, this.numCols, "setHorizontalAlignments");
    return this.eachCell((cell, i, j) => {
      cell.ha = oneOf(data[i]?.[j], ["left", "center", "right", "normal"], "alignment");
    });
  }
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): GRange {
    return this.eachCell((cell) => {
      cell.va = oneOf(alignment ?? "bottom", ["top", "middle", "bottom"], "alignment");
    });
  }
  setFontSize(size: number): GRange {
    return this.setFontSizes(this.grid(() => size));
  }
  /** Sheets takes whole point sizes from 1 to 400 (an assumption; the UI offers 6–36). */
  setFontSizes(sizes: unknown[][]): GRange {
    const data = checkShape(sizes, this.numRows, this.numCols, "setFontSizes");
    return this.eachCell((cell, i, j) => {
      const size = data[i]?.[j];
      if (typeof size !== "number" || !Number.isInteger(size) || size < 1 || size > 400)
        throw new Error(`Invalid argument: fontSize (${String(size)})`);
      cell.fs = size;
    });
  }
  setFontStyle(style: "italic" | "normal" | null): GRange {
    return this.setFontStyles(this.grid(() => style));
  }
  setFontStyles(styles: unknown[][]): GRange {
    const data = checkShape(styles, this.numRows, this.numCols, "setFontStyles");
    return this.eachCell((cell, i, j) => {
      cell.fst = oneOf(data[i]?.[j] ?? "normal", ["italic", "normal"] as const, "fontStyle");
    });
  }
  /**
   * Lines on the range's outer edges and inner lines between its cells; null leaves an edge as
   * it is, false removes it (colour and style are not recorded).
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): GRange {
    const { r1, r2, c1, c2 } = this.rect;
    const set = (cell: Cell, edge: keyof Borders, on: boolean | null) => {
      if (on === null) return;
      cell.bd = { ...cell.bd, [edge]: on };
    };
    return this.eachCell((cell, i, j) => {
      const [r, c] = [r1 + i, c1 + j];
      set(cell, "top", r === r1 ? top : horizontal);
      set(cell, "bottom", r === r2 ? bottom : horizontal);
      set(cell, "left", c === c1 ? left : vertical);
      set(cell, "right", c === c2 ? right : vertical);
    });
  }
  setNote(note: string | null): GRange {
    return this.eachCell((cell) => {
      cell.note = note ?? "";
    });
  }
  setNotes(notes: Array<Array<string | null>>): GRange {
    const data = checkShape(notes, this.numRows, this.numCols, "setNotes");
    return this.eachCell((cell, i, j) => {
      cell.note = String(data[i]?.[j] ?? "");
    });
  }
  getNotes(): string[][] {
    return this.grid((cell) => cell?.note ?? "");
  }
  getNote(): string {
    return this.top(this.getNotes());
  }

  // Data validation ---------------------------------------------------------------------------

  setDataValidation(rule: GValidation | null): GRange {
    const slot: ValidationSlot | undefined =
      rule === null
        ? undefined
        : { rule: this.env.unwrapValidation(rule), r0: this.rect.r1, c0: this.rect.c1 };
    return this.eachCell((cell) => {
      cell.dv = slot;
    });
  }
  setDataValidations(rules: Array<Array<GValidation | null>>): GRange {
    const data = checkShape(rules, this.numRows, this.numCols, "setDataValidations") as Array<
      Array<GValidation | null>
    >;
    return this.eachCell((cell, i, j) => {
      const rule = data[i]?.[j] ?? null;
      cell.dv =
        rule === null
          ? undefined
          : { rule: this.env.unwrapValidation(rule), r0: this.rect.r1 + i, c0: this.rect.c1 + j };
    });
  }
  getDataValidations(): Array<Array<GValidation | null>> {
    return this.grid((cell) =>
      cell?.dv
        ? as<GValidation>(new MemDataValidation(this.env, cell.dv.rule, this.sheet.book.syntax))
        : null,
    );
  }
  getDataValidation(): GValidation | null {
    return this.top(this.getDataValidations());
  }
  clearDataValidations(): GRange {
    this.sheet.clearRect(this.rect, { validations: true });
    return this.self();
  }

  // Geometry ----------------------------------------------------------------------------------

  getA1Notation(): string {
    return this.label ?? rectA1(this.rect);
  }
  getRow(): number {
    return this.rect.r1;
  }
  getColumn(): number {
    return this.rect.c1;
  }
  getLastRow(): number {
    return this.rect.r2;
  }
  getLastColumn(): number {
    return this.rect.c2;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numCols;
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getSheet(): GSheet {
    return this.env.sheet(this.sheet);
  }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols)
      throw new Error("Cell reference out of range");
    const r = this.rect.r1 + row - 1;
    const c = this.rect.c1 + column - 1;
    return this.env.range(this.sheet, { r1: r, c1: c, r2: r, c2: c });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const rect = checkedRect(
      this.sheet,
      this.rect.r1 + rowOffset,
      this.rect.c1 + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    );
    return this.env.range(this.sheet, rect);
  }
  activate(): GRange {
    this.env.select(this.sheet, this.rect);
    return this.self();
  }

  // Protection and merges ---------------------------------------------------------------------

  /** A new protected range each call, even over an already protected one (as in Sheets). */
  protect(): GProtection {
    const p = new ProtectionModel(this.sheet.book.nextId(), "RANGE", this.sheet, { ...this.rect });
    this.sheet.protections.push(p);
    return as<GProtection>(new MemProtection(this.env, p));
  }
  /** Records the merge; like Sheets, only the top-left value survives. */
  merge(): GRange {
    if (rectSize(this.rect) === 1) return this.self();
    this.sheet.merges = this.sheet.merges.filter((m) => !rectsIntersect(m, this.rect));
    this.sheet.merges.push({ ...this.rect });
    const rest = this.grid((_cell, r, c) =>
      r === this.rect.r1 && c === this.rect.c1 ? null : { r, c },
    );
    for (const p of rest.flat())
      if (p) this.sheet.clearRect({ r1: p.r, c1: p.c, r2: p.r, c2: p.c }, { contents: true });
    return this.self();
  }
  /** Merges each row of the range across its columns, as Sheets' "Merge horizontally". */
  mergeAcross(): GRange {
    for (let r = this.rect.r1; r <= this.rect.r2; r++)
      new MemRange(this.env, this.sheet, { ...this.rect, r1: r, r2: r }).merge();
    return this.self();
  }
  breakApart(): GRange {
    this.sheet.merges = this.sheet.merges.filter((m) => !rectsIntersect(m, this.rect));
    return this.self();
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => rectsIntersect(m, this.rect));
  }
  getMergedRanges(): GRange[] {
    return this.sheet.merges
      .filter((m) => rectsIntersect(m, this.rect))
      .map((m) => this.env.range(this.sheet, m));
  }
}
instrument(MemRange, "Range", RANGE_METHODS);

// ---------------------------------------------------------------------------------------------
// Sheet

const SHEET_METHODS = [
  "activate",
  "addDeveloperMetadata",
  "appendRow",
  "autoResizeColumn",
  "autoResizeColumns",
  "clear",
  "clearConditionalFormatRules",
  "clearContents",
  "clearFormats",
  "clearNotes",
  "createDeveloperMetadataFinder",
  "deleteColumn",
  "deleteColumns",
  "deleteRow",
  "deleteRows",
  "getActiveRange",
  "getCharts",
  "getColumnWidth",
  "getConditionalFormatRules",
  "getDataRange",
  "getDeveloperMetadata",
  "getFrozenColumns",
  "getFrozenRows",
  "getIndex",
  "hasHiddenGridlines",
  "getLastColumn",
  "getLastRow",
  "getMaxColumns",
  "getMaxRows",
  "getName",
  "getParent",
  "getProtections",
  "getRange",
  "getSheetId",
  "getSheetName",
  "getSheetValues",
  "getTabColor",
  "getType",
  "hideColumns",
  "hideSheet",
  "isColumnHiddenByUser",
  "insertChart",
  "insertColumnAfter",
  "insertColumnBefore",
  "insertColumns",
  "insertColumnsAfter",
  "insertColumnsBefore",
  "insertRowAfter",
  "insertRowBefore",
  "insertRows",
  "insertRowsAfter",
  "insertRowsBefore",
  "isSheetHidden",
  "newChart",
  "protect",
  "removeChart",
  "setActiveRange",
  "setActiveSelection",
  "setColumnWidth",
  "setColumnWidths",
  "setConditionalFormatRules",
  "setFrozenColumns",
  "setFrozenRows",
  "setHiddenGridlines",
  "setName",
  "setTabColor",
  "showSheet",
  "updateChart",
] as const satisfies readonly (keyof GSheet)[];

export class MemSheet implements Pick<GSheet, (typeof SHEET_METHODS)[number]> {
  constructor(
    readonly env: Env,
    readonly model: SheetModel,
  ) {}

  accessScope(): string {
    return this.model.book.id;
  }
  /** getSheetValues costs what reading the data range costs; other sheet calls touch no cells. */
  cellCount(method: string): number {
    return method === "getSheetValues" ? this.model.lastRow() * this.model.lastColumn() : 0;
  }
  private self(): GSheet {
    return as<GSheet>(this);
  }
  private get book(): BookModel {
    return this.model.book;
  }

  getName(): string {
    return this.model.name;
  }
  getSheetName(): string {
    return this.model.name;
  }
  setName(name: string): GSheet {
    this.book.renameSheet(this.model, String(name));
    return this.self();
  }
  getSheetId(): number {
    return this.model.id;
  }
  getIndex(): number {
    return this.book.sheets.indexOf(this.model) + 1;
  }
  getParent(): GSpreadsheet {
    return this.env.spreadsheet(this.book);
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID;
  }

  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): GRange {
    if (typeof a === "string") {
      const ref = parseReference(a);
      if (!ref || (ref.sheet !== null && ref.sheet.toLowerCase() !== this.model.name.toLowerCase()))
        throw new Error("Range not found");
      const { rect, label } = a1Rect(this.model, ref);
      return this.env.range(this.model, rect, label);
    }
    if (column === undefined) throw new Error("Range not found");
    return this.env.range(
      this.model,
      checkedRect(this.model, a, column, numRows ?? 1, numColumns ?? 1),
    );
  }
  getDataRange(): GRange {
    const rows = Math.max(1, this.model.lastRow());
    const cols = Math.max(1, this.model.lastColumn());
    return this.env.range(this.model, { r1: 1, c1: 1, r2: rows, c2: cols });
  }
  getLastRow(): number {
    return this.model.lastRow();
  }
  getLastColumn(): number {
    return this.model.lastColumn();
  }
  /**
   * The values of a block in one call. "A -1 value given as the row or column position is
   * equivalent to getting the very last row or column that has data in the sheet" (Sheet
   * reference); on a sheet with no data that leaves no rows, which getRange refuses.
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number) {
    const rows = numRows === -1 ? this.model.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.model.lastColumn() - startColumn + 1 : numColumns;
    const rect = checkedRect(this.model, startRow, startColumn, rows, cols);
    return this.env.range(this.model, rect).getValues();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxCols;
  }

  // Rows and columns --------------------------------------------------------------------------

  private insertAt(dim: "row" | "col", at: number, howMany: number): void {
    const max = dim === "row" ? this.model.maxRows : this.model.maxCols;
    const n = integer(howMany, "howMany");
    if (!Number.isInteger(at) || at < 1 || at > max + 1 || n < 1)
      throw new Error(
        dim === "row" ? "Those rows are out of bounds." : "Those columns are out of bounds.",
      );
    this.model.insert(dim, at, n);
  }
  private deleteAt(dim: "row" | "col", at: number, howMany: number): void {
    const max = dim === "row" ? this.model.maxRows : this.model.maxCols;
    const n = integer(howMany, "howMany");
    if (!Number.isInteger(at) || at < 1 || n < 1 || at + n - 1 > max)
      throw new Error(
        dim === "row" ? "Those rows are out of bounds." : "Those columns are out of bounds.",
      );
    if (n === max)
      throw new Error(
        dim === "row"
          ? "You can't delete all the rows on the sheet."
          : "You can't delete all the columns on the sheet.",
      );
    this.model.delete(dim, at, n);
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    if (afterPosition < 1) throw new Error("Those rows are out of bounds.");
    this.insertAt("row", afterPosition + 1, howMany);
    return this.self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    if (beforePosition > this.model.maxRows) throw new Error("Those rows are out of bounds.");
    this.insertAt("row", beforePosition, howMany);
    return this.self();
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    if (afterPosition < 1) throw new Error("Those columns are out of bounds.");
    this.insertAt("col", afterPosition + 1, howMany);
    return this.self();
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    if (beforePosition > this.model.maxCols) throw new Error("Those columns are out of bounds.");
    this.insertAt("col", beforePosition, howMany);
    return this.self();
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteAt("row", rowPosition, howMany);
  }
  deleteRow(rowPosition: number): GSheet {
    this.deleteAt("row", rowPosition, 1);
    return this.self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteAt("col", columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): GSheet {
    this.deleteAt("col", columnPosition, 1);
    return this.self();
  }
  /** Writes after the last row with content, adding a row when the sheet is full. */
  appendRow(rowContents: unknown[]): GSheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw new Error(
        "The parameters (Object[]) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const row = this.model.lastRow() + 1;
    if (row > this.model.maxRows)
      this.model.insert("row", this.model.maxRows + 1, row - this.model.maxRows);
    if (rowContents.length > this.model.maxCols)
      this.model.insert("col", this.model.maxCols + 1, rowContents.length - this.model.maxCols);
    this.model.writeInputs({ r1: row, c1: 1, r2: row, c2: rowContents.length }, [rowContents]);
    return this.self();
  }

  // Clearing ----------------------------------------------------------------------------------

  private everything(): Rect {
    return { r1: 1, c1: 1, r2: this.model.maxRows, c2: this.model.maxCols };
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    const only = options && (options.formatOnly || options.contentsOnly);
    this.model.clearRect(
      this.everything(),
      only
        ? { contents: options.contentsOnly, formats: options.formatOnly }
        : { contents: true, formats: true },
    );
    return this.self();
  }
  clearContents(): GSheet {
    this.model.clearRect(this.everything(), { contents: true });
    return this.self();
  }
  clearFormats(): GSheet {
    this.model.clearRect(this.everything(), { formats: true });
    return this.self();
  }
  clearNotes(): GSheet {
    this.model.clearRect(this.everything(), { notes: true });
    return this.self();
  }
  clearConditionalFormatRules(): void {
    this.model.cfRules = [];
  }

  // View settings -----------------------------------------------------------------------------

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.model.maxRows) throw new Error("Invalid argument: rows");
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this.model.maxCols) throw new Error("Invalid argument: columns");
    this.model.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this.model.frozenCols;
  }
  setHiddenGridlines(hideGridlines: boolean): GSheet {
    this.model.hiddenGridlines = hideGridlines;
    return this.self();
  }
  hasHiddenGridlines(): boolean {
    return this.model.hiddenGridlines;
  }
  setTabColor(color: string | null): GSheet {
    this.model.tabColor = color === null ? null : normalizeColor(color);
    return this.self();
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  hideSheet(): GSheet {
    const visible = this.book.sheets.filter((s) => !s.hidden && s !== this.model);
    if (visible.length === 0) throw new Error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this.self();
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    if (columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > this.model.maxCols)
      throw new Error("Those columns are out of bounds.");
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.add(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.model.hiddenColumns.has(columnPosition);
  }
  showSheet(): GSheet {
    this.model.hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  activate(): GSheet {
    this.book.active = this.model;
    return this.self();
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.model.columnWidths.set(columnPosition, width);
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.model.columnWidths.set(c, width);
    return this.self();
  }
  /** 100 px unless set; Sheets' default column width. */
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? 100;
  }
  /** Approximates the fitted width from the longest displayed text (7 px per character). */
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    const rows = Math.max(1, this.model.lastRow());
    const range = new MemRange(this.env, this.model, {
      r1: 1,
      c1: startColumn,
      r2: rows,
      c2: startColumn + numColumns - 1,
    });
    const display = range.getDisplayValues();
    for (let j = 0; j < numColumns; j++) {
      const longest = Math.max(0, ...display.map((row) => (row[j] ?? "").length));
      this.model.columnWidths.set(startColumn + j, Math.max(21, longest * 7 + 10));
    }
    return this.self();
  }
  autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  /** The selection (A1 until one is made); inside a custom function, the calling cell. */
  getActiveRange(): GRange | null {
    const ctx = this.env.context;
    if (this.env.mode === "custom-function" && ctx?.sheet === this.model)
      return this.env.range(this.model, { r1: ctx.row, c1: ctx.col, r2: ctx.row, c2: ctx.col });
    const rect = this.model.selection ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
    return this.env.range(this.model, rect);
  }
  setActiveRange(range: GRange): GRange {
    const { sheet, rect } = this.env.unwrapRange(range);
    this.env.select(sheet, rect);
    return range;
  }
  setActiveSelection(range: GRange | string): GRange {
    const r = typeof range === "string" ? this.getRange(range) : range;
    return this.setActiveRange(r);
  }

  // Protection, rules, charts, metadata -------------------------------------------------------

  /** Returns the sheet's existing protection if there is one, as Apps Script does. */
  protect(): GProtection {
    let p = this.model.protections.find((x) => x.type === "SHEET");
    if (!p) {
      p = new ProtectionModel(this.book.nextId(), "SHEET", this.model, null);
      this.model.protections.push(p);
    }
    return as<GProtection>(new MemProtection(this.env, p));
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GProtection[] {
    return this.model.protections
      .filter((p) => p.type === enumKey(type))
      .map((p) => as<GProtection>(new MemProtection(this.env, p)));
  }
  getConditionalFormatRules(): GRule[] {
    return this.model.cfRules.map((spec) =>
      as<GRule>(new MemConditionalFormatRule(this.env, spec)),
    );
  }
  setConditionalFormatRules(rules: GRule[]): void {
    this.model.cfRules = rules.map((rule) => {
      if (!(rule instanceof MemConditionalFormatRule)) throw new Error("Invalid argument: rules");
      return new MemConditionalFormatRule(this.env, rule.spec).spec;
    });
  }
  newChart(): GChartBuilder {
    return as<GChartBuilder>(new MemEmbeddedChartBuilder(this.env, this.model));
  }
  insertChart(chart: GChart): void {
    if (!(chart instanceof MemEmbeddedChart)) throw new Error("Invalid argument: chart");
    const model = copyChart(chart.chart);
    model.id = this.book.nextId();
    this.model.charts.push(model);
  }
  getCharts(): GChart[] {
    return this.model.charts.map((c) => as<GChart>(new MemEmbeddedChart(this.env, this.model, c)));
  }
  removeChart(chart: GChart): void {
    const id = chart instanceof MemEmbeddedChart ? chart.chart.id : 0;
    const before = this.model.charts.length;
    this.model.charts = this.model.charts.filter((c) => c.id !== id);
    if (this.model.charts.length === before) throw new Error("The chart is not on this sheet.");
  }
  updateChart(chart: GChart): void {
    if (!(chart instanceof MemEmbeddedChart)) throw new Error("Invalid argument: chart");
    const i = this.model.charts.findIndex((c) => c.id === chart.chart.id);
    if (i < 0) throw new Error("The chart is not on this sheet.");
    this.model.charts[i] = copyChart(chart.chart);
  }
  addDeveloperMetadata(key: string, a?: string | Visibility, b?: Visibility): GSheet {
    addMetadata(this.env, this.book, this.model, key, a, b);
    return this.self();
  }
  getDeveloperMetadata(): GMetadata[] {
    return visibleMetadata(this.env, this.book)
      .filter((m) => m.sheet === this.model)
      .map((m) => as<GMetadata>(new MemDeveloperMetadata(this.env, this.book, m)));
  }
  createDeveloperMetadataFinder(): GFinder {
    return as<GFinder>(new MemDeveloperMetadataFinder(this.env, this.book, this.model));
  }
}
instrument(MemSheet, "Sheet", SHEET_METHODS);

/**
 * Records metadata for the script running now. The default visibility is not documented, so the
 * fake refuses to guess: the caller must pass one.
 */
function addMetadata(
  env: Env,
  book: BookModel,
  sheet: SheetModel | null,
  key: string,
  a: string | Visibility | undefined,
  b: Visibility | undefined,
): void {
  if (typeof key !== "string" || key === "") throw new Error("Invalid argument: key");
  const aIsVisibility = (a as unknown) instanceof EnumValue;
  const visibility = aIsVisibility ? a : b;
  const value = aIsVisibility || a === undefined ? null : String(a);
  if (visibility === undefined)
    throw new Error(
      "The memory spreadsheet does not model the default visibility of developer metadata (unverified): pass DeveloperMetadataVisibility.DOCUMENT.",
    );
  book.metadata.push({
    id: book.nextId(),
    key,
    value,
    visibility: enumKey(visibility),
    project: env.scriptId,
    sheet,
  });
}

/** DOCUMENT metadata, and PROJECT metadata of the script running now (another copy sees none). */
function visibleMetadata(env: Env, book: BookModel): MetadataModel[] {
  return book.metadata.filter((m) => m.visibility === "DOCUMENT" || m.project === env.scriptId);
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet

const SPREADSHEET_METHODS = [
  "addDeveloperMetadata",
  "addEditor",
  "createDeveloperMetadataFinder",
  "deleteSheet",
  "getActiveRange",
  "getActiveSheet",
  "getDeveloperMetadata",
  "getEditors",
  "getId",
  "getName",
  "getNumSheets",
  "getOwner",
  "getProtections",
  "getRange",
  "getRangeByName",
  "getSheetById",
  "getSheetByName",
  "getSheets",
  "getSpreadsheetLocale",
  "getSpreadsheetTimeZone",
  "getUrl",
  "insertSheet",
  "moveActiveSheet",
  "rename",
  "setActiveRange",
  "setActiveSelection",
  "setActiveSheet",
  "setSpreadsheetLocale",
  "setSpreadsheetTimeZone",
  "toast",
] as const satisfies readonly (keyof GSpreadsheet)[];

export class MemSpreadsheet implements Pick<GSpreadsheet, (typeof SPREADSHEET_METHODS)[number]> {
  constructor(
    readonly env: Env,
    readonly model: BookModel,
  ) {}

  accessScope(): string {
    return this.model.id;
  }
  private sheetFacade(sheet: SheetModel): GSheet {
    return this.env.sheet(sheet);
  }

  getId(): string {
    return this.model.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }
  getName(): string {
    return this.model.name;
  }
  rename(newName: string): void {
    this.model.name = String(newName);
  }
  getSheets(): GSheet[] {
    return this.model.sheets.map((s) => this.sheetFacade(s));
  }
  getNumSheets(): number {
    return this.model.sheets.length;
  }
  /** Case-insensitive, like Sheets' tab names. */
  getSheetByName(name: string): GSheet | null {
    const sheet = this.model.sheetByName(String(name));
    return sheet ? this.sheetFacade(sheet) : null;
  }
  getSheetById(id: number): GSheet | null {
    const sheet = this.model.sheets.find((s) => s.id === id);
    return sheet ? this.sheetFacade(sheet) : null;
  }
  /**
   * insertSheet(), (index), (name), (name, index), with options; index is 0-based. Without an
   * index the tab goes right after the active one; the new tab becomes active.
   */
  insertSheet(
    a?: string | number | { template?: GSheet },
    b?: number | { template?: GSheet },
    c?: { template?: GSheet },
  ): GSheet {
    const args = [a, b, c];
    if (args.some((x) => typeof x === "object" && x !== null && "template" in x && x.template))
      throw new Error("insertSheet with a template is not supported by the memory spreadsheet.");
    const name = typeof a === "string" ? a : this.model.defaultSheetName();
    const index =
      typeof a === "number"
        ? a
        : typeof b === "number"
          ? b
          : this.model.sheets.indexOf(this.model.active) + 1;
    const sheet = this.model.addSheet(name, index);
    this.model.active = sheet;
    return this.sheetFacade(sheet);
  }
  deleteSheet(sheet: GSheet): void {
    this.model.deleteSheet(this.env.unwrapSheet(sheet));
  }
  getActiveSheet(): GSheet {
    return this.sheetFacade(this.env.activeSheetOf(this.model));
  }
  setActiveSheet(sheet: GSheet, _restoreSelection?: boolean): GSheet {
    this.model.active = this.env.unwrapSheet(sheet);
    return sheet;
  }
  moveActiveSheet(pos: number): void {
    const sheet = this.model.active;
    const rest = this.model.sheets.filter((s) => s !== sheet);
    rest.splice(Math.max(0, Math.min(pos - 1, rest.length)), 0, sheet);
    this.model.sheets = rest;
  }
  getActiveRange(): GRange | null {
    return this.getActiveSheet().getActiveRange();
  }
  setActiveRange(range: GRange): GRange {
    const { sheet, rect } = this.env.unwrapRange(range);
    this.env.select(sheet, rect);
    return range;
  }
  setActiveSelection(range: GRange | string): GRange {
    return this.setActiveRange(typeof range === "string" ? this.getRange(range) : range);
  }
  /** "A1:B2" on the active tab, or "'Tab name'!A1:B2". */
  getRange(a1Notation: string): GRange {
    const ref = parseReference(String(a1Notation));
    if (!ref) throw new Error("Range not found");
    const sheet =
      ref.sheet === null ? this.env.activeSheetOf(this.model) : this.model.sheetByName(ref.sheet);
    if (!sheet) throw new Error("Range not found");
    const { rect, label } = a1Rect(sheet, ref);
    return this.env.range(sheet, rect, label);
  }
  /** Named ranges are not modelled, so no name resolves. */
  getRangeByName(_name: string): GRange | null {
    return null;
  }
  getSpreadsheetLocale(): string {
    return this.model.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.model.locale = locale;
    this.model.dirty = true;
  }
  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.model.timeZone = timezone;
    this.model.dirty = true;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.env.ui.toasts.push({
      spreadsheetId: this.model.id,
      message: String(msg),
      title: title ?? "",
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GProtection[] {
    return this.model.sheets.flatMap((s) =>
      s.protections
        .filter((p) => p.type === enumKey(type))
        .map((p) => as<GProtection>(new MemProtection(this.env, p))),
    );
  }
  getOwner(): GUser {
    return new MemUser(this.model.owner);
  }
  getEditors(): GUser[] {
    return [this.model.owner, ...this.model.editors].map((e) => new MemUser(e));
  }
  addEditor(emailAddress: string | GUser): GSpreadsheet {
    const email = emailOf(emailAddress);
    if (email !== this.model.owner && !this.model.editors.includes(email))
      this.model.editors.push(email);
    return as<GSpreadsheet>(this);
  }
  addDeveloperMetadata(key: string, a?: string | Visibility, b?: Visibility): GSpreadsheet {
    addMetadata(this.env, this.model, null, key, a, b);
    return as<GSpreadsheet>(this);
  }
  /** Only the spreadsheet-level entries, as Apps Script documents. */
  getDeveloperMetadata(): GMetadata[] {
    return visibleMetadata(this.env, this.model)
      .filter((m) => m.sheet === null)
      .map((m) => as<GMetadata>(new MemDeveloperMetadata(this.env, this.model, m)));
  }
  createDeveloperMetadataFinder(): GFinder {
    return as<GFinder>(new MemDeveloperMetadataFinder(this.env, this.model, null));
  }
}
instrument(MemSpreadsheet, "Spreadsheet", SPREADSHEET_METHODS);

// ---------------------------------------------------------------------------------------------
// Protection

const PROTECTION_METHODS = [
  "addEditor",
  "addEditors",
  "canDomainEdit",
  "canEdit",
  "getDescription",
  "getEditors",
  "getProtectionType",
  "getRange",
  "getUnprotectedRanges",
  "isWarningOnly",
  "remove",
  "removeEditor",
  "removeEditors",
  "setDescription",
  "setDomainEdit",
  "setUnprotectedRanges",
  "setWarningOnly",
] as const satisfies readonly (keyof GProtection)[];

/** Protections are recorded; writes are not blocked because the add-on runs as an editor. */
export class MemProtection implements Pick<GProtection, (typeof PROTECTION_METHODS)[number]> {
  constructor(
    readonly env: Env,
    readonly model: ProtectionModel,
  ) {}
  accessScope(): string {
    return this.model.sheet.book.id;
  }
  private self(): GProtection {
    return as<GProtection>(this);
  }
  setDescription(description: string): GProtection {
    this.model.description = String(description);
    return this.self();
  }
  getDescription(): string {
    return this.model.description;
  }
  setWarningOnly(warningOnly: boolean): GProtection {
    this.model.warningOnly = warningOnly;
    return this.self();
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return member(ProtectionType, this.model.type);
  }
  getRange(): GRange {
    const s = this.model.sheet;
    return this.env.range(s, this.model.rect ?? { r1: 1, c1: 1, r2: s.maxRows, c2: s.maxCols });
  }
  remove(): void {
    const s = this.model.sheet;
    s.protections = s.protections.filter((p) => p !== this.model);
  }
  /** Warning-only protections let everyone edit; otherwise the owner and listed editors. */
  canEdit(): boolean {
    const user = this.env.user;
    return (
      this.model.warningOnly || user === this.model.sheet.book.owner || this.model.editors.has(user)
    );
  }
  canDomainEdit(): boolean {
    return this.model.domainEdit;
  }
  setDomainEdit(editable: boolean): GProtection {
    this.model.domainEdit = editable;
    return this.self();
  }
  getEditors(): GUser[] {
    return [...this.model.editors].map((e) => new MemUser(e));
  }
  addEditor(emailAddress: string | GUser): GProtection {
    this.model.editors.add(emailOf(emailAddress));
    return this.self();
  }
  addEditors(emailAddresses: string[]): GProtection {
    for (const e of emailAddresses) this.model.editors.add(emailOf(e));
    return this.self();
  }
  /** The spreadsheet owner always stays an editor. */
  removeEditor(emailAddress: string | GUser): GProtection {
    const email = emailOf(emailAddress);
    if (email !== this.model.sheet.book.owner) this.model.editors.delete(email);
    return this.self();
  }
  removeEditors(emailAddresses: Array<string | GUser>): GProtection {
    for (const e of emailAddresses) this.removeEditor(e);
    return this.self();
  }
  setUnprotectedRanges(ranges: GRange[]): GProtection {
    if (this.model.type !== "SHEET")
      throw new Error("Unprotected ranges can only be set on a sheet protection.");
    this.model.unprotected = ranges.map((r) => {
      const sr = this.env.unwrapRange(r);
      if (sr.sheet !== this.model.sheet)
        throw new Error("The range must be on the protected sheet.");
      return { ...sr.rect };
    });
    return this.self();
  }
  getUnprotectedRanges(): GRange[] {
    return this.model.unprotected.map((rect) => this.env.range(this.model.sheet, rect));
  }
}
instrument(MemProtection, "Protection", PROTECTION_METHODS);

// ---------------------------------------------------------------------------------------------
// Developer metadata

const METADATA_METHODS = [
  "getId",
  "getKey",
  "getLocation",
  "getValue",
  "getVisibility",
  "remove",
  "setKey",
  "setValue",
  "setVisibility",
] as const satisfies readonly (keyof GMetadata)[];

export class MemDeveloperMetadata implements Pick<GMetadata, (typeof METADATA_METHODS)[number]> {
  constructor(
    readonly env: Env,
    private readonly book: BookModel,
    readonly model: MetadataModel,
  ) {}
  accessScope(): string {
    return this.book.id;
  }
  private self(): GMetadata {
    return as<GMetadata>(this);
  }
  getId(): number {
    return this.model.id;
  }
  getKey(): string {
    return this.model.key;
  }
  setKey(key: string): GMetadata {
    this.model.key = key;
    return this.self();
  }
  getValue(): string | null {
    return this.model.value;
  }
  setValue(value: string): GMetadata {
    this.model.value = value;
    return this.self();
  }
  getVisibility(): Visibility {
    return member(DeveloperMetadataVisibility, this.model.visibility);
  }
  setVisibility(visibility: Visibility): GMetadata {
    this.model.visibility = enumKey(visibility);
    this.model.project = this.env.scriptId;
    return this.self();
  }
  remove(): void {
    this.book.metadata = this.book.metadata.filter((m) => m !== this.model);
  }
  getLocation(): GLocation {
    return as<GLocation>(new MemDeveloperMetadataLocation(this.env, this.book, this.model));
  }
}
instrument(MemDeveloperMetadata, "DeveloperMetadata", METADATA_METHODS);

const LOCATION_METHODS = [
  "getColumn",
  "getLocationType",
  "getRow",
  "getSheet",
  "getSpreadsheet",
] as const satisfies readonly (keyof GLocation)[];

export class MemDeveloperMetadataLocation
  implements Pick<GLocation, (typeof LOCATION_METHODS)[number]>
{
  constructor(
    readonly env: Env,
    private readonly book: BookModel,
    private readonly model: MetadataModel,
  ) {}
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return member(DeveloperMetadataLocationType, this.model.sheet ? "SHEET" : "SPREADSHEET");
  }
  getSheet(): GSheet | null {
    return this.model.sheet ? this.env.sheet(this.model.sheet) : null;
  }
  getSpreadsheet(): GSpreadsheet | null {
    return this.model.sheet ? null : this.env.spreadsheet(this.book);
  }
  /** Row and column metadata are not modelled, so these locations never are. */
  getRow(): GRange | null {
    return null;
  }
  getColumn(): GRange | null {
    return null;
  }
}
instrument(MemDeveloperMetadataLocation, "DeveloperMetadataLocation", LOCATION_METHODS);

const FINDER_METHODS = [
  "find",
  "withId",
  "withKey",
  "withLocationType",
  "withValue",
  "withVisibility",
] as const satisfies readonly (keyof GFinder)[];

/** Searches the object it was created from: a spreadsheet finder also sees its sheets' entries. */
export class MemDeveloperMetadataFinder implements Pick<GFinder, (typeof FINDER_METHODS)[number]> {
  private readonly tests: Array<(m: MetadataModel) => boolean> = [];
  constructor(
    readonly env: Env,
    private readonly book: BookModel,
    private readonly scope: SheetModel | null,
  ) {}
  private with(test: (m: MetadataModel) => boolean): GFinder {
    this.tests.push(test);
    return as<GFinder>(this);
  }
  withId(id: number): GFinder {
    return this.with((m) => m.id === id);
  }
  withKey(key: string): GFinder {
    return this.with((m) => m.key === key);
  }
  withValue(value: string): GFinder {
    return this.with((m) => m.value === value);
  }
  withVisibility(visibility: Visibility): GFinder {
    return this.with((m) => m.visibility === enumKey(visibility));
  }
  withLocationType(
    locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType,
  ): GFinder {
    const want = enumKey(locationType);
    return this.with((m) => (m.sheet ? "SHEET" : "SPREADSHEET") === want);
  }
  find(): GMetadata[] {
    return visibleMetadata(this.env, this.book)
      .filter((m) => this.scope === null || m.sheet === this.scope)
      .filter((m) => this.tests.every((t) => t(m)))
      .map((m) => as<GMetadata>(new MemDeveloperMetadata(this.env, this.book, m)));
  }
}
instrument(MemDeveloperMetadataFinder, "DeveloperMetadataFinder", FINDER_METHODS);
