import { describe, expect, it } from "vitest";
import { readDataTab } from "../../../src/core/check/read";
import { rowRules } from "../../../src/core/check/rules";
import { checkWorkbook } from "../../../src/core/check/workbook";
import { UNITS, VILLAGES } from "../../../src/core/model/schema";
import { grids, set } from "../../fixtures/grids";
import { communeSample, type Grid } from "../../fixtures/sample";

const withoutColumns = (grid: Grid, ...headers: string[]): Grid => {
  const drop = headers.map((h) => (grid[0] as string[]).indexOf(h));
  return grid.map((row) => row.filter((_, i) => !drop.includes(i)));
};

describe("header problems are reported once, at the header", () => {
  it("a deleted optional column: one warning in row 1, nothing on the data rows", () => {
    const grid = withoutColumns(communeSample().villages, "Tổng số dòng họ");
    const read = readDataTab(VILLAGES, grid);
    const findings = [...read.findings, ...rowRules(read)];
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "Q1",
        severity: "warning",
        message: expect.stringContaining("thiếu cột “Tổng số dòng họ”"),
      }),
    ]);
  });

  it("several deleted columns each get their own header cell, where the template adds them", () => {
    const grid = withoutColumns(communeSample().units, "Đăng ký ĐVHT", "Số CBCCVC, người lao động");
    const { findings } = readDataTab(UNITS, grid);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      ["J1", "warning"],
      ["K1", "warning"],
    ]);
  });

  it("a deleted required column is an error at the header, and its cells are not 'empty' on every row", () => {
    const grid = withoutColumns(communeSample().villages, "Tổng số hộ");
    const { findings } = checkWorkbook(
      grids(communeSample(), (s) => s.villages.splice(0, s.villages.length, ...grid)),
    );
    const villages = findings.filter((f) => f.tab === "Thôn - TDP");
    expect(villages).toEqual([expect.objectContaining({ cell: "Q1", severity: "error" })]);
  });

  it("two columns with the same header: one error at the second, naming the first", () => {
    const g = communeSample().villages.map((row, i) => [...row, i === 0 ? "Tổng số  hộ" : 1]);
    const { findings } = readDataTab(VILLAGES, g);
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "R1",
        severity: "error",
        message: expect.stringContaining("Cột “Tổng số hộ” có hai lần (cột D"),
      }),
    ]);
    // the first column is the one read
    const { rows } = readDataTab(VILLAGES, g);
    expect(rows[0]?.values.households).toBe(communeSample().villages[1]?.[3]);
  });

  it("a header typed with a zero-width space or another tone placement is still found", () => {
    const g = communeSample().villages.map((row) => [...row]);
    (g[0] as string[])[3] = "Tổng\u200b số hộ";
    (g[0] as string[])[9] = "Thôn đăng ký CĐHT".normalize("NFD");
    expect(readDataTab(VILLAGES, g).findings).toEqual([]);
  });
});

describe("choices and marks read through the same identity", () => {
  it.each(["Trường  học", "trường học", "Trường\u200bhọc".replace("\u200b", " "), "TRƯỜNG HỌC"])(
    "unit type %j is Trường học",
    (typed) => {
      const g = communeSample().units;
      set(g, "Loại đơn vị", 0, typed);
      const read = readDataTab(UNITS, g);
      expect(read.findings).toEqual([]);
      expect(read.rows[0]?.values.type).toBe("Trường học");
    },
  );

  it.each(["đạt", "Đạt ", "ĐẠT", "đ\u200bạt", "đạt".normalize("NFD"), "có", "x"])(
    "mark %j is recognised",
    (typed) => {
      const g = communeSample().units;
      set(g, "Đăng ký ĐVHT", 0, "có");
      set(g, "Đạt ĐVHT", 0, typed);
      expect(readDataTab(UNITS, g).rows[0]?.values.dvhtRecognized).toBe(true);
    },
  );
});

describe("long names in messages", () => {
  it("a 50,000-character name is shortened where a message quotes it", () => {
    const g = communeSample().villages;
    set(g, "Tên thôn/TDP", 0, "Thôn ".repeat(10_000));
    set(g, "Tổng số hộ", 0, "nhiều");
    const [f] = readDataTab(VILLAGES, g).findings;
    expect(f?.cell).toBe("D2");
    expect(f?.message.length).toBeLessThan(300);
  });
});

const header = VILLAGES.columns.map((c) => c.header);
const village = (year: unknown, code: string, name: string, hh: unknown = 200) => [
  year,
  code,
  name,
  hh,
  120,
  100,
  "",
  "",
  "",
  "có",
  "đạt",
];

describe("reading rows", () => {
  it("an empty tab: every column missing, each at its own header cell", () => {
    const { findings, rows } = readDataTab(VILLAGES, []);
    expect(rows).toEqual([]);
    expect(findings.slice(0, 3).map((f) => [f.cell, f.severity])).toEqual([
      ["A1", "error"],
      ["B1", "error"],
      ["C1", "error"],
    ]);
    expect(findings).toHaveLength(VILLAGES.columns.length);
  });

  it("a number typed in the header row is no column, and the others are still found", () => {
    const { findings, columns } = readDataTab(VILLAGES, [
      [...header, 2026],
      village(2026, "T01", "Thôn Đông"),
    ]);
    expect(findings).toEqual([]);
    expect(columns.get("name")).toBe(3);
  });

  it("blank rows between the data are skipped; sheet rows keep their numbers", () => {
    const { findings, rows } = readDataTab(VILLAGES, [
      header,
      village(2026, "T01", "Thôn Đông"),
      Array(header.length).fill(""),
      village(2026, "T02", "Thôn Tây"),
    ]);
    expect(findings).toEqual([]);
    expect(rows.map((r) => [r.sheetRow, r.values.code])).toEqual([
      [2, "T01"],
      [4, "T02"],
    ]);
  });

  it("a required cell left blank or an unreadable cell makes the row unclean", () => {
    const { findings, rows } = readDataTab(VILLAGES, [
      header,
      village(2026, "T01", "Thôn Đông", ""),
      village(2026, "T02", "Thôn Tây"),
      village(2026, "T03", "Thôn Nam", "hai trăm"),
    ]);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      ["D2", "error"],
      ["D4", "error"],
    ]);
    expect(rows.map((r) => [r.clean, r.invalid])).toEqual([
      [false, []],
      [true, []],
      [false, ["households"]],
    ]);
  });

  it("a row without a name is called by its sheet row in messages", () => {
    const { findings } = readDataTab(VILLAGES, [header, village(2025, "T01", "", "nhiều")]);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining("Tổng số hộ (dòng 2 năm 2025):"),
      expect.stringContaining("Tên thôn/TDP (dòng 2 năm 2025): ô đang trống"),
    ]);
  });

  it("a choice not in the list names the choices an officer may type", () => {
    const { findings } = readDataTab(UNITS, [
      UNITS.columns.map((c) => c.header),
      [2026, "DV01", "UBND xã", "Chợ", "T01", "có", "đạt", 38, 31, 28, 22],
    ]);
    const type = UNITS.columns.find((c) => c.key === "type");
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "D2",
        message: expect.stringContaining(
          `“Chợ” không có trong danh sách — cần một trong: ${type?.choices?.join(", ")}.`,
        ),
      }),
    ]);
    expect(type?.choices?.length).toBeGreaterThan(1);
  });

  it("a number typed in a text column is read as its text", () => {
    const { rows } = readDataTab(VILLAGES, [header, village(2026, "T01", 17 as never)]);
    expect(rows[0]?.values.name).toBe("17");
  });
});
