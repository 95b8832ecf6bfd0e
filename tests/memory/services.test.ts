// Tests for the services around the memory spreadsheet: opening files and sharing, custom-function
// mode, locks, properties, UI records, triggers, call counting, the latency clock and globals.

import vm from "node:vm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEnvironment, type Env, installGlobals, services } from "./index";

type Services = ReturnType<typeof services>;
let env: Env;
let g: Services;

beforeEach(() => {
  env = createEnvironment({ latency: "none" });
  g = services(env);
});

describe("SpreadsheetApp.openById / openByUrl and sharing", () => {
  it("opens by id and by url, with or without #gid", () => {
    const commune = env.createSpreadsheet("Xã A");
    expect(commune.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${commune.getId()}/edit`);
    expect(g.SpreadsheetApp.openById(commune.getId()).getName()).toBe("Xã A");
    expect(g.SpreadsheetApp.openByUrl(`${commune.getUrl()}#gid=0`).getId()).toBe(commune.getId());
  });

  it("throws Apps Script's errors, in the user's language, for files not shared or deleted", () => {
    const secret = env.createSpreadsheet("Riêng", { id: "1secret" });
    const gone = env.createSpreadsheet("Đã xóa", { id: "1gone" });
    env.setAccess(secret, "none");
    env.deleteSpreadsheet(gone);
    expect(() => g.SpreadsheetApp.openById("1nothere")).toThrow(
      "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
    );
    expect(() =>
      g.SpreadsheetApp.openByUrl("https://docs.google.com/spreadsheets/d/1nothere/edit"),
    ).toThrow(
      "Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.",
    );
    expect(() => g.SpreadsheetApp.openById("1secret")).toThrow(
      "Bạn không có quyền truy cập tài liệu yêu cầu.",
    );
    expect(() => g.SpreadsheetApp.openById("1gone")).toThrow(
      "Tài liệu 1gone bị thiếu (có thể tài liệu đã bị xóa?)",
    );
    env.language = "en";
    expect(() => g.SpreadsheetApp.openById("1secret")).toThrow(
      "You do not have permission to access the requested document.",
    );
    expect(() =>
      g.SpreadsheetApp.openByUrl("https://docs.google.com/spreadsheets/d/1gone"),
    ).toThrow("Document 1gone is missing (perhaps it was deleted, or you don't have read access?)");
  });

  it("fails an open, or the reads of a file that opened fine, when told to", () => {
    const a = env.createSpreadsheet("A", { id: "1aaa" });
    a.getSheets()[0]?.getRange("A1").setValue(7);
    env.failOpen(a, "transient", 1);
    expect(() => g.SpreadsheetApp.openById("1aaa")).toThrow(
      "Service Spreadsheets failed while accessing document with id 1aaa.",
    );
    const opened = g.SpreadsheetApp.openById("1aaa");
    env.failOpen(a, "noAccess");
    expect(() => g.SpreadsheetApp.openById("1aaa")).toThrow("Bạn không có quyền truy cập");
    expect(() => g.SpreadsheetApp.openById("1aaa")).toThrow("Bạn không có quyền truy cập");
    env.heal(a);
    env.failReads(a, 1, 1);
    const sheet = opened.getSheetByName("Trang tính1") as GoogleAppsScript.Spreadsheet.Sheet;
    expect(() => sheet.getDataRange()).toThrow(
      "Service Spreadsheets failed while accessing document with id 1aaa.",
    );
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([[7]]);
  });

  it("reads a whole sheet's data in one call, and refuses when there is none", () => {
    const ss = env.createSpreadsheet("A");
    const sheet = ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow(
      "The number of rows in the range must be at least 1.",
    );
    sheet.getRange("B3").setValue("x");
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([
      ["", ""],
      ["", ""],
      ["", "x"],
    ]);
    expect(sheet.getSheetValues(2, 2, -1, 1)).toEqual([[""], ["x"]]);
  });

  it("lets a viewer read but refuses every write to a view-only file", () => {
    const district = env.createSpreadsheet("Huyện");
    const commune = env.createSpreadsheet("Xã B");
    commune.getSheets()[0]?.getRange("A1").setValue(42);
    env.setAccess(commune, "view");
    const opened = g.SpreadsheetApp.openById(commune.getId());
    const tab = opened.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    expect(tab.getRange("A1").getValue()).toBe(42);
    const refused = "You do not have permission to edit this spreadsheet.";
    expect(() => tab.getRange("A1").setValue(1)).toThrow(refused);
    expect(() => tab.getRange("A1").setValues([[1]])).toThrow(refused);
    expect(() => opened.insertSheet("Tổng hợp")).toThrow(refused);
    expect(() => tab.deleteRows(1, 1)).toThrow(refused);
    expect(() => tab.getRange("A1").protect()).toThrow(refused);
    expect(() => opened.addDeveloperMetadata("k")).toThrow(refused);
    expect(() => tab.getRange("A1").clearContent()).toThrow(refused);
    expect(tab.getRange("A1").getValue()).toBe(42);
    district.getSheets()[0]?.getRange("A1").setValue("ghi được");
  });

  it("counts openById and openByUrl separately", () => {
    const a = env.createSpreadsheet("A");
    g.SpreadsheetApp.openById(a.getId());
    g.SpreadsheetApp.openByUrl(a.getUrl());
    g.SpreadsheetApp.openByUrl(a.getUrl());
    expect(env.calls.byMethod["SpreadsheetApp.openById"]).toBe(1);
    expect(env.calls.byMethod["SpreadsheetApp.openByUrl"]).toBe(2);
  });
});

describe("custom-function mode", () => {
  it("refuses set, insert, delete and clear calls, openById and the UI", () => {
    const ss = env.createSpreadsheet("Xã");
    const other = env.createSpreadsheet("Khác");
    const tab = ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    tab.getRange("A1").setValue(3);
    const messages = env.runAsCustomFunction(() => {
      const out: string[] = [String(g.SpreadsheetApp.getActiveSheet().getRange("A1").getValue())];
      const tries = [
        () => tab.getRange("A1").setValue(1),
        () => tab.getRange("A1").setValues([[1]]),
        () => ss.insertSheet("X"),
        () => tab.deleteRows(1, 1),
        () => tab.getRange("A1").clearContent(),
        () => g.SpreadsheetApp.openById(other.getId()),
        () => g.SpreadsheetApp.openByUrl(other.getUrl()),
        () => g.SpreadsheetApp.getUi(),
      ];
      for (const t of tries) {
        try {
          t();
          out.push("allowed");
        } catch (e) {
          out.push((e as Error).message);
        }
      }
      return out;
    });
    expect(messages).toEqual([
      "3",
      "You do not have permission to call setValue",
      "You do not have permission to call setValues",
      "You do not have permission to call insertSheet",
      "You do not have permission to call deleteRows",
      "You do not have permission to call clearContent",
      "You do not have permission to call SpreadsheetApp.openById.",
      "You do not have permission to call SpreadsheetApp.openByUrl.",
      "Cannot call SpreadsheetApp.getUi() from this context.",
    ]);
    expect(env.mode).toBe("normal");
    tab.getRange("A1").setValue(4);
  });
});

describe("LockService", () => {
  it("acquires a free lock and releases it", () => {
    env.createSpreadsheet("Xã");
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it("times out while someone else's job holds the document lock", () => {
    env.createSpreadsheet("Xã");
    env.holdLock("document");
    const lock = g.LockService.getDocumentLock();
    const before = env.clock.now();
    expect(lock.tryLock(5000)).toBe(false);
    expect(env.clock.now() - before).toBe(5000);
    expect(() => lock.waitLock(30_000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    env.releaseHeldLock("document");
    expect(lock.tryLock(0)).toBe(true);
  });

  it("waits for a lock that is released in time", () => {
    env.createSpreadsheet("Xã");
    env.holdLock("script", { releaseAfterMs: 2000 });
    const lock = g.LockService.getScriptLock();
    const before = env.clock.now();
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
    expect(env.clock.now() - before).toBe(2000);
  });

  it("has no document lock outside a document", () => {
    expect(g.LockService.getDocumentLock()).toBeNull();
  });
});

describe("PropertiesService", () => {
  it("keeps document properties per spreadsheet", () => {
    const a = env.createSpreadsheet("A");
    const b = env.createSpreadsheet("B");
    g.PropertiesService.getDocumentProperties().setProperty("level", "xa");
    env.setActive(b);
    expect(g.PropertiesService.getDocumentProperties().getProperty("level")).toBeNull();
    env.setActive(a);
    expect(g.PropertiesService.getDocumentProperties().getProperties()).toEqual({ level: "xa" });
  });

  it("sets, lists and deletes", () => {
    const p = g.PropertiesService.getScriptProperties();
    p.setProperties({ a: "1", b: "2" });
    p.setProperties({ c: "3" }, true);
    expect(p.getKeys()).toEqual(["c"]);
    p.deleteProperty("c");
    expect(p.getProperty("c")).toBeNull();
  });

  it("refuses values over 9 KB", () => {
    const p = g.PropertiesService.getUserProperties();
    expect(() => p.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow(
      "Argument too large: value",
    );
    p.setProperty("ok", "x".repeat(9 * 1024));
  });
});

describe("Session, Utilities, Logger", () => {
  it("reports the user and the time zone", () => {
    expect(g.Session.getActiveUser().getEmail()).toBe("canbo@example.com");
    expect(g.Session.getEffectiveUser().getEmail()).toBe("canbo@example.com");
    expect(g.Session.getScriptTimeZone()).toBe("Asia/Ho_Chi_Minh");
    env.hideActiveUserEmail = true;
    expect(g.Session.getActiveUser().getEmail()).toBe("");
    expect(g.Session.getEffectiveUser().getEmail()).toBe("canbo@example.com");
  });

  it("formats dates and sleeps on the simulated clock", () => {
    const start = new Date(env.clock.now());
    expect(g.Utilities.formatDate(start, "Asia/Ho_Chi_Minh", "dd/MM/yyyy HH:mm")).toBe(
      "05/12/2026 09:00",
    );
    expect(g.Utilities.formatDate(start, "UTC", "yyyy-MM-dd HH:mm:ss")).toBe("2026-12-05 02:00:00");
    g.Utilities.sleep(1500);
    expect(env.simulatedSeconds()).toBe(1.5);
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/u);
  });

  it("collects log lines", () => {
    g.Logger.log("xã %s: %s", "A", 3);
    g.Logger.log({ ok: true });
    expect(env.logs).toEqual(["xã A: 3", '{"ok":true}']);
  });
});

describe("Ui and HtmlService", () => {
  it("records menus, alerts, prompts, sidebars and dialogs", () => {
    env.createSpreadsheet("Xã");
    env.htmlFiles.Sidebar = "<p>Xin chào</p>";
    const ui = g.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Kiểm tra", "checkEntries")
      .addSeparator()
      .addSubMenu(ui.createMenu("Khác").addItem("Trợ giúp", "help"))
      .addToUi();
    expect(env.ui.menus).toEqual([
      {
        caption: "Add-on",
        addon: true,
        items: [
          { caption: "Kiểm tra", functionName: "checkEntries" },
          { separator: true },
          { caption: "Khác", submenu: [{ caption: "Trợ giúp", functionName: "help" }] },
        ],
      },
    ]);
    expect(ui.alert("Tiêu đề", "Nội dung", ui.ButtonSet.OK)).toBe(ui.Button.OK);
    env.ui.replyToNextAlert("NO");
    expect(ui.alert("Xoá?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert("Chỉ thông báo")).toBe(ui.Button.OK);
    expect(env.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ["Tiêu đề", "Nội dung", "OK", "OK"],
      ["", "Xoá?", "YES_NO", "NO"],
      ["", "Chỉ thông báo", "OK", "OK"],
    ]);
    env.ui.replyToNextPrompt("2026");
    const answer = ui.prompt("Năm?", ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(["2026", ui.Button.OK]);
    ui.showSidebar(g.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Mô hình học tập"));
    expect(env.ui.sidebars).toEqual([
      { title: "Mô hình học tập", content: "<p>Xin chào</p>", width: 0, height: 0 },
    ]);
    ui.showModalDialog(
      g.HtmlService.createHtmlOutput("<b>x</b>").setWidth(400).setHeight(300),
      "Trợ giúp",
    );
    expect(env.ui.dialogs[0]).toMatchObject({ modal: true, dialogTitle: "Trợ giúp", width: 400 });
    expect(() => g.HtmlService.createHtmlOutputFromFile("Missing")).toThrow(
      "No HTML file named Missing was found.",
    );
  });

  it("records toasts and selections", () => {
    const ss = env.createSpreadsheet("Xã");
    ss.toast("Đã xong", "Mô hình học tập", 3);
    ss.setActiveSelection("B2:C3");
    expect(env.ui.toasts).toEqual([
      {
        spreadsheetId: ss.getId(),
        message: "Đã xong",
        title: "Mô hình học tập",
        timeoutSeconds: 3,
      },
    ]);
    expect(env.ui.selections).toEqual([
      { spreadsheetId: ss.getId(), sheet: "Trang tính1", a1: "B2:C3" },
    ]);
    expect(ss.getActiveRange()?.getA1Notation()).toBe("B2:C3");
  });
});

describe("ScriptApp triggers", () => {
  it("records, lists, deletes and reports due time-based triggers (bound script)", () => {
    env = createEnvironment({ latency: "none", deployment: "bound" });
    g = services(env);
    expect(g.ScriptApp.getInstallationSource()).toBe(g.ScriptApp.InstallationSource.NONE);
    const t = g.ScriptApp.newTrigger("continueGather").timeBased().after(60_000).create();
    g.ScriptApp.newTrigger("tick").timeBased().everyMinutes(5).create();
    expect(g.ScriptApp.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual([
      "continueGather",
      "tick",
    ]);
    expect(env.dueTriggers()).toHaveLength(0);
    g.Utilities.sleep(60_000);
    expect(env.dueTriggers().map((x) => x.handler)).toEqual(["continueGather"]);
    g.ScriptApp.deleteTrigger(t);
    expect(env.triggers.map((x) => x.handler)).toEqual(["tick"]);
    expect(() => g.ScriptApp.newTrigger("x").timeBased().everyMinutes(7)).toThrow();
  });

  it("refuses a 21st trigger", () => {
    env = createEnvironment({ latency: "none", deployment: "bound" });
    g = services(env);
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger(`f${i}`).timeBased().after(1000).create();
    expect(() => g.ScriptApp.newTrigger("f20").timeBased().after(1000).create()).toThrow(
      "This script has too many triggers.",
    );
  });

  it("follows the add-on rules: one of each type per user and document, once an hour at most", () => {
    expect(g.ScriptApp.getInstallationSource()).toBe(
      g.ScriptApp.InstallationSource.WEB_STORE_ADD_ON,
    );
    expect(() => g.ScriptApp.newTrigger("f").timeBased().after(60_000).create()).toThrow(
      "only create triggers for the file in which it is used",
    );
    const a = env.createSpreadsheet("A");
    const b = env.createSpreadsheet("B");
    const start = env.clock.now();
    g.ScriptApp.newTrigger("f").timeBased().after(60_000).create();
    expect(() => g.ScriptApp.newTrigger("g").timeBased().after(60_000).create()).toThrow(
      "one trigger of each type, per user, per document",
    );
    expect(() => g.ScriptApp.newTrigger("g").forSpreadsheet(b).onOpen().create()).toThrow(
      "only create triggers for the file",
    );
    g.ScriptApp.newTrigger("g").forSpreadsheet(a).onOpen().create();
    env.setActive(b);
    expect(() => g.ScriptApp.newTrigger("h").timeBased().everyMinutes(5).create()).toThrow(
      "once per hour",
    );
    g.ScriptApp.newTrigger("h").timeBased().everyHours(1).create();
    env.user = "khac@example.com";
    env.setActive(a);
    expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
    g.ScriptApp.newTrigger("f").timeBased().after(60_000).create();
    // a one-minute continuation of an add-on runs an hour later, not sooner
    expect(env.triggers[0]?.dueAt).toBe(start + 3_600_000);
  });

  it("runs the next trigger as its creator, with its spreadsheet active, never before its time", () => {
    env = createEnvironment({ latency: "none", deployment: "bound" });
    g = services(env);
    const book = env.createSpreadsheet("Tỉnh");
    const seen: unknown[] = [];
    const handlers = {
      tick: (e: unknown) =>
        seen.push([e, g.SpreadsheetApp.getActive()?.getName() ?? null, env.clock.now()]),
    };
    const start = env.clock.now();
    g.ScriptApp.newTrigger("tick").timeBased().after(60_000).create();
    env.setActive(null);
    const ran = env.runNextTrigger(handlers, 5_000);
    expect(seen).toEqual([[{ triggerUid: ran?.id, authMode: "FULL" }, "Tỉnh", start + 65_000]]);
    expect(env.runNextTrigger(handlers)).toBeUndefined();
    expect(g.SpreadsheetApp.getActive()).toBeNull();
    // a one-off trigger stays listed until the script deletes it
    expect(env.triggers).toHaveLength(1);
    g.ScriptApp.newTrigger("tick").timeBased().after(1000).create();
    env.deleteSpreadsheet(book);
    env.runNextTrigger(handlers);
    expect(seen.at(-1)).toEqual([expect.anything(), null, expect.any(Number)]);
  });
});

describe("call counting", () => {
  /** A job that reads a whole tab and writes one block back, as the adapters do. */
  function job(rows: number): number {
    const local = createEnvironment({ latency: "none" });
    const app = services(local).SpreadsheetApp;
    const tab = local.createSpreadsheet("Xã").getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    if (rows > 1000) tab.insertRowsAfter(1000, rows - 1000);
    tab.getRange(1, 1, rows, 3).setValues(Array.from({ length: rows }, (_, i) => [i, i * 2, "x"]));
    local.calls.reset();
    const sheet = app.getActiveSpreadsheet().getSheetByName("Trang tính1");
    const values = sheet?.getDataRange().getValues() ?? [];
    const out = values.map((r) => [Number(r[0]) + Number(r[1])]);
    sheet?.getRange(1, 4, out.length, 1).setValues(out);
    return local.calls.total;
  }

  it("does not grow with the number of rows", () => {
    expect(job(10)).toBe(job(10_000));
    expect(job(10)).toBe(6);
  });

  it("counts each public call once, by class and method", () => {
    const ss = env.createSpreadsheet("Xã");
    env.calls.reset();
    const tab = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    tab?.getRange("A1:B2").setValues([
      [1, 2],
      [3, 4],
    ]);
    tab?.autoResizeColumns(1, 2);
    expect(env.calls.byMethod).toEqual({
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "Spreadsheet.getSheets": 1,
      "Sheet.getRange": 1,
      "Range.setValues": 1,
      "Sheet.autoResizeColumns": 1,
    });
    expect(env.calls.total).toBe(5);
    expect(env.calls.count("Sheet.")).toBe(2);
    ss.getName();
    env.calls.reset();
    expect(env.calls.total).toBe(0);
  });

  it("counts locks, properties, rule builders and metadata finders", () => {
    const ss = env.createSpreadsheet("Xã");
    env.calls.reset();
    g.LockService.getDocumentLock().tryLock(10);
    g.PropertiesService.getDocumentProperties().getProperty("x");
    g.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    ss.createDeveloperMetadataFinder().withKey("k").find();
    expect(Object.keys(env.calls.byMethod).sort()).toEqual([
      "DataValidationBuilder.build",
      "DataValidationBuilder.requireCheckbox",
      "DeveloperMetadataFinder.find",
      "DeveloperMetadataFinder.withKey",
      "Lock.tryLock",
      "LockService.getDocumentLock",
      "Properties.getProperty",
      "PropertiesService.getDocumentProperties",
      "Spreadsheet.createDeveloperMetadataFinder",
      "SpreadsheetApp.newDataValidation",
    ]);
  });
});

describe("latency clock", () => {
  it("adds simulated time per call", () => {
    const slow = createEnvironment();
    const app = services(slow).SpreadsheetApp;
    const ss = slow.createSpreadsheet("Xã");
    const tab = ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    const id = ss.getId();
    const t0 = slow.simulatedSeconds();
    app.openById(id);
    expect(slow.simulatedSeconds() - t0).toBeCloseTo(1.0, 9);
    const range = tab.getRange(1, 1, 100, 10);
    const t1 = slow.simulatedSeconds();
    range.getValues();
    expect(slow.simulatedSeconds() - t1).toBeCloseTo(0.05 + 1000 * 0.000_005, 9);
    const t2 = slow.simulatedSeconds();
    range.setValues(Array.from({ length: 100 }, () => Array.from({ length: 10 }, () => 1)));
    expect(slow.simulatedSeconds() - t2).toBeCloseTo(0.1 + 1000 * 0.000_01, 9);
    const t3 = slow.simulatedSeconds();
    ss.getName();
    expect(slow.simulatedSeconds() - t3).toBeCloseTo(0.01, 9);
  });

  it("takes overrides and can be turned off", () => {
    const custom = createEnvironment({ latency: { open: 2.5 }, start: Date.UTC(2027, 0, 1) });
    const ss = custom.createSpreadsheet("Xã", { id: "1custom" });
    services(custom).SpreadsheetApp.openById("1custom");
    expect(ss.getName()).toBe("Xã");
    expect(custom.simulatedSeconds()).toBeCloseTo(2.51, 9);
    expect(custom.clock.now()).toBe(Date.UTC(2027, 0, 1) + 2510);
    const none = createEnvironment({ latency: "none" });
    services(none).SpreadsheetApp.openById(none.createSpreadsheet("Y").getId());
    expect(none.simulatedSeconds()).toBe(0);
  });
});

describe("installGlobals", () => {
  const keys = [
    "SpreadsheetApp",
    "LockService",
    "PropertiesService",
    "Session",
    "HtmlService",
    "ScriptApp",
    "Utilities",
    "Logger",
    "Charts",
  ];
  let remove: (() => void) | null = null;
  afterEach(() => {
    remove?.();
    remove = null;
  });

  it("installs the services on globalThis and removes them again", () => {
    env.createSpreadsheet("Xã");
    remove = installGlobals(globalThis, env);
    for (const k of keys) expect(k in globalThis).toBe(true);
    expect(SpreadsheetApp.getActiveSpreadsheet().getName()).toBe("Xã");
    remove();
    remove = null;
    for (const k of keys) expect(k in globalThis).toBe(false);
  });

  it("serves a node:vm context, handing it Dates of its own realm", () => {
    const ss = env.createSpreadsheet("Xã");
    ss.getSheets()[0]
      ?.getRange("A1:B1")
      .setValues([["5/12/2026", 7]]);
    const context = vm.createContext({});
    remove = installGlobals(context, env, { date: vm.runInContext("Date", context) });
    const out = vm.runInContext(
      `const v = SpreadsheetApp.getActiveSheet().getRange("A1:B1").getValues()[0];
       SpreadsheetApp.getActiveSheet().getRange("C1").setValue(new Date(0));
       [v[0] instanceof Date, v[1], typeof setTimeout]`,
      context,
    );
    expect(out).toEqual([true, 7, "undefined"]);
    expect(ss.getSheets()[0]?.getRange("C1").getValue()).toEqual(new Date(0));
  });
});
