import { describe, expect, it } from "vitest";
import { readCriteria } from "../../../src/core/check/criteria";
import { CRITERIA, KIND, PRESET_ROWS } from "../../../src/core/model/criteria";

const HEADER = CRITERIA.columns.map((c) => c.header);
const preset = () => [HEADER, ...PRESET_ROWS.map((r) => [...r])];
type Line = (string | number)[];
const row = (
  kind: keyof typeof KIND,
  points: number | string,
  extra: { group?: string; code?: string; form?: string; model?: string } = {},
): Line => [
  extra.model ?? "Dòng họ học tập",
  extra.form ?? "",
  KIND[kind],
  extra.group ?? "",
  extra.code ?? "",
  extra.code ? `Tiêu chí ${extra.code}` : "",
  points,
  "",
];
/** A clan set typed from scratch: two groups, 100 points, pass 70. */
const clans = (...changes: Line[]) => [
  HEADER,
  row("total", 100),
  row("pass", 70),
  row("item", 30, { group: "A", code: "1" }),
  row("item", 30, { group: "A", code: "2" }),
  row("item", 40, { group: "B", code: "3" }),
  ...changes,
];
const used = new Set(["DHHT"] as const);

describe("the criteria tab", () => {
  it("reads the presets: the citizen set scores, the others wait for their numbers", () => {
    const read = readCriteria(preset());
    expect(read.findings).toEqual([]);
    const citizen = read.sets.get("CONGDAN");
    expect(citizen?.forms.length).toBe(4);
    expect(citizen?.forms[0]).toMatchObject({ pass: 80, total: 100, mins: Array(10).fill(5) });
    expect(read.pending.get("GDHT")).toBe(
      "điểm tối đa tiêu chí 3; điểm tối đa tiêu chí 4; điểm đạt",
    );
    expect([...read.pending.keys()]).toEqual(["GDHT", "DHHT", "CONGDONG", "DVHT"]);
  });

  it("says what an unfinished set in use still lacks, at its first row", () => {
    const read = readCriteria(preset(), "Bộ tiêu chí", new Set(["GDHT"]));
    expect(read.findings).toEqual([
      expect.objectContaining({
        severity: "error",
        cell: `A${PRESET_ROWS.findIndex((r) => r[0] === "Gia đình học tập") + 2}`,
        message: expect.stringContaining("còn thiếu: điểm tối đa tiêu chí 3"),
      }),
    ]);
  });

  it("reads a set typed by the officer, with group and item rules", () => {
    const read = readCriteria(
      clans(row("itemMin", 10, { code: "3" }), row("groupMin", 50)),
      "Bộ tiêu chí",
      used,
    );
    expect(read.findings).toEqual([]);
    expect(read.sets.get("DHHT")?.forms[0]).toMatchObject({
      mins: [0, 0, 10],
      groups: [
        { group: "A", items: [0, 1], percent: 50 },
        { group: "B", items: [2], percent: 50 },
      ],
    });
  });

  const problem = (grid: Line[], inUse: ReadonlySet<"DHHT"> = used) => {
    const read = readCriteria(grid, "Bộ tiêu chí", inUse);
    expect(read.sets.has("DHHT")).toBe(false);
    expect(read.findings).toHaveLength(1);
    return read.findings[0];
  };

  it("finds a maximum that is not a number", () => {
    const grid = clans();
    (grid[3] as Line)[6] = "ba mươi";
    expect(problem(grid)).toMatchObject({
      cell: "G4",
      message: expect.stringContaining("“ba mươi” không phải là số"),
    });
  });
  it("finds maxima that do not add up to the stated total", () => {
    const grid = clans();
    (grid[5] as Line)[6] = 30;
    expect(problem(grid)).toMatchObject({
      cell: "G2",
      message: expect.stringContaining("ghi 100, các tiêu chí cộng lại 90"),
    });
  });
  it("finds a pass mark above the total", () => {
    const grid = clans();
    (grid[2] as Line)[6] = 120;
    expect(problem(grid)).toMatchObject({
      cell: "G3",
      message: expect.stringContaining("lớn hơn tổng điểm 100"),
    });
  });
  it("finds a rule naming an unknown item or group", () => {
    expect(problem(clans(row("itemMin", 5, { code: "9" })))).toMatchObject({
      cell: "E7",
      message: expect.stringContaining("cần một trong: 1, 2, 3"),
    });
    expect(problem(clans(row("groupMin", 50, { group: "C" })))).toMatchObject({
      cell: "D7",
      message: expect.stringContaining("cần một trong: A; B"),
    });
  });
  it("finds a minimum above an item's maximum and a duplicated code", () => {
    expect(problem(clans(row("itemMin", 35, { code: "1" })))).toMatchObject({ cell: "G7" });
    expect(problem(clans(row("item", 0, { code: "2" })))).toMatchObject({
      cell: "E7",
      message: expect.stringContaining("đã có ở dòng 5"),
    });
  });
  it("warns rather than blocks while the set has no scoring tab", () => {
    expect(problem(clans(row("itemMin", 5, { code: "9" })), new Set())).toMatchObject({
      severity: "warning",
    });
  });
  it("refuses a bare CDHT and an undeclared citizen group", () => {
    const read = readCriteria([
      HEADER,
      row("total", 100, { model: "CDHT" }),
      row("pass", 80, { model: "Công dân học tập", form: "Học sinh" }),
    ]);
    expect(read.findings.map((f) => f.cell)).toEqual(["A2", "B3"]);
    expect(read.findings[0]?.message).toContain("“CDHT” chưa rõ — ghi “Cộng đồng học tập”");
    expect(read.findings[1]?.message).toContain("Đối tượng “Học sinh” chưa khai báo");
  });
});
