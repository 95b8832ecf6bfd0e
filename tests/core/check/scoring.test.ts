import { describe, expect, it } from "vitest";
import { readCriteria } from "../../../src/core/check/criteria";
import { readDataTab } from "../../../src/core/check/read";
import { countByCode, readScoring, rollupRules } from "../../../src/core/check/scoring";
import { CRITERIA, PRESET_ROWS } from "../../../src/core/model/criteria";
import { VILLAGES } from "../../../src/core/model/schema";
import { SCORING_SPECS, scoringHeaders, scoringTab } from "../../../src/core/model/scoring";
import { oneItemSet } from "../../fixtures/scoring";

const spec = (model: string) =>
  SCORING_SPECS.find((s) => s.model === model) as (typeof SCORING_SPECS)[number];
const criteria = readCriteria([
  CRITERIA.columns.map((c) => c.header),
  ...PRESET_ROWS.map((r) => [...r]),
]);
const citizens = criteria.sets.get("CONGDAN");
const HEADERS = scoringHeaders(scoringTab(spec("CONGDAN"), citizens as never));
const FARMER = "Nông dân, lao động nông thôn";
const TEN = Array(10).fill(9);

/** A citizen row in the tab's column order; the verdict column holds what the sheet shows. */
const person = (
  name: string,
  over: { code?: string; points?: unknown[]; shown?: string; reg?: string } = {},
) => [
  2026,
  over.code ?? "T01",
  name,
  FARMER,
  over.reg ?? "có",
  ...(over.points ?? TEN),
  "",
  over.shown ?? "Đạt",
  "",
];
const villages = readDataTab(VILLAGES, [
  VILLAGES.columns.map((c) => c.header),
  [2026, "T01", "Thôn Đông", 200, 120, 100, "", "", "", "có", "đạt"],
  [2026, "T02", "Thôn Tây", 150, 100, 80, "", "", "", "có", "chưa đạt"],
]);

describe("a citizen scoring tab", () => {
  it("scores each row and counts registered and recognised per village", () => {
    const read = readScoring(
      spec("CONGDAN"),
      [
        HEADERS,
        person("An"),
        person("Bình", { points: [...TEN.slice(1), 4], shown: "Chưa đạt" }),
        person("Chi", { code: "t2", points: Array(10).fill(""), shown: "Chưa chấm" }),
      ],
      citizens,
      villages,
    );
    expect(read.findings).toEqual([]);
    expect(read.rows.map((r) => [r.name, r.total, r.passed, r.unscored])).toEqual([
      ["An", 90, true, false],
      ["Bình", 85, false, false],
      ["Chi", undefined, false, true],
    ]);
    expect([...countByCode(read).values()]).toEqual([
      { year: 2026, code: "T01", registered: 2, recognized: 1, scored: 2 },
      { year: 2026, code: "t2", registered: 1, recognized: 0, scored: 0 },
    ]);
  });

  it("finds the same person twice whatever the spacing, case or tone placement", () => {
    const read = readScoring(
      spec("CONGDAN"),
      [HEADERS, person("Lê Thị Hoà"), person(" lê  thị HÒA")],
      citizens,
      villages,
    );
    expect(read.findings).toEqual([
      expect.objectContaining({
        cell: "C3",
        severity: "error",
        message: expect.stringContaining("đã có ở dòng 2 năm 2026"),
      }),
    ]);
  });

  it("warns once when the sheet's verdicts are not the criteria's (an old formula)", () => {
    const read = readScoring(
      spec("CONGDAN"),
      [HEADERS, person("An", { shown: "Chưa đạt" }), person("Bình", { shown: "Chưa đạt" })],
      citizens,
      villages,
    );
    expect(read.findings).toEqual([
      expect.objectContaining({
        cell: "Q1",
        severity: "warning",
        message: expect.stringContaining("khác bộ tiêu chí hiện tại ở dòng 2, 3"),
      }),
    ]);
  });

  it("without a usable set still reads the rows, scoring none", () => {
    const read = readScoring(spec("CONGDAN"), [HEADERS, person("An")], undefined, villages);
    expect(read.rows[0]?.passed).toBe(false);
  });
});

describe("a community scoring tab (one row per village)", () => {
  it("finds a village scored twice in a year by its code, leading zeros aside", () => {
    const set = oneItemSet("CONGDONG");
    const header = scoringHeaders(scoringTab(spec("CONGDONG"), set));
    const read = readScoring(
      spec("CONGDONG"),
      [
        header,
        [2026, "T01", "Thôn Đông", "có", 7, "", "Đạt"],
        [2026, "T1", "Đông", "có", 3, "", "Chưa đạt"],
      ],
      set,
      villages,
    );
    expect(read.findings.map((f) => [f.cell, f.severity])).toEqual([["B3", "error"]]);
  });
});

describe("village counts beside the scoring tab", () => {
  it("differ → one warning at each count that is not the scoring tab's", () => {
    const set = criteria.sets.get("CONGDAN");
    const family = { ...spec("GDHT"), tab: "Chấm điểm Gia đình" };
    const read = readScoring(spec("CONGDAN"), [HEADERS, person("An")], set, villages);
    const asFamily = { ...read, spec: family };
    const found = rollupRules(asFamily, villages);
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      ["E2", "warning"],
      ["F2", "warning"],
    ]);
    expect(found[0]?.message).toContain("Số hộ đăng ký GĐHT (Thôn Đông năm 2026) là 120, tab");
  });
});
