import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../../src/core/check/workbook";
import { INDICATORS, indicatorLabel } from "../../../src/core/model/indicators";
import { findPreset } from "../../../src/core/model/roadmaps";
import { ASSOCIATION, UNITS, VILLAGES } from "../../../src/core/model/schema";
import { roadmapGrid } from "../../../src/core/model/template";
import {
  blockMark,
  renderSummary,
  shadeFormulas,
  staleFormula,
} from "../../../src/core/report/render";
import { communeParts, NO_TARGET, summarize } from "../../../src/core/report/summary";
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
const parts = communeParts(checked.tabs, 2026);
const summary = summarize(parts, roadmap, 2026, "Xã Quảng Thạch", "Toàn xã");
const section = (id: string) =>
  summary.sections.find((s) => s.indicator.id === id) ?? (undefined as never);

describe("commune summary", () => {
  it("has one part per village, per unit type and the association", () => {
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
  const block = renderSummary(summary, {
    madeAt: "05/12/2026 09:30",
    sources: "tab Thôn - TDP",
    staleFormula: "=1",
  });
  it("is rectangular, with one format per cell", () => {
    const width = block.values[0]?.length;
    for (const [i, row] of block.values.entries()) {
      expect(row.length).toBe(width);
      expect(block.formats[i]?.length).toBe(width);
    }
  });
  it("keeps counts beside rates and writes names as text", () => {
    const row = block.values.find((r) => r[0] === "Thôn Đông");
    expect(String(row?.[1])).toMatch(/^[\d.]+ \/ [\d.]+ hộ$/u);
    const i = block.values.indexOf(row as never);
    expect(block.formats[i]?.[0]).toBe("@");
    expect(block.formats[i]?.[4]).toBe("0.0%");
  });
  it("puts every indicator in the overview, named in Vietnamese with its rate's denominator", () => {
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
