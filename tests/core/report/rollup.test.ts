import { describe, expect, it } from "vitest";
import { readDataTab } from "../../../src/core/check/read";
import { readScoring } from "../../../src/core/check/scoring";
import { SCORING } from "../../../src/core/messages";
import { VILLAGES } from "../../../src/core/model/schema";
import { SCORING_SPECS, scoringHeaders, scoringTab } from "../../../src/core/model/scoring";
import {
  planWrite,
  type RollupTarget,
  rollupBounds,
  rollupTargets,
  waitingRows,
} from "../../../src/core/report/rollup";
import { oneItemSet } from "../../fixtures/scoring";

const TAB = "Chấm điểm Gia đình";
const cell = (row: number, col: number, value: number | string): RollupTarget => ({
  row,
  col,
  key: "k",
  value,
  source: TAB,
});

describe("writing rolled-up counts", () => {
  const at = { row: 2, col: 5 };
  const plan = (
    values: unknown[][],
    overwrite = false,
    formulas?: string[][],
    notes?: string[][],
  ) =>
    planWrite(
      [cell(2, 5, 12), cell(2, 6, 9)],
      {
        values,
        formulas: formulas ?? values.map((r) => r.map(() => "")),
        notes: notes ?? values.map((r) => r.map(() => "")),
      },
      at,
      "Thôn - TDP",
      overwrite,
    );

  it("fills blank cells and marks each with its source", () => {
    const p = plan([["", ""]]);
    expect(p.values).toEqual([[12, 9]]);
    expect(p.notes[0]?.[0]).toBe(SCORING.rollupNote(TAB, 12));
    expect(p.changed).toBe(2);
    expect(p.conflicts).toEqual([]);
  });

  it("leaves equal values alone and replaces its own earlier value without asking", () => {
    const p = plan([[12, 7]], false, undefined, [["", SCORING.rollupNote(TAB, 7)]]);
    expect(p.values).toEqual([[12, 9]]);
    expect(p.changed).toBe(1);
  });

  it("marks a count already there (a run cut before its notes), never over an officer's note", () => {
    const stale = plan([[12, 9]], false, undefined, [
      [SCORING.rollupNote(TAB, 11), "Hỏi lại trưởng thôn"],
    ]);
    expect(stale.notes[0]).toEqual([SCORING.rollupNote(TAB, 12), "Hỏi lại trưởng thôn"]);
    expect([stale.changed, stale.marked]).toEqual([0, 1]);
  });

  it("asks before replacing a typed value or an officer's formula, and keeps them meanwhile", () => {
    const p = plan([[10, 9]], false, [["=5+5", ""]]);
    expect(p.conflicts.map((f) => f.cell)).toEqual(["E2"]);
    expect(p.values).toEqual([["=5+5", 9]]);
    const typed = plan([[11, 9]], false, undefined, [[SCORING.rollupNote(TAB, 12), ""]]);
    expect(typed.conflicts.map((f) => f.message)).toEqual([SCORING.typedValue(11, 12, TAB)]);
    expect(plan([[11, 9]], true).values).toEqual([[12, 9]]);
  });
});

describe("roll-up targets", () => {
  const villages = readDataTab(VILLAGES, [
    VILLAGES.columns.map((c) => c.header),
    [2026, "T01", "Thôn Đông", 2, "", "", "", "", "", "có", "đạt"],
    [2025, "T01", "Thôn Đông", 2, "", "", "", "", "", "có", "đạt"],
  ]);
  it("refuses more registered households than the village has", () => {
    const set = oneItemSet("GDHT");
    const spec = SCORING_SPECS[0] as (typeof SCORING_SPECS)[number];
    const header = scoringHeaders(scoringTab(spec, set));
    const rows = ["An", "Bình", "Chi"].map((n) => [2026, "T01", n, "có", 6, "", "Đạt"]);
    const scoring = readScoring(spec, [header, ...rows], set, villages);
    const { cells, errors } = rollupTargets([scoring], villages, 2026);
    expect(cells.map((c) => [c.row, c.key, c.value])).toEqual([
      [2, "hhRegistered", 3],
      [2, "hhRecognized", 3],
    ]);
    expect(errors.map((e) => e.cell)).toEqual(["E2", "F2"]);
    expect(errors[0]?.message).toContain("nhiều hơn “Tổng số hộ” (2)");
    expect(rollupTargets([scoring], villages, 2025).cells).toEqual([]);
  });
});

describe("roll-up targets: which totals limit the counts", () => {
  const set = oneItemSet("GDHT");
  const spec = SCORING_SPECS[0] as (typeof SCORING_SPECS)[number];
  const header = scoringHeaders(scoringTab(spec, set));
  /** The village T01 in 2026 with the given cells (households, registered, recognised, clans). */
  const village = (households: number | string, typed: unknown[] = ["", ""], clans: unknown = "") =>
    readDataTab(VILLAGES, [
      VILLAGES.columns.map((c) => c.header),
      [2026, "T01", "Thôn Đông", households, ...typed, clans, "", "", "có", "đạt"],
    ]);
  /** Households scored in T01 for 2026: points ≥ 5 pass, blank is not scored yet. */
  const scored = (target: ReturnType<typeof village>, points: (number | string)[]) =>
    readScoring(
      spec,
      [header, ...points.map((p, i) => [2026, "T01", `Hộ ${i + 1}`, "có", p, "", ""])],
      set,
      target,
    );

  it("says which village, year, column and total a count goes over, as an error at its cell", () => {
    const target = village(2);
    const { errors } = rollupTargets([scored(target, [6, 3, 3])], target, 2026);
    expect(errors).toEqual([
      {
        tab: "Thôn - TDP",
        cell: "E2",
        severity: "error",
        message: SCORING.aboveTotal(
          "Chấm điểm Gia đình",
          3,
          "Số hộ đăng ký GĐHT",
          "Tổng số hộ",
          2,
          "Thôn Đông năm 2026",
        ),
        year: 2026,
      },
    ]);
  });

  it("accepts counts up to the total, equal included", () => {
    const target = village(3, ["", ""], 1);
    const { cells, errors } = rollupTargets([scored(target, [6, 7, 3])], target, 2026);
    expect(cells.map((c) => [c.key, c.value])).toEqual([
      ["hhRegistered", 3],
      ["hhRecognized", 2],
    ]);
    expect(errors).toEqual([]);
  });

  it("does not hold new counts to the typed counts they replace", () => {
    // 1 registered and 1 recognised typed earlier; the scoring tab now gives 3 and 3
    const target = village(5, [1, 1]);
    expect(rollupTargets([scored(target, [6, 7, 8])], target, 2026).errors).toEqual([]);
  });

  it("fills nothing from a scoring tab that feeds no village count (learning citizens)", () => {
    const citizens = SCORING_SPECS.find((s) => !s.rollup) as (typeof SCORING_SPECS)[number];
    const target = village(2);
    const scoring = { ...scored(target, [6]), spec: citizens };
    expect(rollupTargets([scoring], target, 2026)).toEqual({ cells: [], errors: [] });
  });
});

describe("the block the roll-up writes", () => {
  it("spans exactly the target cells, whatever their order", () => {
    expect(rollupBounds([cell(5, 6, 1), cell(3, 5, 2), cell(4, 9, 3)])).toEqual({
      row: 3,
      col: 5,
      rows: 3,
      cols: 5,
    });
    expect(rollupBounds([cell(7, 2, 1)])).toEqual({ row: 7, col: 2, rows: 1, cols: 1 });
  });
});

describe("writing rolled-up marks and edge cells", () => {
  const at = { row: 2, col: 10 };
  const block = (values: unknown[][], notes?: string[][], formulas?: string[][]) => ({
    values,
    formulas: formulas ?? values.map((r) => r.map(() => "")),
    notes: notes ?? values.map((r) => r.map(() => "")),
  });
  const marks = [cell(2, 10, "có"), cell(2, 11, "đạt")];

  it("reads a mark typed with other case or spaces as the same mark, and only marks its note", () => {
    const p = planWrite(marks, block([[" Có ", "ĐẠT"]]), at, "Thôn - TDP", false);
    expect(p.values).toEqual([[" Có ", "ĐẠT"]]);
    expect([p.changed, p.marked, p.conflicts.length]).toEqual([0, 2, 0]);
    expect(p.notes).toEqual([[SCORING.rollupNote(TAB, "có"), SCORING.rollupNote(TAB, "đạt")]]);
  });

  it("asks before replacing another typed mark or a number typed in a mark column", () => {
    const p = planWrite(marks, block([["không", 1]]), at, "Thôn - TDP", false);
    expect(p.conflicts).toEqual([
      {
        tab: "Thôn - TDP",
        cell: "J2",
        severity: "warning",
        message: SCORING.typedValue("không", "có", TAB),
      },
      {
        tab: "Thôn - TDP",
        cell: "K2",
        severity: "warning",
        message: SCORING.typedValue(1, "đạt", TAB),
      },
    ]);
    expect(p.changed).toBe(0);
  });

  it("fills cells read as empty (null or missing) without asking", () => {
    const p = planWrite(marks, block([[null, undefined]]), at, "Thôn - TDP", false);
    expect(p.values).toEqual([["có", "đạt"]]);
    expect([p.changed, p.conflicts.length]).toEqual([2, 0]);
  });

  it("writes nothing again when every count and its note are already there", () => {
    const notes = [[SCORING.rollupNote(TAB, "có"), SCORING.rollupNote(TAB, "đạt")]];
    const p = planWrite(marks, block([["có", "đạt"]], notes), at, "Thôn - TDP", false);
    expect([p.changed, p.marked, p.conflicts.length]).toEqual([0, 0, 0]);
  });

  it("keeps an officer's formula even when it gives the same count", () => {
    const counts = [cell(2, 10, 12)];
    const p = planWrite(counts, block([[12]], undefined, [["=6+6"]]), at, "Thôn - TDP", false);
    expect(p.conflicts.map((f) => f.cell)).toEqual(["J2"]);
    expect(p.values).toEqual([["=6+6"]]);
    expect(p.marked).toBe(0);
  });

  it("works from values alone when formulas or notes could not be read", () => {
    const counts = [cell(2, 10, 12), cell(2, 11, 9)];
    const typed = planWrite(
      [cell(2, 10, 12)],
      { values: [[10]], formulas: [], notes: [] },
      at,
      "x",
      false,
    );
    expect(typed.conflicts.map((f) => f.cell)).toEqual(["J2"]);
    const p = planWrite(
      counts,
      { values: [["", 9]], formulas: [], notes: [[]] },
      at,
      "Thôn - TDP",
      false,
    );
    expect(p.values).toEqual([[12, 9]]);
    expect(p.notes).toEqual([[SCORING.rollupNote(TAB, 12), SCORING.rollupNote(TAB, 9)]]);
    expect([p.changed, p.marked]).toEqual([1, 1]);
  });
});

describe("households waiting for their scores", () => {
  it("counts registered, unscored rows of the year only, over every scoring tab", () => {
    const set = oneItemSet("GDHT");
    const spec = SCORING_SPECS[0] as (typeof SCORING_SPECS)[number];
    const header = scoringHeaders(scoringTab(spec, set));
    const tab = (rows: unknown[][]) => readScoring(spec, [header, ...rows], set, undefined);
    const a = tab([
      [2026, "T01", "An", "có", "", "", ""], // waiting
      [2026, "T01", "Bình", "có", 6, "", ""], // scored
      [2026, "T01", "Chi", "không", "", "", ""], // not registered
      [2025, "T01", "Dũng", "có", "", "", ""], // another year
    ]);
    const b = tab([
      [2026, "T02", "Giang", "có", "", "", ""],
      [2026, "T02", "Hà", "có", "", "", ""],
    ]);
    expect(waitingRows([a, b], 2026)).toBe(3);
    expect(waitingRows([a, b], 2025)).toBe(1);
    expect(waitingRows([], 2026)).toBe(0);
  });
});
