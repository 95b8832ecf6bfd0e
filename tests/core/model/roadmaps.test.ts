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
  PRESET_NAMES,
  PRESETS,
  parseRoadmapTable,
  readRoadmapTable,
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
  it("every printed row gives each indicator of its table a target, except where the plan sets none", () => {
    // year → the indicators with a target that year, as each document prints its tables
    const covered = (name: string) => {
      const byYear = new Map<number, string[]>();
      for (const [id, years] of preset(name).targets)
        for (const year of years.keys()) byYear.set(year, [...(byYear.get(year) ?? []), id].sort());
      return Object.fromEntries([...byYear].sort(([a], [b]) => a - b));
    };
    const qd387 = ["GDHT", "DHHT", "CONGDONG", "DVHT", "CONGDAN_LD", "CONGDAN_CB"];
    const centres = ["CT_TTHTCD", "CB_TTHTCD", "QUANTRIET"];
    const qd677 = ["CONGDAN_TAPHUAN", "CONGDAN_GD", "CONGDAN_DV", "KYNANGSO", "KYNANGSO_TT"];
    const all387 = [...qd387, ...centres].sort();
    const no2030 = (ids: string[], gone: string) => ids.filter((id) => id !== gone).sort();
    expect(covered("QUOCGIA")).toEqual({
      2025: [...all387, ...qd677].sort(),
      2030: [...no2030(all387, "CT_TTHTCD"), ...no2030(qd677, "CONGDAN_TAPHUAN")].sort(),
    });
    expect(covered("BACGIANG")).toEqual({ 2025: all387, 2030: no2030(all387, "CT_TTHTCD") });
    expect(covered("QUANGTHACH")).toEqual({ 2025: all387, 2030: all387 });
    const haihau = [
      ...["GDHT", "DHHT", "CONGDONG", "DVHT", ...centres],
      ...qd677.slice(0, 4),
    ].sort();
    const years = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
    expect(covered("HAIHAU")).toEqual(Object.fromEntries(years.map((y) => [y, haihau])));
  });
  it("each preset has its own name and title, and only the milestone plans interpolate", () => {
    expect(PRESET_NAMES).toEqual(["QUOCGIA", "HAIHAU", "BACGIANG", "QUANGTHACH"]);
    expect(PRESETS.map((p) => [p.name, p.interpolate])).toEqual([
      ["QUOCGIA", true],
      ["HAIHAU", false],
      ["BACGIANG", true],
      ["QUANGTHACH", true],
    ]);
    const titles = PRESETS.map((p) => p.title);
    expect(titles).toEqual([
      "Quốc gia (QĐ 387 và QĐ 677)",
      "Huyện Hải Hậu (Nam Định)",
      "Tỉnh Bắc Giang",
      "Xã Quảng Thạch (Thanh Hóa)",
    ]);
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

describe("targetOf edges", () => {
  it("a name that is no text is no preset", () => {
    for (const v of [5, undefined, null, ["QUOCGIA"]]) expect(findPreset(v)).toBeUndefined();
    expect(findPreset(" quoc gia ")?.name).toBe("QUOCGIA");
  });
  it("an indicator the roadmap does not set has no target", () => {
    expect(targetOf(preset("HAIHAU"), "CONGDAN_LD", 2025)).toBeUndefined();
    expect(targetOf(preset("QUOCGIA"), "XYZ", 2025)).toBeUndefined();
  });
  it("interpolates between the nearest milestones, whatever order they are listed in", () => {
    const byYear = new Map([
      [2020, 0.1],
      [2035, 0.2],
      [2025, 0.7],
      [2030, 0.8],
      [2010, 0.3],
      [2040, 0.4],
    ]);
    const roadmap = {
      name: "X",
      title: "X",
      interpolate: true,
      targets: new Map([["GDHT", byYear]]),
    };
    expect(targetOf(roadmap, "GDHT", 2027)).toEqual({
      value: 0.74,
      note: "nội suy tuyến tính giữa năm 2025 và năm 2030",
    });
  });
  it("an officer's table is never interpolated: a year between two rows has no target", () => {
    const r = parseRoadmapTable([
      ["Năm", "GDHT"],
      [2026, 0.7],
      [2028, 0.8],
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.interpolate).toBe(false);
    expect(targetOf(r.value, "GDHT", 2027)).toBeUndefined();
    expect(roadmapYears(r.value)).toEqual([2026, 2027, 2028]);
  });
  it("a roadmap without any target has no years", () => {
    expect(roadmapYears({ name: "X", title: "X", interpolate: false, targets: new Map() })).toEqual(
      [],
    );
  });
});

describe("readRoadmapTable: where each problem is", () => {
  it("names the table “Bảng lộ trình” unless told otherwise", () => {
    const grid = [
      ["Năm", "GDHT"],
      [2026, 0.7],
    ];
    expect(readRoadmapTable(grid).roadmap?.name).toBe("Bảng lộ trình");
    expect(readRoadmapTable(grid, "Lộ trình xã").roadmap?.title).toBe("Lộ trình xã");
    const r = parseRoadmapTable(grid);
    expect(r.ok && r.value.name).toBe("Bảng lộ trình");
  });
  it("reads “Nam” without its mark, and ignores note columns however they go on", () => {
    const r = readRoadmapTable([
      ["Nam", "GDHT", "Ghi chú của xã", "Nguồn: NQ 12", "Ghi chú, nguồn"],
      [2026, 0.7, "x", "y", "z"],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.roadmap?.targets.get("GDHT")?.get(2026)).toBe(0.7);
  });
  it("refuses a header whose first cell is a number", () => {
    expect(readRoadmapTable([[2026, "GDHT"]]).problems).toEqual([
      {
        row: 1,
        col: 1,
        message:
          "ô đầu tiên của hàng tiêu đề phải là “Năm”, các ô tiếp theo là chỉ tiêu (ví dụ GĐHT, DHHT).",
      },
    ]);
  });
  it("gives the column of every header problem, and only those problems", () => {
    expect(readRoadmapTable([["Năm", 2026, "CDHT", "GDHT", "GĐHT"]]).problems).toEqual([
      { row: 1, col: 2, message: "cột 2 của hàng tiêu đề có mã 2026 không phải mã chỉ tiêu nào." },
      {
        row: 1,
        col: 3,
        message: expect.stringMatching(/^cột 3 của hàng tiêu đề: “CDHT” chưa rõ/u),
      },
      { row: 1, col: 5, message: "cột 5: chỉ tiêu GĐHT xuất hiện hai lần." },
    ]);
  });
  it("gives the row and column of a bad target", () => {
    expect(
      readRoadmapTable([
        ["Năm", "GDHT", "DHHT"],
        [2026, 0.7, "cao"],
      ]).problems,
    ).toEqual([
      {
        row: 2,
        col: 3,
        message: expect.stringMatching(/^hàng 2 cột 3: “cao” không phải là tỷ lệ/u),
      },
    ]);
  });
});
