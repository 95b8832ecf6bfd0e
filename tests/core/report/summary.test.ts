import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../../src/core/check/workbook";
import { INDICATORS, indicatorLabel } from "../../../src/core/model/indicators";
import type { Counts } from "../../../src/core/model/rates";
import { findPreset } from "../../../src/core/model/roadmaps";
import { ASSOCIATION, UNITS, VILLAGES } from "../../../src/core/model/schema";
import { roadmapGrid } from "../../../src/core/model/template";
import {
  blockMark,
  renderSummary,
  shadeFormulas,
  staleFormula,
} from "../../../src/core/report/render";
import {
  communeParts,
  NO_DATA,
  NO_TARGET,
  type Summary,
  type SummaryPart,
  summarize,
  totalsOf,
} from "../../../src/core/report/summary";
import { communeSample } from "../../fixtures/sample";
import { createEnvironment, readsAlikeEverywhere } from "../../memory";

const quocgia = findPreset("QUOCGIA") ?? (undefined as never);
const sample = communeSample();
const checked = checkWorkbook({
  config: sample.config,
  roadmap: roadmapGrid(quocgia),
  data: {
    villages: { name: VILLAGES.name, grid: sample.villages },
    units: { name: UNITS.name, grid: sample.units },
    association: { name: ASSOCIATION.name, grid: sample.association },
  },
});
const roadmap = checked.roadmap ?? (undefined as never);
// built inside each test, where a mutant is active (not while the file loads)
const partsOf = () => communeParts(checked.tabs, 2026);
const summaryOf = () => summarize(partsOf(), roadmap, 2026, "Xã Quảng Thạch", "Toàn xã");
const section = (id: string) =>
  summaryOf().sections.find((s) => s.indicator.id === id) ?? (undefined as never);

describe("commune summary", () => {
  it("has one part per village, per unit type and the association", () => {
    const parts = partsOf();
    expect(parts.length).toBe(12 + 5 + 1);
    expect(parts[0]?.label).toBe("Thôn Đông");
    expect(parts.some((p) => p.label === "Trường học (3 đơn vị)")).toBe(true);
  });
  it("totals are Σ recognised / Σ total over the year's rows", () => {
    const rows = sample.villages.slice(1).filter((r) => r[0] === 2026);
    const recognized = rows.reduce((s, r) => s + Number(r[5]), 0);
    const total = rows.reduce((s, r) => s + Number(r[3]), 0);
    const registered = rows.reduce((s, r) => s + Number(r[4]), 0);
    const gd = section("GDHT");
    expect(gd.total.counts).toEqual({ recognized, total, registered });
    expect(gd.total.rate).toBe(Math.floor((recognized * 1000) / total) / 1000);
    expect(gd.parts.length).toBe(12);
    expect(gd.target?.value).toBe(0.72);
  });
  it("counts villages recognised as learning communities, one per village", () => {
    const rows = sample.villages.slice(1).filter((r) => r[0] === 2026);
    expect(section("CONGDONG").total.counts).toEqual({
      recognized: rows.filter((r) => r[10] === "đạt").length,
      total: 12,
      registered: rows.filter((r) => r[9] === "có").length,
    });
  });
  it("counts staff only in units recognised as learning units", () => {
    const rows = sample.units.slice(1).filter((r) => r[0] === 2026 && r[6] === "đạt");
    const expected = {
      recognized: rows.reduce((s, r) => s + Number(r[8]), 0),
      total: rows.reduce((s, r) => s + Number(r[7]), 0),
    };
    expect(section("CONGDAN_CB").total.counts).toEqual(expected);
  });
  it("says when there is no target instead of guessing", () => {
    expect(section("CT_TTHTCD").total.verdict).toBe(NO_TARGET); // QĐ 387 sets none after 2025
    expect(section("CT_TTHTCD").total.counts).toEqual({
      recognized: 1,
      total: 1,
    });
  });
  it("still-needed and verdict follow the integer rule", () => {
    const summary = summaryOf();
    for (const s of summary.sections) {
      const t = s.total;
      if (!t.counts || !s.target) continue;
      expect(t.verdict === "Đạt").toBe(t.needed === 0);
      expect(t.needed).toBe(
        Math.max(
          0,
          Math.ceil((Math.round(s.target.value * 1000) * t.counts.total) / 1000) -
            t.counts.recognized,
        ),
      );
    }
  });
});

describe("rendered summary", () => {
  const blockOf = () =>
    renderSummary(summaryOf(), {
      madeAt: "05/12/2026 09:30",
      sources: "tab Thôn - TDP",
      staleFormula: "=1",
    });
  it("is rectangular, with one format per cell", () => {
    const block = blockOf();
    const width = block.values[0]?.length;
    for (const [i, row] of block.values.entries()) {
      expect(row.length).toBe(width);
      expect(block.formats[i]?.length).toBe(width);
    }
  });
  it("keeps counts beside rates and writes names as text", () => {
    const block = blockOf();
    const row = block.values.find((r) => r[0] === "Thôn Đông");
    expect(String(row?.[1])).toMatch(/^[\d.]+ \/ [\d.]+ hộ$/u);
    const i = block.values.indexOf(row as never);
    expect(block.formats[i]?.[0]).toBe("@");
    expect(block.formats[i]?.[4]).toBe("0.0%");
  });
  it("puts every indicator in the overview, named in Vietnamese with its rate's denominator", () => {
    const block = blockOf();
    const summary = summaryOf();
    const overview = block.values.slice(
      block.frozenRows,
      block.frozenRows + summary.sections.length,
    );
    expect(overview.map((r) => r[0])).toEqual(
      summary.sections.map((s) => indicatorLabel(s.indicator)),
    );
    expect(overview[0]?.slice(0, 1)).toEqual(["GĐHT — Gia đình học tập"]);
    expect(overview.map((r) => r[9]).slice(0, 4)).toEqual([
      "tổng số hộ",
      "tổng số dòng họ",
      "tổng số thôn/TDP",
      "tổng số đơn vị",
    ]);
    const cb = summary.sections.findIndex((s) => s.indicator.id === "CONGDAN_CB");
    expect(overview[cb]?.[9]).toBe("số CBCCVC, người lao động ở đơn vị đạt ĐVHT");
    const title = block.values.find((r) =>
      String(r[0]).startsWith("CĐHT — Cộng đồng học tập:"),
    )?.[0];
    expect(title).toBe("CĐHT — Cộng đồng học tập: tỷ lệ trên tổng số thôn/TDP (mục tiêu 67%)");
  });
  it("shows no indicator id anywhere an officer reads", () => {
    const block = blockOf();
    const text = block.values
      .flat()
      .filter((v) => typeof v === "string" && !v.startsWith("="))
      .join("\n");
    for (const i of INDICATORS)
      if (i.id !== i.short) expect(text).not.toMatch(new RegExp(`\\b${i.id}\\b`, "u"));
    expect(text).toContain("11/12 hiện 91,6%");
  });
});

describe("shade formulas", () => {
  it("compare whole per mille, with the margin in points, and read alike in every locale", () => {
    const f = shadeFormulas("$E7", "$F7", 5);
    expect(f.met).toBe("=AND(ISNUMBER($E7);ISNUMBER($F7);ROUND($E7*1000;0)>=ROUND($F7*1000;0))");
    expect(f.near).toContain("ROUND($E7*1000;0)>=ROUND($F7*1000;0)-50");
    const g = shadeFormulas("G2", 0.72, 2.5, "$A2=2026");
    expect(g.short).toBe("=AND($A2=2026;ISNUMBER(G2);ROUND(G2*1000;0)<720-25)");
    for (const formula of [...Object.values(f), ...Object.values(g)])
      expect(readsAlikeEverywhere(formula)).toBe(true);
  });
});

describe("staleness mark", () => {
  const grid = [
    ["Năm", "Tên", "Số", "Ghi chú"],
    [2026, "Thôn A", 10, ""],
    [2025, "Thôn B", 7, "x"],
    [2026, "Thôn C", 2.5, true],
  ];
  const year = { col: 1, value: 2026 };

  it("weighs each cell by its row and column: numbers as themselves, text by its length", () => {
    // row 2: 1×2026 + 2×6 + 3×10; row 4: 1×2026 + 2×6 + 3×2.5 + 4×1 (TRUE)
    expect(blockMark(grid, 1, 4, year)).toBe(2 * (2026 + 12 + 30) + 4 * (2026 + 12 + 7.5 + 4));
    expect(blockMark(grid, 2, 3)).toBe(2 * (6 + 20) + 3 * (6 + 14) + 4 * (6 + 5));
  });

  it("is computed natively by a formula that reads alike in every locale", () => {
    const check = { sheet: "Thôn - TDP", firstCol: 1, lastCol: 4, year, mark: 0 };
    for (const locale of ["vi_VN", "en_US", "de_DE"]) {
      const env = createEnvironment({ latency: "none" });
      const ss = env.createSpreadsheet("x", { locale });
      const data = ss.insertSheet("Thôn - TDP");
      data.getRange(1, 1, 4, 4).setValues(grid);
      const formula = staleFormula(
        [{ ...check, mark: blockMark(grid, 1, 4, year) }],
        "ok",
        'cũ "x"',
      );
      expect(readsAlikeEverywhere(formula)).toBe(true);
      const cell = ss.insertSheet("Tổng hợp").getRange("A1");
      cell.setValue(formula);
      expect(cell.getValue()).toBe("ok");
      data.getRange("C3").setValue(8); // another year's row: still up to date
      expect(cell.getValue()).toBe("ok");
      data.getRange("C2:C4").setValues([[2.5], [8], [10]]); // values swapped between rows
      expect(cell.getValue()).toBe('cũ "x"');
      data.getRange("C2:C4").setValues([[10], [8], [2.5]]);
      expect(cell.getValue()).toBe("ok");
      data.getRange("D4").setValue("đạt"); // a mark changed: text is counted by its length
      expect(cell.getValue()).toBe('cũ "x"');
      ss.deleteSheet(data);
      expect(cell.getValue()).toBe('cũ "x"');
    }
  });
});

/** A roadmap an officer types: targets per indicator and year. */
const ownRoadmap = (targets: Record<string, [number, number][]>, interpolate = false) => ({
  name: "Lộ trình riêng",
  title: "Lộ trình riêng",
  targets: new Map(Object.entries(targets).map(([id, years]) => [id, new Map(years)])),
  interpolate,
});
const partOf = (label: string, counts: Record<string, Counts>): SummaryPart => ({
  label,
  counts: new Map(Object.entries(counts)),
});

describe("summary lines and verdicts", () => {
  const roadmap = ownRoadmap({ GDHT: [[2026, 0.7]], DHHT: [[2026, 0.5]], CONGDONG: [[2027, 1]] });
  const parts = [
    partOf("Thôn A", {
      GDHT: { recognized: 7, total: 10 },
      CONGDAN_LD: { recognized: 3, total: 4 },
    }),
    partOf("Thôn B", { GDHT: { recognized: 1, total: 10 }, DVHT: { recognized: 0, total: 0 } }),
  ];
  const at = (s: Summary, id: string) => s.sections.find((x) => x.indicator.id === id);

  it("lists, in catalogue order, indicators with figures or a target this year, and only those", () => {
    const s = summarize(parts, roadmap, 2026, "Xã A", "Toàn xã");
    expect(s.sections.map((x) => x.indicator.id)).toEqual(["GDHT", "DHHT", "DVHT", "CONGDAN_LD"]);
    expect([s.year, s.areaName, s.totalLabel, s.roadmapName]).toEqual([
      2026,
      "Xã A",
      "Toàn xã",
      "Lộ trình riêng",
    ]);
  });

  it("totals Σ recognised / Σ total against the target, with each part judged the same way", () => {
    const gd = at(summarize(parts, roadmap, 2026, "Xã A", "Toàn xã"), "GDHT");
    expect(gd?.total).toEqual({
      label: "Toàn xã",
      counts: { recognized: 8, total: 20 },
      rate: 0.4,
      target: { value: 0.7 },
      shortfall: 30,
      needed: 6,
      verdict: "Chưa đạt",
    });
    expect(gd?.parts.map((p) => [p.label, p.rate, p.needed, p.verdict])).toEqual([
      ["Thôn A", 0.7, 0, "Đạt"],
      ["Thôn B", 0.1, 6, "Chưa đạt"],
    ]);
  });

  it("says 'no data' for a target without figures or with a total of 0, 'no target' without one", () => {
    const s = summarize(parts, roadmap, 2026, "Xã A", "Toàn xã");
    expect(at(s, "DHHT")?.total).toEqual({
      label: "Toàn xã",
      counts: undefined,
      target: { value: 0.5 },
      verdict: NO_DATA,
    });
    expect(at(s, "DHHT")?.parts).toEqual([]);
    expect(at(s, "DVHT")?.total.verdict).toBe(NO_DATA);
    expect(at(s, "DVHT")?.total.rate).toBeUndefined();
    expect(at(s, "CONGDAN_LD")?.total).toEqual({
      label: "Toàn xã",
      counts: { recognized: 3, total: 4 },
      rate: 0.75,
      verdict: NO_TARGET,
    });
  });
});

describe("parts of a commune", () => {
  it("reads whichever of the village, unit and association tabs the commune has", () => {
    const { tabs } = checked;
    expect(communeParts({ units: tabs.units }, 2026).map((p) => p.label)).toEqual(
      partsOf()
        .map((p) => p.label)
        .filter((l) => l.includes("đơn vị")),
    );
    expect(communeParts({ association: tabs.association }, 2026).map((p) => p.label)).toEqual([
      ASSOCIATION.name,
    ]);
    expect(communeParts({ villages: tabs.villages }, 2026)).toHaveLength(12);
    // a unit type without units that year has no part
    const units = tabs.units ?? (undefined as never);
    const schools = { ...units, rows: units.rows.filter((r) => r.values.type === "Trường học") };
    expect(communeParts({ units: schools }, 2026).map((p) => p.label)).toEqual([
      "Trường học (3 đơn vị)",
    ]);
    expect(communeParts({}, 2026)).toEqual([]);
  });

  it("adds up a commune's own totals per indicator, as one part of the district", () => {
    const totals = totalsOf([
      partOf("Thôn A", { GDHT: { recognized: 7, total: 10, registered: 9 } }),
      partOf("Thôn B", {
        GDHT: { recognized: 1, total: 10, registered: 2 },
        DHHT: { recognized: 1, total: 3 },
      }),
    ]);
    expect([...totals]).toEqual([
      ["GDHT", { recognized: 8, total: 20, registered: 11 }],
      ["DHHT", { recognized: 1, total: 3 }],
    ]);
  });
});
