import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CriteriaSet, type Form, MODELS, passes } from "../../../src/core/model/criteria";
import { YEAR } from "../../../src/core/model/schema";
import {
  formNames,
  letterOf,
  SCORING_SPECS,
  scoringFormulas,
  scoringHeaders,
  scoringId,
  scoringTab,
} from "../../../src/core/model/scoring";
import { oneItemSet } from "../../fixtures/scoring";
import { createEnvironment, type Env, installGlobals } from "../../memory";

const CITIZEN = SCORING_SPECS.find((s) => s.model === "CONGDAN");
if (!CITIZEN) throw new Error("no citizen spec");

const item = (code: string, max: number, group: string) => ({ code, group, text: code, max });
const ITEMS = [item("1", 10, "A"), item("2", 10, "A"), item("3", 15, "B"), item("4", 5, "B")];

/** Two citizen groups with different rules, one with decimals: the formula must tell them apart. */
const SET: CriteriaSet = {
  model: MODELS[4],
  forms: [
    { name: "Nông dân", items: ITEMS, total: 40, pass: 27.5, mins: [5, 5, 0, 2.5], groups: [] },
    {
      name: "Cán bộ",
      items: ITEMS,
      total: 40,
      pass: 20,
      mins: [0, 0, 0, 0],
      groups: [{ group: "A", items: [0, 1], percent: 62.5 }],
    },
  ],
};

/** The formulas written into a fresh tab, as the adapter lays it out. */
function layout() {
  const tab = scoringTab(CITIZEN as NonNullable<typeof CITIZEN>, SET);
  const headers = scoringHeaders(tab);
  const columns = new Map(tab.columns.map((c) => [c.key, headers.indexOf(c.header) + 1]));
  return { tab, headers, columns, formulas: scoringFormulas(tab, SET, columns) };
}

describe("scoring formulas", () => {
  it("parse in every locale: ; between arguments, no decimal literal, no horizontal array", () => {
    const { formulas } = layout();
    for (const f of [formulas.total, formulas.verdict]) {
      const code = f.replace(/"[^"]*"/gu, '""');
      expect(code).not.toContain(",");
      expect(code).not.toMatch(/\d\.\d/u);
      expect(code).not.toMatch(/\{[^}]*\\/u);
      expect(code).toMatch(/^=\{"";ARRAYFORMULA\(/u);
    }
    expect(formulas.verdict).toContain("*10>=275"); // 27,5 written without a decimal mark
    expect(formulas.verdict).toContain("*100>=1250"); // 62,5% of 20 points
  });

  let env: Env;
  let undo: () => void;
  beforeEach(() => {
    env = createEnvironment({ latency: "none" });
    undo = installGlobals(globalThis, env);
  });
  afterEach(() => undo());

  it("give, in the sheet, the verdict the add-on computes, for any points", () => {
    const { headers, formulas, columns } = layout();
    const sheet = env.createSpreadsheet("Chấm điểm").getActiveSheet();
    const total = headers.indexOf("Tổng điểm") + 1;
    sheet
      .getRange(1, 1, 1, headers.length)
      .setValues([
        headers.map((h, i) =>
          i + 1 === total ? formulas.total : i === total ? formulas.verdict : h,
        ),
      ]);
    const half = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
    const row = fc.tuple(fc.constantFrom(0, 1), ...ITEMS.map((i) => half(i.max)));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        sheet.getRange(2, 1, 40, headers.length).clearContent();
        const first = columns.get("item:1") as number;
        sheet
          .getRange(2, 1, rows.length, 5)
          .setValues(rows.map(([f], i) => [2026, "T01", `Người ${i}`, SET.forms[f]?.name, "có"]));
        sheet.getRange(2, first, rows.length, ITEMS.length).setValues(rows.map(([, ...p]) => p));
        const shown = sheet.getRange(2, total, rows.length, 2).getValues();
        rows.forEach(([f, ...points], i) => {
          const want = passes(SET.forms[f] as Form, points) ? "Đạt" : "Chưa đạt";
          expect(shown[i]).toEqual([points.reduce((s, p) => s + p, 0), want]);
        });
      }),
      { numRuns: 25 },
    );
  });
});

const specOf = (model: string) =>
  SCORING_SPECS.find((s) => s.model === model) as (typeof SCORING_SPECS)[number];
const form = (name: string, pass: number, items = ITEMS) => ({
  name,
  items,
  total: 40,
  pass,
  mins: items.map(() => 0),
  groups: [],
});
const citizenSet = (...forms: ReturnType<typeof form>[]): CriteriaSet => ({
  model: MODELS[4],
  forms,
});

function formulasOf(spec: (typeof SCORING_SPECS)[number], set: CriteriaSet) {
  const tab = scoringTab(spec, set);
  const headers = scoringHeaders(tab);
  const columns = new Map(tab.columns.map((c) => [c.key, headers.indexOf(c.header) + 1]));
  return { headers, columns, ...scoringFormulas(tab, set, columns) };
}

describe("scoring tab columns", () => {
  it("a community tab: year, village code and name, registered, one column per item, note", () => {
    const tab = scoringTab(specOf("CONGDONG"), oneItemSet("CONGDONG"));
    expect(tab).toEqual({
      id: "scoring",
      name: "Chấm điểm Cộng đồng",
      rowNoun: "thôn/TDP",
      codeKey: "code",
      nameKey: "name",
      columns: [
        YEAR,
        { key: "code", header: "Mã thôn/TDP", kind: "code", required: true },
        { key: "name", header: "Tên thôn/TDP", kind: "text", required: true },
        { key: "registered", header: "Đăng ký", kind: "mark" },
        { key: "item:1", header: "Điểm 1", kind: "points", max: 10 },
        { key: "note", header: "Ghi chú", kind: "text" },
      ],
      rules: [],
      contributions: [],
    });
    expect(scoringHeaders(tab)).toEqual([
      "Năm",
      "Mã thôn/TDP",
      "Tên thôn/TDP",
      "Đăng ký",
      "Điểm 1",
      "Tổng điểm",
      "Kết quả",
      "Ghi chú",
    ]);
  });

  it("a unit tab's code is the unit's", () => {
    const tab = scoringTab(specOf("DVHT"), oneItemSet("DVHT"));
    expect(tab.columns[1]?.header).toBe("Mã đơn vị");
  });

  it("a set without forms yet gives no item columns", () => {
    const tab = scoringTab(specOf("CONGDAN"), citizenSet());
    expect(tab.columns.map((c) => c.key)).toEqual(["year", "code", "name", "registered", "note"]);
  });

  it("an item's maximum is the largest over the groups, a group without the item aside", () => {
    const other = [item("1", 10, "A"), item("2", 10, "A"), item("3", 20, "B")];
    const tab = scoringTab(
      specOf("CONGDAN"),
      citizenSet(form("Nông dân", 30), form("Khác", 30, other)),
    );
    expect(tab.columns.filter((c) => c.kind === "points").map((c) => [c.key, c.max])).toEqual([
      ["item:1", 10],
      ["item:2", 10],
      ["item:3", 20],
      ["item:4", 5],
    ]);
  });

  it("groups are asked only when the set names them", () => {
    expect(formNames(citizenSet(form("", 30)))).toEqual([]);
    expect(formNames(citizenSet(form("Nông dân", 30)))).toEqual(["Nông dân"]);
    expect(formNames(citizenSet(form("A", 30), form("B", 30)))).toEqual(["A", "B"]);
  });

  it("ids and column letters", () => {
    expect(scoringId("GDHT")).toBe("scoring:GDHT");
    const columns = new Map([["note", 8]]);
    expect(letterOf(columns, "note")).toBe("H");
    expect(letterOf(columns, "form")).toBe("A");
  });
});

describe("scoring formulas as written", () => {
  it("one item, one rule: exactly these two header formulas", () => {
    const { total, verdict } = formulasOf(specOf("CONGDONG"), oneItemSet("CONGDONG"));
    expect(total).toBe('={"Tổng điểm";ARRAYFORMULA(IF(LEN(C2:C)=0;"";IFERROR((E2:E);"")))}');
    expect(verdict).toBe(
      '={"Kết quả";ARRAYFORMULA(IF(LEN(C2:C)=0;"";IFERROR(IF(((LEN(E2:E)>0))=0;"Chưa chấm";IF(((LEN(E2:E)>0))<1;"Thiếu điểm";IF(((E2:E)>=5);"Đạt";"Chưa đạt")));"Điểm chưa hợp lệ")))}',
    );
  });

  it("groups with the same rule share one rule, whatever the group cell says", () => {
    const { verdict, columns } = formulasOf(
      specOf("CONGDAN"),
      citizenSet(form("Nông dân", 30), form("Khác", 30)),
    );
    expect(columns.get("form")).toBe(4);
    expect(verdict).not.toContain("D2:D");
  });

  it("groups with different rules: chosen by the group cell, quotes doubled, none → not met", () => {
    const { verdict } = formulasOf(
      specOf("CONGDAN"),
      citizenSet(form('Nhóm "A"', 30), form("Khác", 20)),
    );
    expect(verdict).toContain('IF(D2:D="Nhóm ""A""";');
    expect(verdict).toContain('IF(D2:D="Khác";');
    expect(verdict).toContain(';0));"Đạt";"Chưa đạt"');
  });

  it("a pass mark with more than three decimals is compared in thousandths", () => {
    const { verdict } = formulasOf(specOf("CONGDAN"), citizenSet(form("", 27.1234)));
    expect(verdict).toContain("*1000>=27123)");
  });
});
