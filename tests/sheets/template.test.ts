import { describe, expect, it } from "vitest";
import { JOB } from "../../src/core/messages";
import { GUIDANCE } from "../../src/core/model/guidance";
import { INDICATOR_IDS } from "../../src/core/model/indicators";
import { PRESET_NAMES } from "../../src/core/model/roadmaps";
import {
  COMMUNE_TABS,
  CONFIG_TAB,
  ROADMAP_TAB,
  TEMPLATE_VERSION,
  UNITS,
  VILLAGES,
} from "../../src/core/model/schema";
import { COLOURS } from "../../src/core/report/render";
import { CUSTOM_FUNCTIONS } from "../../src/functions/custom";
import { highlightJob, templateJob } from "../../src/sheets/jobs";
import { writeConfig } from "../../src/sheets/settings";
import { readWorkbook } from "../../src/sheets/workbook";
import { createTemplate } from "../../src/ui/server";
import { projectEnvironment } from "../fixtures/project";
import { expectEveryCutConverges } from "../fixtures/resume";
import { seedCommune, typeRows } from "../fixtures/workbooks";
import { installGlobals, readsAlikeEverywhere } from "../memory";
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
    const rate = col(villages, "Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)");
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
      expect(
        villages.getRange(2, col(villages, "Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)")).getValue(),
      ).toBe(0.655);
      expect(env().isValid(villages.getRange(2, 4), 2.5)).toBe(false);
      expect(env().isValid(villages.getRange(2, 4), 3)).toBe(true);
    }
  });

  it("pre-fills the roadmap from the chosen preset and records its source", () => {
    const ss = env().createSpreadsheet("Xã mới");
    templateJob(ss, "Xã", "QUOCGIA");
    const roadmap = tab(ss, ROADMAP_TAB);
    const grid = roadmap.getDataRange().getValues();
    expect(grid[0]?.slice(0, 6)).toEqual([
      "Năm",
      "GĐHT",
      "DHHT",
      "CĐHT",
      "ĐVHT",
      "CDHT (người lao động)",
    ]);
    const row2026 = grid.find((r) => r[0] === 2026);
    expect(row2026?.[1]).toBe(0.72);
    expect(String(row2026?.[row2026.length - 1])).toBe(
      "nội suy tuyến tính giữa năm 2025 và năm 2030",
    );
    expect(roadmap.getRange(1, 1).getNote()).toMatch(
      /^Điền từ lộ trình Quốc gia \(QĐ 387 và QĐ 677\): QĐ 387/u,
    );
    expect(roadmap.getRange(1, 2).getNote()).toBe("Gia đình học tập");
    // the header is what MUCTIEU reads: short forms work as well as the codes did
    expect(CUSTOM_FUNCTIONS.MUCTIEU("CONGDAN_LD", 2026, grid)).toBe(
      grid.find((r) => r[0] === 2026)?.[5],
    );
    expect(CUSTOM_FUNCTIONS.MUCTIEU("CĐHT", 2026, grid)).toBe(0.67);
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
    expect(grid[0]).toContain("Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)");
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

describe("tabs a cut run left empty", () => {
  it("an empty Lộ trình tab is filled, not taken as done, so the checks find their targets", () => {
    const ss = env().createSpreadsheet("Xã mới");
    ss.insertSheet(ROADMAP_TAB);
    templateJob(ss, "Xã", "QUOCGIA");
    const roadmap = tab(ss, ROADMAP_TAB).getDataRange().getValues();
    expect(roadmap[0]?.slice(0, 2)).toEqual(["Năm", "GĐHT"]);
    expect(roadmap.length).toBeGreaterThan(2);
  });

  it("an empty data tab gets its header from column A, never shifted one column", () => {
    const ss = env().createSpreadsheet("Xã mới");
    ss.insertSheet(VILLAGES.name);
    templateJob(ss, "Xã");
    const header = tab(ss, VILLAGES.name).getRange(1, 1, 1, 3).getValues()[0];
    expect(header).toEqual(["Năm", "Mã thôn/TDP", "Tên thôn/TDP"]);
    const headerLocks = tab(ss, VILLAGES.name)
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .filter((p) => p.getRange().getA1Notation().startsWith("A1:"));
    expect(headerLocks).toHaveLength(1);
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
    expect(result.message).toContain("đang đặt cấp “Xã”");
  });
});

describe("what officers read in the template", () => {
  it("names each rate column's denominator, and explains colours and cut rates beside them", () => {
    const ss = env().createSpreadsheet("Xã mới");
    templateJob(ss, "Xã");
    const villages = tab(ss, VILLAGES.name);
    const header = villages.getRange(1, 1, 1, villages.getLastColumn()).getValues()[0] ?? [];
    const rates = header.filter((h) => String(h).startsWith("Tỷ lệ "));
    expect(rates).toEqual([
      "Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)",
      "Tỷ lệ số dòng họ đạt DHHT (trên tổng số dòng họ)",
      "Tỷ lệ người lao động đạt CDHT (trên người lao động trong GĐHT, DHHT, CĐHT)",
      "Tỷ lệ người lớn đạt CDHT (trên người lớn trong GĐHT, DHHT, CĐHT)",
    ]);
    const legend = col(villages, GUIDANCE.legend.met);
    expect(header.slice(legend - 1)).toEqual([
      GUIDANCE.legend.met,
      GUIDANCE.legend.near,
      GUIDANCE.legend.short,
      JOB.cutRates,
    ]);
    expect(JOB.cutRates).toContain("cắt (không làm tròn)");
    expect(villages.getRange(1, legend, 1, 3).getBackgrounds()[0]).toEqual([
      COLOURS.met.background,
      COLOURS.near.background,
      COLOURS.short.background,
    ]);
    // the legend is part of the protected header, beside the last rate column
    expect(legend).toBe(col(villages, rates[3] as string) + 1);
    const covered = villages
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .some((p) => p.getRange().getRow() === 1 && p.getRange().getColumn() === legend);
    expect(covered).toBe(true);
    for (const t of [UNITS.name, "Hội Khuyến học xã"])
      expect(tab(ss, t).getRange(1, 1, 1, tab(ss, t).getLastColumn()).getValues()[0]).toContain(
        GUIDANCE.legend.near,
      );
  });

  it("writes no code an officer would not read: no ids, preset codes or internal words", () => {
    const ss = env().createSpreadsheet("Xã mới");
    templateJob(ss, "Xã", "HAIHAU");
    const text: string[] = [];
    for (const sheet of ss.getSheets()) {
      const range = sheet.getDataRange();
      const formulas = range.getFormulas();
      range.getValues().forEach((row, r) => {
        row.forEach((v, c) => {
          if (!formulas[r]?.[c]) text.push(String(v));
        });
      });
      text.push(...range.getNotes().flat(), sheet.getName());
    }
    const all = text.join("\n");
    for (const code of [...INDICATOR_IDS.filter((id) => id !== "DHHT"), ...PRESET_NAMES, "RIENG"])
      expect(all).not.toMatch(new RegExp(`(^|[^\\p{L}_])${code}($|[^\\p{L}_])`, "u"));
    expect(all).toContain("Huyện Hải Hậu (Nam Định)");
    expect(all).not.toContain('"');
  });

  it("removes the empty first tab of a new spreadsheet, and no other", () => {
    const fresh = env().createSpreadsheet("Xã mới");
    expect(fresh.getSheets().map((s) => s.getName())).toEqual(["Trang tính1"]);
    const result = templateJob(fresh, "Xã");
    expect(result.message).toContain("Đã bỏ tab trống: Trang tính1.");
    expect(fresh.getSheets().map((s) => s.getName())).toEqual([
      CONFIG_TAB,
      ROADMAP_TAB,
      ...COMMUNE_TABS.map((t) => t.name),
    ]);

    const typed = env().createSpreadsheet("Xã có ghi chép");
    typed.getSheets()[0]?.getRange("C3").setValue("ghi chép của xã");
    const renamed = env().createSpreadsheet("Xã khác", {
      sheetName: "Ghi chép",
    });
    for (const ss of [typed, renamed]) {
      const first = ss.getSheets()[0]?.getName();
      expect(templateJob(ss, "Xã").message).not.toContain("Đã bỏ tab trống");
      expect(ss.getSheets()[0]?.getName()).toBe(first);
    }
    // completing an existing template never removes a tab
    // (an empty "Cấu hình" tab is what a run cut after creating it leaves: taken up, not "existing")
    const again = env().createSpreadsheet("Xã cũ");
    again.getSheets()[0]?.getRange("A1").setValue("ghi chép");
    templateJob(again, "Xã");
    again.insertSheet("Trang tính2");
    expect(templateJob(again, "Xã").message).not.toContain("Đã bỏ tab trống");
    expect(again.getSheetByName("Trang tính2")).not.toBeNull();
  });

  it("reads a sheet made by an older version, and renames its rate headers in place", () => {
    const { ss } = seedCommune(env());
    // what older versions wrote: rate headers by code, codes in the roadmap and the configuration
    const villages = tab(ss, VILLAGES.name);
    const gd = col(villages, "Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)");
    const old = villages
      .getRange(1, gd)
      .getFormula()
      .replace(/"Tỷ lệ [^"]+"/u, '"Tỷ lệ GDHT"');
    villages.getRange(1, gd).setFormula(old);
    const legend = col(villages, GUIDANCE.legend.met);
    villages.getRange(1, legend, 1, 4).clearContent().setBackground(null);
    const roadmap = tab(ss, ROADMAP_TAB);
    const ids = INDICATOR_IDS.map((id) => id);
    roadmap.getRange(1, 2, 1, ids.length).setValues([ids]);
    const config = tab(ss, CONFIG_TAB);
    const presetRow = config
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === "Lộ trình mẫu");
    config.getRange(presetRow + 1, 2).setValue("QUOCGIA");

    // read as they are: no finding, the same rates and colours
    const checked = readWorkbook(ss).checked;
    expect(checked.config.preset).toBe("QUOCGIA");
    expect(checked.findings).toEqual([]);
    expect(villages.getRange(2, gd).getValue()).toEqual(expect.any(Number));
    highlightJob(ss);
    const rules = villages.getConditionalFormatRules();
    expect(rules.some((r) => r.getRanges().some((g) => g.getColumn() === gd))).toBe(true);

    const data = (name: string) => tab(ss, name).getDataRange().getValues().slice(1);
    const before = COMMUNE_TABS.map((t) => data(t.name));
    const targets = roadmap.getDataRange().getValues().slice(1);
    const result = templateJob(ss, "Xã");
    expect(result.message).toContain("Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)");
    expect(result.message).toContain("chú giải màu");
    // no second rate column: the old one now says what it divides by
    const header = villages.getRange(1, 1, 1, villages.getLastColumn()).getValues()[0] ?? [];
    expect(header[gd - 1]).toBe("Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)");
    expect(header.filter((h) => String(h).includes("GĐHT (trên")).length).toBe(1);
    expect(header).toContain(GUIDANCE.legend.met);
    // the roadmap's header and the configuration are the officer's: read as they are, kept
    expect(roadmap.getRange(1, 1, 1, 3).getValues()[0]).toEqual(["Năm", "GDHT", "DHHT"]);
    expect(config.getRange(presetRow + 1, 2).getValue()).toBe("QUOCGIA");
    expect(readWorkbook(ss).checked.config.preset).toBe("QUOCGIA");
    // choosing a roadmap from the sidebar then writes its title, with the new list of choices
    writeConfig(ss, { preset: "Tự nhập trong tab Lộ trình" });
    expect(readWorkbook(ss).checked.config.preset).toBe("RIENG");
    const rule = config.getRange(presetRow + 1, 2).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toContain("Tự nhập trong tab Lộ trình");
    expect(COMMUNE_TABS.map((t) => data(t.name).map((r) => r.slice(0, 17)))).toEqual(
      before.map((rows) => rows.map((r) => r.slice(0, 17))),
    );
    expect(roadmap.getDataRange().getValues().slice(1)).toEqual(targets);
    expect(readWorkbook(ss).checked.findings).toEqual([]);
    expect(templateJob(ss, "Xã").message).toBe("Mẫu đã đầy đủ, không cần thêm gì.");
  });
});

describe("a template run cut at any call and run again", () => {
  const fresh = (setup: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void = () => {}) => {
    const e = projectEnvironment({ latency: "none" });
    const undo = installGlobals(globalThis, e);
    const ss = e.createSpreadsheet("Xã mới");
    setup(ss);
    return { e, ss, undo };
  };

  it.each([
    ["a commune", "Xã" as const, () => {}],
    ["a province", "Tỉnh" as const, () => {}],
    [
      "a commune completing an older sheet",
      "Xã" as const,
      (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => {
        ss.insertSheet(VILLAGES.name)
          .getRange(1, 1, 2, 4)
          .setValues([
            ["Năm", "Mã thôn/TDP", "Tên thôn/TDP", "Tổng số hộ"],
            [2025, "T01", "Thôn Một", 210],
          ]);
        ss.insertSheet(CONFIG_TAB)
          .getRange(1, 1, 2, 2)
          .setValues([
            ["Mục", "Giá trị"],
            ["Cấp", "Xã"],
          ]);
      },
    ],
  ])(
    "%s: ends exactly as an uncut run (no shifted header, no doubled protection, no empty tab taken as done)",
    (_what, level, setup) => {
      const cuts = expectEveryCutConverges(
        () => fresh(setup),
        (ss) => templateJob(ss, level, "HAIHAU"),
      );
      expect(cuts).toBeGreaterThan(20);
    },
    240_000,
  );
});
