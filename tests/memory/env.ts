// The memory environment: a drive of spreadsheets, the current user, call counts, a simulated
// clock and latency, locks, property stores, UI records, and the custom functions Sheets can call.

import { quoteSheetName, type Rect, rectA1 } from "./a1";
import {
  BULK_READ,
  type CallKind,
  type CallPolicy,
  type CallSite,
  DEFAULT_LATENCY,
  type Latency,
  NO_LATENCY,
} from "./calls";
import {
  BookModel,
  type ModelHost,
  type SheetModel,
  type SheetRect,
  toApps,
  type ValidationSpec,
} from "./model";
import { MemDataValidation } from "./rules";
import { MemRange, MemSheet, MemSpreadsheet } from "./spreadsheet";

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

export type Access = "none" | "view" | "edit";
export type LockKind = "document" | "script" | "user";
export type CustomFunction = (...args: never[]) => unknown;

export interface EnvOptions {
  /** Simulated epoch milliseconds at start; default 2026-12-05 09:00 in Hà Nội. */
  start?: number;
  /** Overrides of the default latency figures, or "none" for a clock that only sleep() moves. */
  latency?: Partial<Latency> | "none";
  /** The active user's email; default "canbo@example.com". */
  user?: string;
  scriptTimeZone?: string;
  /** Caption of the add-on menu (Sheets shows the add-on's name). */
  addonName?: string;
  /**
   * How the script is deployed: an Editor add-on (default; trigger rules of add-ons apply) or a
   * script bound to one spreadsheet (no such rules). See README "Triggers".
   */
  deployment?: Deployment;
  /** The language of the user's account, which Apps Script's own error messages follow. */
  language?: Language;
  /** The project's HTML files by name ("Sidebar" for Sidebar.html), for HtmlService. */
  htmlFiles?: Readonly<Record<string, string>>;
}

export type Deployment = "addon" | "bound";
export type Language = "vi" | "en";
/** Why opening a spreadsheet fails: no access, deleted, or a passing service failure. */
export type OpenFault = "noAccess" | "deleted" | "transient";

export interface SpreadsheetOptions {
  id?: string;
  locale?: string;
  timeZone?: string;
  owner?: string;
  editors?: string[];
  /** Name of the first tab; default "Trang tính1" in vi_VN, "Sheet1" otherwise. */
  sheetName?: string;
  rows?: number;
  columns?: number;
  /** Make it the active spreadsheet; default: only when no spreadsheet is active yet. */
  activate?: boolean;
}

export class CallCounter {
  total = 0;
  byMethod: Record<string, number> = {};
  record(name: string): void {
    this.total += 1;
    this.byMethod[name] = (this.byMethod[name] ?? 0) + 1;
  }
  reset(): void {
    this.total = 0;
    this.byMethod = {};
  }
  /** Calls whose name starts with a prefix, e.g. "Range." or "SpreadsheetApp.openBy". */
  count(prefix: string): number {
    return Object.entries(this.byMethod)
      .filter(([k]) => k.startsWith(prefix))
      .reduce((n, [, v]) => n + v, 0);
  }
}

export class SimClock {
  private t: number;
  constructor(readonly start: number) {
    this.t = start;
  }
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    if (ms > 0) this.t += ms;
  }
}

export interface ToastRecord {
  spreadsheetId: string;
  message: string;
  title: string;
  timeoutSeconds: number;
}
export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: string;
}
export interface PromptRecord extends AlertRecord {
  text: string;
}
export interface HtmlRecord {
  title: string;
  content: string;
  width: number;
  height: number;
}
export interface DialogRecord extends HtmlRecord {
  modal: boolean;
  dialogTitle: string;
}
export type MenuItemRecord =
  | { caption: string; functionName: string }
  | { separator: true }
  | { caption: string; submenu: MenuItemRecord[] };
export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuItemRecord[];
}
export interface SelectionRecord {
  spreadsheetId: string;
  sheet: string;
  a1: string;
}

/** What the script showed the user, and the answers the user will give. */
export class UiLog {
  readonly toasts: ToastRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly sidebars: HtmlRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly menus: MenuRecord[] = [];
  readonly selections: SelectionRecord[] = [];
  private readonly alertReplies: string[] = [];
  private readonly promptReplies: Array<{ text: string; button: string }> = [];

  /** The button the user will click on the next alert (default: the set's first button). */
  replyToNextAlert(button: "OK" | "CANCEL" | "YES" | "NO" | "CLOSE"): void {
    this.alertReplies.push(button);
  }
  replyToNextPrompt(text: string, button: "OK" | "CANCEL" | "YES" | "NO" | "CLOSE" = "OK"): void {
    this.promptReplies.push({ text, button });
  }
  takeAlertReply(buttons: string): string {
    return this.alertReplies.shift() ?? firstButton(buttons);
  }
  takePromptReply(buttons: string): { text: string; button: string } {
    return this.promptReplies.shift() ?? { text: "", button: firstButton(buttons) };
  }
}

function firstButton(buttons: string): string {
  return buttons.startsWith("YES") ? "YES" : "OK";
}

export interface TriggerRecord {
  id: string;
  handler: string;
  /** Who made it: triggers run as, and are listed for, their creator only. */
  user: string;
  /** The spreadsheet that was active when it was made (an add-on trigger belongs to it). */
  documentId: string | null;
  /** A one-off `.after()` trigger that already ran (still listed until the script deletes it). */
  fired?: boolean;
  eventType: "CLOCK" | "ON_OPEN" | "ON_EDIT" | "ON_CHANGE";
  source: "CLOCK" | "SPREADSHEETS";
  sourceId: string | null;
  afterMs?: number;
  dueAt?: number;
  everyMinutes?: number;
  everyHours?: number;
}

/** A fault planted on one spreadsheet: every open, or the calls after the first `after` ones. */
interface Fault {
  kind: OpenFault;
  at: "open" | "read";
  after: number;
  times: number;
}

interface LockState {
  holder: "none" | "self" | "other";
  releaseAt: number | null;
}

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export class Env implements CallPolicy, ModelHost {
  readonly calls = new CallCounter();
  readonly clock: SimClock;
  readonly latency: Latency;
  user: string;
  /**
   * The Apps Script project running now. Another copy of the add-on (or the other flavor) is
   * another project: set a new id to see a workbook as it would.
   */
  scriptId = "mo-hinh-hoc-tap";
  /** The user the script runs as; null means the active user (an add-on's usual case). */
  effectiveUser: string | null = null;
  /**
   * When true, Session.getActiveUser().getEmail() returns "" as Apps Script does when security
   * policies hide the user's identity (e.g. a user outside the developer's domain).
   */
  hideActiveUserEmail = false;
  scriptTimeZone: string;
  addonName: string;
  readonly deployment: Deployment;
  language: Language;
  readonly ui = new UiLog();
  /** HTML files of the project by name ("Sidebar" for Sidebar.html), for HtmlService. */
  readonly htmlFiles: Record<string, string> = {};
  readonly logs: string[] = [];
  readonly triggers: TriggerRecord[] = [];
  /**
   * Test hook for a Sheets that reads some formulas differently: each formula written to a cell or
   * used by a rule that it matches gives a parse error (#ERROR!, or a rule that never holds).
   */
  unparsable: ((formula: string) => boolean) | null = null;
  /** How many times Sheets ran a registered custom function. */
  customFunctionCalls = 0;
  /** "custom-function" while a custom function runs: writes and openById are refused. */
  mode: "normal" | "custom-function" = "normal";
  /** The calling cell while a custom function runs. */
  context: { sheet: SheetModel; row: number; col: number } | null = null;
  /** > 0 while the fake is inside one of its own methods (nested calls are not counted). */
  depth = 0;
  /** Date constructor of the script's realm; installGlobals sets it for a node:vm context. */
  dateConstructor: DateConstructor = Date;
  readonly stores = {
    script: new Map<string, string>(),
    user: new Map<string, Map<string, string>>(),
    document: new Map<string, Map<string, string>>(),
  };
  private readonly books = new Map<string, BookModel>();
  private readonly deleted = new Set<string>();
  private readonly faults = new Map<string, Fault>();
  private activeBook: BookModel | null = null;
  private readonly access = new Map<string, Access>();
  private readonly functions = new Map<string, CustomFunction>();
  private readonly lockStates = new Map<string, LockState>();
  private readonly bookFacades = new WeakMap<BookModel, MemSpreadsheet>();
  private readonly sheetFacades = new WeakMap<SheetModel, MemSheet>();
  private idCounter = 0;

  constructor(options: EnvOptions = {}) {
    this.clock = new SimClock(options.start ?? Date.UTC(2026, 11, 5, 2, 0, 0));
    this.latency =
      options.latency === "none"
        ? { ...NO_LATENCY }
        : { ...DEFAULT_LATENCY, ...(options.latency ?? {}) };
    this.user = options.user ?? "canbo@example.com";
    this.scriptTimeZone = options.scriptTimeZone ?? "Asia/Ho_Chi_Minh";
    this.addonName = options.addonName ?? "Add-on";
    this.deployment = options.deployment ?? "addon";
    this.language = options.language ?? "vi";
    Object.assign(this.htmlFiles, options.htmlFiles);
  }

  // Drive ---------------------------------------------------------------------------------------

  /** Creates a spreadsheet with one empty tab (the first one created becomes the active one). */
  createSpreadsheet(name: string, options: SpreadsheetOptions = {}): GSpreadsheet {
    const id = options.id ?? this.newId();
    if (this.books.has(id)) throw new Error(`A spreadsheet with id ${id} already exists.`);
    const locale = options.locale ?? "vi_VN";
    const book = new BookModel(
      this,
      id,
      name,
      locale,
      options.timeZone ?? "Asia/Ho_Chi_Minh",
      options.owner ?? this.user,
      [...(options.editors ?? [])],
    );
    const first = book.addSheet(
      options.sheetName ?? book.defaultSheetName(),
      0,
      options.rows,
      options.columns,
    );
    book.active = first;
    this.books.set(id, book);
    if (options.activate ?? !this.activeBook) this.activeBook = book;
    return this.spreadsheet(book);
  }

  private newId(): string {
    this.idCounter += 1;
    // 32-bit integer arithmetic: doubles lose the low bits and gave every id the same letters.
    let seed = Math.imul(this.idCounter, 2654435761) >>> 0;
    let id = "1";
    for (let i = 0; i < 43; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      id += ID_ALPHABET[(seed >>> 16) % ID_ALPHABET.length];
    }
    return id;
  }

  spreadsheets(): GSpreadsheet[] {
    return [...this.books.values()].map((b) => this.spreadsheet(b));
  }

  bookById(id: string): BookModel | undefined {
    return this.books.get(id);
  }

  /** Moves a spreadsheet to the bin for good: opening it then says it is missing. */
  deleteSpreadsheet(ss: GSpreadsheet | string): void {
    const book = this.bookOf(ss);
    this.books.delete(book.id);
    this.deleted.add(book.id);
    if (this.activeBook === book) this.activeBook = null;
  }

  /** True for a spreadsheet that existed and was deleted. */
  wasDeleted(id: string): boolean {
    return this.deleted.has(id);
  }

  /**
   * Makes opening a spreadsheet fail the next `times` times (default: always) with Apps Script's
   * message for `kind`, in the user's language.
   */
  failOpen(ss: GSpreadsheet | string, kind: OpenFault, times = Number.POSITIVE_INFINITY): void {
    this.faults.set(this.bookOf(ss).id, { kind, at: "open", after: 0, times });
  }

  /**
   * Makes the calls on a spreadsheet that opened fine fail with a passing service error, after its
   * first `after` counted calls (the open is not one of them), `times` times (default: always).
   */
  failReads(ss: GSpreadsheet | string, after = 0, times = Number.POSITIVE_INFINITY): void {
    this.faults.set(this.bookOf(ss).id, { kind: "transient", at: "read", after, times });
  }

  /** Removes a planted fault. */
  heal(ss: GSpreadsheet | string): void {
    this.faults.delete(this.bookOf(ss).id);
  }

  /** The open fault planted on `id`, if any; counts it as used. */
  takeOpenFault(id: string): OpenFault | undefined {
    const fault = this.faults.get(id);
    if (fault?.at !== "open" || fault.times <= 0) return undefined;
    fault.times -= 1;
    return fault.kind;
  }

  /** Throws the planted read fault of the spreadsheet a call is about, once its time has come. */
  private checkReadFault(id: string | null): void {
    const fault = id ? this.faults.get(id) : undefined;
    if (fault?.at !== "read" || fault.times <= 0) return;
    if (fault.after > 0) {
      fault.after -= 1;
      return;
    }
    fault.times -= 1;
    throw new Error(transientMessage(id ?? ""));
  }

  /** Makes a spreadsheet the one the script is bound to (SpreadsheetApp.getActive()). */
  setActive(ss: GSpreadsheet | string | null): void {
    this.activeBook = ss === null ? null : this.bookOf(ss);
  }

  /** The active spreadsheet; inside a custom function, the one holding the formula. */
  activeModel(): BookModel | null {
    return this.mode === "custom-function" && this.context
      ? this.context.sheet.book
      : this.activeBook;
  }

  activeSheetOf(book: BookModel): SheetModel {
    const ctx = this.context;
    return this.mode === "custom-function" && ctx && ctx.sheet.book === book
      ? ctx.sheet
      : book.active;
  }

  /** Sharing of a spreadsheet with the current user: "none", "view" or "edit" (default). */
  setAccess(ss: GSpreadsheet | string, level: Access): void {
    this.access.set(this.bookOf(ss).id, level);
  }

  accessOf(id: string): Access {
    return this.access.get(id) ?? "edit";
  }

  private bookOf(ss: GSpreadsheet | string): BookModel {
    if (typeof ss === "string") {
      const book = this.books.get(ss);
      if (!book) throw new Error(`No spreadsheet with id ${ss} in the memory drive.`);
      return book;
    }
    if (!(ss instanceof MemSpreadsheet)) throw new Error("Not a memory spreadsheet.");
    return ss.model;
  }

  // Facades ---------------------------------------------------------------------------------------

  spreadsheet(book: BookModel): GSpreadsheet {
    let f = this.bookFacades.get(book);
    if (!f) {
      f = new MemSpreadsheet(this, book);
      this.bookFacades.set(book, f);
    }
    return f as unknown as GSpreadsheet;
  }

  sheet(model: SheetModel): GSheet {
    let f = this.sheetFacades.get(model);
    if (!f) {
      f = new MemSheet(this, model);
      this.sheetFacades.set(model, f);
    }
    return f as unknown as GSheet;
  }

  range(sheet: SheetModel, rect: Rect, label?: string): GRange {
    return new MemRange(this, sheet, { ...rect }, label) as unknown as GRange;
  }

  unwrapRange(range: unknown): SheetRect {
    if (!(range instanceof MemRange)) throw new Error("Invalid argument: range");
    return { sheet: range.sheet, rect: { ...range.rect } };
  }

  unwrapSheet(sheet: unknown): SheetModel {
    if (!(sheet instanceof MemSheet)) throw new Error("Invalid argument: sheet");
    return sheet.model;
  }

  unwrapValidation(rule: unknown): ValidationSpec {
    if (!(rule instanceof MemDataValidation)) throw new Error("Invalid argument: rule");
    return rule.spec;
  }

  /** Activates a block (Range.activate, setActiveSelection) and records it. */
  select(sheet: SheetModel, rect: Rect): void {
    sheet.book.active = sheet;
    sheet.selection = { ...rect };
    this.ui.selections.push({ spreadsheetId: sheet.book.id, sheet: sheet.name, a1: rectA1(rect) });
  }

  // Calls, latency, permissions -------------------------------------------------------------------

  invoke<T>(site: CallSite, className: string, method: string, kind: CallKind, run: () => T): T {
    const writes = kind.writes(method);
    const selects = kind.bucket === "spreadsheet" && /^(activate$|setActive|toast$)/u.test(method);
    if (this.mode === "custom-function" && (writes || selects))
      throw new Error(`You do not have permission to call ${method}`);
    if (writes && !/^setActive/u.test(method)) {
      const scope = site.accessScope?.() ?? null;
      if (scope && this.accessOf(scope) === "view")
        throw new Error("You do not have permission to edit this spreadsheet.");
    }
    if (this.depth > 0) return run();
    this.checkReadFault(site.accessScope?.() ?? null);
    this.calls.record(`${className}.${method}`);
    this.clock.advance(this.secondsFor(className, method, kind, site) * 1000);
    this.depth += 1;
    try {
      return run();
    } finally {
      this.depth -= 1;
    }
  }

  private secondsFor(className: string, method: string, kind: CallKind, site: CallSite): number {
    const l = this.latency;
    if (kind.bucket === "builder") return l.builder;
    if (kind.bucket === "lock") return l.lock;
    if (kind.bucket === "properties")
      return /^get/u.test(method) ? l.propertyRead : l.propertyWrite;
    if (className === "SpreadsheetApp" && /^openBy/u.test(method)) return l.open;
    if (method === "flush") return l.flush;
    const cells = site.cellCount?.(method) ?? 0;
    // cell contents come from ranges and sheets; a metadata entry's getValue is an ordinary call
    if (BULK_READ.test(method) && (className === "Range" || className === "Sheet"))
      return l.read + cells * l.readPerCell;
    if (kind.writes(method)) return l.write + cells * l.writePerCell;
    return l.call;
  }

  /** Simulated seconds since the environment started. */
  simulatedSeconds(): number {
    return (this.clock.now() - this.clock.start) / 1000;
  }

  now(): Date {
    return new Date(this.clock.now());
  }

  /** A Date the script can recognise with `instanceof Date`, in its own realm. */
  readonly makeDate = (ms: number): Date => new this.dateConstructor(ms);

  // Custom functions ------------------------------------------------------------------------------

  /** Registers functions formulas may call by name (case-insensitive), like an add-on's. */
  registerFunctions(fns: Record<string, CustomFunction>): void {
    for (const [name, fn] of Object.entries(fns)) this.functions.set(name.toUpperCase(), fn);
  }

  /** Called by the formula engine: runs a custom function with Sheets' restrictions. */
  callCustom(
    name: string,
    args: unknown[],
    at: { sheet: SheetModel; row: number; col: number },
  ): { value: unknown } | { error: string } | undefined {
    const fn = this.functions.get(name.toUpperCase());
    if (!fn) return undefined;
    this.customFunctionCalls += 1;
    const saved = { mode: this.mode, context: this.context };
    this.mode = "custom-function";
    this.context = at;
    this.depth += 1;
    try {
      return { value: (fn as (...a: unknown[]) => unknown)(...args) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    } finally {
      this.mode = saved.mode;
      this.context = saved.context;
      this.depth -= 1;
    }
  }

  /**
   * Runs `fn` as Sheets runs a custom function: set, insert, delete and clear calls throw, and
   * openById / openByUrl are refused. `at` is the calling cell (default: the active sheet's A1).
   */
  runAsCustomFunction<T>(fn: () => T, at?: GRange): T {
    const saved = { mode: this.mode, context: this.context };
    const book = this.activeBook;
    const cell = at
      ? this.unwrapRange(at)
      : book
        ? { sheet: book.active, rect: { r1: 1, c1: 1, r2: 1, c2: 1 } }
        : null;
    this.mode = "custom-function";
    this.context = cell ? { sheet: cell.sheet, row: cell.rect.r1, col: cell.rect.c1 } : null;
    try {
      return fn();
    } finally {
      this.mode = saved.mode;
      this.context = saved.context;
    }
  }

  /** The message of a formula error in the range's top-left cell (what Sheets shows on hover). */
  formulaError(range: GRange): string | null {
    const { sheet, rect } = this.unwrapRange(range);
    sheet.book.ensureCalculated();
    return sheet.cell(rect.r1, rect.c1)?.err ?? null;
  }

  // Rendering helpers for tests and the preview -----------------------------------------------------

  /** Background, font colour and boldness each cell shows after conditional formatting. */
  cellStyles(
    range: GRange,
  ): Array<Array<{ background: string; fontColor: string; bold: boolean }>> {
    const { sheet, rect } = this.unwrapRange(range);
    const out: Array<Array<{ background: string; fontColor: string; bold: boolean }>> = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row = [];
      for (let c = rect.c1; c <= rect.c2; c++) row.push(sheet.effectiveStyle(r, c));
      out.push(row);
    }
    return out;
  }

  /** The style the range's top-left cell shows. */
  cellStyle(range: GRange): { background: string; fontColor: string; bold: boolean } {
    const { sheet, rect } = this.unwrapRange(range);
    return sheet.effectiveStyle(rect.r1, rect.c1);
  }

  effectiveBackgrounds(range: GRange): string[][] {
    return this.cellStyles(range).map((row) => row.map((s) => s.background));
  }

  /** Raw formatting of each cell (what the fake recorded from setWrap, setHorizontalAlignment...). */
  cellFormats(range: GRange): Array<Array<Record<string, unknown>>> {
    const { sheet, rect } = this.unwrapRange(range);
    const out: Array<Array<Record<string, unknown>>> = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row: Array<Record<string, unknown>> = [];
      for (let c = rect.c1; c <= rect.c2; c++) {
        const cell = sheet.cell(r, c);
        row.push({
          numberFormat: cell?.nf ?? "General",
          background: cell?.bg ?? "#ffffff",
          fontColor: cell?.fc ?? "#000000",
          fontWeight: cell?.fw ?? "normal",
          wrap: cell?.wrap ?? null,
          horizontalAlignment: cell?.ha ?? null,
          verticalAlignment: cell?.va ?? "bottom",
          fontSize: cell?.fs ?? 10,
          fontStyle: cell?.fst ?? "normal",
          borders: { ...cell?.bd },
          note: cell?.note ?? "",
        });
      }
      out.push(row);
    }
    return out;
  }

  /** Whether the top-left cell's value (or `value`) passes the cell's data validation rule. */
  isValid(range: GRange, value?: unknown): boolean {
    const { sheet, rect } = this.unwrapRange(range);
    const slot = sheet.cell(rect.r1, rect.c1)?.dv;
    if (!slot) return true;
    const v = value === undefined ? toApps(sheet.valueAt(rect.r1, rect.c1)) : value;
    return sheet.satisfies(slot, v as never, rect.r1, rect.c1);
  }

  /** Charts inserted in a sheet, as plain records. */
  chartRecords(sheet: GSheet): Array<{
    id: number;
    type: string;
    ranges: string[];
    options: Record<string, unknown>;
    position: { row: number; col: number; offsetX: number; offsetY: number };
  }> {
    return this.unwrapSheet(sheet).charts.map((c) => ({
      id: c.id,
      type: c.type,
      ranges: c.ranges.map((r) => `${quoteSheetName(r.sheet.name)}!${rectA1(r.rect)}`),
      options: Object.fromEntries(c.options),
      position: { ...c.position },
    }));
  }

  // Locks and properties ----------------------------------------------------------------------------

  lockState(key: string): LockState {
    let s = this.lockStates.get(key);
    if (!s) {
      s = { holder: "none", releaseAt: null };
      this.lockStates.set(key, s);
    }
    return s;
  }

  lockKey(kind: LockKind, spreadsheetId?: string): string {
    if (kind === "document") return `document:${spreadsheetId ?? this.activeBook?.id ?? ""}`;
    return kind === "user" ? `user:${this.user}` : "script";
  }

  /** Simulates another execution holding a lock, optionally releasing it after some time. */
  holdLock(
    kind: LockKind,
    options: { spreadsheet?: GSpreadsheet; releaseAfterMs?: number } = {},
  ): void {
    const id = options.spreadsheet ? this.bookOf(options.spreadsheet).id : undefined;
    const s = this.lockState(this.lockKey(kind, id));
    s.holder = "other";
    s.releaseAt =
      options.releaseAfterMs === undefined ? null : this.clock.now() + options.releaseAfterMs;
  }

  releaseHeldLock(kind: LockKind, spreadsheet?: GSpreadsheet): void {
    const s = this.lockState(
      this.lockKey(kind, spreadsheet ? this.bookOf(spreadsheet).id : undefined),
    );
    if (s.holder === "other") s.holder = "none";
  }

  userStore(email = this.user): Map<string, string> {
    let m = this.stores.user.get(email);
    if (!m) {
      m = new Map();
      this.stores.user.set(email, m);
    }
    return m;
  }

  documentStore(spreadsheetId: string): Map<string, string> {
    let m = this.stores.document.get(spreadsheetId);
    if (!m) {
      m = new Map();
      this.stores.document.set(spreadsheetId, m);
    }
    return m;
  }

  /** Time-based triggers whose time has come on the simulated clock. */
  dueTriggers(): TriggerRecord[] {
    return this.triggers.filter(
      (t) => !t.fired && t.dueAt !== undefined && t.dueAt <= this.clock.now(),
    );
  }

  /**
   * Runs the next time-based trigger as Apps Script would: the clock moves to its time (plus
   * `lateMs`, since `.after(ms)` only promises a minimum delay), it runs as its creator with its
   * spreadsheet active (none if that spreadsheet is gone or no longer shared), and its handler gets
   * a time-driven event object. Returns the trigger that ran, or undefined when none is waiting.
   */
  runNextTrigger(
    handlers: Readonly<Record<string, (event: unknown) => unknown>>,
    lateMs = 0,
  ): TriggerRecord | undefined {
    const next = this.triggers
      .filter((t) => !t.fired && t.dueAt !== undefined)
      .sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0))[0];
    if (!next || next.dueAt === undefined) return undefined;
    this.clock.advance(next.dueAt + lateMs - this.clock.now());
    if (next.afterMs !== undefined) next.fired = true;
    else
      next.dueAt = this.clock.now() + (next.everyMinutes ?? 60 * (next.everyHours ?? 1)) * 60_000;
    const handler = handlers[next.handler];
    if (!handler) throw new Error(`Script function not found: ${next.handler}`);
    const saved = { book: this.activeBook, user: this.user };
    const doc = next.documentId ? this.books.get(next.documentId) : undefined;
    this.activeBook = doc && this.accessOf(doc.id) !== "none" ? doc : null;
    this.user = next.user;
    try {
      handler({ triggerUid: next.id, authMode: "FULL" });
    } finally {
      this.activeBook = saved.book;
      this.user = saved.user;
    }
    return next;
  }
}

/** Apps Script's message for a passing Spreadsheet service failure (seen in English only). */
export function transientMessage(id: string): string {
  return `Service Spreadsheets failed while accessing document with id ${id}.`;
}

export function createEnvironment(options?: EnvOptions): Env {
  return new Env(options);
}
