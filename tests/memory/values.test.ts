// Tests for typed-text coercion, number-format rendering and time-zone dates.

import { describe, expect, it } from "vitest";
import {
  coerceTyped,
  dateToSerial,
  formatJavaDate,
  formatValue,
  localeInfo,
  serialToDate,
} from "./values";

const NOW = new Date(Date.UTC(2026, 11, 5, 2, 0, 0));
const HCM = "Asia/Ho_Chi_Minh";
const vi = (text: string) => coerceTyped(text, "vi_VN", HCM, NOW);
const en = (text: string) => coerceTyped(text, "en_US", HCM, NOW);
const show = (value: string | number | boolean | Date, format: string, locale = "vi_VN") =>
  formatValue(value, format, { li: localeInfo(locale), timeZone: HCM });

describe("coerceTyped", () => {
  it("reads numbers with the locale's separators", () => {
    expect(vi("1.234").value).toBe(1234);
    expect(vi("12,5").value).toBe(12.5);
    expect(vi("1.234,5").value).toBe(1234.5);
    expect(en("1,234").value).toBe(1234);
    expect(en("12.5").value).toBe(12.5);
    expect(vi("00123").value).toBe(123);
    expect(vi("-7").value).toBe(-7);
  });

  it("keeps text that is not a number in the locale", () => {
    expect(vi("0.85").value).toBe("0.85");
    expect(vi("Xã An Bình").value).toBe("Xã An Bình");
    expect(en("12,5").value).toBe("12,5");
  });

  it("reads percentages as fractions and picks a percent format", () => {
    expect(vi("85%")).toEqual({ value: 0.85, format: "0%" });
    expect(vi("85,5%").value).toBeCloseTo(0.855, 12);
    expect(vi("85,5%").format).toBe("0.00%");
  });

  it("reads TRUE/FALSE in any case as booleans", () => {
    expect(vi("TRUE").value).toBe(true);
    expect(vi("false").value).toBe(false);
  });

  it("reads dates day-first in vi_VN and month-first in en_US", () => {
    const d = vi("5/12/2026").value as Date;
    expect(d).toBeInstanceOf(Date);
    expect(formatJavaDate(d, HCM, "yyyy-MM-dd HH:mm")).toBe("2026-12-05 00:00");
    expect(formatJavaDate(en("5/12/2026").value as Date, HCM, "yyyy-MM-dd")).toBe("2026-05-12");
  });

  it("reads '1/2' as a date in the current year", () => {
    expect(formatJavaDate(vi("1/2").value as Date, HCM, "yyyy-MM-dd")).toBe("2026-02-01");
    expect(formatJavaDate(en("1/2").value as Date, HCM, "yyyy-MM-dd")).toBe("2026-01-02");
  });

  it("does not invent impossible dates", () => {
    expect(vi("31/2/2026").value).toBe("31/2/2026");
  });
});

describe("formatValue (vi_VN)", () => {
  it("renders the formats the add-on uses with vi_VN separators", () => {
    expect(show(0.655, "0.0%")).toBe("65,5%");
    expect(show(0.65, "0%")).toBe("65%");
    expect(show(0.655, "0.00%")).toBe("65,50%");
    expect(show(1234, "#,##0")).toBe("1.234");
    expect(show(1234567.891, "#,##0.00")).toBe("1.234.567,89");
    expect(show(12.6, "0")).toBe("13");
    expect(show(0.5, "General")).toBe("0,5");
    expect(show(1234, "General")).toBe("1234");
    expect(show(1 / 3, "General")).toBe("0,3333333333");
    expect(show(-5, "#,##0")).toBe("-5");
  });

  it("renders en_US with dot decimals", () => {
    expect(show(0.655, "0.0%", "en_US")).toBe("65.5%");
    expect(show(1234, "#,##0", "en_US")).toBe("1,234");
  });

  it("renders booleans, text and dates", () => {
    expect(show(true, "General")).toBe("TRUE");
    expect(show("00123", "@")).toBe("00123");
    const d = vi("5/12/2026").value as Date;
    expect(show(d, "dd/MM/yyyy")).toBe("05/12/2026");
    expect(show(d, "General")).toBe("05/12/2026");
  });
});

describe("dates", () => {
  it("converts serial numbers in the spreadsheet's zone", () => {
    const d = vi("5/12/2026").value as Date;
    expect(dateToSerial(d, HCM)).toBe(46361);
    expect(serialToDate(46361, HCM).getTime()).toBe(d.getTime());
  });

  it("formats Java patterns in UTC+7 and UTC", () => {
    expect(formatJavaDate(NOW, HCM, "dd/MM/yyyy HH:mm:ss")).toBe("05/12/2026 09:00:00");
    expect(formatJavaDate(NOW, "UTC", "yyyy-MM-dd'T'HH:mm")).toBe("2026-12-05T02:00");
    expect(formatJavaDate(NOW, HCM, "Z")).toBe("+0700");
  });
});
