import { describe, expect, it } from "vitest";
import { codeKey, formatCount, formatPercent, nameKey, showValue, tidy } from "../../src/core/text";

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
    expect(showValue("abc")).toBe('"abc"');
    expect(showValue(false)).toBe("FALSE");
  });
});
