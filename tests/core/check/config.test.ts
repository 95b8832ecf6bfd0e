import { describe, expect, it } from "vitest";
import { readConfig } from "../../../src/core/check/config";
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
