// The jobs end to end, the way officers run them across levels: the same figures give the same
// results whether the workbooks are vi_VN (decimal comma) or en_US, and whichever flavor of the
// add-on (another Apps Script project) reads what the other wrote; and the rules every job follows
// (refusals, the cell limit, runs cut at any call).

import { describe, expect, it, vi } from "vitest";
import { findPreset, type Roadmap } from "../../src/core/model/roadmaps";
import { CELL_LIMIT } from "../../src/core/text";
import { gatherJob } from "../../src/sheets/gather";
import {
  checkJob,
  closeYearJob,
  highlightJob,
  summaryJob,
  templateJob,
} from "../../src/sheets/jobs";
import { withDocumentLock } from "../../src/sheets/run";
import { refillRoadmap, restoreRoadmap } from "../../src/sheets/settings";
import { saveSettings } from "../../src/ui/server";
import { projectEnvironment } from "../fixtures/project";
import { expectEveryCutConverges } from "../fixtures/resume";
import { areaRow, seedCommune, seedProvince, typeConfig, typeRows } from "../fixtures/workbooks";
import { installGlobals } from "../memory";
import { allValues, col, tab, useEnvironment } from "./helpers";

vi.setConfig({ testTimeout: 60_000 });

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Everything an officer would look at after the whole cycle, in one workbook locale. */
function wholeCycle(locale: string) {
  const env = projectEnvironment({ latency: "none" });
  const uninstall = installGlobals(globalThis, env);
  try {
    const sheet = (ss: Spreadsheet, name: string) => ss.getSheetByName(name) as Sheet;
    /** A tab's values and the colour each cell shows (conditional formats applied). */
    const seen = (s: Sheet, rows = s.getLastRow()) => {
      const range = s.getRange(1, 1, rows, s.getLastColumn());
      return { values: range.getValues(), colours: env.effectiveBackgrounds(range) };
    };
    const out: Record<string, unknown> = {};
    env.scriptId = "commune flavor";
    const communes = [1, 2, 3].map((i) =>
      seedCommune(env, `Xã Số ${i}`, {
        villages: 4,
        units: 3,
        years: [2025, 2026],
        seed: 100 + i,
        code: `2000${i}`,
        locale,
      }),
    );
    communes.forEach(({ ss }, i) => {
      env.setActive(ss);
      const check = checkJob(ss);
      out[`check ${i}`] = [check.ok, check.message, check.findings];
      out[`summary ${i}`] = summaryJob(ss, 2026, env.clock.now());
      out[`colours ${i}`] = highlightJob(ss);
      out[`close ${i}`] = closeYearJob(ss, 2026, env.clock.now());
      out[`summary tab ${i}`] = seen(sheet(ss, "Tổng hợp xã 2026"));
      out[`villages ${i}`] = seen(sheet(ss, "Thôn - TDP"), 12); // rates spill to the last row
    });
    // The province runs the gathering flavor: another Apps Script project than the communes'.
    env.scriptId = "gathering flavor";
    const province = env.createSpreadsheet("Tỉnh Mẫu", { activate: true, locale });
    env.setActive(province);
    expect(templateJob(province, "Tỉnh", "QUOCGIA").ok).toBe(true);
    typeConfig(province, { "Tên địa bàn": "Tỉnh Mẫu", "Mã địa bàn": "01", "Năm báo cáo": "2026" });
    typeRows(
      province,
      { name: "Danh sách địa bàn" },
      communes.map((c, i) => areaRow(`2000${i + 1}`, `Xã Số ${i + 1}`, c.ss.getUrl())),
    );
    for (const c of communes) env.setAccess(c.ss, "view");
    out.gather = gatherJob(province, 2026, { now: () => env.clock.now() });
    out.provinceSummary = summaryJob(province, 2026, env.clock.now());
    out.status = seen(sheet(province, "Tình trạng thu thập 2026"));
    out.provinceTab = seen(sheet(province, "Tổng hợp tỉnh 2026"));
    return out;
  } finally {
    uninstall();
  }
}

describe("the whole cycle in another locale", () => {
  it("template → check → summary → colours → close → gather → province summary: en_US gives what vi_VN gives", () => {
    const vi = wholeCycle("vi_VN");
    expect(vi.gather).toMatchObject({ ok: true });
    expect(vi.provinceSummary).toMatchObject({ ok: true, sheet: "Tổng hợp tỉnh 2026" });
    const tab = vi.provinceTab as { values: unknown[][]; colours: string[][] };
    expect(tab.values.some((r) => r[0] === "Toàn tỉnh")).toBe(true);
    expect(tab.values.filter((r) => /^Xã Số \d$/u.test(String(r[0]))).length).toBeGreaterThan(3);
    expect(String(tab.values[2]?.[0])).toContain("✓");
    expect(new Set(tab.colours.flat()).size).toBeGreaterThan(2); // met, near or short, and white
    expect(wholeCycle("en_US")).toEqual(vi);
  });
});

const env = useEnvironment();

const rulesOf = (s: Sheet) => s.getConditionalFormatRules().length;

describe("Tô màu lại follows the rules of every job", () => {
  it("refuses while the data has errors, listing them, and writes no rule", () => {
    const { ss } = seedCommune(env());
    const v = tab(ss, "Thôn - TDP");
    v.getRange(3, col(v, "Tổng số hộ")).setValue("hai trăm");
    const result = highlightJob(ss);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("còn 1 lỗi");
    expect(result.findings).toEqual([expect.objectContaining({ tab: "Thôn - TDP", cell: "D3" })]);
    expect(rulesOf(v)).toBe(0);
  });

  it.each(["abc", "10 5", "-3"])(
    "refuses a margin typed %j, never colouring with 5 instead",
    (typed) => {
      const { ss } = seedCommune(env());
      typeConfig(ss, { "Biên độ cảnh báo (điểm %)": typed });
      const result = highlightJob(ss);
      expect(result.ok).toBe(false);
      expect(result.findings).toEqual([
        expect.objectContaining({ tab: "Cấu hình", cell: "B7", severity: "error" }),
      ]);
      expect(rulesOf(tab(ss, "Thôn - TDP"))).toBe(0);
    },
  );
});

describe("summaries follow the rules of every job", () => {
  it("refuses a year without rows, writing nothing", () => {
    const { ss } = seedCommune(env());
    const before = allValues(ss);
    const result = summaryJob(ss, 2030);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Năm 2030 chưa có dòng nào");
    expect(allValues(ss)).toEqual(before);
  });

  it("a province refuses a year nothing was gathered for, pointing to “Thu thập”", () => {
    const { province } = seedProvince(env(), 1, { villages: 1, units: 1, years: [2026] });
    const result = summaryJob(province, 2026);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("“Thu thập số liệu cấp dưới”");
    expect(province.getSheetByName("Tổng hợp tỉnh 2026")).toBeNull();
  });

  it("refuses while “Năm báo cáo” is there twice, with one finding at the second row", () => {
    const { ss } = seedCommune(env());
    const config = tab(ss, "Cấu hình");
    const row = config.getLastRow() + 1;
    config.getRange(row, 1, 1, 2).setValues([["Năm báo cáo", "2025"]]);
    const result = summaryJob(ss);
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({ tab: "Cấu hình", cell: `A${row}`, severity: "error" }),
    ]);
  });

  it("refuses while a header is there twice, with one finding at the second header cell", () => {
    const { ss } = seedCommune(env());
    const v = tab(ss, "Thôn - TDP");
    const at = v.getLastColumn() + 1;
    v.getRange(1, at).setValue("Tổng số hộ");
    const result = summaryJob(ss, 2026);
    expect(result.findings).toEqual([
      expect.objectContaining({ tab: "Thôn - TDP", cell: v.getRange(1, at).getA1Notation() }),
    ]);
  });
});

describe("text built from long names stays within a cell's 50,000 characters", () => {
  it("a 50,000-character area name and village name give a summary whose every cell fits", () => {
    const { ss } = seedCommune(env());
    const long = "Xã Rất Dài ".repeat(5_000).slice(0, CELL_LIMIT);
    typeConfig(ss, { "Tên địa bàn": long });
    const v = tab(ss, "Thôn - TDP");
    v.getRange(14, col(v, "Tên thôn/TDP")).setValue(long);
    const result = summaryJob(ss, 2026);
    expect(result.ok, result.message).toBe(true);
    const grid = tab(ss, result.sheet as string)
      .getDataRange()
      .getValues();
    for (const row of grid)
      for (const cell of row) expect(String(cell).length).toBeLessThanOrEqual(CELL_LIMIT);
    const title = String(grid[0]?.[0]);
    expect(title).toHaveLength(CELL_LIMIT);
    expect(title.endsWith("…")).toBe(true);
    expect(title.startsWith("TỔNG HỢP MÔ HÌNH HỌC TẬP NĂM 2026 — XÃ RẤT DÀI")).toBe(true);
  });
});

describe("every other writing job cut at any call and run again", () => {
  const NOW = Date.UTC(2026, 11, 5, 2);
  const fresh = () => {
    const e = projectEnvironment({ latency: "none" });
    const undo = installGlobals(globalThis, e);
    const { ss } = seedCommune(e, "Xã Nhỏ", { villages: 3, units: 2, years: [2025, 2026] });
    return { e, ss, undo };
  };
  type Job = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => { ok: boolean; message: string };
  const JOBS: [string, Job][] = [
    ["Tạo bảng tổng hợp", (ss) => summaryJob(ss, 2026, NOW)],
    ["Tô màu lại", (ss) => highlightJob(ss)],
    ["Lưu cài đặt", () => saveSettings({ amberPoints: 7.5, year: 2025, level: "Xã" })],
    // the sheets-level job, at a fixed time: the backup keeps when it was made
    [
      "Điền lại tab Lộ trình",
      (ss) =>
        withDocumentLock(() => ({
          ok: true,
          message: refillRoadmap(ss, findPreset("HAIHAU") as Roadmap, NOW),
        })),
    ],
  ];

  it.each(JOBS)(
    "%s ends exactly as an uncut run",
    (_what, job) => {
      expect(expectEveryCutConverges(fresh, job)).toBeGreaterThan(1);
    },
    240_000,
  );

  it("Khôi phục bảng Lộ trình finishes the same swap: neither table is ever lost", () => {
    const refilled = () => {
      const run = fresh();
      tab(run.ss, "Lộ trình").getRange(2, 2).setValue(0.9); // a target the officer typed
      refillRoadmap(run.ss, findPreset("HAIHAU") as Roadmap, NOW - 60_000);
      return run;
    };
    // the table the officer confirmed, as the sidebar names it
    const keptAt = NOW - 60_000;
    const restore = (ss: Spreadsheet) => withDocumentLock(() => restoreRoadmap(ss, NOW, keptAt));
    expect(expectEveryCutConverges(refilled, restore)).toBeGreaterThan(3);
  }, 240_000);
});
