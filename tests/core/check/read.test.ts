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
