// Loads the shipped dist/Code.js into a bare node:vm context, as Apps Script's V8 would run it.
import { existsSync, readFileSync, statSync } from "node:fs";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../src/entries";
import { createEnvironment, installGlobals } from "../memory";

const CODE = new URL("../../dist/Code.js", import.meta.url);
const SERVICES = [
  "SpreadsheetApp",
  "LockService",
  "PropertiesService",
  "Session",
  "HtmlService",
  "ScriptApp",
  "Utilities",
  "Logger",
  "CacheService",
  "UrlFetchApp",
  "DriveApp",
  "Charts",
];

/** A service that fails loudly if the bundle touches it while loading. */
function untouchable(name: string): object {
  return new Proxy(
    {},
    {
      get(_t, prop) {
        throw new Error(`${name}.${String(prop)} touched while the script loads`);
      },
    },
  );
}

let source = "";
let context: vm.Context;

beforeAll(() => {
  if (!existsSync(CODE)) throw new Error("dist/Code.js is missing: run `npm run build` first");
  source = readFileSync(CODE, "utf8");
  context = vm.createContext(Object.fromEntries(SERVICES.map((s) => [s, untouchable(s)])));
  vm.runInContext(source, context, { filename: "Code.js" });
});

const call = (name: string, ...args: unknown[]) =>
  (context[name] as (...a: unknown[]) => unknown)(...args);

describe("dist/Code.js", () => {
  it("is under the 100 KB budget", () => {
    expect(statSync(CODE).size).toBeLessThan(100_000);
  });

  it("loads in a context without setTimeout, URL or TextEncoder and touches no service", () => {
    for (const missing of ["setTimeout", "URL", "TextEncoder", "fetch", "process", "window"])
      expect(vm.runInContext(`typeof ${missing}`, context)).toBe("undefined");
    expect(typeof context.AddOn).toBe("object");
  });

  it("keeps Vietnamese text as UTF-8, not escaped", () => {
    expect(source).toContain("Gia đình học tập");
  });

  it("has no ES module syntax Apps Script would reject", () => {
    expect(source).not.toMatch(/^\s*(export|import)\s/mu);
  });

  for (const entry of ENTRY_POINTS) {
    it(`declares ${entry.name}(${entry.params.map((p) => p.name).join(", ")}) at top level`, () => {
      const params = entry.params.map((p) => p.name).join(", ");
      const declaration = `function ${entry.name}(${params}) {`;
      expect(source).toContain(declaration);
      expect(vm.runInContext(`typeof ${entry.name}`, context)).toBe("function");
      // The JSDoc right above the declaration is what formula help and autocomplete read.
      const before = source.slice(0, source.indexOf(`\n${declaration}`) + 1);
      const doc = before.slice(before.lastIndexOf("/**"));
      expect(doc.trimEnd().endsWith("*/")).toBe(true);
      expect(doc).toContain(entry.summary.slice(0, 30));
      if (entry.kind === "custom")
        for (const p of entry.params) expect(doc).toContain(`@param {${p.type}} ${p.name} `);
      expect(doc.includes("@customfunction")).toBe(entry.kind === "custom");
    });
  }

  it("answers every custom function through its top-level wrapper", () => {
    expect(call("TILE_GDHT", [[130], [70]], [[200], [100]])).toBe(0.6666666666666666);
    expect(call("TILE_DHHT", 13, 20)).toBe(0.65);
    expect(call("TILE_CONGDONG", [["đạt"], ["chưa đạt"], [""], ["x"]])).toBeCloseTo(2 / 3, 12);
    expect(call("TILE_DVHT", [[12, 3]], [[15, 5]])).toBe(0.75);
    expect(call("TILE_CONGDAN", "1.200", "2.000")).toBe(0.6);
    expect(call("TILE", [[true], [false]])).toBe(0.5);
    expect(call("MUCTIEU", "GDHT", 2026)).toBe(0.72);
    expect(call("MUCTIEU", "KYNANGSO", 2024, "HAIHAU")).toBe(0.65);
    expect(call("CANTHEM", 130, 200, "70%")).toBe(10);
    expect(call("DANHGIA", 55, 100, 0.55)).toBe("Đạt");
    expect(call("DANHGIA", 0.64, "65%")).toBe("Chưa đạt");
  });

  it("throws Errors whose Vietnamese message Sheets shows as #ERROR!", () => {
    let message = "";
    try {
      call("TILE_GDHT", [[5], ["abc"]], [[10], [10]]);
    } catch (e) {
      message = (e as Error).message;
      // Errors from the vm are the context's own Error class.
      expect(e).toBeInstanceOf(vm.runInContext("Error", context) as ErrorConstructor);
    }
    expect(message).toContain("hàng 2 cột 1 của vùng: “abc” không phải là số");
  });

  it("builds the add-on menu on open, with every item pointing at a top-level function", () => {
    const items: [string, string][] = [];
    const menu = {
      addItem(caption: string, fn: string) {
        items.push([caption, fn]);
        return menu;
      },
      addSeparator: () => menu,
      addSubMenu: () => menu,
      addToUi: () => undefined,
    };
    context.SpreadsheetApp = { getUi: () => ({ createAddonMenu: () => menu }) };
    call("onInstall", { authMode: "FULL" });
    expect(items.length).toBeGreaterThan(0);
    for (const [caption, fn] of items) {
      expect(caption).toMatch(/\p{L}/u);
      expect(vm.runInContext(`typeof ${fn}`, context)).toBe("function");
    }
  });
});

describe("dist/Help.html and what stays out of the bundle", () => {
  it("documents every custom function with its parameters and example", () => {
    const help = readFileSync(new URL("../../dist/Help.html", import.meta.url), "utf8");
    for (const e of ENTRY_POINTS.filter((x) => x.kind === "custom")) {
      expect(help).toContain(`${e.name}(${e.params.map((p) => p.name).join("; ")})`);
      if (e.example) expect(help).toContain(e.example.replace(/"/gu, "&quot;"));
    }
  });
  it("keeps parameter docs out of the code every custom-function call loads", () => {
    const body = source.slice(0, source.indexOf("\n/**"));
    const docs = ENTRY_POINTS.flatMap((e) => e.params.map((p) => p.doc)).filter(
      (d) => d.length > 40,
    );
    for (const doc of docs) expect(body).not.toContain(doc);
  });
});

describe("dist/Code.js running real jobs on the memory spreadsheet", () => {
  it("creates a commune template, checks it, summarises it and gathers it, all through the wrappers", () => {
    const env = createEnvironment({ latency: "none" });
    const ctx = vm.createContext({});
    installGlobals(ctx, env, { date: vm.runInContext("Date", ctx) as DateConstructor });
    vm.runInContext(source, ctx, { filename: "Code.js" });
    const run = (name: string, ...args: unknown[]) =>
      (ctx[name] as (...a: unknown[]) => unknown)(...args) as Record<string, unknown>;
    const commune = env.createSpreadsheet("Xã qua bản dựng");
    env.setActive(commune);
    run("onOpen", {});
    expect(env.ui.menus[0]?.items.length).toBeGreaterThan(5);
    expect(run("createTemplate", "Xã", "QUOCGIA")).toMatchObject({ ok: true });
    const villages = commune.getSheetByName("Thôn - TDP");
    villages?.getRange(2, 1, 2, 11).setValues([
      [2026, "T01", "Thôn Một", 200, 180, 150, 5, 4, 3, "có", "đạt"],
      [2026, "T02", "Thôn Hai", 100, 90, 50, 4, 3, 2, "có", "chưa đạt"],
    ]);
    commune.getSheetByName("Cấu hình")?.getRange(3, 2).setValue("Xã Bản Dựng");
    expect(run("runCheck")).toMatchObject({ ok: true, message: "Số liệu không có lỗi nào." });
    const summary = run("buildSummary", 2026);
    expect(summary).toMatchObject({ ok: true, sheet: "Tổng hợp xã 2026" });
    const grid = commune.getSheetByName("Tổng hợp xã 2026")?.getDataRange().getValues() ?? [];
    expect(grid.find((r) => String(r[0]).startsWith("GĐHT"))?.slice(1, 5)).toEqual([
      "200 / 300 hộ",
      200,
      300,
      0.666,
    ]);
    expect(run("closeYear", 2026)).toMatchObject({ ok: true });
    const province = env.createSpreadsheet("Tỉnh qua bản dựng");
    env.setActive(province);
    expect(run("createTemplate", "Tỉnh", "")).toMatchObject({ ok: true });
    province
      .getSheetByName("Danh sách địa bàn")
      ?.getRange(2, 1, 1, 3)
      .setValues([["X1", "Xã Bản Dựng", commune.getUrl()]]);
    province.getSheetByName("Cấu hình")?.getRange(3, 2).setValue("Tỉnh Bản Dựng");
    expect(run("gatherYear", 2026)).toMatchObject({ ok: true, message: "Đã thu thập 1/1 nguồn." });
    expect(run("buildSummary", 2026)).toMatchObject({ ok: true, sheet: "Tổng hợp tỉnh 2026" });
    const status = run("getStatus");
    expect(status).toMatchObject({ ready: true, level: "Tỉnh", areaName: "Tỉnh Bản Dựng" });
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
  });
});
