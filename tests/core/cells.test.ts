import { describe, expect, it } from "vitest";
import {
  CELL,
  isBlank,
  MAX_COUNT,
  numberFromText,
  parseCount,
  parseMark,
  parsePoints,
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
  // test names must not change between runs (no `new Date()` in them): Stryker matches tests by name
  it.each(["tốt", 2, "?", new Date(Date.UTC(2025, 0, 1)), null, undefined, { x: 1 }])(
    "rejects value %#",
    (v) => expect(message(parseMark(v))).toContain("đạt/chưa đạt"),
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

describe("numberFromText: grouping only where vi_VN groups", () => {
  it.each([
    ["12.345", 12345],
    ["123.456", 123456],
    ["-12.345", -12345],
    ["12.345,5", 12345.5],
    ["1.234.567,5", 1234567.5],
    ["1.234,56", 1234.56],
    ["1.2345", 1.2345],
    ["1,2345", 1.2345],
    ["0012", 12],
    ["1234.5", 1234.5],
  ])("%j → %s", (text, n) => expect(numberFromText(text)).toBe(n));
  it.each([
    "1a.234",
    "1ab.234,5",
    "x12",
    "12x",
    "1.234,",
    "1.234,5,6",
    "0.234.567",
    "1234.567.890",
  ])("%j is not a number (never NaN)", (text) => expect(numberFromText(text)).toBeNull());
});

describe("percent text", () => {
  it("reads a percentage typed with spaces or invisible characters around it", () => {
    expect(value(parseRate(" 85% "))).toBeCloseTo(0.85, 12);
    expect(value(parseRate("\u200b85,5%\u00a0"))).toBeCloseTo(0.855, 12);
    expect(value(parseRate("8\u200b5%"))).toBeCloseTo(0.85, 12);
    expect(value(parseRate("+85%"))).toBeCloseTo(0.85, 12);
  });
  it.each(["85,5", "8,5,5%", "85 % %", "x85 %", "85%5", "%", ",5%", "5,%"])(
    "%j is no percentage in a count either",
    (v) => expect(message(parseCount(v))).not.toContain("là tỷ lệ phần trăm"),
  );
  it("a percentage in a count cell is named as such, however it is typed", () => {
    for (const v of ["85%", " 85 % ", "85,5%", "-5%", "\u200b7%"])
      expect(message(parseCount(v))).toContain("là tỷ lệ phần trăm");
  });
});

describe("parseCount: exact messages", () => {
  it("names a date cell as a date", () => {
    expect(message(parseCount(new Date(Date.UTC(2025, 0, 1))))).toBe(
      "ô chứa ngày tháng — cần một số nguyên từ 0 trở lên, ví dụ 120 hoặc 1.234.",
    );
  });
  it.each([
    [null, "(ô trống) không phải là số"],
    [undefined, "(ô trống) không phải là số"],
    [{ n: 1 }, "[object Object] không phải là số"],
    [Number.NaN, "NaN không phải là số"],
    [Number.POSITIVE_INFINITY, "Infinity không phải là số"],
    [
      "1.2345",
      "“1.2345” không phải là số nguyên (nếu ô đang định dạng phần trăm, hãy nhập số đếm)",
    ],
  ])("%s → %s", (v, problem) =>
    expect(message(parseCount(v))).toBe(
      `${problem} — cần một số nguyên từ 0 trở lên, ví dụ 120 hoặc 1.234.`,
    ),
  );
  it("believes counts up to 1 billion and no more", () => {
    expect(value(parseCount(MAX_COUNT))).toBe(1_000_000_000);
    expect(value(parseCount("1.000.000.000"))).toBe(1_000_000_000);
    expect(message(parseCount(MAX_COUNT + 1))).toContain("lớn quá mức");
  });
});

describe("parsePoints", () => {
  it("accepts points as numbers and vi_VN text, decimals allowed", () => {
    expect(value(parsePoints(8))).toBe(8);
    expect(value(parsePoints(0))).toBe(0);
    expect(value(parsePoints("7,5"))).toBe(7.5);
    expect(value(parsePoints(" 10 "))).toBe(10);
  });
  it.each([
    ["85%", "“85%” không phải là số"],
    ["tám", "“tám” không phải là số"],
    ["10 5", "“10 5” không phải là số"],
    [null, "(ô trống) không phải là số"],
    [true, "TRUE không phải là số"],
    [Number.NaN, "NaN không phải là số"],
    [Number.POSITIVE_INFINITY, "Infinity không phải là số"],
    [-1, "-1 là số âm"],
    ["-0,5", "“-0,5” là số âm"],
  ])("refuses %s: %s", (v, problem) =>
    expect(message(parsePoints(v))).toBe(
      `${problem} — cần một số điểm từ 0 trở lên, ví dụ 8 hoặc 7,5.`,
    ),
  );
});

describe("parseRate edges", () => {
  it("refuses what is no number at all rather than passing NaN on", () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, null, undefined, "1e3", "10 5%"])
      expect(message(parseRate(v))).toContain("không phải là tỷ lệ");
  });
  it("forgives float drift up to 1e-12 above 100%, nothing more", () => {
    expect(value(parseRate(1 + 1e-12))).toBe(1);
    expect(value(parseRate(1.0000000000000002))).toBe(1);
    expect(message(parseRate(1 + 1e-9))).toContain("lớn hơn 100%");
  });
  it("parseTarget passes on the rate's own refusal", () => {
    expect(message(parseTarget("cao"))).toBe(
      "“cao” không phải là tỷ lệ — cần một tỷ lệ từ 0% đến 100%, ví dụ 85% hoặc 0,85.",
    );
    expect(message(parseTarget(1.5))).toContain("lớn hơn 100%");
    expect(value(parseTarget("85,5%"))).toBe(0.855);
    expect(value(parseTarget(0.855))).toBe(0.855);
  });
  it("forgives float noise up to one millionth of a per mille in a target, not more", () => {
    // 9.999999999999999e-10 × 1000 is exactly 1e-6 away from 0 per mille: the boundary
    expect(value(parseTarget(9.999999999999999e-10))).toBe(0);
    expect(message(parseTarget(0.85 + 1e-8))).toContain("chữ số thập phân");
  });
});

describe("parseYear edges", () => {
  it("accepts the first and last year of the range, as numbers and text", () => {
    expect(value(parseYear(2000))).toBe(2000);
    expect(value(parseYear(2100))).toBe(2100);
    expect(value(parseYear("2026"))).toBe(2026);
    expect(value(parseYear("\t2026"))).toBe(2026);
    expect(value(parseYear("2026\u00a0"))).toBe(2026);
  });
  it.each([
    "02026",
    "2026.0",
    "2026,0",
    "2e3",
    "+2026",
    "0x7EA",
    "2.026",
    "20 26",
    "2026x",
    "x2026",
  ])("%j is not a year typed as 4 digits", (v) =>
    expect(message(parseYear(v))).toContain("không phải là năm hợp lệ"),
  );
  it("a range (a custom function's 2-D array) or a date is not a year", () => {
    expect(message(parseYear([[2026]]))).toContain("4 chữ số");
    expect(message(parseYear(["2026"]))).toContain("4 chữ số");
    expect(message(parseYear(new Date(2026)))).toContain("4 chữ số");
    expect(message(parseYear(true))).toContain("4 chữ số");
  });
});

describe("parseMark words", () => {
  it.each([
    ["x", true],
    ["1", true],
    ["true", true],
    ["đạt", true],
    ["dat", true],
    ["có", true],
    ["co", true],
    ["0", false],
    ["false", false],
    ["chưa đạt", false],
    ["chua dat", false],
    ["không đạt", false],
    ["khong dat", false],
    ["không", false],
    ["khong", false],
  ])("%j → %s", (v, mark) => expect(value(parseMark(v))).toBe(mark));
  it.each(["xx", "đạ", "chưa", "dat dat", "1 0", "10", "đạt\u00a0x", "c", "kh"])(
    "%j is no mark",
    (v) => expect(message(parseMark(v))).toContain("không phải là đánh giá"),
  );
  it("a mark hidden behind zero-width spaces or typed with Đ/D is still read", () => {
    expect(value(parseMark("\u200bĐạt\ufeff"))).toBe(true);
    expect(value(parseMark("chưa\u200b đạt"))).toBe(false);
    expect(value(parseMark("CHUA DAT"))).toBe(false);
  });
});
