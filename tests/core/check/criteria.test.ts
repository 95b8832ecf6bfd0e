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

/** The one finding of a grid whose clan set cannot score. */
const onlyProblem = (grid: Line[], inUse: ReadonlySet<"DHHT"> = used) => {
  const read = readCriteria(grid, "Bộ tiêu chí", inUse);
  expect(read.sets.has("DHHT")).toBe(false);
  expect(read.findings).toHaveLength(1);
  return read.findings[0];
};

describe("the criteria tab: forms (đối tượng)", () => {
  const D = "Dòng họ học tập";
  /** Two forms of the clan set: shared items and total, each its own pass mark. */
  const twoForms = (...changes: Line[]) => [
    HEADER,
    row("form", "", { form: "Họ A" }),
    row("form", "", { form: "Họ Hoà" }),
    row("total", 100),
    row("pass", 60, { form: "Họ A" }),
    row("pass", 70, { form: "Họ Hòa" }),
    row("item", 50, { code: "1" }),
    row("item", 50, { code: "2" }),
    ...changes,
  ];

  it("gives each form its own lines and the shared ones, a tone variant naming the same form", () => {
    const read = readCriteria(twoForms(), "Bộ tiêu chí", used);
    expect(read.findings).toEqual([]);
    const forms = read.sets.get("DHHT")?.forms;
    expect(forms?.map((f) => [f.name, f.pass, f.total, f.items.length])).toEqual([
      ["Họ A", 60, 100, 2],
      ["Họ Hoà", 70, 100, 2],
    ]);
  });
  it("a form's own line wins over the shared one", () => {
    const grid = [...twoForms(), row("pass", 50)];
    const read = readCriteria(grid, "Bộ tiêu chí", used);
    expect(read.findings).toEqual([]);
    expect(read.sets.get("DHHT")?.forms.map((f) => f.pass)).toEqual([60, 70]);
  });
  it("a rule there twice for one form is reported at the second, naming the first", () => {
    const read = readCriteria(
      [...twoForms(), row("pass", 65, { form: "Họ A" })],
      "Bộ tiêu chí",
      used,
    );
    expect(read.findings).toEqual([
      expect.objectContaining({
        cell: "G9",
        severity: "error",
        message: expect.stringContaining("đã có ở dòng 5"),
      }),
    ]);
  });
  it("a form line without a name, or declared twice, is reported in the Đối tượng column", () => {
    const read = readCriteria(
      [...twoForms(), row("form", ""), row("form", "", { form: "họ hòa" })],
      "Bộ tiêu chí",
      used,
    );
    expect(read.findings.map((f) => [f.cell, f.severity])).toEqual([
      ["B9", "error"],
      ["B10", "error"],
    ]);
    expect(read.findings[0]?.message).toBe(
      "Dòng đối tượng của Dòng họ học tập chưa có tên — cần tên nhóm đối tượng.",
    );
    expect(read.findings[1]?.message).toBe(
      "Đối tượng “họ hòa” của Dòng họ học tập đã khai báo — mỗi đối tượng một dòng.",
    );
  });
  it("a line naming an undeclared form is reported at its Đối tượng cell", () => {
    const read = readCriteria(
      [...twoForms(), row("itemMin", 5, { form: "Họ C" })],
      "Bộ tiêu chí",
      used,
    );
    expect(read.findings).toEqual([
      expect.objectContaining({
        cell: "B9",
        message:
          "Đối tượng “Họ C” chưa khai báo cho Dòng họ học tập — thêm dòng “Đối tượng (mẫu phiếu)”, hoặc để trống.",
      }),
    ]);
  });
  it("forms with different item codes are reported at the second form's line", () => {
    const grid = [
      HEADER,
      row("form", "", { form: "Họ A" }),
      row("total", 100),
      row("pass", 60),
      row("item", 50, { code: "1", form: "Họ A" }),
      row("item", 50, { code: "23", form: "Họ A" }),
      row("item", 50, { code: "12", form: "Họ B" }),
      row("item", 50, { code: "3", form: "Họ B" }),
      // declared after its items: the finding still goes to this line
      row("form", "", { form: "Họ B" }),
    ];
    const read = readCriteria(grid, "Bộ tiêu chí", used);
    expect(read.findings).toEqual([
      expect.objectContaining({
        cell: "B9",
        message:
          "“Họ B” có mã tiêu chí khác “Họ A” (Dòng họ học tập) — mọi đối tượng cần cùng mã tiêu chí.",
      }),
    ]);
    expect(read.sets.has("DHHT")).toBe(false);
  });
  it("a form waiting for its numbers keeps the whole set pending", () => {
    const read = readCriteria(
      [
        HEADER,
        row("form", "", { form: "Họ A" }),
        row("total", 100),
        row("item", 100, { code: "1" }),
      ],
      "Bộ tiêu chí",
      new Set(),
    );
    expect(read.findings).toEqual([]);
    expect(read.pending.get(D as never) ?? read.pending.get("DHHT")).toBe("điểm đạt");
  });
});

describe("the criteria tab: items and rules", () => {
  it("an item's content defaults to its code; a typed content is kept", () => {
    const grid = clans();
    (grid[3] as Line)[5] = "";
    const read = readCriteria(grid, "Bộ tiêu chí", used);
    expect(read.findings).toEqual([]);
    expect(read.sets.get("DHHT")?.forms[0]?.items.map((i) => [i.code, i.text, i.group])).toEqual([
      ["1", "1", "A"],
      ["2", "Tiêu chí 2", "A"],
      ["3", "Tiêu chí 3", "B"],
    ]);
  });
  it("an item with a code but neither content nor maximum still waits for its maximum", () => {
    const read = readCriteria(
      [
        HEADER,
        row("total", 100),
        row("pass", 70),
        ["Dòng họ học tập", "", "Tiêu chí", "", "1", "", "", ""],
      ],
      "Bộ tiêu chí",
      new Set(),
    );
    expect(read.pending.get("DHHT")).toBe("điểm tối đa tiêu chí 1");
  });
  it("an item with content but no code is reported in the Mã column", () => {
    const grid = [...clans(), ["Dòng họ học tập", "", "Tiêu chí", "", "", "Đọc sách", "", ""]];
    expect(onlyProblem(grid)).toMatchObject({
      cell: "E7",
      message: "Tiêu chí của Dòng họ học tập chưa có mã — cần mã ngắn, ví dụ 1a.",
    });
  });
  it("says what a set without items, total or pass still lacks", () => {
    const pendingOf = (...lines: Line[]) =>
      readCriteria([HEADER, ...lines], "Bộ tiêu chí", new Set()).pending.get("DHHT");
    expect(pendingOf(row("total", 100), row("pass", 70))).toBe("các tiêu chí");
    expect(pendingOf(row("pass", 70), row("item", 100, { code: "1" }))).toBe("tổng điểm tối đa");
    expect(pendingOf(row("total", 100), row("item", 100, { code: "1" }))).toBe("điểm đạt");
    expect(pendingOf(row("item", "", { code: "1" }))).toBe(
      "điểm tối đa tiêu chí 1; tổng điểm tối đa; điểm đạt",
    );
    expect(pendingOf(row("groupMin", 50))).toBe("các tiêu chí; tổng điểm tối đa; điểm đạt");
  });
  it("a pass mark equal to the total is allowed", () => {
    const grid = clans();
    (grid[2] as Line)[6] = 100;
    const read = readCriteria(grid, "Bộ tiêu chí", used);
    expect(read.findings).toEqual([]);
    expect(read.sets.get("DHHT")?.forms[0]?.pass).toBe(100);
  });
  it("a stated total within float noise of the items' sum is no mismatch", () => {
    const read = readCriteria(
      [HEADER, row("total", 1e-9), row("pass", 0), row("item", 0, { code: "1" })],
      "Bộ tiêu chí",
      used,
    );
    expect(read.findings).toEqual([]);
  });
  it("does not add up the maxima while one of them is unreadable", () => {
    const grid = clans();
    (grid[4] as Line)[6] = "ba mươi";
    const read = readCriteria(grid, "Bộ tiêu chí", used);
    expect(read.findings.map((f) => f.cell)).toEqual(["G5"]);
  });
  it("an item minimum equal to the item's maximum is allowed; the highest minimum counts", () => {
    const read = readCriteria(
      clans(
        row("itemMin", 10),
        row("itemMin", 30, { code: "1" }),
        row("itemMin", 5, { code: "1" }),
        row("itemMin", "", { code: "2" }),
      ),
      "Bộ tiêu chí",
      used,
    );
    expect(read.findings).toEqual([]);
    expect(read.sets.get("DHHT")?.forms[0]?.mins).toEqual([30, 10, 10]);
  });
  it("a group rule names its group, a tone variant included; a blank one applies to every group", () => {
    const grid = [
      HEADER,
      row("total", 100),
      row("pass", 70),
      row("item", 30, { group: "Nhóm Hoà", code: "1" }),
      row("item", 70, { group: "Nhóm B", code: "2" }),
      row("groupMin", 60, { group: "nhóm hòa" }),
      row("groupMin", ""),
    ];
    const read = readCriteria(grid, "Bộ tiêu chí", used);
    expect(read.findings).toEqual([]);
    expect(read.sets.get("DHHT")?.forms[0]?.groups).toEqual([
      { group: "Nhóm Hoà", items: [0], percent: 60 },
    ]);
  });
  it("a group percentage above 100 is reported at its Điểm cell; 100 is allowed", () => {
    expect(onlyProblem(clans(row("groupMin", 120, { group: "A" })))).toMatchObject({
      cell: "G7",
      message: "120% lớn hơn 100% — cần từ 0 đến 100.",
    });
    const read = readCriteria(clans(row("groupMin", 100, { group: "A" })), "Bộ tiêu chí", used);
    expect(read.findings).toEqual([]);
  });
});

describe("the criteria tab: rows and where findings go", () => {
  it("an unknown model blocks once a set is in use", () => {
    const read = readCriteria([HEADER, row("total", 100, { model: "Làng" })], "Bộ tiêu chí", used);
    expect(read.findings.map((f) => [f.cell, f.severity])).toEqual([
      ["A2", "error"],
      ["A1", "error"],
    ]);
  });
  it("a set without forms has one form, unnamed", () => {
    const read = readCriteria(clans(), "Bộ tiêu chí", used);
    expect(read.sets.get("DHHT")?.forms.map((f) => f.name)).toEqual([""]);
  });
  it("an item with points but neither code nor content is reported in the Mã column", () => {
    expect(
      onlyProblem([...clans(), ["Dòng họ học tập", "", "Tiêu chí", "", "", "", 5, ""]]),
    ).toMatchObject({ cell: "E7", message: expect.stringContaining("chưa có mã") });
  });
  it("an unknown group is named with the groups there are, ungrouped items left out", () => {
    expect(
      onlyProblem(clans(row("item", 0, { code: "4" }), row("groupMin", 50, { group: "C" }))),
    ).toMatchObject({
      cell: "D8",
      message: "Dòng họ học tập không có nhóm “C” — cần một trong: A; B; trống là mọi nhóm.",
    });
  });
  it("names an unknown model at its cell, listing the models", () => {
    const read = readCriteria([HEADER, row("total", 100, { model: "Làng văn hóa" })]);
    expect(read.findings).toEqual([
      {
        tab: "Bộ tiêu chí",
        cell: "A2",
        severity: "warning",
        message:
          "“Làng văn hóa” không phải mô hình — cần một trong: Gia đình học tập, Dòng họ học tập, Cộng đồng học tập, Đơn vị học tập, Công dân học tập.",
      },
    ]);
  });
  it("finds the Mô hình column wherever it is", () => {
    const moved = [HEADER, row("total", 100), row("total", 100, { model: "CDHT" })].map((r) => [
      r[1],
      r[0],
      ...r.slice(2),
    ]);
    const read = readCriteria(moved, "Bộ tiêu chí", used);
    expect(read.findings.map((f) => f.cell)).toEqual(["B3", "B2"]);
    expect(read.findings[1]?.message).toContain("Bộ tiêu chí Dòng họ học tập còn thiếu");
  });
  it("a row without a model or with an unknown kind is reported once, by the tab reader", () => {
    const read = readCriteria(
      [
        ...clans(),
        ["", "", KIND.item, "", "9", "x", 5, ""],
        ["Dòng họ học tập", "Họ Z", "Tiêu chí phụ", "", "", "", "", ""],
      ],
      "Bộ tiêu chí",
      used,
    );
    expect(read.findings.map((f) => f.cell)).toEqual(["A7", "C8"]);
  });
  it("a set in use without any row is reported at A1", () => {
    const read = readCriteria([HEADER], "Bộ tiêu chí", used);
    expect(read.findings).toEqual([
      expect.objectContaining({
        cell: "A1",
        severity: "error",
        message: expect.stringContaining("Bộ tiêu chí Dòng họ học tập còn thiếu: mọi dòng"),
      }),
    ]);
  });
  it("problems of a model not in use warn while another model is in use", () => {
    const grid = [...clans(), row("total", "x", { model: "Gia đình học tập" })];
    const read = readCriteria(grid, "Bộ tiêu chí", used);
    expect(read.findings.map((f) => [f.cell, f.severity])).toEqual([["G7", "warning"]]);
  });
  it("the tab's own problems block once a set is in use, warn before", () => {
    // the Loại dòng column is missing: no row can say what it is
    const noKind = clans().map((r) => [...r.slice(0, 2), ...r.slice(3)]);
    const missing = "Tab “Bộ tiêu chí” thiếu cột “Loại dòng”";
    expect(readCriteria(noKind, "Bộ tiêu chí", new Set()).findings[0]).toMatchObject({
      cell: "H1",
      severity: "warning",
      message: expect.stringContaining(missing),
    });
    expect(readCriteria(noKind, "Bộ tiêu chí", used).findings[0]).toMatchObject({
      cell: "H1",
      severity: "error",
      message: expect.stringContaining(missing),
    });
  });
});
