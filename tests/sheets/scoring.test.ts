import { describe, expect, it, vi } from "vitest";
import { CRITERIA_TAB, KIND } from "../../src/core/model/criteria";
import { VILLAGES } from "../../src/core/model/schema";
import { checkJob, summaryJob, templateJob } from "../../src/sheets/jobs";
import { recognitionJob } from "../../src/sheets/recognition";
import { reportJob } from "../../src/sheets/report";
import { rollupJob } from "../../src/sheets/rollup";
import { scoringTabsJob } from "../../src/sheets/scoring";
import { projectEnvironment } from "../fixtures/project";
import { expectEveryCutConverges, type Fresh } from "../fixtures/resume";
import {
  CITIZEN,
  COMMUNITY,
  FAMILY,
  fillFamilyCriteria,
  households,
  type ScoreRow,
  typeScores,
  UNIT,
} from "../fixtures/scoring";
import { seedCommune } from "../fixtures/workbooks";
import { installGlobals } from "../memory";
import { allValues, col, tab, useEnvironment } from "./helpers";

type Job = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => { ok: boolean; message: string };

vi.setConfig({ testTimeout: 60_000 });

const env = useEnvironment();

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A commune that scores households: criteria filled in, the family tab made. */
function scoringCommune(): Spreadsheet {
  const { ss } = seedCommune(env(), "Xã Chấm Điểm", { villages: 3, years: [2025, 2026] });
  scoringTabsJob(ss);
  fillFamilyCriteria(ss);
  const made = scoringTabsJob(ss);
  expect(made.ok).toBe(true);
  return ss;
}

/** The village row of a year and code, and the column of a header. */
function villageCell(ss: Spreadsheet, year: number, code: string, header: string) {
  const sheet = tab(ss, VILLAGES.name);
  const grid = sheet.getDataRange().getValues();
  const row = grid.findIndex((r) => r[0] === year && r[1] === code) + 1;
  return sheet.getRange(row, col(sheet, header));
}

describe("criteria and scoring tabs", () => {
  it("leave a commune that types its counts exactly as it was", () => {
    const { ss } = seedCommune(env(), "Xã Đếm Tay", { villages: 3 });
    const names = ss.getSheets().map((s) => s.getName());
    expect(names).not.toContain(CRITERIA_TAB);
    expect(templateJob(ss, "Xã").message).toBe("Mẫu đã đầy đủ, không cần thêm gì.");
    expect(ss.getSheets().map((s) => s.getName())).toEqual(names);
    expect(checkJob(ss).findings).toEqual([]);
    expect(rollupJob(ss, 2026).ok).toBe(false);
  });

  it("start from the presets with their sources; a set becomes a tab once it can score", () => {
    const { ss } = seedCommune(env(), "Xã Mới Chấm", { villages: 3 });
    const first = scoringTabsJob(ss);
    expect(first.message).toContain("Đã tạo tab: Bộ tiêu chí, Chấm điểm Công dân");
    expect(first.message).toContain("Gia đình học tập");
    const criteria = tab(ss, CRITERIA_TAB).getDataRange().getValues();
    const text = JSON.stringify(criteria);
    expect(text).toContain("QĐ 324/QĐ-KHVN");
    expect(text).toContain("QĐ 448/QĐ-KHVN");
    const family = criteria.filter((r) => r[0] === "Gia đình học tập");
    const blanks = family.filter((r) => r[6] === "");
    expect(blanks.length).toBe(3); // groups 3 and 4, and the pass mark
    for (const r of blanks) expect(r[7]).toContain("cần xác nhận theo văn bản của tỉnh");
    expect(ss.getSheetByName(FAMILY.tab)).toBeNull();
    fillFamilyCriteria(ss);
    const second = scoringTabsJob(ss);
    expect(second.message).toContain(`Đã tạo tab: ${FAMILY.tab}`);
    const header = tab(ss, FAMILY.tab).getRange(1, 1, 1, 14).getValues()[0];
    expect(header).toEqual([
      "Năm",
      "Mã thôn/TDP",
      "Tên chủ hộ",
      "Đăng ký",
      "Điểm 1a",
      "Điểm 1b",
      "Điểm 1c",
      "Điểm 2a",
      "Điểm 2b",
      "Điểm 3",
      "Điểm 4",
      "Tổng điểm",
      "Kết quả",
      "Ghi chú",
    ]);
  });

  it("never ask for or keep an ID number", () => {
    const ss = scoringCommune();
    const headers = ss
      .getSheets()
      .flatMap((s) => s.getRange(1, 1, 1, Math.max(s.getLastColumn(), 1)).getValues()[0]);
    expect(JSON.stringify(headers)).not.toMatch(/CCCD|CMND|định danh/iu);
    const [one] = households(1, 2026) as [ScoreRow];
    typeScores(ss, FAMILY, [{ ...one, name: "Trần Văn Bảy 034095001234" }]);
    const found = checkJob(ss).findings?.filter((f) => f.tab === FAMILY.tab) ?? [];
    expect(found).toEqual([
      expect.objectContaining({ severity: "warning", message: expect.stringContaining("CCCD") }),
    ]);
  });
});

describe("scoring verdicts", () => {
  it("come from native formulas that cover rows typed later, past the tab's last row", () => {
    const ss = scoringCommune();
    const sheet = tab(ss, FAMILY.tab);
    const formulas = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getFormulas()[0] ?? [];
    const written = formulas.filter(Boolean);
    expect(written.length).toBe(2);
    for (const f of written) {
      expect(f).not.toMatch(/DAT_TIEUCHI|TILE|DANHGIA/u);
      expect(f.replace(/"[^"]*"/gu, "")).not.toMatch(/,|\d\.\d|\{[^}]*\\/u);
    }
    const rows = households(3, 2026);
    const far = sheet.getMaxRows() + 40;
    sheet.insertRowsAfter(sheet.getMaxRows(), 50);
    const [a, b] = rows as [ScoreRow, ScoreRow];
    typeScores(ss, FAMILY, [a, b]);
    const pointsCol = col(sheet, "Điểm 1a");
    sheet.getRange(far, 1, 1, 4).setValues([[2026, "T01", "Hộ Cuối Danh Sách", "có"]]);
    sheet.getRange(far, pointsCol, 1, 7).setValues([[10, 10, 10, 10, 20, 20, 1]]);
    const total = col(sheet, "Tổng điểm");
    expect(sheet.getRange(far, total, 1, 2).getValues()[0]).toEqual([81, "Đạt"]);
    sheet.getRange(far, pointsCol + 6).setValue("");
    expect(sheet.getRange(far, total + 1).getValue()).toBe("Thiếu điểm");
    sheet.getRange(far, pointsCol, 1, 7).setValues([[10, 10, 10, 10, 20, 10, 0]]);
    expect(sheet.getRange(far, total, 1, 2).getValues()[0]).toEqual([70, "Chưa đạt"]);
  });
});

describe("scoring checks", () => {
  it("find each mistake at its cell, once, in Vietnamese", () => {
    const ss = scoringCommune();
    const [a, b, c, d, e] = households(5, 2026) as [
      ScoreRow,
      ScoreRow,
      ScoreRow,
      ScoreRow,
      ScoreRow,
    ];
    const first = typeScores(ss, FAMILY, [
      { ...a, points: [12, 10, 10, 10, 20, 20, 20] },
      { ...b, points: [10, "mười", 10, 10, 20, 20, 20] },
      { ...c, points: [10, 10, "", 10, 20, "", 20] },
      { ...d, registered: "không" },
      { ...e, code: "T99" },
      { ...a, name: ` ${a.name.toUpperCase()}  ` },
      { ...b, points: [10, 10, 10, 10, -2, 20, 20], name: "Hộ Điểm Âm" },
    ]);
    const sheet = tab(ss, FAMILY.tab);
    const at = (row: number, header: string) =>
      sheet.getRange(first + row, col(sheet, header)).getA1Notation();
    const found = (checkJob(ss).findings ?? []).filter((f) => f.tab === FAMILY.tab);
    const cells = found.map((f) => f.cell);
    expect(new Set(cells).size).toBe(cells.length);
    const expectAt = (cell: string, text: string) =>
      expect(found.find((f) => f.cell === cell)?.message ?? `nothing at ${cell}`).toContain(text);
    expectAt(at(0, "Điểm 1a"), "lớn hơn điểm tối đa 10");
    expectAt(at(1, "Điểm 1b"), "“mười” không phải là số");
    expectAt(at(2, "Điểm 1c"), "chưa có điểm tiêu chí 1c, 3");
    expectAt(at(3, "Đăng ký"), "chưa đăng ký");
    expectAt(at(4, "Mã thôn/TDP"), "“T99” không có trong tab “Thôn - TDP” năm 2026");
    expectAt(at(5, "Tên chủ hộ"), `đã có ở dòng ${first}`);
    expectAt(at(6, "Điểm 2b"), "là số âm");
    for (const f of found) expect(f.year).toBe(2026);
  });

  it("refuse to roll up while the year's scoring has errors, writing nothing", () => {
    const ss = scoringCommune();
    const [a] = households(1, 2026) as [ScoreRow];
    typeScores(ss, FAMILY, [{ ...a, points: [11, 10, 10, 10, 20, 20, 20] }]);
    const before = allValues(ss);
    const result = rollupJob(ss, 2026);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Không có gì được ghi");
    expect(result.findings?.[0]?.tab).toBe(FAMILY.tab);
    expect(allValues(ss)).toEqual(before);
  });
});

describe("roll-up into the village counts", () => {
  it("fills blank counts, marks them, and asks before replacing a typed one", () => {
    const ss = scoringCommune();
    const rows = households(40, 2026, 2);
    typeScores(ss, FAMILY, rows);
    const passed = (code: string) =>
      tab(ss, FAMILY.tab)
        .getDataRange()
        .getValues()
        .filter((r) => r[1] === code && r[12] === "Đạt").length;
    const registered = villageCell(ss, 2026, "T01", "Số hộ đăng ký GĐHT");
    const recognised = villageCell(ss, 2026, "T01", "Số hộ đạt GĐHT");
    registered.setValue("");
    recognised.setValue("");
    const typed = villageCell(ss, 2026, "T02", "Số hộ đạt GĐHT");
    typed.setValue(3);
    const untouched = allValues(ss);

    const asked = rollupJob(ss, 2026);
    expect(asked.ok).toBe(false);
    expect(asked.confirm).toContain("Ghi đè 2 ô");
    expect(asked.findings?.map((f) => f.cell)).toContain(typed.getA1Notation());
    expect(allValues(ss)).toEqual(untouched);

    const done = rollupJob(ss, 2026, true);
    expect(done.ok).toBe(true);
    expect(registered.getValue()).toBe(20);
    expect(recognised.getValue()).toBe(passed("T01"));
    expect(typed.getValue()).toBe(passed("T02"));
    expect(recognised.getNote()).toContain(`Tính từ tab “${FAMILY.tab}”`);
    // villages without scoring rows and other years keep their typed counts
    expect(villageCell(ss, 2026, "T03", "Số hộ đạt GĐHT").getNote()).toBe("");
    expect(villageCell(ss, 2025, "T01", "Số hộ đạt GĐHT").getValue()).toBe(
      untouched[VILLAGES.name]?.find((r) => r[0] === 2025 && r[1] === "T01")?.[5],
    );

    // the scoring changes: cells still holding the roll-up's value are updated without asking
    typeScores(
      ss,
      FAMILY,
      households(2, 2026, 1, 7).map((r) => ({ ...r, name: `${r.name} mới` })),
    );
    const again = rollupJob(ss, 2026);
    expect(again.ok).toBe(true);
    expect(registered.getValue()).toBe(22);
    expect(checkJob(ss).findings?.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("feeds the summary: the village's rate is the scoring tab's", () => {
    const ss = scoringCommune();
    typeScores(ss, FAMILY, households(30, 2026, 1));
    rollupJob(ss, 2026, true);
    const summary = summaryJob(ss, 2026);
    expect(summary.ok).toBe(true);
    const recognised = villageCell(ss, 2026, "T01", "Số hộ đạt GĐHT").getValue();
    const total = villageCell(ss, 2026, "T01", "Tổng số hộ").getValue();
    const sheet = tab(ss, summary.sheet ?? "");
    const text = JSON.stringify(sheet.getDataRange().getValues());
    expect(text).toContain(`${recognised} / ${total} hộ`);
  });
});

describe("Danh sách công nhận", () => {
  it("lists the year's recognised households by village, ready to print, and nothing from bad data", () => {
    const ss = scoringCommune();
    const rows = households(20, 2026, 2);
    typeScores(ss, FAMILY, [...rows, ...households(4, 2025)]);
    const result = recognitionJob(ss, 2026, Date.UTC(2026, 11, 5));
    expect(result).toMatchObject({ ok: true, sheet: "Danh sách công nhận 2026" });
    const sheet = tab(ss, "Danh sách công nhận 2026");
    const grid = sheet.getDataRange().getValues();
    const text = grid.map((r) => r.filter((v) => v !== "").join(" | "));
    expect(text.slice(0, 3)).toEqual([
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "XÃ CHẤM ĐIỂM | Độc lập - Tự do - Hạnh phúc",
      "Chấm Điểm, ngày 05 tháng 12 năm 2026",
    ]);
    expect(text.join(" ")).toContain("DANH SÁCH HỘ ĐƯỢC CÔNG NHẬN “GIA ĐÌNH HỌC TẬP” NĂM");
    expect(text).toContain(
      "(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của UBND Xã Chấm Điểm)",
    );
    const scored = tab(ss, FAMILY.tab).getDataRange().getValues();
    const passed = (code: string) =>
      scored.filter((r) => r[0] === 2026 && r[1] === code && r[12] === "Đạt").map((r) => r[2]);
    const numbered = grid.filter((r) => typeof r[0] === "number");
    expect(numbered.map((r) => r[1])).toEqual([...passed("T01"), ...passed("T02")]);
    expect(numbered.map((r) => r[0])).toEqual(numbered.map((_, i) => i + 1));
    expect(text).toContain(`Thôn Đông: ${passed("T01").length} hộ`);
    expect(text).toContain(`Tổng cộng: ${numbered.length} hộ`);
    expect(text.join("\n")).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    const widths = [1, 2, 3, 4].map((c) => sheet.getColumnWidth(c));
    expect(widths.reduce((w, x) => w + x, 0)).toBeLessThanOrEqual(640);
    // a mistake in the year's scoring: the list is not rebuilt from it
    typeScores(ss, FAMILY, [{ ...(rows[0] as ScoreRow), name: "Hộ Lỗi", points: [99] }]);
    const before = allValues(ss);
    expect(recognitionJob(ss, 2026).ok).toBe(false);
    expect(allValues(ss)).toEqual(before);
  });

  it("makes as many spreadsheet calls for 10 households as for 300", () => {
    const calls = (n: number) => {
      const ss = scoringCommune();
      typeScores(ss, FAMILY, households(n, 2026, 3));
      env().calls.reset();
      expect(recognitionJob(ss, 2026).ok).toBe(true);
      return env().calls.total;
    };
    expect(calls(10)).toBe(calls(300));
  });
});

describe("scoring villages and units", () => {
  /** A criteria set an officer types for a model whose preset is an empty structure. */
  function typeSet(ss: Spreadsheet, model: string): void {
    const sheet = tab(ss, CRITERIA_TAB);
    const grid = sheet.getDataRange().getValues();
    const rows = grid.flatMap((r, i) => (r[0] === model ? [i + 1] : []));
    const [total, pass, item] = rows as [number, number, number];
    sheet.getRange(total, 7).setValue(20);
    sheet.getRange(pass, 7).setValue(15);
    sheet.getRange(item, 4, 1, 4).setValues([["Học tập", "1", "Phong trào học tập", 10]]);
    sheet.insertRowsAfter(item, 1);
    sheet
      .getRange(item + 1, 1, 1, 7)
      .setValues([[model, "", KIND.item, "Học tập", "2", "Kết quả", 10]]);
  }

  it("roll the community's and the units' verdicts into their marks", () => {
    const ss = scoringCommune();
    typeSet(ss, "Cộng đồng học tập");
    typeSet(ss, "Đơn vị học tập");
    expect(scoringTabsJob(ss).message).toContain("Chấm điểm Cộng đồng, Chấm điểm Đơn vị");
    typeScores(ss, COMMUNITY, [
      { year: 2026, code: "T01", name: "Thôn Đông", points: [9, 8] },
      { year: 2026, code: "T02", name: "Thôn Tây", points: [5, 5] },
    ]);
    typeScores(ss, UNIT, [{ year: 2026, code: "DV01", name: "UBND xã", points: [8, 8] }]);
    villageCell(ss, 2026, "T02", "Thôn đạt CĐHT").setValue("");
    const done = rollupJob(ss, 2026, true);
    expect(done.ok).toBe(true);
    expect(villageCell(ss, 2026, "T01", "Thôn đạt CĐHT").getValue()).toBe("đạt");
    expect(villageCell(ss, 2026, "T02", "Thôn đạt CĐHT").getValue()).toBe("chưa đạt");
    const units = tab(ss, "Đơn vị");
    const row =
      units
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 2026 && r[1] === "DV01") + 1;
    expect(units.getRange(row, col(units, "Đạt ĐVHT")).getValue()).toBe("đạt");
    expect(units.getRange(row, col(units, "Đăng ký ĐVHT")).getValue()).toBe("có");
    expect(checkJob(ss).findings?.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the whole path", () => {
  it("criteria → scores → verdicts → village counts → summary → yearly report → recognition list", () => {
    const ss = scoringCommune();
    typeScores(ss, FAMILY, households(24, 2026, 2));
    const farmer = "Nông dân, lao động nông thôn";
    typeScores(ss, CITIZEN, [
      { year: 2026, code: "T01", name: "Nguyễn Thị Hoa", form: farmer, points: Array(10).fill(9) },
      { year: 2026, code: "T01", name: "Trần Văn Minh", form: farmer, points: Array(10).fill(6) },
      { year: 2026, code: "T02", name: "Lê Thị Thu", form: "Cán bộ, công chức, viên chức" },
    ]);
    expect(rollupJob(ss, 2026, true).ok).toBe(true);
    expect(checkJob(ss).findings?.filter((f) => f.severity === "error")).toEqual([]);
    expect(summaryJob(ss, 2026).ok).toBe(true);
    const report = reportJob(ss, 2026);
    expect(report.ok).toBe(true);
    const printed = tab(ss, report.sheet ?? "")
      .getDataRange()
      .getValues()
      .map((r) => r.filter((v) => v !== "").join(" | "));
    // learning citizens per group come from the citizen scoring tab
    expect(printed.find((l) => l.includes(farmer))).toMatch(/\| 2 \| 1 \| 0\.5$/u);
    expect(printed.find((l) => l.includes("Cán bộ, công chức, viên chức"))).toMatch(
      /\| 1 \| 0 \| 0$/u,
    );
    const list = recognitionJob(ss, 2026);
    expect(list.ok).toBe(true);
    const names = tab(ss, list.sheet ?? "")
      .getDataRange()
      .getValues()
      .filter((r) => typeof r[0] === "number")
      .map((r) => r[1]);
    expect(names).toContain("Nguyễn Thị Hoa");
    expect(names).not.toContain("Trần Văn Minh");
  });
});

describe("a scoring job cut short and run again", () => {
  const NOW = Date.UTC(2026, 11, 5, 2, 30);
  /** A small scoring commune on its own environment (a fresh one per cut). */
  const fresh = (scored: boolean) => (): Fresh => {
    const e = projectEnvironment({ latency: "none" });
    const undo = installGlobals(globalThis, e);
    const { ss } = seedCommune(e, "Xã Cắt Ngang", { villages: 2, years: [2026] });
    if (scored) {
      scoringTabsJob(ss);
      fillFamilyCriteria(ss);
      scoringTabsJob(ss);
      typeScores(ss, FAMILY, households(6, 2026, 2));
    }
    return { e, ss, undo };
  };
  const JOBS: [string, boolean, Job][] = [
    ["Tạo hoặc cập nhật tab chấm điểm", false, (ss) => scoringTabsJob(ss)],
    ["Cập nhật số đếm từ tab chấm điểm", true, (ss) => rollupJob(ss, 2026, true)],
    ["Tạo danh sách công nhận", true, (ss) => recognitionJob(ss, 2026, NOW)],
  ];
  it.each(JOBS)(
    "%s ends exactly as an uncut run",
    (_what, scored, job) => {
      expect(expectEveryCutConverges(fresh(scored), job)).toBeGreaterThan(1);
    },
    600_000,
  );
});
