import { describe, expect, it } from "vitest";
import { GUIDANCE } from "../../../src/core/model/guidance";
import { findIndicator, INDICATORS } from "../../../src/core/model/indicators";
import type { Roadmap } from "../../../src/core/model/roadmaps";
import {
  ASSOCIATION,
  CONFIG_FIELDS,
  type Column,
  column,
  rateColumns,
  UNITS,
  VILLAGES,
} from "../../../src/core/model/schema";
import {
  configGrid,
  countRule,
  dataTabLayout,
  denominatorOf,
  formatOf,
  MARK_VALUES,
  rateFormula,
  rateHeader,
  roadmapGrid,
  roadmapHeaderNotes,
  validationOf,
} from "../../../src/core/model/template";

const indicator = (id: string) => findIndicator(id) ?? (undefined as never);
const col = (key: string, kind: Column["kind"], extra: Partial<Column> = {}): Column => ({
  key,
  header: key,
  kind,
  ...extra,
});

describe("what a cell accepts (data validation)", () => {
  it("counts and years get their own rules", () => {
    expect(validationOf(column(VILLAGES, "households"))).toEqual({ kind: "count" });
    expect(validationOf(column(VILLAGES, "year"))).toEqual({ kind: "year" });
  });

  it("a registration or participation mark offers có/không, a recognition mark đạt/chưa đạt", () => {
    expect(validationOf(column(VILLAGES, "cdhtRegistered"))).toEqual({
      kind: "list",
      values: ["có", "không"],
    });
    expect(validationOf(column(ASSOCIATION, "chairInCentre"))).toEqual({
      kind: "list",
      values: MARK_VALUES.registered,
    });
    expect(validationOf(column(UNITS, "dvhtRecognized"))).toEqual({
      kind: "list",
      values: ["đạt", "chưa đạt"],
    });
  });

  it("a choice offers its choices; one without any offers none", () => {
    expect(validationOf(column(UNITS, "type"))).toEqual({
      kind: "list",
      values: ["Cơ quan", "Trường học", "Doanh nghiệp", "Cơ sở sản xuất", "Khác"],
    });
    expect(validationOf(col("x", "choice"))).toEqual({ kind: "list", values: [] });
  });

  it("points are bounded by their item's maximum, when it has one", () => {
    expect(validationOf(col("p", "points", { max: 7.5 }))).toEqual({ kind: "points", max: 7.5 });
    expect(validationOf(col("p", "points", { max: 0 }))).toEqual({ kind: "points", max: 0 });
    expect(validationOf(col("p", "points"))).toEqual({ kind: "none" });
  });

  it("codes and names are free", () => {
    expect(validationOf(column(VILLAGES, "code"))).toEqual({ kind: "none" });
    expect(validationOf(column(VILLAGES, "name"))).toEqual({ kind: "none" });
  });

  it("a count rule checks a whole number ≥ 0, with ; between arguments", () => {
    expect(countRule("D2")).toBe("=AND(ISNUMBER(D2);D2>=0;D2=INT(D2))");
  });
});

describe("number formats", () => {
  it("counts group thousands, years show 4 digits, points as typed, the rest is text", () => {
    expect(formatOf(column(VILLAGES, "households"))).toBe("#,##0");
    expect(formatOf(column(VILLAGES, "year"))).toBe("0");
    expect(formatOf(col("p", "points", { max: 10 }))).toBe("General");
    expect(formatOf(column(VILLAGES, "code"))).toBe("@");
    expect(formatOf(column(VILLAGES, "cdhtRecognized"))).toBe("@");
  });
});

describe("rate columns", () => {
  it("their header says what is counted over what, in sentence case", () => {
    expect(rateColumns(VILLAGES).map(rateHeader)).toEqual([
      "Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)",
      "Tỷ lệ số dòng họ đạt DHHT (trên tổng số dòng họ)",
      "Tỷ lệ người lao động đạt CDHT (trên người lao động trong GĐHT, DHHT, CĐHT)",
      "Tỷ lệ người lớn đạt CDHT (trên người lớn trong GĐHT, DHHT, CĐHT)",
    ]);
  });

  it("the formula fills the column from row 2: cut to 0,1%, blank without a total", () => {
    const { columns, rates } = dataTabLayout(VILLAGES);
    // households in D, recognised households in F
    expect(rateFormula(rates[0] as never, columns)).toBe(
      '={"Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)";ARRAYFORMULA(IF(ISNUMBER(D2:D)*ISNUMBER(F2:F)*(D2:D>0);INT(F2:F*1000/D2:D)/1000;""))}',
    );
  });

  it("follows the columns where the sheet has them", () => {
    const columns = new Map([
      ["staff", 2],
      ["staffCitizen", 5],
    ]);
    expect(rateFormula(rateColumns(UNITS)[0] as never, columns)).toContain(
      "IF(ISNUMBER(B2:B)*ISNUMBER(E2:E)*(B2:B>0);INT(E2:E*1000/B2:B)/1000",
    );
  });

  it("no formula when a column it divides is missing, or the total is one row per item", () => {
    const [hh] = rateColumns(VILLAGES);
    const only = (key: string) => new Map([[key, 4]]);
    expect(rateFormula(hh as never, only("households"))).toBeUndefined();
    expect(rateFormula(hh as never, only("hhRecognized"))).toBeUndefined();
    const perRow = VILLAGES.contributions.find((c) => c.total === "ROW") ?? (undefined as never);
    expect(rateFormula(perRow, new Map([["cdhtRecognized", 11]]))).toBeUndefined();
  });
});

describe("the layout of a data tab the template creates", () => {
  it("inputs first, in the schema's order, numbered from column 1; rate columns listed after", () => {
    const { headers, columns, rates } = dataTabLayout(UNITS);
    expect(headers).toEqual(UNITS.columns.map((c) => c.header));
    expect(headers[0]).toBe("Năm");
    expect(columns.get("year")).toBe(1);
    expect(columns.get("type")).toBe(4);
    expect(columns.get("proficient")).toBe(UNITS.columns.length);
    expect(rates).toEqual(rateColumns(UNITS));
  });
});

describe("what a rate is taken over", () => {
  it.each([
    ["GDHT", "tổng số hộ"],
    ["CONGDONG", "tổng số thôn/TDP"],
    ["CONGDAN_CB", "số CBCCVC, người lao động ở đơn vị đạt ĐVHT"],
    ["KYNANGSO", "người lớn đạt CDHT và số CBCCVC, người lao động đạt CDHT"],
    ["QUANTRIET", "tổng số cán bộ, hội viên Hội Khuyến học"],
  ])("%s: %s", (id, words) => {
    expect(denominatorOf(indicator(id))).toBe(words);
  });
});

describe("the roadmap tab pre-filled from a preset", () => {
  const roadmap = (targets: Record<string, Record<number, number>>): Roadmap => ({
    name: "THU",
    title: "Thử",
    interpolate: true,
    targets: new Map(
      Object.entries(targets).map(([id, t]) => [
        id,
        new Map(Object.entries(t).map(([y, v]) => [Number(y), v])),
      ]),
    ),
  });
  const at = (grid: (string | number)[][], year: number, short: string) =>
    grid.find((r) => r[0] === year)?.[(grid[0] as string[]).indexOf(short)];
  const note = (grid: (string | number)[][], year: number) =>
    grid.find((r) => r[0] === year)?.at(-1);

  it("the header names each indicator by its short form, then the note column", () => {
    const [header] = roadmapGrid(roadmap({ GDHT: { 2025: 0.7 } }));
    expect(header).toEqual(["Năm", ...INDICATORS.map((i) => i.short), "Ghi chú"]);
  });

  it("a year whose every target is interpolated says so once", () => {
    const grid = roadmapGrid(
      roadmap({ GDHT: { 2025: 0.7, 2027: 0.8 }, DHHT: { 2025: 0.6, 2027: 0.7 } }),
    );
    expect(grid.map((r) => r[0])).toEqual(["Năm", 2025, 2026, 2027]);
    expect(at(grid, 2026, "GĐHT")).toBe(0.75);
    expect(at(grid, 2026, "CĐHT")).toBe("");
    expect(note(grid, 2026)).toBe("nội suy tuyến tính giữa năm 2025 và năm 2027");
    expect(note(grid, 2025)).toBe("");
  });

  it("a year mixing set and interpolated targets names the interpolated ones", () => {
    const grid = roadmapGrid(
      roadmap({
        GDHT: { 2025: 0.7, 2026: 0.72, 2027: 0.8 },
        DHHT: { 2025: 0.6, 2027: 0.7 },
        CONGDONG: { 2025: 0.6, 2027: 0.8 },
      }),
    );
    expect(at(grid, 2026, "GĐHT")).toBe(0.72);
    expect(note(grid, 2026)).toBe("DHHT, CĐHT: nội suy tuyến tính giữa năm 2025 và năm 2027");
  });

  it("a year between milestones of different years says which indicator lies between which", () => {
    const grid = roadmapGrid(
      roadmap({ GDHT: { 2025: 0.7, 2027: 0.8 }, DHHT: { 2024: 0.5, 2028: 0.7 } }),
    );
    expect(note(grid, 2026)).toBe(
      "GĐHT: nội suy tuyến tính giữa năm 2025 và năm 2027; DHHT: nội suy tuyến tính giữa năm 2024 và năm 2028",
    );
  });

  it("header notes: the source, then each indicator's full name", () => {
    const notes = roadmapHeaderNotes("QĐ 387");
    expect(notes).toEqual(["QĐ 387", ...INDICATORS.map((i) => i.name), ""]);
    expect(notes[1]).toBe("Gia đình học tập");
  });
});

describe("the configuration tab the template creates", () => {
  it("a header, then every field with its initial value (or the one given) and its help", () => {
    const grid = configGrid(GUIDANCE, { year: "2027" });
    expect(grid[0]).toEqual(["Mục", "Giá trị", "Hướng dẫn"]);
    expect(grid.slice(1).map((r) => r[0])).toEqual(CONFIG_FIELDS.map((f) => f.label));
    const row = (label: string) => grid.find((r) => r[0] === label) ?? [];
    expect(row("Năm báo cáo")).toEqual(["Năm báo cáo", "2027", GUIDANCE.config.year]);
    expect(row("Biên độ cảnh báo (điểm %)")[1]).toBe("5");
    expect(row("Hạn nộp báo cáo (ngày/tháng)")[1]).toBe("10/12");
    expect(row("Lộ trình mẫu")[1]).toBe("Quốc gia (QĐ 387 và QĐ 677)");
  });

  it("a field without help gets an empty help cell", () => {
    const grid = configGrid({ config: {} });
    expect(grid.slice(1).every((r) => r.length === 3 && r[2] === "")).toBe(true);
    expect(grid[1]).toEqual(["Cấp", "Xã", ""]);
  });
});
