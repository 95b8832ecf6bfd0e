// The memory spreadsheet's data behind the Apps Script facades: cells, formats and rules of each
// tab, records (protections, metadata, charts, merges), recalculation and structural edits.

import {
  cellA1,
  type Rect,
  type Reference,
  type RefPart,
  rectContains,
  resolveReference,
} from "./a1";
import {
  CellError,
  EMPTY,
  ENGLISH,
  type EvalHost,
  Evaluator,
  FormulaParseError,
  fromJs,
  Grid,
  type Node,
  parseFormula,
  rewriteReferences,
  type Scalar,
  type Syntax,
  translateFormula,
  type Val,
} from "./formula";
import { coerceTyped, isDate, type Literal, localeInfo } from "./values";

/** Everything a cell holds. Formatting lives on the cell so row/column moves carry it along. */
export interface Cell {
  /** Typed value; "" when empty or when the cell holds a formula. */
  v: Literal;
  f?: string;
  ast?: Node | CellError;
  /** Computed value of a formula cell (its top-left value when it spills). */
  out?: Scalar;
  /** Message of a formula error (#ERROR!, #REF!, ...), as Sheets shows on hover. */
  err?: string;
  /** Custom-function results of the last calculation, keyed by name and arguments. */
  memo?: Map<string, Val>;
  nf?: string;
  bg?: string;
  fc?: string;
  fw?: "bold" | "normal";
  wrap?: boolean;
  ha?: string;
  /** Font size (points), style, vertical alignment and borders: recorded for the print view. */
  fs?: number;
  fst?: "italic" | "normal";
  va?: string;
  bd?: Borders;
  note?: string;
  dv?: ValidationSlot;
}

/** Which edges of a cell have a border line (setBorder). */
export interface Borders {
  top?: boolean;
  left?: boolean;
  bottom?: boolean;
  right?: boolean;
}

export interface ValidationSpec {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A rule applied to cells; custom formulas are relative to the top-left cell it was set on. */
export interface ValidationSlot {
  rule: ValidationSpec;
  r0: number;
  c0: number;
}

export interface CfFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface SheetRect {
  sheet: SheetModel;
  rect: Rect;
}

export interface CfRuleSpec {
  criteria: string;
  values: unknown[];
  format: CfFormat;
  ranges: SheetRect[];
}

export class ProtectionModel {
  description = "";
  warningOnly = false;
  domainEdit = true;
  unprotected: Rect[] = [];
  readonly editors: Set<string>;
  constructor(
    readonly id: number,
    readonly type: "RANGE" | "SHEET",
    readonly sheet: SheetModel,
    public rect: Rect | null,
  ) {
    this.editors = new Set([sheet.book.owner, ...sheet.book.editors]);
  }
}

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  /** The script (Apps Script project) that wrote it: PROJECT metadata is visible only there. */
  project: string;
  sheet: SheetModel | null;
}

export interface ChartModel {
  id: number;
  type: string;
  ranges: SheetRect[];
  options: Map<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
}

/** What the model needs from its environment. */
export interface ModelHost {
  now(): Date;
  /** Creates a Date of the script's realm. */
  makeDate(ms: number): Date;
  /** Runs a registered custom function; undefined when none has that name. */
  callCustom(
    name: string,
    args: unknown[],
    at: { sheet: SheetModel; row: number; col: number },
  ): { value: unknown } | { error: string } | undefined;
  /** Test hook: formulas it matches (cells and rules) read as parse errors. */
  readonly unparsable?: ((formula: string) => boolean) | null;
}

const SPILL_KEY = 32768;
/** Sheets refuses a write that puts more than this many characters in one cell. */
export const CELL_LIMIT = 50_000;
const spillKey = (r: number, c: number) => r * SPILL_KEY + c;

interface Entry {
  r: number;
  c: number;
  cell: Cell;
}

interface Pass {
  status: Map<Cell, 1 | 2>;
  lists: Map<SheetModel, Entry[]>;
  cursor: Map<SheetModel, number>;
}

const DEFAULT_SHEET_PREFIX: Record<string, string> = { vi: "Trang tính" };

export class BookModel {
  sheets: SheetModel[] = [];
  active!: SheetModel;
  metadata: MetadataModel[] = [];
  dirty = true;
  private pass: Pass | null = null;
  private counter = 0;

  constructor(
    readonly host: ModelHost,
    readonly id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
    readonly owner: string,
    readonly editors: string[],
  ) {}

  nextId(): number {
    this.counter += 1;
    return this.counter;
  }

  get li() {
    return localeInfo(this.locale);
  }

  /** How formulas are typed in this spreadsheet's locale. */
  get syntax(): Syntax {
    return { decimalComma: this.li.decimal === "," };
  }

  /** A stored formula as the locale shows it (unparsable text stays as it was typed). */
  showFormula(cell: Cell | undefined): string {
    if (!cell?.f) return "";
    return cell.ast instanceof CellError ? cell.f : translateFormula(cell.f, ENGLISH, this.syntax);
  }

  sheetByName(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** Sheets compares tab names case-insensitively. */
  checkName(name: string, except?: SheetModel): void {
    const clash = this.sheetByName(name);
    if (clash && clash !== except)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  defaultSheetName(): string {
    const prefix = DEFAULT_SHEET_PREFIX[this.locale.split("_")[0] ?? ""] ?? "Sheet";
    let n = this.sheets.length + 1;
    while (this.sheetByName(`${prefix}${n}`)) n++;
    return `${prefix}${n}`;
  }

  addSheet(name: string, index: number, rows = 1000, cols = 26): SheetModel {
    this.checkName(name);
    // The first tab of a spreadsheet has gid 0; later ones get large ids, like Sheets.
    const id =
      this.sheets.length === 0 && this.counter === 0 ? 0 : 1_000_000 + this.nextId() * 7919;
    const sheet = new SheetModel(this, name, id, rows, cols);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.dirty = true;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.checkName(name, sheet);
    const old = sheet.name.toLowerCase();
    sheet.name = name;
    // Sheets rewrites formulas that name the tab.
    this.rewriteAllFormulas((ref) =>
      ref.sheet !== null && ref.sheet.toLowerCase() === old ? { ...ref, sheet: name } : null,
    );
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length <= 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.metadata = this.metadata.filter((m) => m.sheet !== sheet);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets[0] ?? sheet;
    // Formulas that name the tab keep their text and read #REF! until a tab of that name returns.
    this.dirty = true;
  }

  /** Applies `fn` to every reference in every formula of the book (with the formula's sheet). */
  rewriteAllFormulas(fn: (ref: Reference, home: SheetModel) => Reference | "#REF!" | null): void {
    for (const sheet of this.sheets) {
      sheet.forEachCell((cell) => {
        // Unparsable formulas keep the text typed (Sheets shows it with #ERROR!).
        if (!cell.f || cell.ast instanceof CellError) return;
        const next = rewriteReferences(cell.f, (ref) => fn(ref, sheet));
        if (next !== cell.f) setFormula(cell, next, ENGLISH);
      });
    }
    this.dirty = true;
  }

  // -------------------------------------------------------------------------------------------
  // Recalculation: a full pass after any change; custom functions are re-run only when their
  // arguments changed (Sheets recalculates a custom function when a referenced cell changes).

  ensureCalculated(): void {
    if (!this.dirty || this.pass) return;
    const pass: Pass = { status: new Map(), lists: new Map(), cursor: new Map() };
    this.pass = pass;
    try {
      for (const sheet of this.sheets) {
        sheet.spill.clear();
        const list: Entry[] = [];
        sheet.forEachCell((cell, r, c) => {
          if (cell.f) list.push({ r, c, cell });
        });
        pass.lists.set(sheet, list);
        pass.cursor.set(sheet, 0);
      }
      for (const sheet of this.sheets)
        for (const e of pass.lists.get(sheet) ?? []) this.evalEntry(sheet, e);
      this.dirty = false;
    } finally {
      this.pass = null;
    }
  }

  /** Values of a block, evaluating formulas on demand during a recalculation pass. */
  readRect(sheet: SheetModel, rect: Rect): Scalar[][] {
    if (!this.pass) this.ensureCalculated();
    const pass = this.pass;
    if (pass) this.settle(pass, sheet, rect);
    const out: Scalar[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row: Scalar[] = [];
      const cells = sheet.rows[r - 1];
      for (let c = rect.c1; c <= rect.c2; c++) {
        const cell = cells?.[c - 1];
        if (cell?.f) {
          if (pass && pass.status.get(cell) === 1)
            row.push(
              new CellError(
                "#REF!",
                `Circular dependency detected. To resolve with iterative calculation, see File > Settings.`,
              ),
            );
          else {
            if (pass && !pass.status.has(cell)) this.evalEntry(sheet, { r, c, cell });
            row.push(cell.out ?? EMPTY);
          }
        } else if (cell && cell.v !== "") row.push(cell.v);
        else row.push(sheet.spill.get(spillKey(r, c)) ?? EMPTY);
      }
      out.push(row);
    }
    return out;
  }

  /** Evaluates pending formulas above and left of the block: only they can spill into it. */
  private settle(pass: Pass, sheet: SheetModel, rect: Rect): void {
    const list = pass.lists.get(sheet);
    if (!list) return;
    let i = pass.cursor.get(sheet) ?? 0;
    // Entries before the cursor are done or being evaluated: neither needs work here.
    while (i < list.length && pass.status.has((list[i] as Entry).cell)) i++;
    pass.cursor.set(sheet, i);
    for (let j = i; j < list.length; j++) {
      const e = list[j] as Entry;
      if (e.r > rect.r2) break;
      if (e.c <= rect.c2 && !pass.status.has(e.cell)) this.evalEntry(sheet, e);
    }
  }

  private evalEntry(sheet: SheetModel, e: Entry): void {
    const pass = this.pass;
    if (!pass || pass.status.has(e.cell)) return;
    pass.status.set(e.cell, 1);
    const previous = e.cell.memo;
    const fresh = new Map<string, Val>();
    let result: Val;
    if (e.cell.ast instanceof CellError || !e.cell.ast) {
      result = e.cell.ast ?? new CellError("#ERROR!", "Formula parse error.");
    } else {
      const host = this.hostAt(sheet, e.r, e.c, { previous, fresh });
      result = new Evaluator(host).evaluate(e.cell.ast);
    }
    e.cell.memo = fresh;
    const scalar = this.place(sheet, e, result);
    e.cell.out = scalar;
    e.cell.err = scalar instanceof CellError ? scalar.message : undefined;
    pass.status.set(e.cell, 2);
  }

  /** Writes an array result into the cells below and right, or #REF! when it cannot. */
  private place(sheet: SheetModel, e: Entry, result: Val): Scalar {
    if (!(result instanceof Grid)) return result;
    if (result.height === 1 && result.width === 1) return result.rows[0]?.[0] ?? EMPTY;
    if (e.r + result.height - 1 > sheet.maxRows)
      return new CellError(
        "#REF!",
        `Result was not automatically expanded, please insert more rows (${e.r + result.height - 1 - sheet.maxRows}).`,
      );
    if (e.c + result.width - 1 > sheet.maxCols)
      return new CellError(
        "#REF!",
        `Result was not automatically expanded, please insert more columns (${e.c + result.width - 1 - sheet.maxCols}).`,
      );
    for (let i = 0; i < result.height; i++) {
      for (let j = 0; j < result.width; j++) {
        if (i === 0 && j === 0) continue;
        const [r, c] = [e.r + i, e.c + j];
        const cell = sheet.cell(r, c);
        if ((cell && (cell.f || cell.v !== "")) || sheet.spill.has(spillKey(r, c)))
          return new CellError(
            "#REF!",
            `Array result was not expanded because it would overwrite data in ${cellA1(r, c)}.`,
          );
      }
    }
    result.rows.forEach((row, i) => {
      row.forEach((v, j) => {
        if (i > 0 || j > 0) sheet.spill.set(spillKey(e.r + i, e.c + j), v);
      });
    });
    return result.rows[0]?.[0] ?? EMPTY;
  }

  /** The evaluation host for a formula at (row, col); `memo` enables custom functions. */
  hostAt(
    sheet: SheetModel,
    row: number,
    col: number,
    memo?: { previous: Map<string, Val> | undefined; fresh: Map<string, Val> },
  ): EvalHost {
    return {
      li: this.li,
      timeZone: this.timeZone,
      now: () => this.host.now(),
      makeDate: (ms) => this.host.makeDate(ms),
      read: (ref) => {
        const target = ref.sheet === null ? sheet : this.sheetByName(ref.sheet);
        if (!target) return new CellError("#REF!", `Unresolved sheet name '${ref.sheet}'.`);
        const rect = resolveReference(ref, target.maxRows, target.maxCols);
        if (rect.r2 > target.maxRows || rect.c2 > target.maxCols)
          return new CellError("#REF!", "Reference is outside the sheet.");
        return this.readRect(target, rect);
      },
      rows: (ref) => {
        const target = ref.sheet === null ? sheet : this.sheetByName(ref.sheet);
        if (!target) return new CellError("#REF!", `Unresolved sheet name '${ref.sheet}'.`);
        const rect = resolveReference(ref, target.maxRows, target.maxCols);
        return [rect.r1, rect.r2];
      },
      callCustom: (name, args) => {
        if (!memo) return undefined;
        const key = `${name}(${argKey(args)}`;
        const known = memo.previous?.get(key);
        if (known !== undefined) {
          memo.fresh.set(key, known);
          return known;
        }
        const outcome = this.host.callCustom(name, args, { sheet, row, col });
        if (outcome === undefined) return undefined;
        const value =
          "error" in outcome ? new CellError("#ERROR!", outcome.error) : fromJs(outcome.value);
        memo.fresh.set(key, value);
        return value;
      },
    };
  }

  /**
   * Evaluates a rule formula for a cell, shifting relative references from the rule's anchor. It
   * is read in the locale's syntax like a cell formula; one that does not parse never holds.
   */
  evaluateRuleFormula(
    sheet: SheetModel,
    formula: string,
    anchor: { r: number; c: number },
    r: number,
    c: number,
  ): Scalar {
    this.ensureCalculated();
    let ast: Node;
    try {
      if (this.host.unparsable?.(formula)) throw new FormulaParseError("refused by the test");
      ast = parseFormula(formula, this.syntax);
    } catch {
      return new CellError("#ERROR!", "Formula parse error.");
    }
    const ev = new Evaluator(this.hostAt(sheet, r, c), { dr: r - anchor.r, dc: c - anchor.c });
    return ev.scalar(ast);
  }
}

function argKey(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(argKey).join(",")}]`;
  if (x instanceof Date) return `D${x.getTime()}`;
  if (typeof x === "string") return JSON.stringify(x);
  return `${typeof x}:${String(x)}`;
}

/**
 * Stores a formula typed in `syntax` on a cell, in English form; one that does not parse keeps its
 * text and shows #ERROR! as in Sheets.
 */
export function setFormula(cell: Cell, formula: string, syntax: Syntax, refused = false): void {
  let ast: Node | CellError;
  let text = formula;
  try {
    if (refused) throw new FormulaParseError("refused by the test");
    ast = parseFormula(formula, syntax);
    text = translateFormula(formula, syntax, ENGLISH);
  } catch (e) {
    if (!(e instanceof FormulaParseError)) throw e;
    ast = new CellError("#ERROR!", "Formula parse error.");
  }
  if (cell.f !== text) cell.memo = undefined;
  cell.f = text;
  cell.v = "";
  cell.ast = ast;
}

export function clearFormula(cell: Cell): void {
  cell.f = undefined;
  cell.ast = undefined;
  cell.out = undefined;
  cell.err = undefined;
  cell.memo = undefined;
}

/** Converts a computed value to what Apps Script returns from getValues(). */
export function toApps(v: Scalar, makeDate: (ms: number) => Date = (ms) => new Date(ms)): Literal {
  if (v === EMPTY) return "";
  if (v instanceof CellError) return v.code;
  if (v instanceof Date) return makeDate(v.getTime());
  return v;
}

type Dim = "row" | "col";

export class SheetModel {
  rows: Array<Array<Cell | undefined> | undefined> = [];
  readonly spill = new Map<number, Scalar>();
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  hidden = false;
  deleted = false;
  readonly columnWidths = new Map<number, number>();
  /** Columns hidden by hideColumns (recorded; moves of columns do not shift them). */
  readonly hiddenColumns = new Set<number>();
  cfRules: CfRuleSpec[] = [];
  protections: ProtectionModel[] = [];
  merges: Rect[] = [];
  hiddenGridlines = false;
  charts: ChartModel[] = [];
  selection: Rect | null = null;

  constructor(
    readonly book: BookModel,
    public name: string,
    readonly id: number,
    public maxRows: number,
    public maxCols: number,
  ) {}

  cell(r: number, c: number): Cell | undefined {
    return this.rows[r - 1]?.[c - 1];
  }

  ensureCell(r: number, c: number): Cell {
    let row = this.rows[r - 1];
    if (!row) {
      row = [];
      this.rows[r - 1] = row;
    }
    let cell = row[c - 1];
    if (!cell) {
      cell = { v: "" };
      row[c - 1] = cell;
    }
    return cell;
  }

  forEachCell(fn: (cell: Cell, r: number, c: number) => void): void {
    this.rows.forEach((row, i) => {
      row?.forEach((cell, j) => {
        if (cell) fn(cell, i + 1, j + 1);
      });
    });
  }

  forEachInRect(rect: Rect, fn: (cell: Cell, r: number, c: number) => void): void {
    for (let r = rect.r1; r <= rect.r2; r++)
      for (let c = rect.c1; c <= rect.c2; c++) fn(this.ensureCell(r, c), r, c);
  }

  /** One computed value; EMPTY for a blank cell. */
  valueAt(r: number, c: number): Scalar {
    return this.book.readRect(this, { r1: r, c1: c, r2: r, c2: c })[0]?.[0] ?? EMPTY;
  }

  hasContent(r: number, c: number): boolean {
    const cell = this.cell(r, c);
    return Boolean(cell && (cell.f || cell.v !== "")) || this.spill.has(spillKey(r, c));
  }

  /** Last row with a value, a formula or a spilled result (0 when the tab is empty). */
  lastRow(): number {
    this.book.ensureCalculated();
    let last = 0;
    for (let r = this.rows.length; r >= 1 && last === 0; r--) {
      if (this.rows[r - 1]?.some((cell) => cell && (cell.f || cell.v !== ""))) last = r;
    }
    for (const key of this.spill.keys()) last = Math.max(last, Math.floor(key / SPILL_KEY));
    return last;
  }

  lastColumn(): number {
    this.book.ensureCalculated();
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        const cell = row[c - 1];
        if (cell && (cell.f || cell.v !== "")) {
          last = c;
          break;
        }
      }
    }
    for (const key of this.spill.keys()) last = Math.max(last, key % SPILL_KEY);
    return last;
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  /**
   * Stores what setValue(s) / setFormula(s) were given, cell by cell, as Sheets parses user
   * input. Strict data validation is checked for every cell before anything is written.
   */
  writeInputs(rect: Rect, inputs: unknown[][]): void {
    const now = this.book.host.now();
    const stored: Array<{
      r: number;
      c: number;
      value: Literal;
      formula?: string;
      format?: string;
    }> = [];
    for (let i = 0; i < inputs.length; i++) {
      const row = inputs[i] ?? [];
      for (let j = 0; j < row.length; j++) {
        const s = this.interpret(rect.r1 + i, rect.c1 + j, row[j], now) as (typeof stored)[number];
        s.r = rect.r1 + i;
        s.c = rect.c1 + j;
        stored.push(s);
      }
    }
    for (const s of stored) {
      const text = s.formula ?? s.value;
      if (typeof text === "string" && text.length > CELL_LIMIT)
        throw new Error(
          `Your input contains more than the maximum of ${CELL_LIMIT} characters in a single cell.`,
        );
    }
    for (const s of stored) {
      const slot = this.cell(s.r, s.c)?.dv;
      if (!slot || slot.rule.allowInvalid || s.formula !== undefined) continue;
      if (!this.satisfies(slot, s.value, s.r, s.c))
        throw new Error(
          `The data you entered in cell ${cellA1(s.r, s.c)} violates the data validation rules set on this cell.`,
        );
    }
    for (const s of stored) {
      const cell = this.ensureCell(s.r, s.c);
      if (s.formula !== undefined)
        setFormula(cell, s.formula, this.book.syntax, this.book.host.unparsable?.(s.formula));
      else {
        if (cell.f) clearFormula(cell);
        cell.v = s.value;
        if (s.format && (cell.nf === undefined || cell.nf === "General")) cell.nf = s.format;
      }
    }
    this.book.dirty = true;
  }

  private interpret(
    r: number,
    c: number,
    input: unknown,
    now: Date,
  ): { value: Literal; formula?: string; format?: string } {
    if (input === null || input === undefined || input === "") return { value: "" };
    if (typeof input === "number" || typeof input === "boolean") return { value: input };
    if (isDate(input)) return { value: new Date(input.getTime()) };
    const text = String(input);
    if (this.cell(r, c)?.nf === "@") return { value: text };
    if (text.startsWith("=") && text.length > 1) return { value: "", formula: text };
    if (text.startsWith("'")) return { value: text.slice(1) };
    return coerceTyped(text, this.book.locale, this.book.timeZone, now);
  }

  clearRect(
    rect: Rect,
    what: { contents?: boolean; formats?: boolean; validations?: boolean; notes?: boolean },
  ): void {
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row = this.rows[r - 1];
      if (!row) continue;
      for (let c = rect.c1; c <= Math.min(rect.c2, row.length); c++) {
        const cell = row[c - 1];
        if (!cell) continue;
        if (what.contents) {
          clearFormula(cell);
          cell.v = "";
        }
        if (what.formats) {
          for (const k of ["nf", "bg", "fc", "fw", "wrap", "ha", "fs", "fst", "va", "bd"] as const)
            delete cell[k];
        }
        if (what.validations) delete cell.dv;
        if (what.notes) delete cell.note;
      }
    }
    this.book.dirty = true;
  }

  // -------------------------------------------------------------------------------------------
  // Rules

  /** Whether a value passes a data validation rule (blank always passes, as in Sheets). */
  satisfies(slot: ValidationSlot, value: Literal, r: number, c: number): boolean {
    if (value === "") return true;
    const { criteria, values } = slot.rule;
    const num = typeof value === "number" ? value : null;
    const [a, b] = values as [unknown, unknown];
    switch (criteria) {
      case "NUMBER_BETWEEN":
        return num !== null && num >= Number(a) && num <= Number(b);
      case "NUMBER_NOT_BETWEEN":
        return num !== null && (num < Number(a) || num > Number(b));
      case "NUMBER_EQUAL_TO":
        return num === Number(a);
      case "NUMBER_NOT_EQUAL_TO":
        return num !== null && num !== Number(a);
      case "NUMBER_GREATER_THAN":
        return num !== null && num > Number(a);
      case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
        return num !== null && num >= Number(a);
      case "NUMBER_LESS_THAN":
        return num !== null && num < Number(a);
      case "NUMBER_LESS_THAN_OR_EQUAL_TO":
        return num !== null && num <= Number(a);
      case "VALUE_IN_LIST":
        return (a as unknown[]).some((x) => String(x) === String(value));
      case "CHECKBOX":
        if (values.length === 0) return typeof value === "boolean";
        return values.some((x) => String(x) === String(value));
      case "TEXT_IS_VALID_EMAIL":
        return typeof value === "string" && /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(value);
      case "TEXT_CONTAINS":
        return String(value).includes(String(a));
      case "TEXT_EQUAL_TO":
        return String(value) === String(a);
      case "CUSTOM_FORMULA": {
        // The rule formula sees the new value: evaluate against a copy of the cell.
        const cell = this.ensureCell(r, c);
        const saved = { ...cell };
        clearFormula(cell);
        cell.v = value;
        this.book.dirty = true;
        try {
          return truthy(
            this.book.evaluateRuleFormula(this, String(a), { r: slot.r0, c: slot.c0 }, r, c),
          );
        } finally {
          Object.assign(cell, saved);
          this.book.dirty = true;
        }
      }
      default:
        return true;
    }
  }

  /** Background, font colour and weight a cell shows: the first matching rule wins. */
  effectiveStyle(r: number, c: number): { background: string; fontColor: string; bold: boolean } {
    const cell = this.cell(r, c);
    const base = {
      background: cell?.bg ?? "#ffffff",
      fontColor: cell?.fc ?? "#000000",
      bold: cell?.fw === "bold",
    };
    for (const rule of this.cfRules) {
      const hit = rule.ranges.find((sr) => sr.sheet === this && rectContains(sr.rect, r, c));
      if (!hit) continue;
      const first = rule.ranges[0]?.rect ?? hit.rect;
      if (!this.conditionHolds(rule, r, c, { r: first.r1, c: first.c1 })) continue;
      return {
        background: rule.format.background ?? base.background,
        fontColor: rule.format.fontColor ?? base.fontColor,
        bold: rule.format.bold ?? base.bold,
      };
    }
    return base;
  }

  private conditionHolds(
    rule: CfRuleSpec,
    r: number,
    c: number,
    anchor: { r: number; c: number },
  ): boolean {
    const v = this.valueAt(r, c);
    const [a, b] = rule.values as [unknown, unknown];
    const n = typeof v === "number" ? v : null;
    const text = typeof v === "string" ? v.toLowerCase() : v === EMPTY ? "" : null;
    const t = String(a ?? "").toLowerCase();
    switch (rule.criteria) {
      case "CELL_EMPTY":
        return v === EMPTY || v === "";
      case "CELL_NOT_EMPTY":
        return !(v === EMPTY || v === "");
      case "NUMBER_BETWEEN":
        return (
          n !== null && n >= Math.min(Number(a), Number(b)) && n <= Math.max(Number(a), Number(b))
        );
      case "NUMBER_NOT_BETWEEN":
        return (
          n !== null && (n < Math.min(Number(a), Number(b)) || n > Math.max(Number(a), Number(b)))
        );
      case "NUMBER_EQUAL_TO":
        return n === Number(a);
      case "NUMBER_NOT_EQUAL_TO":
        return n !== null && n !== Number(a);
      case "NUMBER_GREATER_THAN":
        return n !== null && n > Number(a);
      case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
        return n !== null && n >= Number(a);
      case "NUMBER_LESS_THAN":
        return n !== null && n < Number(a);
      case "NUMBER_LESS_THAN_OR_EQUAL_TO":
        return n !== null && n <= Number(a);
      case "TEXT_EQUAL_TO":
        return text === t;
      case "TEXT_CONTAINS":
        return text?.includes(t) ?? false;
      case "TEXT_DOES_NOT_CONTAIN":
        return text === null || !text.includes(t);
      case "TEXT_STARTS_WITH":
        return text?.startsWith(t) ?? false;
      case "TEXT_ENDS_WITH":
        return text?.endsWith(t) ?? false;
      case "CUSTOM_FORMULA":
        return truthy(this.book.evaluateRuleFormula(this, String(a), anchor, r, c));
      default:
        return false;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Structure: inserting and deleting rows/columns moves cells, rules, records and references.

  insert(dim: Dim, at: number, n: number): void {
    const holes = () => new Array<undefined>(n).fill(undefined);
    if (dim === "row") {
      if (this.rows.length >= at) this.rows.splice(at - 1, 0, ...holes());
      this.maxRows += n;
    } else {
      for (const row of this.rows) if (row && row.length >= at) row.splice(at - 1, 0, ...holes());
      this.maxCols += n;
    }
    this.moveRecords((rect) => insertIntoRect(rect, dim, at, n));
    this.moveOrigins(dim, (x) => (x >= at ? x + n : x));
    this.book.rewriteAllFormulas((ref, home) =>
      this.isTarget(ref, home) ? insertIntoRef(ref, dim, at, n) : null,
    );
  }

  delete(dim: Dim, at: number, n: number): void {
    if (dim === "row") {
      this.rows.splice(at - 1, n);
      this.maxRows -= n;
    } else {
      for (const row of this.rows) row?.splice(at - 1, n);
      this.maxCols -= n;
    }
    this.moveRecords((rect) => cutRect(rect, dim, at, n));
    this.moveOrigins(dim, (x) => (x >= at + n ? x - n : x >= at ? at : x));
    this.book.rewriteAllFormulas((ref, home) =>
      this.isTarget(ref, home) ? cutRef(ref, dim, at, n) : null,
    );
  }

  private isTarget(ref: Reference, home: SheetModel): boolean {
    return ref.sheet === null ? home === this : ref.sheet.toLowerCase() === this.name.toLowerCase();
  }

  /** Moves every rectangle recorded against this sheet; null removes the record. */
  private moveRecords(move: (rect: Rect) => Rect | null): void {
    for (const sheet of this.book.sheets) {
      for (const rule of sheet.cfRules) rule.ranges = moveSheetRects(rule.ranges, this, move);
      sheet.cfRules = sheet.cfRules.filter((rule) => rule.ranges.length > 0);
      for (const chart of sheet.charts) chart.ranges = moveSheetRects(chart.ranges, this, move);
    }
    this.protections = this.protections.filter((p) => {
      if (p.rect === null) return true;
      p.rect = move(p.rect);
      p.unprotected = p.unprotected.flatMap((u) => move(u) ?? []);
      return p.rect !== null;
    });
    this.merges = this.merges.flatMap((m) => move(m) ?? []);
    this.selection = this.selection ? move(this.selection) : null;
  }

  private moveOrigins(dim: Dim, move: (x: number) => number): void {
    const seen = new Set<ValidationSlot>();
    this.forEachCell((cell) => {
      if (!cell.dv || seen.has(cell.dv)) return;
      seen.add(cell.dv);
      if (dim === "row") cell.dv.r0 = move(cell.dv.r0);
      else cell.dv.c0 = move(cell.dv.c0);
    });
  }
}

function moveSheetRects(
  list: SheetRect[],
  sheet: SheetModel,
  move: (rect: Rect) => Rect | null,
): SheetRect[] {
  return list.flatMap((sr) => {
    if (sr.sheet !== sheet) return [sr];
    const rect = move(sr.rect);
    return rect ? [{ sheet: sr.sheet, rect }] : [];
  });
}

const truthy = (v: Scalar) => v === true || (typeof v === "number" && v !== 0);

function insertIntoRect(rect: Rect, dim: Dim, at: number, n: number): Rect {
  const [lo, hi] = dim === "row" ? (["r1", "r2"] as const) : (["c1", "c2"] as const);
  return {
    ...rect,
    [lo]: rect[lo] >= at ? rect[lo] + n : rect[lo],
    [hi]: rect[hi] >= at ? rect[hi] + n : rect[hi],
  };
}

function cutRect(rect: Rect, dim: Dim, at: number, n: number): Rect | null {
  const [lo, hi] = dim === "row" ? (["r1", "r2"] as const) : (["c1", "c2"] as const);
  const end = at + n - 1;
  const a = rect[lo] > end ? rect[lo] - n : rect[lo] >= at ? at : rect[lo];
  const b = rect[hi] > end ? rect[hi] - n : rect[hi] >= at ? at - 1 : rect[hi];
  return b < a ? null : { ...rect, [lo]: a, [hi]: b };
}

function partPosition(p: RefPart, dim: Dim): number | null {
  return dim === "row" ? p.row : p.col;
}

function withPosition(p: RefPart, dim: Dim, x: number): RefPart {
  return dim === "row" ? { ...p, row: x } : { ...p, col: x };
}

function insertIntoRef(ref: Reference, dim: Dim, at: number, n: number): Reference | null {
  const move = (p: RefPart) => {
    const x = partPosition(p, dim);
    return x !== null && x >= at ? withPosition(p, dim, x + n) : p;
  };
  const a = move(ref.a);
  const b = ref.b ? move(ref.b) : null;
  return a === ref.a && b === ref.b ? null : { sheet: ref.sheet, a, b };
}

function cutRef(ref: Reference, dim: Dim, at: number, n: number): Reference | "#REF!" | null {
  const end = at + n - 1;
  const xa = partPosition(ref.a, dim);
  const xb = ref.b ? partPosition(ref.b, dim) : xa;
  if (xa === null || xb === null) return null;
  const rect = cutRect(
    dim === "row" ? { r1: xa, r2: xb, c1: 1, c2: 1 } : { r1: 1, r2: 1, c1: xa, c2: xb },
    dim,
    at,
    n,
  );
  if (!rect) return "#REF!";
  const [na, nb] = dim === "row" ? [rect.r1, rect.r2] : [rect.c1, rect.c2];
  if (na === xa && nb === xb) return null;
  if (ref.b === null)
    return xa >= at && xa <= end ? "#REF!" : { ...ref, a: withPosition(ref.a, dim, na) };
  return { sheet: ref.sheet, a: withPosition(ref.a, dim, na), b: withPosition(ref.b, dim, nb) };
}
