import { describe, expect, it } from "vitest";
import { parseDeadline, readConfig } from "../../../src/core/check/config";
import { communeSample } from "../../fixtures/sample";

const config = () => communeSample().config.map((r) => [...r]);
const rowOf = (grid: unknown[][], label: string) => grid.findIndex((r) => r[0] === label);

describe("the configuration tab", () => {
  it("two “Năm báo cáo” rows: one error at the second row, naming the first", () => {
    const grid = config();
    grid.push(["Năm báo cáo", "2027", ""]);
    const { findings, config: c } = readConfig(grid);
    const first = rowOf(grid, "Năm báo cáo") + 1;
    expect(findings).toEqual([
      expect.objectContaining({
        cell: `A${grid.length}`,
        severity: "error",
        message: expect.stringContaining(`Dòng “Năm báo cáo” có hai lần (dòng ${first}`),
      }),
    ]);
    expect(c.year).toBe(2026);
  });

  it("a label typed differently (case, spaces, invisible characters) is the same row", () => {
    const grid = config();
    grid.push(["  năm  BÁO\u200b cáo ", "2027", ""]);
    expect(readConfig(grid).findings).toHaveLength(1);
  });

  it.each(["abc", "10 5", "-1", "101", "5%"])(
    "a margin typed %j is an error, never silently 5",
    (typed) => {
      const grid = config();
      const row = rowOf(grid, "Biên độ cảnh báo (điểm %)");
      (grid[row] as unknown[])[1] = typed;
      const { findings } = readConfig(grid);
      expect(findings).toEqual([
        expect.objectContaining({ cell: `B${row + 1}`, severity: "error" }),
      ]);
    },
  );

  it("choices are read through the same identity as names", () => {
    const grid = config();
    (grid[rowOf(grid, "Cấp")] as unknown[])[1] = "xã\u00a0";
    expect(readConfig(grid).findings).toEqual([]);
  });
});

describe("missing configuration rows", () => {
  it("each gets its own cell, where the template adds it, so none hides another", () => {
    const grid = config().filter(
      (r) => !["Biên độ cảnh báo (điểm %)", "Cấp", "Phân cấp"].includes(String(r[0])),
    );
    const { findings } = readConfig(grid);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      [`A${grid.length + 1}`, "error"],
      [`A${grid.length + 2}`, "warning"],
      [`A${grid.length + 3}`, "warning"],
    ]);
  });
});

const setValue = (grid: unknown[][], label: string, value: unknown) => {
  const row = rowOf(grid, label);
  (grid[row] as unknown[])[1] = value;
  return row + 1;
};
const without = (...labels: string[]) =>
  config().filter((r) => !labels.includes(String(r[0]))) as unknown[][];

describe("the report deadline (Hạn nộp báo cáo)", () => {
  it.each([
    ["10/12", { day: 10, month: 12 }],
    [" 5 / 3 ", { day: 5, month: 3 }],
    ["1-1", { day: 1, month: 1 }],
    ["31.12", { day: 31, month: 12 }],
    ["30/4", { day: 30, month: 4 }],
    ["29/2", { day: 29, month: 2 }],
  ])("%j is day and month", (typed, expected) => {
    expect(parseDeadline(typed)).toEqual(expected);
  });

  it.each([
    "abc",
    "",
    "110/12",
    "10/123",
    "10/12/2026",
    "0/5",
    "32/1",
    "31/4",
    "30/2",
    "10/0",
    "10/13",
  ])("%j is no deadline", (typed) => {
    expect(parseDeadline(typed)).toBeUndefined();
  });

  it("a date the sheet made of “10/12” is day 10, month 12", () => {
    expect(parseDeadline(new Date(2026, 11, 10))).toEqual({ day: 10, month: 12 });
    const grid = config();
    setValue(grid, "Hạn nộp báo cáo (ngày/tháng)", new Date(2026, 0, 31));
    const { config: c, findings } = readConfig(grid);
    expect(findings).toEqual([]);
    expect(c.deadline).toEqual({ day: 31, month: 1 });
  });

  it("a wrong deadline is an error at its value naming it, and 10/12 is used", () => {
    const grid = config();
    const row = setValue(grid, "Hạn nộp báo cáo (ngày/tháng)", "31/4");
    const { config: c, findings } = readConfig(grid);
    expect(findings).toEqual([expect.objectContaining({ cell: `B${row}`, severity: "error" })]);
    expect(findings[0]?.message).toContain("Hạn nộp báo cáo");
    expect(findings[0]?.message).toContain("“31/4”");
    expect(findings[0]?.message).toContain("ngày/tháng");
    expect(c.deadline).toEqual({ day: 10, month: 12 });
  });
});

describe("the margins (Biên độ …, điểm %)", () => {
  it.each([
    ["0", 0],
    ["100", 100],
    ["2,5", 2.5],
    [7.125, 7.125],
    [0, 0],
  ])("%j is read as %d", (typed, expected) => {
    const grid = config();
    setValue(grid, "Biên độ cảnh báo (điểm %)", typed);
    setValue(grid, "Biên độ thay đổi so với năm trước (điểm %)", typed);
    const { config: c, findings } = readConfig(grid);
    expect(findings).toEqual([]);
    expect(c.amberPoints).toBe(expected);
    expect(c.jumpPoints).toBe(expected);
  });

  it("a wrong value names the row and the value, and the template's margin is used", () => {
    const grid = config();
    const amber = setValue(grid, "Biên độ cảnh báo (điểm %)", "101");
    const jump = setValue(grid, "Biên độ thay đổi so với năm trước (điểm %)", "-3");
    const { config: c, findings } = readConfig(grid);
    expect(findings.map((f) => f.cell)).toEqual([`B${amber}`, `B${jump}`]);
    expect(findings[0]?.message).toContain("“Biên độ cảnh báo (điểm %)”");
    expect(findings[0]?.message).toContain("“101”");
    expect(findings[1]?.message).toContain("“Biên độ thay đổi so với năm trước (điểm %)”");
    expect(findings[1]?.message).toContain("“-3”");
    expect(findings[1]?.message).toContain("từ 0 đến 100");
    expect([c.amberPoints, c.jumpPoints]).toEqual([5, 30]);
  });

  it("missing rows fall back to 5 and 30 points, with a warning each", () => {
    const { config: c, findings } = readConfig(
      without("Biên độ cảnh báo (điểm %)", "Biên độ thay đổi so với năm trước (điểm %)"),
    );
    expect([c.amberPoints, c.jumpPoints]).toEqual([5, 30]);
    expect(findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
  });

  it("blank margins are the template's, without a finding", () => {
    const grid = config();
    setValue(grid, "Biên độ cảnh báo (điểm %)", "");
    setValue(grid, "Biên độ thay đổi so với năm trước (điểm %)", "  ");
    const { config: c, findings } = readConfig(grid);
    expect(findings).toEqual([]);
    expect([c.amberPoints, c.jumpPoints]).toEqual([5, 30]);
  });
});

describe("the area's name and code", () => {
  it("a blank name is an error at its value; a blank code and year are allowed", () => {
    const grid = config();
    const row = setValue(grid, "Tên địa bàn", " ");
    setValue(grid, "Mã địa bàn", "");
    setValue(grid, "Năm báo cáo", "");
    const { config: c, findings } = readConfig(grid);
    expect(findings).toEqual([expect.objectContaining({ cell: `B${row}`, severity: "error" })]);
    expect(findings[0]?.message).toContain("“Tên địa bàn” đang trống");
    expect(c.areaName).toBe("");
    expect(c.areaCode).toBe("");
    expect(c.year).toBeUndefined();
  });

  it("a blank level is an error too, and Xã is assumed", () => {
    const grid = config();
    const row = setValue(grid, "Cấp", "");
    const { config: c, findings } = readConfig(grid);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([[`B${row}`, "error"]]);
    expect(c.level).toBe("Xã");
  });

  it("a missing name row is an error, a missing code row a warning; both read as empty", () => {
    const grid = without("Tên địa bàn", "Mã địa bàn");
    const { config: c, findings } = readConfig(grid);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      [`A${grid.length + 1}`, "error"],
      [`A${grid.length + 2}`, "warning"],
    ]);
    expect(findings[0]?.message).toContain("Thiếu dòng “Tên địa bàn”");
    expect(findings[1]?.message).toContain("Thiếu dòng “Mã địa bàn”");
    expect([c.areaName, c.areaCode]).toEqual(["", ""]);
  });

  it("name and code are read tidied", () => {
    const grid = config();
    setValue(grid, "Tên địa bàn", "  Xã   Quảng Thạch ");
    setValue(grid, "Mã địa bàn", " 00123 ");
    const { config: c } = readConfig(grid);
    expect([c.areaName, c.areaCode]).toEqual(["Xã Quảng Thạch", "00123"]);
  });
});

describe("choices and the year", () => {
  it("a roadmap choice that is not one names every choice, and the national roadmap is used", () => {
    const grid = config();
    const row = setValue(grid, "Lộ trình mẫu", "Lộ trình tỉnh X");
    const { config: c, findings } = readConfig(grid);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([[`B${row}`, "error"]]);
    expect(findings[0]?.message).toContain("“Lộ trình tỉnh X”");
    expect(findings[0]?.message).toContain("Tự nhập trong tab Lộ trình");
    expect(findings[0]?.message).toContain("Quốc gia (QĐ 387 và QĐ 677)");
    expect(c.preset).toBe("QUOCGIA");
  });

  it("an old code in the roadmap cell is that roadmap", () => {
    const grid = config();
    setValue(grid, "Lộ trình mẫu", "haihau");
    expect(readConfig(grid).config.preset).toBe("HAIHAU");
  });

  it("a wrong level and hierarchy name their choices", () => {
    const grid = config();
    setValue(grid, "Cấp", "Thôn");
    setValue(grid, "Phân cấp", "Xã → Tỉnh");
    const { config: c, findings } = readConfig(grid);
    expect(findings[0]?.message).toContain("Xã, Huyện, Tỉnh");
    expect(findings[1]?.message).toContain("Xã → Huyện → Tỉnh (trước 1/7/2025)");
    expect(c.hierarchy).toBe("Xã → Tỉnh (từ 1/7/2025)");
  });

  it("a wrong year says why, and no year is assumed", () => {
    const grid = config();
    const row = setValue(grid, "Năm báo cáo", "20x6");
    const { config: c, findings } = readConfig(grid);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([[`B${row}`, "error"]]);
    expect(findings[0]?.message).toContain("“Năm báo cáo”");
    expect(findings[0]?.message).toContain("“20x6” không phải là năm hợp lệ");
    expect(c.year).toBeUndefined();
  });
});

describe("rows that are no configuration", () => {
  it("empty rows and numbers in column A are skipped", () => {
    const grid = config();
    (grid as unknown[][]).push([], [2026, "x"], [null, "y"]);
    const { findings, config: c } = readConfig(grid);
    expect(findings).toEqual([]);
    expect(c.year).toBe(2026);
  });
});
