import { describe, expect, it } from "vitest";
import { countMarks, sumPairs, toArg } from "../../src/functions/args";

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const NAMES = ["so_cong_nhan", "tong_so"] as const;

describe("toArg: the shapes Sheets (or a caller) passes", () => {
  it("names a missing argument and what it should be", () => {
    expect(() => toArg("TILE", "tong_so", undefined, "cần một số")).toThrow(
      "TILE: thiếu đối số tong_so — cần một số.",
    );
  });
  it("reads a flat list as a column, and an empty range as nothing", () => {
    const flat = toArg("TILE", "p", [4, 5], "");
    expect(flat).toMatchObject({ isRange: true, rows: 2, cols: 1 });
    expect(flat.cells).toEqual([
      { value: 4, row: 1, col: 1 },
      { value: 5, row: 2, col: 1 },
    ]);
    expect(toArg("TILE", "p", [], "")).toMatchObject({ rows: 0, cols: 0, cells: [] });
  });
});

describe("sumPairs", () => {
  it("names the missing total instead of reporting a total of 0", () => {
    expect(() => sumPairs("CANTHEM", 5, undefined, NAMES)).toThrow(
      "CANTHEM: thiếu đối số tong_so — cần một số nguyên từ 0 trở lên, ví dụ 120 hoặc 1.234.",
    );
  });
  it("accepts all recognised: recognised equal to the total", () => {
    expect(sumPairs("TILE", 10, 10, NAMES)).toEqual({ recognized: 10, total: 10 });
    expect(sumPairs("TILE", col(5, 5), 10, NAMES)).toEqual({ recognized: 10, total: 10 });
    expect(() => sumPairs("TILE", col(6, 5), 10, NAMES)).toThrow(
      "TILE: tổng số công nhận 11 lớn hơn tổng số 10",
    );
  });
  it("a recognised count with no total cell at all is refused, with its position", () => {
    // ragged rows (not what Sheets sends, but a caller might): the last count has no total
    expect(() =>
      sumPairs(
        "TILE",
        [
          [1, 2],
          [3, 4],
        ],
        [[5, 5], [5]],
        NAMES,
      ),
    ).toThrow(
      "TILE: đối số so_cong_nhan, hàng 2 cột 2 của vùng: có số công nhận 4 nhưng ô tổng số",
    );
  });
});

describe("countMarks", () => {
  it("counts đạt among the non-blank marks", () => {
    expect(countMarks("TILE", col("đạt", "", "chưa đạt", "x"), "p")).toEqual({
      recognized: 2,
      total: 3,
    });
  });
});
