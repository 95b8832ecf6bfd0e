import { describe, expect, it } from "vitest";
import { type Finding, readDataTab } from "../../../src/core/check/read";
import {
  identityRules,
  jumpRules,
  roadmapYearRules,
  rowCounts,
  rowRules,
} from "../../../src/core/check/rules";
import { checkRoadmap, checkWorkbook } from "../../../src/core/check/workbook";
import { ASSOCIATION, UNITS, VILLAGES } from "../../../src/core/model/schema";
import { grids, ROADMAP_GRID, set } from "../../fixtures/grids";
import { communeSample } from "../../fixtures/sample";

type Patch = Parameters<typeof grids>[1];

const findingsOf = (patch: Patch) => checkWorkbook(grids(communeSample(), patch)).findings;
const at = (findings: readonly Finding[], tab: string, cell: string) =>
  findings.filter((f) => f.tab === tab && f.cell === cell);

// Data rows 0–11 are 2025 (T01…T12), rows 12–23 are 2026; sheet row = data row + 2.
const VARIANTS: [string, string][] = [
  ["a zero-width space", "T\u200b01"],
  ["a non-breaking space", "T\u00a001"],
  ["an inner space", "T 01"],
  ["a leading zero", "T001"],
  ["case", "t01"],
  ["a trailing space and a soft hyphen", "T0\u00ad1 "],
];

describe("one identity for area codes", () => {
  it.each(VARIANTS)(
    "a village code differing by %s is the same village: twice in a year is an error",
    (_what, code) => {
      const findings = findingsOf((s) => set(s.villages, "Mã thôn/TDP", 13, code)); // 2026, was T02
      const [dup] = at(findings, "Thôn - TDP", "B15");
      expect(dup?.severity).toBe("error");
      expect(dup?.message).toContain("đã có ở dòng 14 cho năm 2026");
    },
  );

  it("Đ and D in a unit code are one code", () => {
    const findings = findingsOf((s) => {
      set(s.units, "Mã đơn vị", 0, "ĐV01");
      set(s.units, "Mã đơn vị", 1, "dv 1");
    });
    expect(at(findings, "Đơn vị", "B3")[0]?.message).toContain("“dv 1” đã có ở dòng 2");
  });

  it.each(VARIANTS)("a unit's village typed with %s is a known village", (_what, code) => {
    const findings = findingsOf((s) => set(s.units, "Thuộc thôn/TDP (mã)", 15, code)); // 2026
    expect(at(findings, "Đơn vị", "E17")).toEqual([]);
  });

  it("a unit's village that differs by more than spelling is still unknown", () => {
    const findings = findingsOf((s) => set(s.units, "Thuộc thôn/TDP (mã)", 15, "T13"));
    expect(at(findings, "Đơn vị", "E17")[0]?.message).toContain("“T13” không có");
  });

  it("year-on-year jumps follow the area through a respelled code", () => {
    const findings = findingsOf((s) => {
      set(s.villages, "Mã thôn/TDP", 12, "t 001");
      set(s.villages, "Số hộ đạt GĐHT", 12, 0);
    });
    expect(at(findings, "Thôn - TDP", "F14")[0]?.message).toContain("quá 30 điểm %");
  });
});

describe("names against codes", () => {
  it.each([
    ["tone placement", "Thôn Hoà Bình"],
    ["a zero-width space", "Thôn Hòa\u200b Bình"],
    ["case", "THÔN HÒA BÌNH"],
    ["decomposed marks", "Thôn Hòa Bình".normalize("NFD")],
  ])(
    "a name typed with another %s gets the 'typed differently' warning, not 'another area'",
    (_what, name) => {
      const findings = findingsOf((s) => set(s.villages, "Tên thôn/TDP", 21, name)); // 2026 T10
      const [w] = at(findings, "Thôn - TDP", "C23");
      expect(w?.severity).toBe("warning");
      expect(w?.message).toContain("khác cách gõ dấu hoặc khoảng trắng");
      expect(w?.message).toContain("(ô C11)");
    },
  );

  it("a code that names another area is the 'one code, one area' warning", () => {
    const findings = findingsOf((s) => set(s.villages, "Tên thôn/TDP", 21, "Thôn Hoa Bình"));
    expect(at(findings, "Thôn - TDP", "C23")[0]?.message).toContain(
      "một mã chỉ dùng cho một địa bàn",
    );
  });

  it("the same name under two codes in one year is compared on every row, not only the first", () => {
    const findings = findingsOf((s) => {
      // "Thôn Đông" is T01 in 2025 and 2026; in 2026 two new codes carry the name again
      set(s.villages, "Mã thôn/TDP", 22, "T21");
      set(s.villages, "Tên thôn/TDP", 22, "Thôn Đông");
      set(s.villages, "Mã thôn/TDP", 23, "T22");
      set(s.villages, "Tên thôn/TDP", 23, "thôn  đông");
    });
    for (const [cell, code] of [
      ["C24", "T21"],
      ["C25", "T22"],
    ]) {
      const [w] = at(findings, "Thôn - TDP", cell as string);
      expect(w?.message, cell).toContain(`có hai mã: “${code}” và “T01” (ô B14)`);
    }
    // in 2025 "Thôn Đông" has one code: no warning there
    expect(at(findings, "Thôn - TDP", "C2")).toEqual([]);
  });

  it("the same name under one code spelled two ways is no 'two codes' warning", () => {
    const findings = findingsOf((s) => set(s.villages, "Mã thôn/TDP", 12, "T 01"));
    expect(at(findings, "Thôn - TDP", "C14")).toEqual([]);
  });

  it("gives at most one warning per name cell", () => {
    const findings = findingsOf((s) => {
      set(s.villages, "Tên thôn/TDP", 22, "Thôn Đông"); // T11: renamed and a second code
    });
    expect(at(findings, "Thôn - TDP", "C24")).toHaveLength(1);
  });
});

const header = (tab: typeof VILLAGES) => tab.columns.map((c) => c.header);
const village = (year: unknown, code: string, name: string, hh = 200, rec: unknown = 100) => [
  year,
  code,
  name,
  hh,
  120,
  rec,
  "",
  "",
  "",
  "có",
  "đạt",
];
/** The association tab with its year in column B (headers are found by text). */
const swapped = (rows: unknown[][]) =>
  [header(ASSOCIATION), ...rows].map((r) => [r[1], r[0], ...r.slice(2)]);

describe("count pairs", () => {
  it("the recognised number without its total: the finding is at the empty total", () => {
    const read = readDataTab(VILLAGES, [
      header(VILLAGES),
      [2026, "T01", "Thôn Đông", 200, 120, 100, "", "", 5, "có", "đạt"],
    ]);
    expect(rowRules(read)).toEqual([
      expect.objectContaining({
        cell: "G2",
        severity: "error",
        message: expect.stringContaining(
          "Đã có “Số dòng họ đạt DHHT” nhưng chưa nhập “Tổng số dòng họ”",
        ),
      }),
    ]);
  });
});

describe("identity of rows", () => {
  it("rows whose year cannot be read are not compared with each other", () => {
    const read = readDataTab(VILLAGES, [
      header(VILLAGES),
      village("năm nay", "T01", "Thôn Đông"),
      village("năm nay", "T01", "Thôn Đông"),
    ]);
    expect(identityRules(read)).toEqual([]);
  });

  it("a year twice in the association tab is found at the year's own cell", () => {
    const read = readDataTab(
      ASSOCIATION,
      swapped([
        [2026, "có", 14, 6, 820, 800, 574],
        [2026, "có", 15, 8, 855, 845, 683],
      ]),
    );
    expect(identityRules(read)).toEqual([
      expect.objectContaining({
        cell: "B3",
        severity: "error",
        message: expect.stringContaining("Năm 2026 đã có ở dòng 2"),
      }),
    ]);
  });

  it("a renamed code is compared with its first name on every later row", () => {
    const read = readDataTab(VILLAGES, [
      header(VILLAGES),
      village(2024, "T01", "Thôn Đông"),
      village(2025, "T01", "Thôn Mới"),
      village(2026, "T01", "Thôn Mới"),
    ]);
    const found = identityRules(read);
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      ["C3", "warning"],
      ["C4", "warning"],
    ]);
    expect(found[1]?.message).toContain("ở ô C2 lại là “Thôn Đông”");
  });
});

describe("years outside the roadmap", () => {
  const roadmap = checkRoadmap(ROADMAP_GRID).roadmap;
  if (!roadmap) throw new Error("no roadmap");
  it("one warning per year, at the year's cell; an unreadable year is left to the reader", () => {
    const read = readDataTab(
      ASSOCIATION,
      swapped([
        ["năm nay", "có", 14, 6, 820, 800, 574],
        [2019, "có", 14, 6, 820, 800, 574],
        [2019, "có", 15, 8, 855, 845, 683],
      ]),
    );
    expect(roadmapYearRules(read, roadmap)).toEqual([
      expect.objectContaining({
        cell: "B3",
        severity: "warning",
        message: expect.stringContaining("Năm 2019 không có trong tab “Lộ trình”"),
        year: 2019,
      }),
    ]);
  });
});

describe("rowCounts", () => {
  const contribution = (tab: typeof VILLAGES, indicator: string) => {
    const c = tab.contributions.find((x) => x.indicator === indicator);
    if (!c) throw new Error(indicator);
    return c;
  };
  const villages = () =>
    readDataTab(VILLAGES, [
      header(VILLAGES),
      [2026, "T01", "Thôn Đông", 200, 120, 100, "", "", "", "có", "đạt"],
      [2026, "T02", "Thôn Tây", 150, 100, "", "", "", "", "", "chưa đạt"],
      [2026, "T03", "Thôn Nam", "", 100, 80, "", "", "", "", "chưa đạt"],
    ]);
  const units = () =>
    readDataTab(UNITS, [
      header(UNITS),
      [2026, "DV01", "UBND xã", "Cơ quan", "T01", "có", "đạt", 38, 31, 28, 22],
      [2026, "DV02", "Trường", "Trường học", "T01", "có", "chưa đạt", 40, 30, 28, 22],
      [2026, "DV03", "Chợ", "Cơ quan", "T01", "", "", 40, 30, 28, 22],
    ]);

  it("gives both numbers of a pair, with the registered number when the tab has one", () => {
    const [v1, v2, v3] = villages().rows;
    const gdht = contribution(VILLAGES, "GDHT");
    expect(rowCounts(v1 as never, gdht)).toEqual({ recognized: 100, total: 200, registered: 120 });
    expect(rowCounts(v2 as never, gdht)).toBeUndefined();
    expect(rowCounts(v3 as never, gdht)).toBeUndefined();
    const worker = contribution(VILLAGES, "CONGDAN_LD");
    expect(rowCounts(v1 as never, worker)).toBeUndefined();
  });

  it("a mark counts as one row: 1 or 0", () => {
    const [v1, v2] = villages().rows;
    const cdht = contribution(VILLAGES, "CONGDONG");
    expect(rowCounts(v1 as never, cdht)).toEqual({ recognized: 1, total: 1, registered: 1 });
    expect(rowCounts(v2 as never, cdht)).toEqual({
      recognized: 0,
      total: 1,
      registered: undefined,
    });
  });

  it("staff of a unit count only once the unit is recognised", () => {
    const [u1, u2, u3] = units().rows;
    const staff = contribution(UNITS, "CONGDAN_CB");
    expect(rowCounts(u1 as never, staff)).toEqual({
      recognized: 31,
      total: 38,
      registered: undefined,
    });
    expect(rowCounts(u2 as never, staff)).toBeUndefined();
    expect(rowCounts(u3 as never, staff)).toBeUndefined();
  });
});

describe("year-on-year jumps", () => {
  it("a change of exactly the band is no warning; above it names both years", () => {
    const read = readDataTab(VILLAGES, [
      header(VILLAGES),
      village(2024, "T01", "Thôn Đông", 100, 50),
      village(2025, "T01", "Thôn Đông", 100, 75),
      village(2026, "T01", "Thôn Đông", 100, 100),
      village(2025, "T02", "Thôn Tây", 100, 20),
      village(2026, "T02", "Thôn Tây", 100, 50),
    ]);
    const gdht = (band: number) =>
      jumpRules(read, band).filter((f) => f.message.startsWith("Tỷ lệ số hộ đạt GĐHT"));
    expect(gdht(25).map((f) => f.cell)).toEqual(["F6"]);
    expect(gdht(30).map((f) => f.cell)).toEqual([]);
    expect(gdht(24).map((f) => f.cell)).toEqual(["F3", "F4", "F6"]);
    expect(gdht(25)[0]?.message).toContain("thay đổi từ 20% (2025) sang 50% (2026), quá 25 điểm %");
  });

  it("the association tab has no area to follow: no jumps", () => {
    const read = readDataTab(ASSOCIATION, [
      header(ASSOCIATION),
      [2025, "có", 14, 1, 820, 10, 574],
      [2026, "có", 15, 15, 855, 845, 683],
    ]);
    expect(jumpRules(read, 30)).toEqual([]);
  });
});
