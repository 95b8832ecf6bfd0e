import { describe, expect, it } from "vitest";
import {
  CELL_LIMIT,
  clip,
  codeIdentity,
  codeKey,
  formatCount,
  formatDateTime,
  formatPercent,
  identityKey,
  nameKey,
  showValue,
  tidy,
  visible,
} from "../../src/core/text";

describe("text helpers", () => {
  it("tidy normalises to NFC and collapses spaces", () => {
    expect(tidy("  Thôn\u00a0 Đông ".normalize("NFD"))).toBe("Thôn Đông");
    expect(nameKey("THÔN  đông")).toBe(nameKey("thôn đông".normalize("NFD")));
  });
  it("codeKey reads Đ as D and ignores case and spaces", () => {
    expect(codeKey("gđht")).toBe("GDHT");
    expect(codeKey(" CĐHT ")).toBe("CDHT");
  });
  it("formats counts and percentages the vi_VN way", () => {
    expect(formatCount(1234567)).toBe("1.234.567");
    expect(formatCount(12)).toBe("12");
    expect(formatPercent(0.655)).toBe("65,5%");
    expect(formatPercent(0.7)).toBe("70%");
    expect(formatPercent(0.55)).toBe("55%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0.12345, 2)).toBe("12,35%");
  });
  it("shows values the way an officer recognises them", () => {
    expect(showValue("")).toBe("(ô trống)");
    expect(showValue(0.85)).toBe("0,85");
    expect(showValue("abc")).toBe("“abc”");
    expect(showValue(false)).toBe("FALSE");
    // an object from the browser whose toString is not a function is shown, never a crash
    expect(showValue(JSON.parse('{"toString":"x"}'))).toBe("(?)");
  });
});

describe("identityKey and codeIdentity", () => {
  it("sees one name through spaces, invisible characters, case, Đ and tone placement", () => {
    const same = [
      "Thôn Hòa Bình",
      "thôn  hoà bình",
      "Thôn\u00a0Hòa\u200bBình".replace("\u200b", " "),
      "THÔN HÒA BÌNH",
    ];
    for (const s of same) expect(identityKey(s)).toBe(identityKey("Thôn Hòa Bình"));
    expect(identityKey("Thuỷ")).toBe(identityKey("Thủy"));
    expect(identityKey("Đông")).toBe(identityKey("dông"));
    expect(identityKey("Đông")).not.toBe(identityKey("Động"));
    expect(identityKey("Hoa")).not.toBe(identityKey("Hòa"));
    expect(identityKey("Ha\u200bNoi")).toBe(identityKey("HaNoi"));
  });
  it("sees one code through inner spaces and leading zeros", () => {
    for (const c of ["T01", "t1", "T 01", " T001 ", "T\u00a001"])
      expect(codeIdentity(c)).toBe(codeIdentity("T1"));
    expect(codeIdentity("00123")).toBe(codeIdentity("123"));
    expect(codeIdentity("ĐV01")).toBe(codeIdentity("DV1"));
    expect(codeIdentity("T10")).not.toBe(codeIdentity("T1"));
    expect(codeIdentity("0")).toBe("0");
  });
});

describe("visible", () => {
  it("drops every invisible character and nothing else", () => {
    expect(visible("a\u00adb\u200bc\u200cd\u200de\u2060f\ufeffg")).toBe("abcdefg");
    expect(visible("a\u00a0b c")).toBe("a\u00a0b c");
  });
});

describe("clip", () => {
  it("keeps short text and shortens long text to the limit with an ellipsis", () => {
    expect(clip("abc", 5)).toBe("abc");
    expect(clip("abcdef", 5)).toBe("abcd…");
    expect(clip("x".repeat(60_000))).toHaveLength(CELL_LIMIT);
    // a surrogate pair is never cut in half
    const emoji = `${"a".repeat(3)}😀`;
    expect(clip(`${emoji}zz`, 5)).toBe("aaa…");
  });
});

describe("keys: exact forms", () => {
  it("nameKey is tidy lower case, so headers typed in capitals still match", () => {
    expect(nameKey("  THÔN\u00a0 Đông ")).toBe("thôn đông");
  });
  it("codeKey drops every inner space, not only the first", () => {
    expect(codeKey("C Đ H T")).toBe("CDHT");
    expect(codeKey("g đ\u00a0ht")).toBe("GDHT");
  });
  it("identityKey keeps each word's tone marks, in order, at the word's end", () => {
    expect(identityKey("Hòa Bình")).toBe("hoa\u0300 binh\u0300");
    // two words typed without their space keep both marks: "HòaBình" is not "HoàBinh"
    expect(identityKey("Hòa\u200bBình")).toBe("hoabinh\u0300\u0300");
    expect(identityKey("HòaBình")).not.toBe(identityKey("HoàBinh"));
    expect(identityKey("Thuỷ Hoà")).toBe(identityKey("Thủy Hòa"));
  });
  it("codeIdentity drops only leading zeros of each number", () => {
    expect(codeIdentity("T1001")).not.toBe(codeIdentity("T11"));
    expect(codeIdentity("T1001")).toBe("t1001");
    expect(codeIdentity("T0100")).toBe(codeIdentity("T100"));
    expect(codeIdentity("T100")).not.toBe(codeIdentity("T1"));
    expect(codeIdentity("X01-002")).toBe(codeIdentity("x1-2"));
  });
});

describe("formatting edges", () => {
  it("formats 0 and negative counts", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(-1234)).toBe("-1.234");
    expect(formatCount(-5)).toBe("-5");
    expect(formatCount(123)).toBe("123");
    expect(formatCount(1234.9)).toBe("1.234");
  });
  it("formats 0, negative and two-decimal percentages", () => {
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(-0.05)).toBe("-5%");
    expect(formatPercent(-0.655)).toBe("-65,5%");
    expect(formatPercent(0.1205, 2)).toBe("12,05%");
    expect(formatPercent(0.12, 2)).toBe("12%");
    expect(formatPercent(0.121, 2)).toBe("12,1%");
    expect(formatPercent(12.345)).toBe("1.234,5%");
  });
  it("shows blanks, booleans, dates and long text", () => {
    expect(showValue(null)).toBe("(ô trống)");
    expect(showValue(undefined)).toBe("(ô trống)");
    expect(showValue(true)).toBe("TRUE");
    expect(showValue(new Date(Date.UTC(2025, 0, 1)))).toBe("một ngày tháng");
    expect(showValue(12.5)).toBe("12,5");
    expect(showValue(Number.NaN)).toBe("NaN");
    const sixty = "a".repeat(60);
    expect(showValue(sixty)).toBe(`“${sixty}”`);
    expect(showValue(`${sixty}b`)).toBe(`“${"a".repeat(57)}…”`);
  });
  it("clip keeps text of exactly the limit", () => {
    expect(clip("abcde", 5)).toBe("abcde");
    expect(clip("😀a😀b", 4)).toBe("😀a…");
  });
  it("formatDateTime shows Vietnam's time (UTC+7)", () => {
    expect(formatDateTime(Date.UTC(2026, 11, 5, 2, 30))).toBe("05/12/2026 09:30");
    expect(formatDateTime(Date.UTC(2026, 11, 31, 17, 5))).toBe("01/01/2027 00:05");
    expect(formatDateTime(0)).toBe("01/01/1970 07:00");
  });
});

describe("invisible characters and tone marks, one by one", () => {
  it.each(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])(
    "%j is dropped from names and numbers",
    (ch) => {
      expect(identityKey(`Thôn${ch} Đông`)).toBe(identityKey("Thôn Đông"));
      expect(visible(`1${ch}2`)).toBe("12");
    },
  );
  it.each(["\u00a0", "\u2009", "\u200a", "\u2002"])("%j is a space, not part of a word", (ch) => {
    expect(identityKey(`Thôn${ch}Đông`)).toBe(identityKey("Thôn Đông"));
    expect(visible(`a${ch}b`)).toBe(`a${ch}b`);
  });
  it.each([
    ["Hòa", "Hoà", "Hoa"],
    ["Hóa", "Hoá", "Hoa"],
    ["Thủy", "Thuỷ", "Thuy"],
    ["Hõa", "Hoã", "Hoa"],
    ["Khọa", "Khoạ", "Khoa"],
  ])("%s and %s are one name, %s another", (a, b, bare) => {
    expect(identityKey(a)).toBe(identityKey(b));
    expect(identityKey(a)).not.toBe(identityKey(bare));
  });
  it("other marks are kept: Đông, Động, Dong, Đồng differ where they should", () => {
    expect(identityKey("Đông")).not.toBe(identityKey("Dong"));
    expect(identityKey("Đồng")).not.toBe(identityKey("Đông"));
    expect(identityKey("Ơn")).not.toBe(identityKey("On"));
    expect(identityKey("Ăn")).not.toBe(identityKey("An"));
  });
});
