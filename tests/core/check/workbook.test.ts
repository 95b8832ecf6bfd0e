import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { a1, parseA1 } from "../../../src/core/a1";
import { parseCount, parseMark, parseYear } from "../../../src/core/cells";
import type { Finding } from "../../../src/core/check/read";
import {
  blockingErrors,
  checkRoadmap,
  checkWorkbook,
  sortFindings,
} from "../../../src/core/check/workbook";
import { AREA_COLUMNS, COMMUNE_TABS } from "../../../src/core/model/schema";
import { grids, ROADMAP_GRID, set } from "../../fixtures/grids";
import { communeSample } from "../../fixtures/sample";

const roadmap = ROADMAP_GRID;

describe("checkWorkbook on a realistic commune", () => {
  it("finds no error in clean data (12 villages, ~3,000 households, 15 units, 2 years)", () => {
    const sample = communeSample();
    const households = sample.villages
      .slice(1)
      .filter((r) => r[0] === 2026)
      .reduce((s, r) => s + Number(r[3]), 0);
    expect(households).toBeGreaterThan(2500);
    expect(households).toBeLessThan(3500);
    const checked = checkWorkbook(grids(sample));
    expect(blockingErrors(checked.findings)).toEqual([]);
    expect(checked.config.areaName).toBe("Xã Quảng Thạch");
    expect(checked.tabs.villages?.rows.length).toBe(24);
  });
});

describe("the corpus of bad entries: each gives its finding with tab, cell, severity", () => {
  const cases: [
    string,
    (s: ReturnType<typeof communeSample>) => void,
    { tab: string; cell: string; severity: string; text: string },
  ][] = [
    [
      "text in a count",
      (s) => set(s.villages, "Tổng số hộ", 0, "hai trăm"),
      { tab: "Thôn - TDP", cell: "D2", severity: "error", text: "“hai trăm” không phải là số" },
    ],
    [
      "a decimal count",
      (s) => set(s.villages, "Số hộ đạt GĐHT", 1, 12.5),
      { tab: "Thôn - TDP", cell: "F3", severity: "error", text: "không phải là số nguyên" },
    ],
    [
      "a negative count",
      (s) => set(s.units, "Số CBCCVC, người lao động", 0, -4),
      { tab: "Đơn vị", cell: "H2", severity: "error", text: "là số âm" },
    ],
    [
      "85% in a count column",
      (s) => set(s.villages, "Tổng số dòng họ", 2, "85%"),
      { tab: "Thôn - TDP", cell: "G4", severity: "error", text: "tỷ lệ phần trăm" },
    ],
    [
      "recognised above registered",
      (s) => {
        set(s.villages, "Số hộ đăng ký GĐHT", 0, 10);
        set(s.villages, "Số hộ đạt GĐHT", 0, 20);
      },
      {
        tab: "Thôn - TDP",
        cell: "F2",
        severity: "error",
        text: "Số hộ đạt GĐHT (20) lớn hơn Số hộ đăng ký GĐHT (10)",
      },
    ],
    [
      "registered above total",
      (s) => {
        set(s.villages, "Tổng số hộ", 0, 100);
        set(s.villages, "Số hộ đăng ký GĐHT", 0, 150);
        set(s.villages, "Số hộ đạt GĐHT", 0, 90);
      },
      {
        tab: "Thôn - TDP",
        cell: "E2",
        severity: "error",
        text: "Số hộ đăng ký GĐHT (150) lớn hơn Tổng số hộ (100)",
      },
    ],
    [
      "learning citizens above their population",
      (s) => {
        set(s.villages, "Người lớn trong GĐHT, DHHT, CĐHT", 0, 50);
        set(s.villages, "Người lớn đạt CDHT", 0, 60);
        set(s.villages, "CDHT có kỹ năng số", 0, 10);
        set(s.villages, "CDHT thành thạo kỹ năng số", 0, 5);
      },
      {
        tab: "Thôn - TDP",
        cell: "O2",
        severity: "error",
        text: "Người lớn đạt CDHT (60) lớn hơn Người lớn trong GĐHT",
      },
    ],
    [
      "proficient above digital skills",
      (s) => {
        set(s.units, "CDHT có kỹ năng số", 0, 2);
        set(s.units, "CDHT thành thạo kỹ năng số", 0, 3);
      },
      {
        tab: "Đơn vị",
        cell: "K2",
        severity: "error",
        text: "CDHT thành thạo kỹ năng số (3) lớn hơn CDHT có kỹ năng số (2)",
      },
    ],
    [
      "recognised without registration",
      (s) => {
        set(s.units, "Đăng ký ĐVHT", 0, "không");
        set(s.units, "Đạt ĐVHT", 0, "đạt");
      },
      { tab: "Đơn vị", cell: "G2", severity: "error", text: "chỉ công nhận khi đã đăng ký" },
    ],
    [
      "duplicated area code for a year",
      (s) => set(s.villages, "Mã thôn/TDP", 1, "T01"),
      {
        tab: "Thôn - TDP",
        cell: "B3",
        severity: "error",
        text: "Mã thôn/TDP “T01” đã có ở dòng 2 cho năm 2025",
      },
    ],
    [
      "unknown village code in units",
      (s) => set(s.units, "Thuộc thôn/TDP (mã)", 0, "T99"),
      { tab: "Đơn vị", cell: "E2", severity: "error", text: "Mã thôn/TDP “T99” không có" },
    ],
    [
      "missing required cell",
      (s) => set(s.villages, "Tổng số hộ", 3, ""),
      {
        tab: "Thôn - TDP",
        cell: "D5",
        severity: "error",
        text: "Tổng số hộ (Thôn Bắc năm 2025): ô đang trống",
      },
    ],
    [
      "half a count pair",
      (s) => set(s.villages, "Số dòng họ đạt DHHT", 0, ""),
      {
        tab: "Thôn - TDP",
        cell: "I2",
        severity: "error",
        text: "Đã có “Tổng số dòng họ” nhưng chưa nhập “Số dòng họ đạt DHHT”",
      },
    ],
    [
      "NFD name variant",
      (s) => set(s.villages, "Tên thôn/TDP", 12, "Thôn Đông".normalize("NFD")),
      {
        tab: "Thôn - TDP",
        cell: "C14",
        severity: "warning",
        text: "khác cách gõ dấu hoặc khoảng trắng",
      },
    ],
    [
      "spacing name variant",
      (s) => set(s.villages, "Tên thôn/TDP", 13, "Thôn  Tây "),
      {
        tab: "Thôn - TDP",
        cell: "C15",
        severity: "warning",
        text: "khác cách gõ dấu hoặc khoảng trắng",
      },
    ],
    [
      "year outside the roadmap",
      (s) => set(s.association, "Năm", 0, 2019),
      {
        tab: "Hội Khuyến học xã",
        cell: "A2",
        severity: "warning",
        text: "Năm 2019 không có trong tab",
      },
    ],
    [
      "year that is not a year",
      (s) => set(s.villages, "Năm", 0, "năm nay"),
      { tab: "Thôn - TDP", cell: "A2", severity: "error", text: "không phải là năm hợp lệ" },
    ],
    [
      "unknown unit type",
      (s) => set(s.units, "Loại đơn vị", 0, "Chợ"),
      { tab: "Đơn vị", cell: "D2", severity: "error", text: "“Chợ” không có trong danh sách" },
    ],
    [
      "a bad mark",
      (s) => set(s.villages, "Thôn đạt CĐHT", 0, "tốt"),
      {
        tab: "Thôn - TDP",
        cell: "K2",
        severity: "error",
        text: "không phải là đánh giá đạt/chưa đạt",
      },
    ],
    [
      "year-on-year jump",
      (s) => set(s.villages, "Số hộ đạt GĐHT", 12, 0),
      {
        tab: "Thôn - TDP",
        cell: "F14",
        severity: "warning",
        // the rate named as its column is, with its denominator
        text: "Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ) của Thôn Đông thay đổi từ",
      },
    ],
    [
      "a bad config value",
      (s) => set(s.config, "Giá trị", 0, "Thành phố"),
      { tab: "Cấu hình", cell: "B2", severity: "error", text: "“Cấp”: “Thành phố” không hợp lệ" },
    ],
  ];
  it.each(cases)("%s", (_name, patch, expected) => {
    const { findings } = checkWorkbook(grids(communeSample(), patch));
    const hit = findings.find(
      (f) =>
        f.tab === expected.tab && f.cell === expected.cell && f.message.includes(expected.text),
    );
    expect(hit, JSON.stringify(findings.slice(0, 5), null, 1)).toBeDefined();
    expect(hit?.severity).toBe(expected.severity);
  });

  it("reports a missing tab and a missing column", () => {
    const g = grids(communeSample(), (s) => {
      for (const row of s.units) row.splice(3, 1);
    });
    const { findings } = checkWorkbook({ ...g, data: { ...g.data, association: undefined } });
    expect(
      findings.some((f) => f.tab === "Hội Khuyến học xã" && f.message.includes("Chưa có tab")),
    ).toBe(true);
    expect(
      findings.some((f) => f.tab === "Đơn vị" && f.message.includes("thiếu cột “Loại đơn vị”")),
    ).toBe(true);
  });

  it("reports bad roadmap cells at their own address", () => {
    const bad = roadmap.map((r) => [...r]);
    (bad[2] as unknown[])[1] = "nhiều";
    const { findings } = checkWorkbook({ ...grids(), roadmap: bad });
    expect(findings).toContainEqual(
      expect.objectContaining({ tab: "Lộ trình", cell: "B3", severity: "error" }),
    );
  });

  it("lists errors before warnings, and only the year's errors block that year", () => {
    const { findings } = checkWorkbook(
      grids(communeSample(), (s) => {
        set(s.villages, "Tổng số hộ", 0, "abc"); // 2025
        set(s.villages, "Tên thôn/TDP", 12, "Thôn Đông".normalize("NFD")); // warning 2026
      }),
    );
    const villageFindings = findings.filter((f) => f.tab === "Thôn - TDP");
    expect(villageFindings[0]?.severity).toBe("error");
    expect(blockingErrors(findings, 2026)).toEqual([]);
    expect(blockingErrors(findings, 2025).length).toBe(1);
  });
});

describe("one finding per cell", () => {
  it("recognised above both registered and total is reported once, against registered", () => {
    const { findings } = checkWorkbook(
      grids(communeSample(), (s) => {
        set(s.villages, "Tổng số hộ", 0, 100);
        set(s.villages, "Số hộ đăng ký GĐHT", 0, 90);
        set(s.villages, "Số hộ đạt GĐHT", 0, 120);
      }),
    );
    const atF2 = findings.filter((f) => f.tab === "Thôn - TDP" && f.cell === "F2");
    expect(atF2).toHaveLength(1);
    expect(atF2[0]?.message).toContain("lớn hơn Số hộ đăng ký GĐHT (90)");
  });
});

describe("random bad input (property)", () => {
  const BAD = ["abc", -1, 2.5, "85%", "", "10 5", "1 234", true, 2e9, "T01", "tốt", "x", "=1+1"];
  const TABS = ["villages", "units", "association"] as const;
  const edit = fc.record({
    tab: fc.constantFrom(...TABS),
    row: fc.nat(40),
    col: fc.nat(20),
    value: fc.constantFrom<string | number | boolean>(...BAD),
  });
  const dropped = fc.option(fc.tuple(fc.constantFrom(...TABS), fc.nat(16)), { nil: undefined });

  it("one finding per cell, every unreadable cell found at its address, column A only for years", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), dropped, (edits, drop) => {
        const sample = communeSample();
        const typed: { tab: string; cell: string; header: string; value: unknown }[] = [];
        for (const e of edits) {
          const grid = sample[e.tab];
          const r = 1 + (e.row % (grid.length - 1));
          const c = e.col % (grid[0]?.length ?? 1);
          (grid[r] as unknown[])[c] = e.value;
          typed.push({
            tab: e.tab,
            cell: a1(r + 1, c + 1),
            header: String(grid[0]?.[c]),
            value: e.value,
          });
        }
        if (drop) {
          const grid = sample[drop[0]];
          const c = 1 + (drop[1] % ((grid[0]?.length ?? 2) - 1));
          for (const line of grid) line.splice(c, 1);
          // cells typed in or after the deleted column moved: judge only those before it
          for (let i = typed.length - 1; i >= 0; i--)
            if (typed[i]?.tab === drop[0] && parseA1(typed[i]?.cell ?? "")[1] > c)
              typed.splice(i, 1);
        }
        const { findings } = checkWorkbook(grids(sample));
        const keys = findings.map((f) => `${f.tab}!${f.cell}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const f of findings) {
          expect(f.message).not.toMatch(/undefined|NaN|\[object|null/u);
          if (parseA1(f.cell)[1] === 1 && parseA1(f.cell)[0] > 1)
            expect(f.message).toMatch(/^Năm/u);
        }
        const name = { villages: "Thôn - TDP", units: "Đơn vị", association: "Hội Khuyến học xã" };
        const last = new Map(typed.map((t) => [`${t.tab}!${t.cell}`, t]));
        for (const t of last.values()) {
          const column = COMMUNE_TABS.find((x) => x.id === t.tab)?.columns.find(
            (c) => c.header === t.header,
          );
          const read = { count: parseCount, year: parseYear, mark: parseMark }[
            column?.kind as "count"
          ];
          const unreadable =
            t.value === "" ? column?.required : read !== undefined && !read(t.value).ok;
          if (!unreadable) continue;
          const hit = findings.find(
            (f) => f.tab === name[t.tab as keyof typeof name] && f.cell === t.cell,
          );
          expect(hit?.severity, `${t.tab} ${t.cell} ${JSON.stringify(t.value)}`).toBe("error");
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("missing tabs", () => {
  it("no configuration tab: an error at its A1, and the commune's tabs are still checked", () => {
    const checked = checkWorkbook({ ...grids(), config: undefined });
    expect(checked.findings).toContainEqual({
      tab: "Cấu hình",
      cell: "A1",
      severity: "error",
      message: expect.stringContaining("Chưa có tab “Cấu hình”"),
    });
    expect(checked.findings.filter((f) => f.tab === "Cấu hình")).toHaveLength(1);
    expect(checked.config.level).toBe("Xã");
    expect(checked.tabs.villages?.rows.length).toBe(24);
  });

  it("no roadmap tab: one error at its A1 and no roadmap", () => {
    expect(checkRoadmap(undefined)).toEqual({
      findings: [
        {
          tab: "Lộ trình",
          cell: "A1",
          severity: "error",
          message: expect.stringContaining("Chưa có tab “Lộ trình”"),
        },
      ],
    });
    expect(checkRoadmap(undefined, "Lộ trình 2030").findings[0]?.tab).toBe("Lộ trình 2030");
  });

  it("a roadmap is named after its tab", () => {
    expect(checkRoadmap(ROADMAP_GRID).roadmap?.name).toBe("tab Lộ trình");
    expect(checkRoadmap(ROADMAP_GRID, "Lộ trình 2030").roadmap?.name).toBe("tab Lộ trình 2030");
  });

  it("no villages tab: reported, and the units are not checked against villages that are not there", () => {
    const g = grids();
    const checked = checkWorkbook({ ...g, data: { ...g.data, villages: undefined } });
    const units = checked.findings.filter((f) => f.tab === "Đơn vị" && f.severity === "error");
    expect(units).toEqual([]);
    expect(checked.findings).toContainEqual(
      expect.objectContaining({ tab: "Thôn - TDP", cell: "A1", severity: "error" }),
    );
  });
});

describe("a district workbook", () => {
  const district = (areas?: unknown[][]) => {
    const g = grids(communeSample(), (s) => set(s.config, "Giá trị", 0, "Huyện"));
    return checkWorkbook({
      ...g,
      data: areas ? { areas: { name: "Danh sách địa bàn", grid: areas } } : {},
    });
  };
  const url = (n: number) => `https://docs.google.com/spreadsheets/d/${"x".repeat(20)}${n}/edit`;
  const area = (code: string, name: string, n: number) =>
    AREA_COLUMNS.map((c) => ({ code, name, url: url(n) })[c.key as "code"] ?? "");

  it("checks its list of areas, not the commune tabs", () => {
    const checked = district([
      AREA_COLUMNS.map((c) => c.header),
      area("001", "Xã A", 1),
      area("1", "Xã B", 2),
    ]);
    expect(checked.config.level).toBe("Huyện");
    expect(checked.tabs).toEqual({});
    expect(checked.scoring).toEqual([]);
    expect(checked.roadmap).toBeDefined();
    expect(checked.findings).toEqual([
      expect.objectContaining({ tab: "Danh sách địa bàn", cell: "A3", severity: "error" }),
    ]);
  });

  it("without its list of areas: one error, at the list's A1", () => {
    expect(district().findings).toEqual([
      {
        tab: "Danh sách địa bàn",
        cell: "A1",
        severity: "error",
        message: expect.stringContaining("Chưa có tab “Danh sách địa bàn”"),
      },
    ]);
  });
});

const finding = (tab: string, cell: string, severity: "error" | "warning", year?: number) =>
  ({ tab, cell, severity, message: `${tab} ${cell}`, year }) as Finding;

describe("sortFindings", () => {
  it("keeps tabs in checking order, errors first, then by row and column, one per cell", () => {
    const sorted = sortFindings([
      finding("B", "C2", "warning"),
      finding("A", "B3", "warning"),
      finding("B", "A5", "error"),
      finding("A", "A10", "error"),
      finding("A", "C4", "error"),
      finding("A", "B4", "error"),
      finding("A", "B3", "error"),
      finding("A", "A3", "warning"),
      finding("A", "B2", "error"),
    ]);
    expect(sorted.map((f) => `${f.tab}!${f.cell} ${f.severity}`)).toEqual([
      "B!A5 error",
      "B!C2 warning",
      "A!B2 error",
      "A!B3 error",
      "A!B4 error",
      "A!C4 error",
      "A!A10 error",
      "A!A3 warning",
    ]);
  });
});

describe("blockingErrors", () => {
  const all = [
    finding("A", "A2", "error", 2025),
    finding("A", "A3", "error", 2026),
    finding("A", "A1", "error"),
    finding("A", "B3", "warning", 2026),
  ];
  it("every error without a year; a year's errors and those tied to no year with one", () => {
    expect(blockingErrors(all).map((f) => f.cell)).toEqual(["A2", "A3", "A1"]);
    expect(blockingErrors(all, 2026).map((f) => f.cell)).toEqual(["A3", "A1"]);
    expect(blockingErrors(all, 2025).map((f) => f.cell)).toEqual(["A2", "A1"]);
  });
});
