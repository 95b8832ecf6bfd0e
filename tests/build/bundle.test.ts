// Loads each shipped flavor (dist/xa/Code.js, dist/tonghop/Code.js) into a bare node:vm context, as
// Apps Script's V8 would run it, and runs the real jobs through its top-level wrappers.

import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { FLAVOR_NAMES, FLAVORS } from "../../scripts/flavors";
import { judge } from "../../src/core/report/selfcheck";
import { FLAVOR_ENTRIES } from "../../src/entries";
import type { SelfCheckReport } from "../../src/sheets/selfcheck";
import { builtFile, loadBundle } from "../fixtures/bundle";
import { createEnvironment, type Env, installGlobals, type MenuItemRecord } from "../memory";

describe.each(FLAVOR_NAMES)("dist/%s/Code.js", (flavor) => {
  const { source, context, call } = loadBundle(flavor);
  const entries = FLAVOR_ENTRIES[flavor];

  it(`is under its budget of ${FLAVORS[flavor].budget / 1000} KB`, () => {
    expect(Buffer.byteLength(source)).toBeLessThan(FLAVORS[flavor].budget);
  });

  it(`ships its job code in Jobs.html, under ${FLAVORS[flavor].jobsBudget / 1000} KB`, () => {
    const jobs = builtFile(flavor, "Jobs.html");
    expect(Buffer.byteLength(jobs)).toBeLessThan(FLAVORS[flavor].jobsBudget);
    // one script element, nothing in it that would end it early or that HtmlService treats apart
    const code = jobs.slice(jobs.indexOf("<script>") + 8, jobs.lastIndexOf("</script>"));
    expect(code).not.toMatch(/<\/script|<!--|<\?/iu);
    // the jobs are not in Code.js: the code every custom-function cell loads stays small
    expect(source).not.toContain("Nhật ký chốt số liệu");
    expect(code).toContain("Nhật ký chốt số liệu");
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

  it("declares exactly its entry points at top level", () => {
    const declared = [...source.matchAll(/^function (\w+)\(/gmu)].map((m) => m[1]);
    expect(declared).toEqual(entries.map((e) => e.name));
  });

  for (const entry of entries) {
    it(`declares ${entry.name}(${entry.params.map((p) => p.name).join(", ")}) at top level`, () => {
      const params = entry.params.map((p) => p.name).join(", ");
      const declaration = `function ${entry.name}(${params}) {`;
      expect(source).toContain(declaration);
      expect(vm.runInContext(`typeof ${entry.name}`, context)).toBe("function");
      if (entry.kind !== "custom") return;
      // The JSDoc right above the declaration is what formula help and autocomplete read.
      const before = source.slice(0, source.indexOf(`\n${declaration}`) + 1);
      const doc = before.slice(before.lastIndexOf("/**"));
      expect(doc.trimEnd().endsWith("*/")).toBe(true);
      expect(doc).toContain(entry.summary.slice(0, 30));
      for (const p of entry.params) expect(doc).toContain(`@param {${p.type}} ${p.name} `);
      expect(doc).toContain("@customfunction");
    });
  }

  it("answers every custom function through its top-level wrapper", () => {
    expect(call("TILE_GDHT", [[130], [70]], [[200], [100]])).toBe(0.6666666666666666);
    expect(call("TILE_CONGDONG", [["đạt"], ["chưa đạt"], [""], ["x"]])).toBeCloseTo(2 / 3, 12);
    expect(call("MUCTIEU", "KYNANGSO", 2024, "HAIHAU")).toBe(0.65);
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

  it("keeps parameter docs out of the code every custom-function call loads", () => {
    const body = source.slice(0, source.indexOf("\n/**"));
    const docs = entries.flatMap((e) => e.params.map((p) => p.doc)).filter((d) => d.length > 40);
    for (const doc of docs) expect(body).not.toContain(doc);
  });

  it("ships Help.html documenting every custom function, and the common Sidebar.html", () => {
    const help = builtFile(flavor, "Help.html");
    for (const e of entries.filter((x) => x.kind === "custom")) {
      expect(help).toContain(`${e.name}(${e.params.map((p) => p.name).join("; ")})`);
      if (e.example) expect(help).toContain(e.example.replace(/"/gu, "&quot;"));
    }
    expect(builtFile(flavor, "Sidebar.html")).toBe(builtFile("tonghop", "Sidebar.html"));
  });
});

/** A memory spreadsheet environment with a flavor's shipped HTML files (Jobs.html, Guidance.html). */
function shippedEnvironment(flavor: "xa" | "tonghop"): Env {
  const htmlFiles = {
    Jobs: builtFile(flavor, "Jobs.html"),
    Guidance: builtFile(flavor, "Guidance.html"),
  };
  return createEnvironment({ latency: "none", htmlFiles });
}

/** dist/<flavor>/Code.js run on the memory spreadsheet, its wrappers called like Apps Script. */
function runner(flavor: "xa" | "tonghop", env: Env) {
  const ctx = vm.createContext({});
  installGlobals(ctx, env, { date: vm.runInContext("Date", ctx) as DateConstructor });
  vm.runInContext(builtFile(flavor, "Code.js"), ctx, { filename: `${flavor}/Code.js` });
  const run = (name: string, ...args: unknown[]) =>
    (ctx[name] as (...a: unknown[]) => unknown)(...args) as Record<string, unknown>;
  return Object.assign(run, { has: (name: string) => typeof ctx[name] === "function" });
}

const source = (flavor: "xa" | "tonghop") => builtFile(flavor, "Code.js");

const captions = (items: readonly MenuItemRecord[] = []) =>
  items.map((i) => ("caption" in i ? i.caption : "—"));

/** A commune with a template, two villages and a name, through the flavor's own wrappers. */
function commune(env: Env, run: ReturnType<typeof runner>) {
  const ss = env.createSpreadsheet("Xã qua bản dựng");
  env.setActive(ss);
  expect(run("createTemplate", "Xã", "QUOCGIA")).toMatchObject({ ok: true });
  ss.getSheetByName("Thôn - TDP")
    ?.getRange(2, 1, 2, 11)
    .setValues([
      [2026, "T01", "Thôn Một", 200, 180, 150, 5, 4, 3, "có", "đạt"],
      [2026, "T02", "Thôn Hai", 100, 90, 50, 4, 3, 2, "có", "chưa đạt"],
    ]);
  ss.getSheetByName("Cấu hình")?.getRange(3, 2).setValue("Xã Bản Dựng");
  return ss;
}

describe.each(FLAVOR_NAMES)("dist/%s/Jobs.html", (flavor) => {
  it("is read only when a job runs, once per execution; custom functions never read it", () => {
    const env = shippedEnvironment(flavor);
    env.setActive(env.createSpreadsheet("Bảng tính trống"));
    const ctx = vm.createContext({});
    installGlobals(ctx, env, { date: vm.runInContext("Date", ctx) as DateConstructor });
    const reads: string[] = [];
    const html = ctx.HtmlService as GoogleAppsScript.HTML.HtmlService;
    ctx.HtmlService = {
      createHtmlOutputFromFile: (file: string) => {
        reads.push(file);
        return html.createHtmlOutputFromFile(file);
      },
    };
    vm.runInContext(builtFile(flavor, "Code.js"), ctx, { filename: `${flavor}/Code.js` });
    const call = (name: string, ...args: unknown[]) =>
      (ctx[name] as (...a: unknown[]) => unknown)(...args);
    expect(call("TILE_GDHT", 130, 200)).toBe(0.65);
    expect(reads).toEqual([]);
    expect(call("getStatus")).toMatchObject({ ready: false });
    expect(call("getStatus")).toMatchObject({ ready: false });
    expect(reads).toEqual(["Jobs"]);
  });
});

describe("dist/xa/Code.js running the commune's jobs on the memory spreadsheet", () => {
  it("offers the commune's menu, then templates, checks, summarises and closes", () => {
    const env = shippedEnvironment("xa");
    const run = runner("xa", env);
    const ss = commune(env, run);
    run("onOpen", {});
    expect(captions(env.ui.menus[0]?.items)).toEqual([
      "Mở bảng điều khiển",
      "Kiểm tra dữ liệu",
      "Tạo hoặc bổ sung mẫu cho xã",
      "Tạo bảng tổng hợp năm báo cáo",
      "Tạo biểu báo cáo năm báo cáo",
      "Tô màu lại theo mục tiêu",
      "Chốt số liệu năm báo cáo",
      "Mở lại số liệu năm báo cáo",
      "Hướng dẫn các hàm",
      "Tự kiểm tra tiện ích",
    ]);
    expect(run("getStatus")).toMatchObject({ level: "Xã", levels: ["Xã"] });
    // the template's help came from the shipped Guidance.html, not from Code.js
    const villages = ss.getSheetByName("Thôn - TDP");
    expect(villages?.getRange("B1").getNote()).toBe(
      "Mã riêng của thôn, tổ dân phố (ví dụ T01); giữ nguyên qua các năm.",
    );
    const count = villages?.getRange("D2").getDataValidation()?.getHelpText();
    expect(count).toBe("Số nguyên từ 0 trở lên.");
    expect(source("xa")).not.toContain("giữ nguyên qua các năm");
    expect(run("runCheck")).toMatchObject({ ok: true, message: "Số liệu không có lỗi nào." });
    expect(run("buildSummary", 2026)).toMatchObject({ ok: true, sheet: "Tổng hợp xã 2026" });
    const grid = ss.getSheetByName("Tổng hợp xã 2026")?.getDataRange().getValues() ?? [];
    expect(grid.find((r) => String(r[0]).startsWith("GĐHT"))?.slice(1, 5)).toEqual([
      "200 / 300 hộ",
      200,
      300,
      0.666,
    ]);
    expect(run("buildReport", 2026)).toMatchObject({ ok: true, sheet: "Biểu báo cáo năm 2026" });
    const printed = ss.getSheetByName("Biểu báo cáo năm 2026")?.getDataRange().getValues();
    expect(printed?.find((r) => r[1] === "Gia đình học tập (hộ)")?.slice(2, 6)).toEqual([
      300, 270, 200, 0.666,
    ]);
    expect(run("closeYear", 2026)).toMatchObject({ ok: true });
    expect(env.triggers).toEqual([]);
    // the self-check of the shipped code passes every line on the stand-in and leaves no tab
    const tabs = ss.getSheets().map((s) => s.getName());
    const report = run("runSelfCheck") as unknown as SelfCheckReport;
    expect(report.readings && judge(report.readings).filter((l) => !l.ok)).toEqual([]);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(tabs);
  });

  it("tells a province officer which flavor summarises and gathers, and writes nothing", () => {
    const env = shippedEnvironment("xa");
    const run = runner("xa", env);
    const province = env.createSpreadsheet("Tỉnh mở bằng bản xã");
    env.setActive(province);
    expect(run("createTemplate", "Tỉnh", "")).toMatchObject({ ok: true });
    const tabs = province.getSheets().map((s) => s.getName());
    for (const job of ["buildSummary", "buildReport"]) {
      const result = run(job, 2026);
      expect(result.ok).toBe(false);
      expect(result.message).toContain("“Mô hình học tập – Tổng hợp”");
    }
    expect(province.getSheets().map((s) => s.getName())).toEqual(tabs);
    expect(run.has("gatherYear")).toBe(false);
    expect(run.has("runCheck")).toBe(true);
  });
});

describe("dist/tonghop/Code.js running every level's jobs on the memory spreadsheet", () => {
  it("does the commune's jobs, then gathers the commune and summarises the province", () => {
    const env = shippedEnvironment("tonghop");
    const run = runner("tonghop", env);
    const ss = commune(env, run);
    expect(run("buildSummary", 2026)).toMatchObject({ ok: true, sheet: "Tổng hợp xã 2026" });
    expect(run("closeYear", 2026)).toMatchObject({ ok: true });
    const province = env.createSpreadsheet("Tỉnh qua bản dựng");
    env.setActive(province);
    run("onOpen", {});
    expect(captions(env.ui.menus.at(-1)?.items).slice(-4)).toEqual([
      "—",
      "Tạo hoặc bổ sung mẫu cho huyện",
      "Tạo hoặc bổ sung mẫu cho tỉnh",
      "Thu thập số liệu cấp dưới (năm báo cáo)",
    ]);
    expect(run("createTemplate", "Tỉnh", "")).toMatchObject({ ok: true });
    province
      .getSheetByName("Danh sách địa bàn")
      ?.getRange(2, 1, 1, 3)
      .setValues([["X1", "Xã Bản Dựng", ss.getUrl()]]);
    province.getSheetByName("Cấu hình")?.getRange(3, 2).setValue("Tỉnh Bản Dựng");
    expect(run("gatherYear", 2026)).toMatchObject({ ok: true, message: "Đã thu thập 1/1 nguồn." });
    expect(run("buildSummary", 2026)).toMatchObject({ ok: true, sheet: "Tổng hợp tỉnh 2026" });
    expect(run("buildReport", 2026)).toMatchObject({ ok: true, sheet: "Biểu báo cáo năm 2026" });
    const report = province.getSheetByName("Biểu báo cáo năm 2026")?.getDataRange().getValues();
    expect(report?.find((r) => r[1] === "Gia đình học tập (hộ)")?.slice(2, 5)).toEqual([
      300, 270, 200,
    ]);
    const status = run("getStatus");
    expect(status).toMatchObject({ ready: true, level: "Tỉnh", areaName: "Tỉnh Bản Dựng" });
    expect(status.levels).toEqual(["Xã", "Huyện", "Tỉnh"]);
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
  });
});
