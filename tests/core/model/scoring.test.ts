import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CriteriaSet, type Form, MODELS, passes } from "../../../src/core/model/criteria";
import {
  SCORING_SPECS,
  scoringFormulas,
  scoringHeaders,
  scoringTab,
} from "../../../src/core/model/scoring";
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
