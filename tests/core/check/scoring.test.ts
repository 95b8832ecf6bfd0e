import { describe, expect, it } from "vitest";
import { readCriteria } from "../../../src/core/check/criteria";
import { readDataTab } from "../../../src/core/check/read";
import {
  checkScoring,
  countByCode,
  readScoring,
  rollupCells,
  rollupRules,
} from "../../../src/core/check/scoring";
import { CRITERIA, PRESET_ROWS } from "../../../src/core/model/criteria";
import { UNITS, VILLAGES } from "../../../src/core/model/schema";
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

/** A citizen row with a note (column R). */
const noted = (name: string, note: string) => [...person(name).slice(0, -1), note];

describe("each problem of a citizen row at its own cell", () => {
  const scored = () =>
    readScoring(
      spec("CONGDAN"),
      [
        HEADERS,
        person("An", { points: [11, ...TEN.slice(1)] }),
        person("Bình", { points: [10, ...TEN.slice(1)] }),
        person("Chi", { points: [9, "", 9, "", 9, 9, 9, 9, 9, 9] }),
        person("Dũng", { reg: "" }),
        person("Giang", { reg: "", points: Array(10).fill("") }),
        person("Hà", { points: ["chín", ...TEN.slice(1)] }),
        person("Lan", { code: "T09" }),
        noted("Minh", "CCCD 012345678901"),
        person("Nga 123456789"),
      ],
      citizens,
      villages,
    );
  const find = (cell: string) => scored().findings.filter((f) => f.cell === cell);

  it("lists one finding per problem, with the cell and severity an officer needs", () => {
    const read = scored();
    expect(read.findings.map((f) => [f.tab, f.cell, f.severity, f.year])).toEqual([
      ["Chấm điểm Công dân", "F7", "error", 2026],
      ["Chấm điểm Công dân", "F2", "error", 2026],
      ["Chấm điểm Công dân", "G4", "error", 2026],
      ["Chấm điểm Công dân", "E5", "error", 2026],
      ["Chấm điểm Công dân", "B8", "error", 2026],
      ["Chấm điểm Công dân", "R9", "warning", 2026],
      ["Chấm điểm Công dân", "C10", "warning", 2026],
    ]);
  });

  it("says what is wrong in each message", () => {
    expect(find("F2")[0]?.message).toBe("An năm 2026: tiêu chí 1 được 11, lớn hơn điểm tối đa 10.");
    expect(find("G4")[0]?.message).toContain(
      "Chi năm 2026: chưa có điểm tiêu chí 2, 4 — cần đủ 10",
    );
    expect(find("E5")[0]?.message).toContain("Dũng năm 2026 có điểm nhưng chưa đăng ký");
    expect(find("B8")[0]?.message).toContain(
      "Mã thôn/TDP “T09” không có trong tab “Thôn - TDP” năm 2026",
    );
    expect(find("R9")[0]?.message).toContain("CMND/CCCD");
    expect(find("C10")[0]?.message).toContain("CMND/CCCD");
  });

  it("recognises only registered, complete rows without an error (a warning does not stop it)", () => {
    const read = scored();
    expect(read.rows.map((r) => [r.name, r.registered, r.complete, r.total, r.passed])).toEqual([
      ["An", true, true, 92, false],
      ["Bình", true, true, 91, true],
      ["Chi", true, false, undefined, false],
      ["Dũng", false, true, 90, false],
      ["Giang", false, false, undefined, false],
      ["Hà", true, false, undefined, false],
      ["Lan", true, true, 90, false],
      ["Minh", true, true, 90, true],
      ["Nga 123456789", true, true, 90, true],
    ]);
    expect(read.rows.map((r) => r.unscored)).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("rows that cannot be scored", () => {
  it("a row without a readable year, code or name is reported by the reader, not scored (an ID number still is)", () => {
    const read = readScoring(
      spec("CONGDAN"),
      [
        HEADERS,
        ["năm nay", ...person("An").slice(1)],
        person("Bình", { code: "" }),
        noted("", "CMND 012345678"),
      ],
      citizens,
      villages,
    );
    expect(read.rows).toEqual([]);
    expect(read.findings.map((f) => [f.cell, f.severity])).toEqual([
      ["A2", "error"],
      ["B3", "error"],
      ["C4", "error"],
      ["R4", "warning"],
    ]);
  });

  it("a village row without a code does not break the check of the codes", () => {
    const odd = readDataTab(VILLAGES, [
      VILLAGES.columns.map((c) => c.header),
      [2026, "T01", "Thôn Đông", 200, 120, 100, "", "", "", "có", "đạt"],
      [2026, "", "Thôn Tây", 150, 100, 80, "", "", "", "có", "chưa đạt"],
    ]);
    const read = readScoring(spec("CONGDAN"), [HEADERS, person("An")], citizens, odd);
    expect(read.findings).toEqual([]);
    expect(read.rows[0]?.passed).toBe(true);
  });

  it("without a usable set no row is complete and none has a total", () => {
    const read = readScoring(spec("CONGDAN"), [HEADERS, person("An")], undefined, villages);
    expect(read.rows.map((r) => [r.complete, r.total, r.unscored])).toEqual([
      [false, undefined, true],
    ]);
  });

  it("an unreadable mark is reported once, by the reader, not again as 'not registered'", () => {
    const read = readScoring(
      spec("CONGDAN"),
      [HEADERS, person("An", { reg: "tốt" })],
      citizens,
      villages,
    );
    expect(read.findings.map((f) => [f.cell, f.severity])).toEqual([["E2", "error"]]);
    expect(read.rows[0]?.passed).toBe(false);
  });

  it("without a registered column, 'not registered' is at the name", () => {
    const drop = HEADERS.indexOf("Đăng ký");
    const cut = (row: unknown[]) => row.filter((_, i) => i !== drop);
    const read = readScoring(
      spec("CONGDAN"),
      [cut(HEADERS), cut(person("An"))],
      citizens,
      villages,
    );
    const notRegistered = read.findings.filter((f) => f.message.includes("chưa đăng ký"));
    expect(notRegistered.map((f) => f.cell)).toEqual(["C2"]);
  });

  it("the same person twice, with an ID number in the name, is still a duplicate error", () => {
    const read = readScoring(
      spec("CONGDAN"),
      [HEADERS, person("An 123456789"), person("An 123456789")],
      citizens,
      villages,
    );
    const c3 = read.findings.filter((f) => f.cell === "C3");
    expect(c3.map((f) => f.severity)).toEqual(["error"]);
    expect(c3[0]?.message).toContain("đã có ở dòng 2 năm 2026");
    expect(read.rows.map((r) => r.passed)).toEqual([true, false]);
  });
});

describe("a unit scoring tab", () => {
  it("a code not in the units tab is an unknown unit", () => {
    const set = oneItemSet("DVHT");
    const units = readDataTab(UNITS, [
      UNITS.columns.map((c) => c.header),
      [2026, "DV01", "UBND xã", "Cơ quan", "T01", "có", "đạt", 38, 31, 28, 22],
    ]);
    const header = scoringHeaders(scoringTab(spec("DVHT"), set));
    expect(header.slice(0, 3)).toEqual(["Năm", "Mã đơn vị", "Tên đơn vị"]);
    const read = readScoring(
      spec("DVHT"),
      [
        header,
        [2026, "DV01", "UBND xã", "có", 7, "", "Đạt"],
        [2026, "DV9", "Trường", "có", 7, "", "Đạt"],
      ],
      set,
      units,
    );
    expect(read.findings.map((f) => [f.cell, f.severity])).toEqual([["B3", "error"]]);
    expect(read.findings[0]?.message).toContain(
      "Mã đơn vị “DV9” không có trong tab “Đơn vị” năm 2026",
    );
    // its counts go to the units tab, never to a village's, even one coded like the unit
    const lookalike = readDataTab(VILLAGES, [
      VILLAGES.columns.map((c) => c.header),
      [2026, "DV01", "Thôn Đông", 200, 120, 100, "", "", "", "không", "chưa đạt"],
    ]);
    expect(rollupCells(read, lookalike)).toEqual([]);
    expect(rollupCells(read, units).map((c) => [c.key, c.value])).toEqual([
      ["dvhtRegistered", "có"],
      ["dvhtRecognized", "đạt"],
    ]);
  });
});

describe("the verdict column", () => {
  const verdictAt = HEADERS.indexOf("Kết quả");
  it("missing: one warning at the header cell after the last, only when there are rows", () => {
    const cut = (row: unknown[]) => row.filter((_, i) => i !== verdictAt);
    const read = readScoring(
      spec("CONGDAN"),
      [cut(HEADERS), cut(person("An"))],
      citizens,
      villages,
    );
    expect(read.findings).toEqual([
      expect.objectContaining({
        cell: "R1",
        severity: "warning",
        message: expect.stringContaining("Cột “Kết quả” bị thiếu"),
      }),
    ]);
    expect(readScoring(spec("CONGDAN"), [cut(HEADERS)], citizens, villages).findings).toEqual([]);
    // a number typed in the header row is not the column either
    const typed = readScoring(
      spec("CONGDAN"),
      [[...cut(HEADERS), 2026], cut(person("An"))],
      citizens,
      villages,
    );
    expect(typed.findings.map((f) => [f.cell, f.severity])).toEqual([["S1", "warning"]]);
  });

  it("in column A is found there (headers are matched by text, with numbers among them)", () => {
    const move = (row: unknown[]) => [row[verdictAt], ...row.filter((_, i) => i !== verdictAt)];
    const header = [...move(HEADERS), 2026];
    const read = readScoring(
      spec("CONGDAN"),
      [header, move(person("An")), move(person("Bình", { shown: "Chưa đạt" }))],
      citizens,
      villages,
    );
    expect(read.findings).toEqual([
      expect.objectContaining({
        cell: "A1",
        severity: "warning",
        message: expect.stringContaining("Cột “Kết quả” khác bộ tiêu chí hiện tại ở dòng 3 —"),
      }),
    ]);
  });

  it("names at most three rows that differ, then …", () => {
    const stale = (n: number) =>
      readScoring(
        spec("CONGDAN"),
        [HEADERS, ...Array.from({ length: n }, (_, i) => person(`Người ${i}`, { shown: "" }))],
        citizens,
        villages,
      ).findings.map((f) => f.message);
    expect(stale(3)[0]).toContain("ở dòng 2, 3, 4 —");
    expect(stale(4)[0]).toContain("ở dòng 2, 3, 4, … —");
  });
});

describe("community counts rolled up into the village marks", () => {
  const set = oneItemSet("CONGDONG");
  const header = scoringHeaders(scoringTab(spec("CONGDONG"), set));
  const mine = () =>
    readDataTab(VILLAGES, [
      VILLAGES.columns.map((c) => c.header),
      [2026, "T01", "Thôn Đông", 200, 120, 100, "", "", "", "có", "đạt"],
      [2026, "T02", "Thôn Tây", 150, 100, 80, "", "", "", "có", "đạt"],
      [2026, "T03", "Thôn Nam", 100, 50, 40, "", "", "", "không", "chưa đạt"],
      [2026, "T04", "Thôn Bắc", 100, 50, 40, "", "", "", "có", "đạt"],
      [2025, "T01", "Thôn Đông", 200, 120, 90, "", "", "", "có", "chưa đạt"],
      ["năm nay", "T01", "Thôn Đông", 200, 120, 90, "", "", "", "có", "đạt"],
      [2026, "", "Thôn Mới", 200, 120, 90, "", "", "", "có", "đạt"],
    ]);
  const scored = () =>
    readScoring(
      spec("CONGDONG"),
      [
        header,
        [2026, "T01", "Thôn Đông", "có", 7, "", "Đạt"],
        [2026, "T02", "Thôn Tây", "có", 3, "", "Chưa đạt"],
        [2026, "T03", "Thôn Nam", "", "", "", ""],
        [2025, "T01", "Thôn Đông", "có", 3, "", "Chưa đạt"],
      ],
      set,
      mine(),
    );

  it("gives 'có'/'không' and 'đạt'/'chưa đạt' by village and year", () => {
    const cells = (year?: number) =>
      rollupCells(scored(), mine(), year).map((c) => [c.row.sheetRow, c.key, c.col, c.value]);
    expect(cells(2026)).toEqual([
      [2, "cdhtRegistered", 10, "có"],
      [2, "cdhtRecognized", 11, "đạt"],
      [3, "cdhtRegistered", 10, "có"],
      [3, "cdhtRecognized", 11, "chưa đạt"],
      [4, "cdhtRegistered", 10, "không"],
      [4, "cdhtRecognized", 11, "chưa đạt"],
    ]);
    expect(cells()).toEqual([
      ...cells(2026),
      [6, "cdhtRegistered", 10, "có"],
      [6, "cdhtRecognized", 11, "chưa đạt"],
    ]);
  });

  it("warns only where the village's mark is not the scoring tab's", () => {
    const found = rollupRules(scored(), mine());
    expect(found.map((f) => [f.tab, f.cell, f.severity, f.year])).toEqual([
      ["Thôn - TDP", "K3", "warning", 2026],
    ]);
    expect(found[0]?.message).toContain(
      "Thôn đạt CĐHT (Thôn Tây năm 2026) là “đạt”, tab “Chấm điểm Cộng đồng” cho “chưa đạt”",
    );
  });

  it("a citizen tab has no counts to roll up", () => {
    const citizensRead = readScoring(spec("CONGDAN"), [HEADERS, person("An")], citizens, villages);
    expect(rollupCells(citizensRead, villages)).toEqual([]);
  });
});

describe("family counts rolled up into the village counts", () => {
  const set = oneItemSet("GDHT");
  const header = scoringHeaders(scoringTab(spec("GDHT"), set));
  const scored = (target: ReturnType<typeof readDataTab>) =>
    readScoring(
      spec("GDHT"),
      [
        header,
        [2026, "T01", "Nguyễn Văn An", "có", 7, "", "Đạt"],
        [2026, "T01", "Trần Thị Bình", "có", 3, "", "Chưa đạt"],
        [2026, "T02", "Lê Văn Chi", "có", 7, "", "Đạt"],
      ],
      set,
      target,
    );

  it("the same counts give no warning; an unreadable count is left to the reader", () => {
    const target = readDataTab(VILLAGES, [
      VILLAGES.columns.map((c) => c.header),
      [2026, "T01", "Thôn Đông", 200, 2, 1, "", "", "", "có", "đạt"],
      [2026, "T02", "Thôn Tây", 150, 1, "một", "", "", "", "có", "chưa đạt"],
    ]);
    expect(rollupRules(scored(target), target)).toEqual([]);
  });

  it("a village tab without the recognised column gets the registered count only", () => {
    const headers = VILLAGES.columns.map((c) => c.header);
    const drop = headers.indexOf("Số hộ đạt GĐHT");
    const cut = (row: unknown[]) => row.filter((_, i) => i !== drop);
    const target = readDataTab(VILLAGES, [
      cut(headers),
      cut([2026, "T01", "Thôn Đông", 200, 2, 1, "", "", "", "có", "đạt"]),
    ]);
    expect(rollupCells(scored(target), target).map((c) => [c.key, c.col, c.value])).toEqual([
      ["hhRegistered", 5, 2],
    ]);
  });
});

describe("checkScoring over a workbook's tabs", () => {
  const familyHeader = scoringHeaders(scoringTab(spec("GDHT"), oneItemSet("GDHT")));
  const familyGrid = [familyHeader, [2026, "T01", "Nguyễn Văn An", "có", "", "", ""]];
  const presets = [CRITERIA.columns.map((c) => c.header), ...PRESET_ROWS.map((r) => [...r])];

  it("a commune without criteria or scoring tabs hears nothing", () => {
    expect(checkScoring({}, { villages })).toEqual({ scoring: [], findings: [] });
    expect(checkScoring({ scoring: {} }, { villages })).toEqual({ scoring: [], findings: [] });
  });

  it("a scoring tab without the criteria tab: an error at the criteria tab's A1, rows still read", () => {
    const result = checkScoring(
      { scoring: { GDHT: { name: "Chấm điểm GĐ", grid: familyGrid } } },
      { villages },
    );
    expect(result.findings[0]).toEqual({
      tab: "Bộ tiêu chí",
      cell: "A1",
      severity: "error",
      message: expect.stringContaining("Chưa có tab “Bộ tiêu chí”"),
    });
    expect(result.scoring.map((s) => [s.spec.model, s.read.sheetName, s.rows.length])).toEqual([
      ["GDHT", "Chấm điểm GĐ", 1],
    ]);
    // the village's typed counts (120 registered, 100 recognised) are not the tab's (1 and 0)
    expect(
      result.findings.filter((f) => f.tab === "Thôn - TDP").map((f) => [f.cell, f.severity]),
    ).toEqual([
      ["E2", "warning"],
      ["F2", "warning"],
    ]);
  });

  it("the criteria tab's problems carry its name; models with a scoring tab are in use", () => {
    const result = checkScoring(
      {
        criteria: { name: "Bộ tiêu chí 2026", grid: presets },
        scoring: { GDHT: { name: "Chấm điểm Gia đình", grid: familyGrid } },
      },
      {},
    );
    expect(result.criteria?.sets.has("CONGDAN")).toBe(true);
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    // no village tab to compare counts with: the criteria tab's findings only
    expect(result.findings.every((f) => f.tab === "Bộ tiêu chí 2026")).toBe(true);
    expect(result.scoring).toHaveLength(1);
    // without the family set usable, its rows are read but not scored
    expect(result.scoring[0]?.rows.map((r) => r.unscored)).toEqual([true]);
  });

  it("a criteria tab alone is read, with no error", () => {
    const result = checkScoring({ criteria: { name: "Bộ tiêu chí", grid: presets } }, {});
    expect(result.scoring).toEqual([]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.criteria?.sets.has("CONGDAN")).toBe(true);
  });
});

describe("citizen groups with different rules", () => {
  it("each row is judged by its own group's rule", () => {
    const WORKER = "Công nhân, thợ thủ công, thợ sửa chữa";
    const strict = citizens && {
      ...citizens,
      forms: citizens.forms.map((f) => (f.name === WORKER ? { ...f, pass: 95 } : f)),
    };
    const worker = person("Bình", { shown: "Chưa đạt" });
    worker[3] = WORKER;
    const read = readScoring(spec("CONGDAN"), [HEADERS, person("An"), worker], strict, villages);
    expect(read.findings).toEqual([]);
    expect(read.rows.map((r) => [r.form?.name, r.total, r.passed])).toEqual([
      [FARMER, 90, true],
      [WORKER, 90, false],
    ]);
  });
});
