import { describe, expect, it } from "vitest";
import { VILLAGES } from "../../src/core/model/schema";
import { COLOURS } from "../../src/core/report/render";
import { checkJob, highlightJob, summaryJob } from "../../src/sheets/jobs";
import { seedCommune } from "../fixtures/workbooks";
import { readsAlikeEverywhere } from "../memory";
import { allValues, col, tab, useEnvironment } from "./helpers";

const env = useEnvironment();

/** The row of a summary whose first cell starts with `label`, with its values. */
function rowOf(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  label: string,
): { row: number; values: unknown[] } {
  const grid = sheet.getDataRange().getValues();
  const i = grid.findIndex((r) => String(r[0]).startsWith(label));
  if (i < 0) throw new Error(`no row ${label}`);
  return { row: i + 1, values: grid[i] as unknown[] };
}

/** Sets one village's households and recognised households (2026 rows start at row 14). */
function setVillage(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  index: number,
  recognized: number,
  total: number,
) {
  const v = tab(ss, VILLAGES.name);
  const row = 14 + index;
  v.getRange(row, col(v, "Tổng số hộ")).setValue(total);
  v.getRange(row, col(v, "Số hộ đăng ký GĐHT")).setValue(total);
  v.getRange(row, col(v, "Số hộ đạt GĐHT")).setValue(recognized);
}

describe("the commune summary tab", () => {
  it("has one row per village and unit group, then the commune total, for every indicator", () => {
    const { ss, sample } = seedCommune(env());
    const result = summaryJob(ss, 2026, env().clock.now());
    expect(result).toMatchObject({ ok: true, sheet: "Tổng hợp xã 2026" });
    const sheet = tab(ss, "Tổng hợp xã 2026");
    const rows2026 = sample.villages.slice(1).filter((r) => r[0] === 2026);
    const recognized = rows2026.reduce((s, r) => s + Number(r[5]), 0);
    const total = rows2026.reduce((s, r) => s + Number(r[3]), 0);
    const overview = rowOf(sheet, "GĐHT — Gia đình học tập").values;
    expect(overview.slice(1, 6)).toEqual([
      `${recognized.toLocaleString("de-DE")} / ${total.toLocaleString("de-DE")} hộ`,
      recognized,
      total,
      Math.floor((recognized * 1000) / total) / 1000,
      0.72,
    ]);
    const grid = sheet.getDataRange().getValues();
    for (const name of [
      "Thôn Đông",
      "Tổ dân phố 2",
      "Trường học (3 đơn vị)",
      "Hội Khuyến học xã",
      "Toàn xã",
    ])
      expect(grid.some((r) => r[0] === name)).toBe(true);
    expect(String(grid[1]?.[0])).toMatch(
      /^Tạo lúc 05\/12\/2026 09:00 từ tab Thôn - TDP \(24 dòng\)/u,
    );
  });

  it("is marked as the add-on's, protected with a warning, with a chart of rate against target", () => {
    const { ss } = seedCommune(env());
    summaryJob(ss, 2026);
    const sheet = tab(ss, "Tổng hợp xã 2026");
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toContain("mhht.summary");
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]?.isWarningOnly()).toBe(
      true,
    );
    const charts = env().chartRecords(sheet);
    expect(charts).toHaveLength(1);
    expect(charts[0]?.ranges.length).toBe(2);
  });

  it("says plainly when the data changed after it was made, with a native formula", () => {
    const { ss } = seedCommune(env());
    summaryJob(ss, 2026);
    const sheet = tab(ss, "Tổng hợp xã 2026");
    expect(sheet.getRange(3, 1).getFormula()).toMatch(/^=IFERROR\(IF\(AND\(ARRAYFORMULA\(SUM\(/u);
    expect(readsAlikeEverywhere(sheet.getRange(3, 1).getFormula())).toBe(true);
    expect(sheet.getRange(3, 1).getValue()).toContain("✓");
    setVillage(ss, 0, 100, 300);
    expect(sheet.getRange(3, 1).getValue()).toContain("⚠");
    summaryJob(ss, 2026);
    expect(sheet.getRange(3, 1).getValue()).toContain("✓");
    const v = tab(ss, VILLAGES.name);
    const mark = v.getRange(14, col(v, "Thôn đạt CĐHT"));
    mark.setValue(mark.getValue() === "đạt" ? "chưa đạt" : "đạt"); // a village recognised or not
    expect(sheet.getRange(3, 1).getValue()).toContain("⚠");
  });

  it("watches only its own year's rows and targets (issue 11)", () => {
    const { ss } = seedCommune(env());
    for (const y of [2025, 2026]) expect(summaryJob(ss, y).ok).toBe(true);
    const stale = (y: number) => tab(ss, `Tổng hợp xã ${y}`).getRange(3, 1).getValue();
    expect([stale(2025), stale(2026)].join()).not.toContain("⚠");
    setVillage(ss, 0, 100, 300); // a 2026 row
    expect(stale(2025)).toContain("✓");
    expect(stale(2026)).toContain("⚠");
    summaryJob(ss, 2026);
    const roadmap = tab(ss, "Lộ trình");
    const row =
      roadmap
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 2025) + 1;
    roadmap.getRange(row, 2).setValue(0.5); // a 2025 target
    expect(stale(2025)).toContain("⚠");
    expect(stale(2026)).toContain("✓");
  });

  it("calls no custom function per cell (it holds values and one native staleness formula)", () => {
    const { ss } = seedCommune(env());
    summaryJob(ss, 2026);
    const formulas = tab(ss, "Tổng hợp xã 2026")
      .getDataRange()
      .getFormulas()
      .flat()
      .filter(Boolean);
    expect(formulas).toHaveLength(1);
    expect(formulas[0]).not.toMatch(/TILE|MUCTIEU|CANTHEM|DANHGIA/u);
  });

  it("is rebuilt whole on each run, in the same tab", () => {
    const { ss } = seedCommune(env());
    summaryJob(ss, 2026);
    const first = tab(ss, "Tổng hợp xã 2026").getSheetId();
    setVillage(ss, 0, 150, 200);
    summaryJob(ss, 2026);
    expect(ss.getSheets().filter((s) => s.getName().startsWith("Tổng hợp xã 2026"))).toHaveLength(
      1,
    );
    const sheet = tab(ss, "Tổng hợp xã 2026");
    expect(sheet.getSheetId()).toBe(first);
    expect(rowOf(sheet, "Thôn Đông").values[1]).toBe("150 / 200 hộ");
    expect(sheet.getConditionalFormatRules()).toHaveLength(3);
    expect(env().chartRecords(sheet)).toHaveLength(1);
  });

  it("never writes over an officer's tab of the same name", () => {
    const { ss } = seedCommune(env());
    const own = ss.insertSheet("Tổng hợp xã 2026");
    own.getRange(1, 1).setValue("Bảng của tôi");
    const result = summaryJob(ss, 2026);
    expect(result.sheet).toBe("Tổng hợp xã 2026 (2)");
    expect(result.message).toContain("được giữ nguyên");
    expect(own.getDataRange().getValues()).toEqual([["Bảng của tôi"]]);
    expect(summaryJob(ss, 2026).sheet).toBe("Tổng hợp xã 2026 (2)");
  });

  it("writes nothing when the year's data has errors, and returns the findings", () => {
    const { ss } = seedCommune(env());
    const v = tab(ss, VILLAGES.name);
    v.getRange(14, col(v, "Tổng số hộ")).setValue("hai trăm");
    const before = allValues(ss);
    const result = summaryJob(ss, 2026);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Không có gì được ghi");
    expect(result.findings?.[0]).toMatchObject({
      tab: "Thôn - TDP",
      cell: "D14",
      severity: "error",
    });
    expect(allValues(ss)).toEqual(before);
  });

  it("writes text copied from a sheet as text: =, +, - and @ never become formulas", () => {
    const { ss } = seedCommune(env());
    const v = tab(ss, VILLAGES.name);
    const names = [
      '=IMPORTXML("http://x","//a")',
      "+84 Thôn",
      "-Thôn",
      "@Thôn",
      "<img src=x onerror=alert(1)>",
    ];
    names.forEach((n, i) => {
      v.getRange(14 + i, col(v, "Tên thôn/TDP")).setValue(n); // the column is plain text
    });
    expect(v.getRange(14, col(v, "Tên thôn/TDP")).getValue()).toBe(names[0]);
    expect(summaryJob(ss, 2026).ok).toBe(true);
    const sheet = tab(ss, "Tổng hợp xã 2026");
    for (const n of names) {
      const { row } = rowOf(sheet, n);
      expect(sheet.getRange(row, 1).getValue()).toBe(n);
      expect(sheet.getRange(row, 1).getFormula()).toBe("");
    }
  });

  it("tells the officer when someone else is running a job, and writes nothing", () => {
    const { ss } = seedCommune(env());
    env().holdLock("document", { spreadsheet: ss });
    const before = allValues(ss);
    const result = summaryJob(ss, 2026);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining("Một người khác đang chạy"),
    });
    expect(allValues(ss)).toEqual(before);
  });
});

describe("shortfall colours follow the value as shown", () => {
  it("red below target beyond the margin, amber within it, green when met — 64,9% is short of 65%", () => {
    const { ss } = seedCommune(env());
    const roadmap = tab(ss, "Lộ trình");
    const grid = roadmap.getDataRange().getValues();
    roadmap.getRange(grid.findIndex((r) => r[0] === 2026) + 1, 2).setValue(0.65);
    setVillage(ss, 0, 1299, 2000); // 64,95% → shown 64,9%: short by 0,1 point, amber
    setVillage(ss, 1, 1300, 2000); // 65,0%: met, green
    setVillage(ss, 2, 1000, 2000); // 50,0%: red
    expect(summaryJob(ss, 2026).ok).toBe(true);
    const sheet = tab(ss, "Tổng hợp xã 2026");
    const rate = (name: string) => sheet.getRange(rowOf(sheet, name).row, 5);
    expect(rate("Thôn Đông").getDisplayValue()).toBe("64,9%");
    expect(env().cellStyle(rate("Thôn Đông")).background).toBe(COLOURS.near.background);
    expect(rate("Thôn Tây").getDisplayValue()).toBe("65,0%");
    expect(env().cellStyle(rate("Thôn Tây")).background).toBe(COLOURS.met.background);
    expect(env().cellStyle(rate("Thôn Nam")).background).toBe(COLOURS.short.background);
    expect(rowOf(sheet, "Thôn Đông").values.slice(5, 9)).toEqual([0.65, 0.1, 1, "Chưa đạt"]);
  });

  it("colours the data tabs' rate columns by the target of each row's year, keeping an officer's own rules", () => {
    const { ss } = seedCommune(env());
    const v = tab(ss, VILLAGES.name);
    const own = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo("x")
      .setBackground("#123456")
      .setRanges([v.getRange("C2:C5")])
      .build();
    v.setConditionalFormatRules([own]);
    setVillage(ss, 0, 100, 200); // 50% against 72% (2026): red
    setVillage(ss, 1, 190, 200); // 95%: green
    expect(highlightJob(ss).ok).toBe(true);
    const rate = col(v, "Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)");
    expect(env().cellStyle(v.getRange(14, rate)).background).toBe(COLOURS.short.background);
    expect(env().cellStyle(v.getRange(15, rate)).background).toBe(COLOURS.met.background);
    const rules = v.getConditionalFormatRules();
    expect(rules[0]?.getBooleanCondition()?.getBackground()).toBe("#123456");
    highlightJob(ss);
    expect(v.getConditionalFormatRules()).toHaveLength(rules.length);
  });

  it("uses the margin set in the configuration", () => {
    const { ss } = seedCommune(env());
    setVillage(ss, 0, 1380, 2000); // 69,0% against 72%: 3 points short
    summaryJob(ss, 2026);
    const sheet = tab(ss, "Tổng hợp xã 2026");
    const cell = sheet.getRange(rowOf(sheet, "Thôn Đông").row, 5);
    expect(env().cellStyle(cell).background).toBe(COLOURS.near.background);
    const config = tab(ss, "Cấu hình");
    const row =
      config
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === "Biên độ cảnh báo (điểm %)") + 1;
    config.getRange(row, 2).setValue("2");
    highlightJob(ss);
    expect(env().cellStyle(cell).background).toBe(COLOURS.short.background);
  });
});

describe("entry checks on the sheet", () => {
  it("report each bad cell with its tab and A1 address", () => {
    const { ss } = seedCommune(env());
    const v = tab(ss, VILLAGES.name);
    v.getRange(5, col(v, "Số hộ đạt GĐHT")).setValue(-3);
    v.getRange(6, col(v, "Mã thôn/TDP")).setValue("T01");
    const result = checkJob(ss);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Tìm thấy 3 lỗi/u);
    expect(result.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          tab: "Thôn - TDP",
          cell: "F5",
          severity: "error",
          message: expect.stringContaining("là số âm"),
        }),
        expect.objectContaining({
          tab: "Thôn - TDP",
          cell: "B6",
          severity: "error",
          message: expect.stringContaining("“T01” đã có ở dòng 2"),
        }),
        // T05 disappeared, so the unit placed in it now names an unknown village
        expect.objectContaining({
          tab: "Đơn vị",
          cell: "E6",
          severity: "error",
          message: expect.stringContaining("“T05” không có"),
        }),
      ]),
    );
  });
});
