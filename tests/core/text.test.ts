import { describe, expect, it } from "vitest";
import {
  CELL_LIMIT,
  clip,
  codeIdentity,
  codeKey,
  formatCount,
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
