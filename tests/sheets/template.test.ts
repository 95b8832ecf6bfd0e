import { describe, expect, it } from "vitest";
import {
  COMMUNE_TABS,
  CONFIG_TAB,
  ROADMAP_TAB,
  TEMPLATE_VERSION,
  UNITS,
  VILLAGES,
} from "../../src/core/model/schema";
import { templateJob } from "../../src/sheets/jobs";
import { createTemplate } from "../../src/ui/server";
import { typeRows } from "../fixtures/workbooks";
import { readsAlikeEverywhere } from "../memory";
import { allValues, col, tab, useEnvironment } from "./helpers";

const env = useEnvironment();

describe("template for a commune", () => {
  it("creates every tab a commune needs in an empty spreadsheet", () => {
    const ss = env().createSpreadsheet("Xã mới");
    const result = templateJob(ss, "Xã", "HAIHAU");
    expect(result.ok).toBe(true);
    expect(result.message).toContain("Đã tạo tab");
    const names = ss.getSheets().map((s) => s.getName());
    for (const name of [CONFIG_TAB, ROADMAP_TAB, ...COMMUNE_TABS.map((t) => t.name)])
      expect(names).toContain(name);
  });

  it("freezes and protects headers (warning only), validates and formats columns", () => {
    const ss = env().createSpreadsheet("Xã mới");
    templateJob(ss, "Xã");
    const villages = tab(ss, VILLAGES.name);
    expect(villages.getFrozenRows()).toBe(1);
    const header = villages
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .find((p) => p.getRange().getRow() === 1);
    expect(header?.isWarningOnly()).toBe(true);
    const households = col(villages, "Tổng số hộ");
    const rule = villages.getRange(2, households).getDataValidation();
    expect(String(rule?.getCriteriaType())).toBe("CUSTOM_FORMULA");
    expect(String(rule?.getCriteriaValues()[0])).toContain("INT(");
    expect(villages.getRange(2, households).getNumberFormat()).toBe("#,##0");
    const mark = villages.getRange(2, col(villages, "Thôn đạt CĐHT")).getDataValidation();
    expect(mark?.getCriteriaValues()[0]).toEqual(["đạt", "chưa đạt"]);
    const year = villages.getRange(2, 1).getDataValidation();
    expect(year?.getCriteriaValues()).toEqual([2000, 2100]);
    const units = tab(ss, UNITS.name);
    expect(
      units.getRange(2, col(units, "Loại đơn vị")).getDataValidation()?.getCriteriaValues()[0],
    ).toContain("Trường học");
  });

  it("keeps codes as typed (00123) and fills the per-row rate columns", () => {
    const ss = env().createSpreadsheet("Xã mới");
    templateJob(ss, "Xã");
    const villages = tab(ss, VILLAGES.name);
    typeRows(
      ss,
      VILLAGES,
      [[2026, "00123", "Thôn Một", 200, 180, 130, "", "", "", "có", "đạt"]].map((r) => [
        ...r,
        ...Array(17 - r.length).fill(""),
      ]),
    );
    expect(villages.getRange(2, 2).getValue()).toBe("00123");
    const rate = col(villages, "Tỷ lệ GDHT");
    expect(villages.getRange(2, rate).getValue()).toBe(0.65);
    expect(villages.getRange(2, rate).getDisplayValue()).toBe("65,0%");
    expect(villages.getRange(3, rate).getValue()).toBe("");
  });

  it("writes formulas that read alike in every locale and work in vi_VN, de_DE and en_US", () => {
    for (const locale of ["vi_VN", "de_DE", "en_US"]) {
      const ss = env().createSpreadsheet("Xã mới", { locale });
      templateJob(ss, "Xã");
      const formulas: string[] = [];
      for (const sheet of ss.getSheets()) {
        const range = sheet.getRange(1, 1, 2, sheet.getMaxColumns());
        formulas.push(...range.getFormulas().flat().filter(Boolean));
        for (const rule of range.getDataValidations().flat())
          if (String(rule?.getCriteriaType()) === "CUSTOM_FORMULA")
            formulas.push(String(rule?.getCriteriaValues()[0]));
      }
      expect(formulas.length).toBeGreaterThan(8);
      // en_US shows formulas back with ","; a decimal-comma locale keeps an unparsable one as typed.
      if (locale !== "en_US")
        for (const f of formulas)
          expect([locale, f, readsAlikeEverywhere(f)]).toEqual([locale, f, true]);
      const villages = tab(ss, VILLAGES.name);
      villages.getRange(2, 1, 1, 6).setValues([[2026, "T01", "Thôn Một", 200, 180, 131]]);
      expect(villages.getRange(2, col(villages, "Tỷ lệ GDHT")).getValue()).toBe(0.655);
      expect(env().isValid(villages.getRange(2, 4), 2.5)).toBe(false);
      expect(env().isValid(villages.getRange(2, 4), 3)).toBe(true);
    }
  });

  it("pre-fills the roadmap from the chosen preset and records its source", () => {
    const ss = env().createSpreadsheet("Xã mới");
    templateJob(ss, "Xã", "QUOCGIA");
    const roadmap = tab(ss, ROADMAP_TAB);
    const grid = roadmap.getDataRange().getValues();
    expect(grid[0]?.slice(0, 3)).toEqual(["Năm", "GDHT", "DHHT"]);
    const row2026 = grid.find((r) => r[0] === 2026);
    expect(row2026?.[1]).toBe(0.72);
    expect(String(row2026?.[row2026.length - 1])).toContain("nội suy tuyến tính");
    expect(roadmap.getRange(1, 1).getNote()).toContain("QĐ 387");
    expect(roadmap.getRange(2, 2).getNumberFormat()).toBe("0.0%");
  });

  it("running again adds nothing and changes nothing an officer typed", () => {
    const ss = env().createSpreadsheet("Xã mới");
    templateJob(ss, "Xã");
    tab(ss, CONFIG_TAB).getRange(3, 2).setValue("Xã Của Tôi");
    typeRows(ss, VILLAGES, [
      [2026, "T01", "Thôn Một", 200, 180, 130, 10, 8, 5, "có", "đạt", 100, 40, 120, 50, 30, 20],
    ]);
    tab(ss, ROADMAP_TAB).getRange(2, 2).setValue(0.9);
    const before = allValues(ss);
    const again = templateJob(ss, "Xã");
    expect(again.message).toBe("Mẫu đã đầy đủ, không cần thêm gì.");
    expect(allValues(ss)).toEqual(before);
  });

  it("completes a partly filled spreadsheet: missing columns appended, typed data kept", () => {
    const ss = env().createSpreadsheet("Xã cũ");
    const own = ss.insertSheet(VILLAGES.name);
    own.getRange(1, 1, 3, 4).setValues([
      ["Năm", "Mã thôn/TDP", "Tên thôn/TDP", "Tổng số hộ"],
      [2025, "T01", "Thôn Một", 210],
      [2025, "T02", "Thôn Hai", 190],
    ]);
    const result = templateJob(ss, "Xã");
    expect(result.message).toContain("Đã bổ sung: tab Thôn - TDP: Số hộ đăng ký GĐHT");
    const grid = own.getDataRange().getValues();
    expect(grid[1]?.slice(0, 4)).toEqual([2025, "T01", "Thôn Một", 210]);
    expect(grid[0]).toContain("Số hộ đạt GĐHT");
    expect(grid[0]).toContain("Tỷ lệ GDHT");
    expect(ss.getSheetByName("Đơn vị")).not.toBeNull();
  });

  it("keeps an officer's configuration and adds only missing rows", () => {
    const ss = env().createSpreadsheet("Xã cũ");
    const config = ss.insertSheet(CONFIG_TAB);
    config.getRange(1, 1, 3, 2).setValues([
      ["Mục", "Giá trị"],
      ["Cấp", "Xã"],
      ["Tên địa bàn", "Xã Đã Có"],
    ]);
    templateJob(ss, "Xã");
    const grid = config.getDataRange().getValues();
    expect(grid[2]?.slice(0, 2)).toEqual(["Tên địa bàn", "Xã Đã Có"]);
    expect(grid.map((r) => r[0])).toContain("Hạn nộp báo cáo (ngày/tháng)");
    expect(grid.filter((r) => r[0] === "Tên địa bàn").length).toBe(1);
  });
});

describe("the template's marks", () => {
  it("are visible to every script of the document, and say the template's current version", () => {
    const ss = env().createSpreadsheet("Xã cũ");
    // a copy made from an older template, marked by its own script only
    ss.addDeveloperMetadata(
      "mhht.template",
      "0",
      SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
    );
    templateJob(ss, "Xã");
    const marks = [ss, ...ss.getSheets()].flatMap((t) => t.getDeveloperMetadata());
    expect(marks.length).toBeGreaterThan(5);
    for (const md of marks) expect(String(md.getVisibility())).toBe("DOCUMENT");
    const version = ss.getDeveloperMetadata().filter((md) => md.getKey() === "mhht.template");
    expect(version.map((md) => md.getValue())).toEqual([String(TEMPLATE_VERSION)]);
  });
});

describe("template for a district or province", () => {
  it("creates configuration, roadmap and the list of lower-level areas", () => {
    const ss = env().createSpreadsheet("Tỉnh");
    templateJob(ss, "Tỉnh", "BACGIANG");
    const names = ss.getSheets().map((s) => s.getName());
    expect(names).toEqual(expect.arrayContaining([CONFIG_TAB, ROADMAP_TAB, "Danh sách địa bàn"]));
    expect(names).not.toContain(VILLAGES.name);
    expect(tab(ss, CONFIG_TAB).getRange(2, 2).getValue()).toBe("Tỉnh");
    const areas = tab(ss, "Danh sách địa bàn");
    expect(areas.getRange(2, 1).getNumberFormat()).toBe("@");
  });

  it("refuses to switch a workbook's level from the sidebar without changing the setting", () => {
    const ss = env().createSpreadsheet("Xã");
    env().setActive(ss);
    templateJob(ss, "Xã");
    const result = createTemplate("Tỉnh", "QUOCGIA");
    expect(result.ok).toBe(false);
    expect(result.message).toContain('đang đặt cấp "Xã"');
  });
});
