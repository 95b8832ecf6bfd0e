// The Apps Script services around the memory spreadsheet: SpreadsheetApp (with Ui), HtmlService,
// LockService, PropertiesService, Session, ScriptApp, Utilities, Logger, Charts; installGlobals.

import { instrument, LOCK_KIND, PROPERTIES_KIND } from "./calls";
import {
  AuthMode,
  BooleanCriteria,
  Button,
  ButtonSet,
  ChartType,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  EventType,
  enumKey,
  InstallationSource,
  member,
  ProtectionType,
  SandboxMode,
  SheetType,
  TriggerSource,
  XFrameOptionsMode,
} from "./enums";
import { type Env, type MenuItemRecord, type TriggerRecord, transientMessage } from "./env";
import { MemConditionalFormatRuleBuilder, MemDataValidationBuilder } from "./rules";
import { MemUser } from "./spreadsheet";
import { formatJavaDate } from "./values";

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GButton = GoogleAppsScript.Base.Button;
type GButtonSet = GoogleAppsScript.Base.ButtonSet;
type GPromptResponse = GoogleAppsScript.Base.PromptResponse;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GHtmlService = GoogleAppsScript.HTML.HtmlService;
type GLock = GoogleAppsScript.Lock.Lock;
type GLockService = GoogleAppsScript.Lock.LockService;
type GProperties = GoogleAppsScript.Properties.Properties;
type GPropertiesService = GoogleAppsScript.Properties.PropertiesService;
type GSession = GoogleAppsScript.Base.Session;
type GScriptApp = GoogleAppsScript.Script.ScriptApp;
type GTrigger = GoogleAppsScript.Script.Trigger;
type GTriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;
type GClockBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type GSheetTriggerBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
type GUtilities = GoogleAppsScript.Utilities.Utilities;
type GLogger = GoogleAppsScript.Base.Logger;
type GCharts = GoogleAppsScript.Charts.Charts;

const as = <T>(x: unknown): T => x as T;

// ---------------------------------------------------------------------------------------------
// SpreadsheetApp

const APP_METHODS = [
  "create",
  "flush",
  "getActive",
  "getActiveRange",
  "getActiveSheet",
  "getActiveSpreadsheet",
  "getUi",
  "newConditionalFormatRule",
  "newDataValidation",
  "openById",
  "openByUrl",
  "setActiveRange",
  "setActiveSheet",
  "setActiveSpreadsheet",
] as const satisfies readonly (keyof GApp)[];

/** Apps Script's messages for a file one cannot open, in the user's language (issue 8). */
const OPEN_ERRORS = {
  vi: {
    noAccess: "Bạn không có quyền truy cập tài liệu yêu cầu.",
    deleted: (id: string) => `Tài liệu ${id} bị thiếu (có thể tài liệu đã bị xóa?)`,
  },
  en: {
    noAccess: "You do not have permission to access the requested document.",
    deleted: (id: string) =>
      `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
  },
} as const;

type AppEnums =
  | "BooleanCriteria"
  | "DataValidationCriteria"
  | "DeveloperMetadataLocationType"
  | "DeveloperMetadataVisibility"
  | "ProtectionType"
  | "SheetType";

export class MemSpreadsheetApp implements Pick<GApp, (typeof APP_METHODS)[number] | AppEnums> {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly ProtectionType = ProtectionType;
  readonly SheetType = SheetType;

  constructor(readonly env: Env) {}

  private refuseInCustomFunction(method: string): void {
    if (this.env.mode === "custom-function")
      throw new Error(`You do not have permission to call SpreadsheetApp.${method}.`);
  }

  /** Null when the script is not bound to a spreadsheet, as in Apps Script. */
  getActive(): GSpreadsheet {
    const book = this.env.activeModel();
    return as<GSpreadsheet>(book ? this.env.spreadsheet(book) : null);
  }
  getActiveSpreadsheet(): GSpreadsheet {
    return this.getActive();
  }
  getActiveSheet(): GSheet {
    const book = this.env.activeModel();
    return as<GSheet>(book ? this.env.sheet(this.env.activeSheetOf(book)) : null);
  }
  getActiveRange(): GRange {
    const sheet = this.getActiveSheet();
    return as<GRange>(sheet ? sheet.getActiveRange() : null);
  }
  setActiveSpreadsheet(newActiveSpreadsheet: GSpreadsheet): void {
    this.env.setActive(newActiveSpreadsheet);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    const model = this.env.unwrapSheet(sheet);
    model.book.active = model;
    return sheet;
  }
  setActiveRange(range: GRange): GRange {
    const { sheet, rect } = this.env.unwrapRange(range);
    this.env.select(sheet, rect);
    return range;
  }
  openById(id: string): GSpreadsheet {
    this.refuseInCustomFunction("openById");
    return this.open(String(id), "openById");
  }
  /** Accepts https://docs.google.com/spreadsheets/d/<id>/edit, with or without #gid=... */
  openByUrl(url: string): GSpreadsheet {
    this.refuseInCustomFunction("openByUrl");
    const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/u.exec(String(url));
    if (!m?.[1]) throw new Error("Invalid argument: url");
    return this.open(m[1], "openByUrl");
  }
  /**
   * Opening fails as it does for a user of the env's language: a deleted file and a file not
   * shared give Apps Script's messages in that language, an id that never existed the English
   * "Unexpected error…", and a planted passing failure the English service message.
   */
  private open(id: string, method: string): GSpreadsheet {
    const words = OPEN_ERRORS[this.env.language];
    if (this.env.wasDeleted(id)) throw new Error(words.deleted(id));
    const book = this.env.bookById(id);
    if (!book)
      throw new Error(
        `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
      );
    const fault = this.env.takeOpenFault(id);
    if (fault === "transient") throw new Error(transientMessage(id));
    if (fault === "deleted") throw new Error(words.deleted(id));
    if (fault === "noAccess" || this.env.accessOf(id) === "none") throw new Error(words.noAccess);
    return this.env.spreadsheet(book);
  }
  /** A new spreadsheet in the memory drive (not made active). */
  create(name: string, rows?: number, columns?: number): GSpreadsheet {
    this.refuseInCustomFunction("create");
    return this.env.createSpreadsheet(name, { rows, columns, activate: false });
  }
  /** Writes apply at once in memory; the call is still counted and costs flush latency. */
  flush(): void {}
  getUi(): GUi {
    if (this.env.mode === "custom-function")
      throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
    return as<GUi>(new MemUi(this.env));
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return as<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(
      new MemConditionalFormatRuleBuilder(this.env),
    );
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return as<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(
      new MemDataValidationBuilder(this.env),
    );
  }
}
instrument(MemSpreadsheetApp, "SpreadsheetApp", APP_METHODS);

// ---------------------------------------------------------------------------------------------
// Ui: menus, alerts, prompts, sidebars and dialogs are recorded in env.ui.

export class MemMenu implements GMenu {
  readonly items: MenuItemRecord[] = [];
  constructor(
    private readonly env: Env,
    readonly caption: string,
    private readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): GMenu {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): GMenu {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: GMenu): GMenu {
    if (!(menu instanceof MemMenu)) throw new Error("Invalid argument: menu");
    this.items.push({ caption: menu.caption, submenu: [...menu.items] });
    return this;
  }
  addToUi(): void {
    this.env.ui.menus.push({ caption: this.caption, addon: this.addon, items: [...this.items] });
  }
}

function htmlRecord(output: GHtmlOutput) {
  if (!(output instanceof MemHtmlOutput)) throw new Error("Invalid argument: userInterface");
  return {
    title: output.getTitle(),
    content: output.getContent(),
    width: output.getWidth(),
    height: output.getHeight(),
  };
}

export class MemUi implements GUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly env: Env) {}

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: string | GButtonSet, c?: GButtonSet): GButton {
    const [title, prompt, buttons] = typeof b === "string" ? [a, b, c] : ["", a, b];
    const set = buttons === undefined ? "OK" : enumKey(buttons);
    const response = this.env.ui.takeAlertReply(set);
    this.env.ui.alerts.push({ title, prompt, buttons: set, response });
    return member<GButton>(Button, response);
  }
  prompt(a: string, b?: string | GButtonSet, c?: GButtonSet): GPromptResponse {
    const [title, prompt, buttons] = typeof b === "string" ? [a, b, c] : ["", a, b];
    const set = buttons === undefined ? "OK" : enumKey(buttons);
    const reply = this.env.ui.takePromptReply(set);
    this.env.ui.prompts.push({
      title,
      prompt,
      buttons: set,
      response: reply.button,
      text: reply.text,
    });
    return {
      getResponseText: () => reply.text,
      getSelectedButton: () => member<GButton>(Button, reply.button),
    };
  }
  createAddonMenu(): GMenu {
    return new MemMenu(this.env, this.env.addonName, true);
  }
  createMenu(caption: string): GMenu {
    return new MemMenu(this.env, caption, false);
  }
  showSidebar(userInterface: GHtmlOutput): void {
    this.env.ui.sidebars.push(htmlRecord(userInterface));
  }
  showModalDialog(userInterface: GHtmlOutput, title: string): void {
    this.env.ui.dialogs.push({ ...htmlRecord(userInterface), modal: true, dialogTitle: title });
  }
  showModelessDialog(userInterface: GHtmlOutput, title: string): void {
    this.env.ui.dialogs.push({ ...htmlRecord(userInterface), modal: false, dialogTitle: title });
  }
  showDialog(userInterface: GHtmlOutput): void {
    this.env.ui.dialogs.push({ ...htmlRecord(userInterface), modal: true, dialogTitle: "" });
  }
}

// ---------------------------------------------------------------------------------------------
// HtmlService

type HtmlOutputMethods =
  | "append"
  | "clear"
  | "getContent"
  | "getHeight"
  | "getTitle"
  | "getWidth"
  | "setContent"
  | "setHeight"
  | "setSandboxMode"
  | "setTitle"
  | "setWidth"
  | "setXFrameOptionsMode";

/** Width and height are 0 until set. Sandbox and X-Frame modes are recorded (IFRAME is the only real mode). */
export class MemHtmlOutput implements Pick<GHtmlOutput, HtmlOutputMethods> {
  private title = "";
  private width = 0;
  private height = 0;
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;
  constructor(private content: string) {}
  append(addedContent: string): GHtmlOutput {
    this.content += addedContent;
    return as<GHtmlOutput>(this);
  }
  clear(): GHtmlOutput {
    this.content = "";
    return as<GHtmlOutput>(this);
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): GHtmlOutput {
    this.content = content;
    return as<GHtmlOutput>(this);
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GHtmlOutput {
    this.title = title;
    return as<GHtmlOutput>(this);
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): GHtmlOutput {
    this.width = width;
    return as<GHtmlOutput>(this);
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): GHtmlOutput {
    this.height = height;
    return as<GHtmlOutput>(this);
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GHtmlOutput {
    this.sandboxMode = enumKey(mode);
    return as<GHtmlOutput>(this);
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GHtmlOutput {
    this.xFrameOptionsMode = enumKey(mode);
    return as<GHtmlOutput>(this);
  }
}

export class MemHtmlService
  implements
    Pick<
      GHtmlService,
      "SandboxMode" | "XFrameOptionsMode" | "createHtmlOutput" | "createHtmlOutputFromFile"
    >
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(private readonly env: Env) {}
  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GHtmlOutput {
    const text =
      html === undefined ? "" : typeof html === "string" ? html : html.getBlob().getDataAsString();
    return as<GHtmlOutput>(new MemHtmlOutput(text));
  }
  /** Reads env.htmlFiles; "Sidebar" and "Sidebar.html" name the same file. */
  createHtmlOutputFromFile(filename: string): GHtmlOutput {
    const name = String(filename).replace(/\.html$/u, "");
    const content = this.env.htmlFiles[name];
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return as<GHtmlOutput>(new MemHtmlOutput(content));
  }
}

// ---------------------------------------------------------------------------------------------
// LockService

const LOCK_METHODS = [
  "hasLock",
  "releaseLock",
  "tryLock",
  "waitLock",
] as const satisfies readonly (keyof GLock)[];

/** Waiting for a lock another execution holds advances the simulated clock. */
export class MemLock implements GLock {
  private held = false;
  constructor(
    readonly env: Env,
    private readonly key: string,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    if (this.held) return true;
    const state = this.env.lockState(this.key);
    if (state.holder === "other") {
      const now = this.env.clock.now();
      if (state.releaseAt === null || state.releaseAt > now + timeoutInMillis) {
        this.env.clock.advance(timeoutInMillis);
        return false;
      }
      this.env.clock.advance(state.releaseAt - now);
    }
    state.holder = "self";
    state.releaseAt = null;
    this.held = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  releaseLock(): void {
    if (!this.held) return;
    this.held = false;
    this.env.lockState(this.key).holder = "none";
  }
  hasLock(): boolean {
    return this.held;
  }
}
instrument(MemLock, "Lock", LOCK_METHODS, LOCK_KIND);

const LOCK_SERVICE_METHODS = [
  "getDocumentLock",
  "getScriptLock",
  "getUserLock",
] as const satisfies readonly (keyof GLockService)[];

export class MemLockService implements GLockService {
  constructor(readonly env: Env) {}
  /** Null outside a document, as in Apps Script. */
  getDocumentLock(): GLock {
    const book = this.env.activeModel();
    return as<GLock>(book ? new MemLock(this.env, this.env.lockKey("document", book.id)) : null);
  }
  getScriptLock(): GLock {
    return new MemLock(this.env, this.env.lockKey("script"));
  }
  getUserLock(): GLock {
    return new MemLock(this.env, this.env.lockKey("user"));
  }
}
instrument(MemLockService, "LockService", LOCK_SERVICE_METHODS, LOCK_KIND);

// ---------------------------------------------------------------------------------------------
// PropertiesService

const PROPERTY_METHODS = [
  "deleteAllProperties",
  "deleteProperty",
  "getKeys",
  "getProperties",
  "getProperty",
  "setProperties",
  "setProperty",
] as const satisfies readonly (keyof GProperties)[];

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** A property store: 9 KB per value and 500 KB per store, as Apps Script's quotas say. */
export class MemProperties implements GProperties {
  constructor(
    readonly env: Env,
    private readonly store: Map<string, string>,
  ) {}
  private self(): GProperties {
    return this;
  }
  private put(entries: Array<[string, string]>, base: Map<string, string>): void {
    const next = new Map(base);
    for (const [key, raw] of entries) {
      const value = String(raw);
      if (bytes(value) > VALUE_LIMIT) throw new Error("Argument too large: value");
      next.set(String(key), value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT)
      throw new Error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): GProperties {
    if (value === null || value === undefined) throw new Error("Invalid argument: value");
    this.put([[key, value]], this.store);
    return this.self();
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GProperties {
    this.put(Object.entries(properties), deleteAllOthers ? new Map() : this.store);
    return this.self();
  }
  deleteProperty(key: string): GProperties {
    this.store.delete(key);
    return this.self();
  }
  deleteAllProperties(): GProperties {
    this.store.clear();
    return this.self();
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}
instrument(MemProperties, "Properties", PROPERTY_METHODS, PROPERTIES_KIND);

const PROPERTIES_SERVICE_METHODS = [
  "getDocumentProperties",
  "getScriptProperties",
  "getUserProperties",
] as const satisfies readonly (keyof GPropertiesService)[];

export class MemPropertiesService implements GPropertiesService {
  constructor(readonly env: Env) {}
  /** Per spreadsheet; null when the script is not bound to one. */
  getDocumentProperties(): GProperties {
    const book = this.env.activeModel();
    return as<GProperties>(
      book ? new MemProperties(this.env, this.env.documentStore(book.id)) : null,
    );
  }
  getScriptProperties(): GProperties {
    return new MemProperties(this.env, this.env.stores.script);
  }
  getUserProperties(): GProperties {
    return new MemProperties(this.env, this.env.userStore());
  }
}
instrument(MemPropertiesService, "PropertiesService", PROPERTIES_SERVICE_METHODS, PROPERTIES_KIND);

// ---------------------------------------------------------------------------------------------
// Session

export class MemSession
  implements
    Pick<
      GSession,
      | "getActiveUser"
      | "getEffectiveUser"
      | "getScriptTimeZone"
      | "getActiveUserLocale"
      | "getTemporaryActiveUserKey"
    >
{
  constructor(private readonly env: Env) {}
  getActiveUser(): GoogleAppsScript.Base.User {
    return new MemUser(this.env.hideActiveUserEmail ? "" : this.env.user);
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return new MemUser(this.env.effectiveUser ?? this.env.user);
  }
  getScriptTimeZone(): string {
    return this.env.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return "vi";
  }
  /** Stable per user, opaque like Apps Script's key. */
  getTemporaryActiveUserKey(): string {
    let h = 2166136261;
    for (const ch of this.env.user) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return `temp-${h.toString(36)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// ScriptApp: triggers are recorded in env.triggers (20 per user, as in Apps Script); an add-on
// deployment also follows the add-on rules (env.runNextTrigger runs them).

const MAX_TRIGGERS = 20;
const HOUR = 3_600_000;

export class MemTrigger implements GTrigger {
  constructor(readonly record: TriggerRecord) {}
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getUniqueId(): string {
    return this.record.id;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return member(EventType, this.record.eventType);
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return member(TriggerSource, this.record.source);
  }
  getTriggerSourceId(): string {
    return this.record.sourceId ?? "";
  }
}

/**
 * Add-ons: "Each add-on can only have one trigger of each type, per user, per document", "Add-ons
 * can only create triggers for the file in which the add-on is used" and "Time-driven triggers
 * cannot run more frequently than once per hour" (Editor add-on triggers, Restrictions). How Apps
 * Script refuses is not documented: the stand-in throws, and runs a one-off trigger an hour late.
 */
function addonRules(env: Env, partial: Omit<TriggerRecord, "id" | "user" | "documentId">) {
  const documentId = env.activeModel()?.id ?? null;
  if (env.deployment !== "addon") return { documentId, dueAt: partial.dueAt };
  if (!documentId || (partial.sourceId !== null && partial.sourceId !== documentId))
    throw new Error("An add-on can only create triggers for the file in which it is used.");
  if (
    env.triggers.some(
      (t) =>
        t.user === env.user && t.documentId === documentId && t.eventType === partial.eventType,
    )
  )
    throw new Error("An add-on can only have one trigger of each type, per user, per document.");
  if (partial.everyMinutes !== undefined)
    throw new Error("An add-on's time-driven triggers cannot run more often than once per hour.");
  const dueAt =
    partial.afterMs !== undefined && partial.dueAt !== undefined
      ? partial.dueAt - partial.afterMs + Math.max(partial.afterMs, HOUR)
      : partial.dueAt;
  return { documentId, dueAt };
}

function createTrigger(
  env: Env,
  partial: Omit<TriggerRecord, "id" | "user" | "documentId">,
): GTrigger {
  if (env.mode === "custom-function")
    throw new Error("You do not have permission to call ScriptApp.newTrigger.");
  if (env.triggers.filter((t) => t.user === env.user).length >= MAX_TRIGGERS)
    throw new Error(
      "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
    );
  const { documentId, dueAt } = addonRules(env, partial);
  const record: TriggerRecord = {
    id: String(9_000_000 + env.triggers.length * 7 + Math.floor(env.clock.now() % 997)),
    user: env.user,
    documentId,
    ...partial,
    dueAt,
  };
  while (env.triggers.some((t) => t.id === record.id)) record.id = String(Number(record.id) + 1);
  env.triggers.push(record);
  return new MemTrigger(record);
}

export class MemClockTriggerBuilder
  implements Pick<GClockBuilder, "after" | "everyMinutes" | "everyHours" | "create">
{
  private schedule: Pick<
    TriggerRecord,
    "afterMs" | "dueAt" | "everyMinutes" | "everyHours"
  > | null = null;
  constructor(
    private readonly env: Env,
    private readonly handler: string,
  ) {}
  after(durationMilliseconds: number): GClockBuilder {
    this.schedule = {
      afterMs: durationMilliseconds,
      dueAt: this.env.clock.now() + durationMilliseconds,
    };
    return as<GClockBuilder>(this);
  }
  everyMinutes(n: number): GClockBuilder {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new Error("Invalid argument: everyMinutes must be 1, 5, 10, 15 or 30.");
    this.schedule = { everyMinutes: n, dueAt: this.env.clock.now() + n * 60_000 };
    return as<GClockBuilder>(this);
  }
  everyHours(n: number): GClockBuilder {
    this.schedule = { everyHours: n, dueAt: this.env.clock.now() + n * 3_600_000 };
    return as<GClockBuilder>(this);
  }
  create(): GTrigger {
    if (!this.schedule)
      throw new Error("A clock trigger needs a schedule (after, everyMinutes or everyHours).");
    return createTrigger(this.env, {
      handler: this.handler,
      eventType: "CLOCK",
      source: "CLOCK",
      sourceId: null,
      ...this.schedule,
    });
  }
}

export class MemSpreadsheetTriggerBuilder
  implements Pick<GSheetTriggerBuilder, "onOpen" | "onEdit" | "onChange" | "create">
{
  private eventType: TriggerRecord["eventType"] | null = null;
  constructor(
    private readonly env: Env,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}
  private on(eventType: TriggerRecord["eventType"]): GSheetTriggerBuilder {
    this.eventType = eventType;
    return as<GSheetTriggerBuilder>(this);
  }
  onOpen(): GSheetTriggerBuilder {
    return this.on("ON_OPEN");
  }
  onEdit(): GSheetTriggerBuilder {
    return this.on("ON_EDIT");
  }
  onChange(): GSheetTriggerBuilder {
    return this.on("ON_CHANGE");
  }
  create(): GTrigger {
    if (!this.eventType)
      throw new Error("A spreadsheet trigger needs an event (onOpen, onEdit or onChange).");
    return createTrigger(this.env, {
      handler: this.handler,
      eventType: this.eventType,
      source: "SPREADSHEETS",
      sourceId: this.spreadsheetId,
    });
  }
}

export class MemTriggerBuilder implements Pick<GTriggerBuilder, "timeBased" | "forSpreadsheet"> {
  constructor(
    private readonly env: Env,
    private readonly handler: string,
  ) {}
  timeBased(): GClockBuilder {
    return as<GClockBuilder>(new MemClockTriggerBuilder(this.env, this.handler));
  }
  forSpreadsheet(sheet: GSpreadsheet | string): GSheetTriggerBuilder {
    const id = typeof sheet === "string" ? sheet : sheet.getId();
    return as<GSheetTriggerBuilder>(new MemSpreadsheetTriggerBuilder(this.env, this.handler, id));
  }
}

export class MemScriptApp
  implements
    Pick<
      GScriptApp,
      | "AuthMode"
      | "EventType"
      | "TriggerSource"
      | "InstallationSource"
      | "newTrigger"
      | "getProjectTriggers"
      | "deleteTrigger"
      | "getInstallationSource"
      | "getOAuthToken"
      | "getScriptId"
    >
{
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly InstallationSource = InstallationSource;
  constructor(private readonly env: Env) {}
  newTrigger(functionName: string): GTriggerBuilder {
    return as<GTriggerBuilder>(new MemTriggerBuilder(this.env, functionName));
  }
  /** The current user's triggers of this project ("A given account cannot see triggers installed
   * from a second account"). */
  getProjectTriggers(): GTrigger[] {
    return this.env.triggers.filter((t) => t.user === this.env.user).map((t) => new MemTrigger(t));
  }
  /** NONE for a bound script; an add-on installed from the Marketplace gives WEB_STORE_ADD_ON. */
  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return member(
      InstallationSource,
      this.env.deployment === "addon" ? "WEB_STORE_ADD_ON" : "NONE",
    );
  }
  deleteTrigger(trigger: GTrigger): void {
    const i = this.env.triggers.findIndex((t) => t.id === trigger.getUniqueId());
    if (i >= 0) this.env.triggers.splice(i, 1);
  }
  getOAuthToken(): string {
    return "memory-oauth-token";
  }
  getScriptId(): string {
    return "memory-script-id";
  }
}

// ---------------------------------------------------------------------------------------------
// Utilities, Logger, Charts

function sprintf(template: string, values: unknown[]): string {
  let i = 0;
  return template.replace(/%[sdif%]/gu, (m) => (m === "%%" ? "%" : String(values[i++])));
}

export class MemUtilities
  implements Pick<GUtilities, "sleep" | "formatDate" | "getUuid" | "formatString">
{
  constructor(private readonly env: Env) {}
  /** Advances the simulated clock; real time does not pass. */
  sleep(milliseconds: number): void {
    this.env.clock.advance(milliseconds);
  }
  /** Java SimpleDateFormat patterns in any IANA zone (Asia/Ho_Chi_Minh, UTC...). */
  formatDate(date: Date, timeZone: string, format: string): string {
    return formatJavaDate(new Date(date.getTime()), timeZone, format);
  }
  getUuid(): string {
    return globalThis.crypto.randomUUID();
  }
  formatString(template: string, ...args: unknown[]): string {
    return sprintf(template, args);
  }
}

export class MemLogger implements GLogger {
  constructor(private readonly env: Env) {}
  log(data: unknown, ...values: unknown[]): GLogger {
    const line =
      typeof data === "string" && values.length
        ? sprintf(data, values)
        : typeof data === "string"
          ? data
          : JSON.stringify(data);
    this.env.logs.push(line);
    return this;
  }
  getLog(): string {
    return this.env.logs.join("\n");
  }
  clear(): void {
    this.env.logs.length = 0;
  }
}

export const Charts: Pick<GCharts, "ChartType"> = { ChartType };

// ---------------------------------------------------------------------------------------------
// Globals

/** The service objects for one environment, by their Apps Script global names. */
export function services(env: Env) {
  return {
    SpreadsheetApp: as<GApp>(new MemSpreadsheetApp(env)),
    LockService: as<GLockService>(new MemLockService(env)),
    PropertiesService: as<GPropertiesService>(new MemPropertiesService(env)),
    Session: as<GSession>(new MemSession(env)),
    HtmlService: as<GHtmlService>(new MemHtmlService(env)),
    ScriptApp: as<GScriptApp>(new MemScriptApp(env)),
    Utilities: as<GUtilities>(new MemUtilities(env)),
    Logger: as<GLogger>(new MemLogger(env)),
    Charts: as<GCharts>(Charts),
  };
}

/**
 * Puts SpreadsheetApp, LockService, PropertiesService, Session, HtmlService, ScriptApp,
 * Utilities, Logger and Charts on `target` (globalThis, or a node:vm context object) and
 * returns a function that restores what was there. For a vm context, pass its Date
 * constructor so values read from cells are Dates of the script's realm.
 */
export function installGlobals(
  target: object,
  env: Env,
  options: { date?: DateConstructor } = {},
): () => void {
  const bag = target as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const previousDate = env.dateConstructor;
  if (options.date) env.dateConstructor = options.date;
  for (const [name, value] of Object.entries(services(env))) {
    saved.set(name, Object.getOwnPropertyDescriptor(target, name));
    bag[name] = value;
  }
  return () => {
    env.dateConstructor = previousDate;
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete bag[name];
    }
  };
}
