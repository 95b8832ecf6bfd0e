import { describe, expect, it } from "vitest";
import { readDataTab } from "../../../src/core/check/read";
import { readScoring } from "../../../src/core/check/scoring";
import { SCORING } from "../../../src/core/messages";
import { VILLAGES } from "../../../src/core/model/schema";
import { SCORING_SPECS, scoringHeaders, scoringTab } from "../../../src/core/model/scoring";
import { planWrite, type RollupTarget, rollupTargets } from "../../../src/core/report/rollup";
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
