import { describe, expect, it } from "vitest";
import { GUIDANCE } from "../../../src/core/model/guidance";
import {
  findIndicator,
  INDICATOR_IDS,
  INDICATOR_WORDING,
  INDICATORS,
} from "../../../src/core/model/indicators";
import {
  findPreset,
  PRESETS,
  parseRoadmapTable,
  roadmapYears,
  targetOf,
} from "../../../src/core/model/roadmaps";

const preset = (name: string) => {
  const p = findPreset(name);
  if (!p) throw new Error(`no preset ${name}`);
  return p;
};

describe("indicator catalogue", () => {
  it("holds the indicators of domain.md, with wording", () => {
    for (const id of [
      "GDHT",
      "DHHT",
      "CONGDONG",
      "DVHT",
      "CONGDAN_LD",
      "CONGDAN_CB",
      "CT_TTHTCD",
      "CB_TTHTCD",
      "QUANTRIET",
      "CONGDAN_TAPHUAN",
      "CONGDAN_GD",
      "CONGDAN_DV",
      "KYNANGSO",
    ]) {
      const i = findIndicator(id);
      expect(i?.name).toBeTruthy();
      expect(INDICATOR_WORDING[id]?.numerator).toBeTruthy();
      expect(INDICATOR_WORDING[id]?.denominator).toBeTruthy();
    }
    expect(Object.keys(INDICATOR_WORDING)).toEqual(INDICATORS.map((i) => i.id));
  });
  it("finds codes case-insensitively and reads Đ as D", () => {
    expect(findIndicator("gdht")?.id).toBe("GDHT");
    expect(findIndicator("GĐHT")?.id).toBe("GDHT");
    expect(findIndicator("CĐHT")?.name).toBe("Cộng đồng học tập");
    expect(findIndicator("XYZ")).toBeUndefined();
    expect(findIndicator(12)).toBeUndefined();
  });
});

describe("presets", () => {
  it("every preset names only catalogued indicators and carries its source", () => {
    for (const p of PRESETS) {
      expect(GUIDANCE.presets[p.name]?.length).toBeGreaterThan(20);
      for (const id of p.targets.keys()) expect(INDICATOR_IDS).toContain(id);
    }
  });
  it("QUOCGIA gives the QĐ 387 and QĐ 677 milestones", () => {
    const q = preset("quocgia");
    expect(targetOf(q, "GDHT", 2025)).toEqual({ value: 0.7 });
    expect(targetOf(q, "GDHT", 2030)).toEqual({ value: 0.8 });
    expect(targetOf(q, "DVHT", 2025)?.value).toBe(0.8);
    expect(targetOf(q, "CONGDAN_GD", 2030)?.value).toBe(0.6);
    expect(targetOf(q, "KYNANGSO", 2030)?.value).toBe(0.9);
  });
  it("interpolates years between milestones linearly and says so", () => {
    const q = preset("QUOCGIA");
    expect(targetOf(q, "GDHT", 2026)).toEqual({
      value: 0.72,
      note: "nội suy tuyến tính giữa năm 2025 và năm 2030",
    });
    expect(targetOf(q, "GDHT", 2028)?.value).toBe(0.76);
    const bg = preset("BACGIANG");
    expect(targetOf(bg, "DHHT", 2026)?.value).toBe(0.688); // 65 → 84 over five years
  });
  it("has no target where there is nothing to interpolate from", () => {
    const q = preset("QUOCGIA");
    expect(targetOf(q, "GDHT", 2024)).toBeUndefined();
    expect(targetOf(q, "GDHT", 2031)).toBeUndefined();
    expect(targetOf(q, "CT_TTHTCD", 2027)).toBeUndefined(); // no 2030 milestone
    expect(targetOf(q, "CT_TTHTCD", 2025)?.value).toBe(1);
  });
  it("HAIHAU is a yearly table, kept as printed (not monotonic) and never interpolated", () => {
    const h = preset("HAIHAU");
    expect(targetOf(h, "GDHT", 2025)?.value).toBe(0.75);
    expect(targetOf(h, "GDHT", 2026)?.value).toBe(0.6);
    expect(targetOf(h, "DVHT", 2027)?.value).toBe(0.82);
    expect(targetOf(h, "KYNANGSO", 2030)?.value).toBe(1);
    expect(targetOf(h, "GDHT", 2026)?.note).toBeUndefined();
    expect(roadmapYears(h)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });
  it("BACGIANG and QUANGTHACH follow their plans", () => {
    expect(targetOf(preset("BACGIANG"), "DVHT", 2030)?.value).toBe(0.92);
    expect(targetOf(preset("QUANGTHACH"), "CONGDONG", 2027)?.value).toBe(1);
    expect(targetOf(preset("QUANGTHACH"), "CONGDAN_CB", 2030)?.value).toBe(1);
  });
});

describe("parseRoadmapTable", () => {
  const table = [
    ["Năm", "GDHT", "cđht", "Ghi chú"],
    [2026, 0.7, "65%", "tự đặt"],
    ["", "", "", ""],
    [2027, "72,5%", "", ""],
  ];
  it("refuses a bare CDHT header, naming both models", () => {
    const r = parseRoadmapTable([
      ["Năm", "CDHT"],
      [2026, 0.7],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/cột 2 .*“CDHT” chưa rõ.*CONGDONG.*CONGDAN/u);
  });
  it("reads years, fractions, percent text; blank targets mean no target", () => {
    const r = parseRoadmapTable(table);
    if (!r.ok) throw new Error(r.message);
    expect(targetOf(r.value, "GDHT", 2026)?.value).toBe(0.7);
    expect(targetOf(r.value, "CONGDONG", 2026)?.value).toBe(0.65);
    expect(targetOf(r.value, "GDHT", 2027)?.value).toBe(0.725);
    expect(targetOf(r.value, "CONGDONG", 2027)).toBeUndefined();
  });
  it.each([
    [[["Year", "GDHT"]], "phải là “Năm”"],
    [
      [
        ["Năm", "ABC"],
        [2026, 0.5],
      ],
      "cột 2 của hàng tiêu đề có mã “ABC”",
    ],
    [[["Năm", "GDHT", "GĐHT"]], "chỉ tiêu GĐHT xuất hiện hai lần"],
    [
      [
        ["Năm", "GDHT"],
        [2026, 0.5],
        [2026, 0.6],
      ],
      "hàng 3: năm 2026 xuất hiện hai lần",
    ],
    [
      [
        ["Năm", "GDHT"],
        [2026, "cao"],
      ],
      "hàng 2 cột 2",
    ],
    [
      [
        ["Năm", "GDHT"],
        ["x", 0.5],
      ],
      "hàng 2 cột 1",
    ],
    [[["Năm", "GDHT"]], "không có năm nào"],
    [[], "phải là “Năm”"],
  ])("refuses a bad table with a message that says where (%#)", (grid, fragment) => {
    const r = parseRoadmapTable(grid as unknown[][]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });
});
