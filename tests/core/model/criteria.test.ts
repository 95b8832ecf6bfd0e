import { describe, expect, it } from "vitest";
import {
  type Form,
  findModel,
  KIND,
  MODELS,
  PRESET_ROWS,
  passes,
} from "../../../src/core/model/criteria";

const item = (code: string, max: number, group = "") => ({ code, group, text: code, max });
const form = (over: Partial<Form> = {}): Form => ({
  name: "",
  items: [item("1", 10, "A"), item("2", 10, "A"), item("3", 20, "B")],
  total: 40,
  pass: 30,
  mins: [0, 0, 0],
  groups: [],
  ...over,
});

describe("models", () => {
  it("are found by full name, short form with Đ, or ASCII id; a bare CDHT is ambiguous", () => {
    expect(findModel("Gia đình học tập")).toBe(MODELS[0]);
    expect(findModel(" gđht ")).toBe(MODELS[0]);
    expect(findModel("GDHT")).toBe(MODELS[0]);
    expect(findModel("CĐHT")?.toString()).toBe(MODELS[2]?.toString());
    expect(findModel("CĐHT")).toBe(MODELS[2]);
    expect(findModel("CONGDAN")).toBe(MODELS[4]);
    expect(findModel("CDHT")).toBe("ambiguous");
    expect(findModel("Làng văn hóa")).toBeUndefined();
  });
});

describe("the recognition rule", () => {
  it("needs the total", () => {
    expect(passes(form(), [10, 10, 10])).toBe(true);
    expect(passes(form(), [10, 10, 9])).toBe(false);
  });
  it("optionally needs every item at least m, and one named group at least g% of its maximum", () => {
    expect(passes(form({ mins: [5, 5, 5] }), [10, 16, 4])).toBe(false);
    const half = form({ groups: [{ group: "A", items: [0, 1], percent: 75 }] });
    expect(passes(half, [7, 8, 20])).toBe(true); // 15 of 20 is 75%
    expect(passes(half, [7, 7, 20])).toBe(false);
  });
  it("adds decimal points without floating-point drift: 7,3 + 8,1 reaches 15,4", () => {
    expect(7.3 + 8.1).not.toBe(15.4);
    const f = form({ items: [item("1", 10), item("2", 10)], total: 20, pass: 15.4, mins: [0, 0] });
    expect(passes(f, [7.3, 8.1])).toBe(true);
    expect(passes(f, [7.3, 8])).toBe(false);
  });
});

describe("presets", () => {
  const of = (name: string) => PRESET_ROWS.filter((r) => r[0] === name);
  it("cover every model, each saying where it comes from", () => {
    for (const m of MODELS) {
      const rows = of(m.name);
      const total = rows.find((r) => r[2] === KIND.total);
      expect(total?.[7], m.name).toMatch(/QĐ \d+\/QĐ-KHVN|Khung trống/u);
    }
  });
  it("learning citizen: 10 indicators of 10 points, 80 to pass, none below 5, forms per group", () => {
    const rows = of("Công dân học tập");
    const items = rows.filter((r) => r[2] === KIND.item);
    expect(items.map((r) => r[6])).toEqual(Array(10).fill(10));
    expect(rows.find((r) => r[2] === KIND.pass)?.[6]).toBe(80);
    expect(rows.find((r) => r[2] === KIND.itemMin)?.[6]).toBe(5);
    expect(rows.filter((r) => r[2] === KIND.form).map((r) => r[1])).toContain(
      "Nông dân, lao động nông thôn",
    );
  });
  it("learning family: two groups of 30 confirmed, the rest left blank and marked", () => {
    const rows = of("Gia đình học tập");
    const items = rows.filter((r) => r[2] === KIND.item);
    const sum = (g: string) =>
      items.filter((r) => r[3].startsWith(g)).reduce((s, r) => s + Number(r[6]), 0);
    expect([sum("1."), sum("2.")]).toEqual([30, 30]);
    const blank = rows.filter((r) => r[6] === "");
    expect(blank.map((r) => r[4] || r[2])).toEqual([KIND.pass, "3", "4"]);
    for (const r of blank) expect(r[7]).toContain("cần xác nhận theo văn bản của tỉnh");
  });
});

describe("edges of the rule and of model names", () => {
  it("an item exactly at its minimum is enough", () => {
    expect(passes(form({ mins: [5, 5, 5] }), [10, 15, 5])).toBe(true);
    expect(passes(form({ mins: [5, 5, 5] }), [10, 15.1, 4.9])).toBe(false);
  });
  it("a group naming an item the form does not have counts it as 0 points of 0, never a crash", () => {
    const g = form({ groups: [{ group: "A", items: [0, 1, 7], percent: 75 }] });
    expect(passes(g, [7, 8, 20])).toBe(true);
    expect(passes(g, [7, 7, 20])).toBe(false);
  });
  it("a cell that is no text names no model", () => {
    for (const v of [5, undefined, null, true, ["GDHT"]]) expect(findModel(v)).toBeUndefined();
  });
});
