import { describe, expect, it } from "vitest";
import {
  CELL,
  isBlank,
  numberFromText,
  parseCount,
  parseMark,
  parseRate,
  parseTarget,
  parseYear,
  readCell,
} from "../../src/core/cells";

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) => {
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r.value;
};
const message = (r: { ok: boolean; message?: string }) => {
  if (r.ok) throw new Error("expected a failure");
  return r.message as string;
};

describe("isBlank", () => {
  it("treats empty strings, spaces, null and undefined as blank", () => {
    for (const v of ["", "   ", "\u00a0", null, undefined]) expect(isBlank(v)).toBe(true);
    for (const v of [0, "0", false, " x "]) expect(isBlank(v)).toBe(false);
  });
});

describe("numberFromText (vi_VN)", () => {
  it.each([
    ["1234", 1234],
    ["1.234", 1234],
    ["1.234.567", 1234567],
    [" 1.234 ", 1234],
    ["12,5", 12.5],
    ["1.234,5", 1234.5],
    ["0.85", 0.85],
    ["0.850", 0.85],
    ["-3", -3],
  ])("%s → %s", (text, n) => expect(numberFromText(text)).toBe(n));
  it.each(["abc", "1.2.3", "12,3,4", "", "=1+1", "1e3"])("%s is not a number", (text) =>
    expect(numberFromText(text)).toBeNull(),
  );
  it.each([
    ["\u00a01.234\t", 1234],
    ["1\u200b0", 10],
    ["\ufeff56", 56],
  ])("%j: spaces around and invisible characters are ignored → %s", (text, n) =>
    expect(numberFromText(text)).toBe(n),
  );
  // A space inside is a typing slip, never a guess: "10 5" is not 105.
  it.each(["10 5", "1 234", "1\u00a0234", "1. 234", "12 ,5", "- 3", "1.234 ,5", "0 .85"])(
    "%j is not a number",
    (text) => expect(numberFromText(text)).toBeNull(),
  );
  // Every pattern is anchored at both ends.
  it.each([
    "x10",
    "10x",
    "x1.234",
    "1.234x",
    "x1.234,5",
    "1.234,5x",
    "x0.85",
    "0.85x",
    "1.234.5678",
    "+",
    ".5",
    "5.",
  ])("%j is not a number", (text) => expect(numberFromText(text)).toBeNull());
});

describe("parseCount", () => {
  it("accepts whole numbers and vi_VN text", () => {
    expect(value(parseCount(120))).toBe(120);
    expect(value(parseCount(0))).toBe(0);
    expect(value(parseCount("1.234"))).toBe(1234);
    expect(value(parseCount("  56 "))).toBe(56);
  });
  it.each([
    [-1, "là số âm"],
    [2.5, "không phải là số nguyên"],
    [0.85, "không phải là số nguyên"],
    [true, "đúng/sai"],
    ["85%", "phần trăm"],
    ["abc", "không phải là số"],
    ["1,5", "không phải là số nguyên"],
    [new Date(2025, 0, 1), "ngày tháng"],
    [2e9, "lớn quá mức"],
    [Number.NaN, "không phải là số"],
  ])("rejects %s with a message naming it and what is expected", (v, fragment) => {
    const m = message(parseCount(v));
    expect(m).toContain(fragment);
    expect(m).toContain("cần một số nguyên từ 0 trở lên");
  });
  it("quotes the offending text", () => {
    expect(message(parseCount("mười"))).toContain("“mười”");
  });
  it("refuses a stray inner space, quoting the text so the space shows", () => {
    expect(message(parseCount("10 5"))).toBe(
      "“10 5” không phải là số — cần một số nguyên từ 0 trở lên, ví dụ 120 hoặc 1.234.",
    );
  });
});

describe("parseRate and parseTarget", () => {
  it.each([
    [0.85, 0.85],
    ["85%", 0.85],
    ["85,5%", 0.855],
    ["85.5 %", 0.855],
    ["0,85", 0.85],
    [1, 1],
    ["100%", 1],
    [0, 0],
  ])("%s → %s", (v, n) => {
    expect(value(parseRate(v))).toBeCloseTo(n, 12);
    expect(value(parseTarget(v))).toBe(n);
  });
  it("refuses rates above 100%, negatives and words", () => {
    expect(message(parseRate(85))).toContain("lớn hơn 100%");
    expect(message(parseRate("120%"))).toContain("lớn hơn 100%");
    expect(message(parseRate(-0.1))).toContain("số âm");
    expect(message(parseRate("cao"))).toContain("không phải là tỷ lệ");
    expect(message(parseRate(true))).toContain("không phải là tỷ lệ");
  });
  it.each(["8 5%", "x85%", "85%x", "85%%", "% 85", "85 %x"])("%j is not a rate", (v) =>
    expect(message(parseRate(v))).toContain("không phải là tỷ lệ"),
  );
  it("refuses targets finer than 0,1%", () => {
    expect(message(parseTarget("85,55%"))).toContain("chữ số thập phân");
    expect(value(parseTarget(0.6499999999999999))).toBe(0.65);
  });
});

describe("parseMark", () => {
  it.each([true, 1, "x", "X", "đạt", "ĐẠT", " Đạt ", "có", "Có", "TRUE", "1", "dat"])(
    "%s counts as recognised",
    (v) => expect(value(parseMark(v))).toBe(true),
  );
  it.each([false, 0, "chưa đạt", "Chưa  đạt", "CHƯA ĐẠT", "không", "Không", "0", "không đạt"])(
    "%s counts as not recognised",
    (v) => expect(value(parseMark(v))).toBe(false),
  );
  it.each(["đ\u200bạt", "Đạt\u00a0", "CHƯA\u00a0 ĐẠT", "co\u0301"])(
    "%j is read through invisible characters and spaces",
    (v) => expect(parseMark(v).ok).toBe(true),
  );
  it("is insensitive to Unicode normalisation (NFD typed on some keyboards)", () => {
    expect(value(parseMark("đạt".normalize("NFD")))).toBe(true);
    expect(value(parseMark("chưa đạt".normalize("NFD")))).toBe(false);
  });
  it.each(["tốt", 2, "?", new Date()])("rejects %s", (v) =>
    expect(message(parseMark(v))).toContain("đạt/chưa đạt"),
  );
});

describe("parseYear", () => {
  it("accepts years as numbers or text", () => {
    expect(value(parseYear(2026))).toBe(2026);
    expect(value(parseYear(" 2026 "))).toBe(2026);
  });
  it.each([26, 2026.5, "năm nay", 1999, 2101])("rejects %s", (v) =>
    expect(message(parseYear(v))).toContain("4 chữ số"),
  );
});

describe("cell schemas", () => {
  it("carry the Vietnamese message as the issue message", () => {
    const r = CELL.count.safeParse("abc");
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues[0]?.message).toContain("không phải là số");
    expect(CELL.count.parse("1.234")).toBe(1234);
    expect(() => CELL.count.parse("abc")).toThrow("không phải là số");
  });
  it("readCell returns the same result as the reader", () => {
    expect(readCell("rate", "70%")).toEqual({ ok: true, value: 0.7 });
    expect(readCell("mark", "??").ok).toBe(false);
  });
});
