import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/check/read";
import { checkWorkbook } from "../../../src/core/check/workbook";
import { grids, set } from "../../fixtures/grids";
import { communeSample } from "../../fixtures/sample";

type Patch = Parameters<typeof grids>[1];

const findingsOf = (patch: Patch) => checkWorkbook(grids(communeSample(), patch)).findings;
const at = (findings: readonly Finding[], tab: string, cell: string) =>
  findings.filter((f) => f.tab === tab && f.cell === cell);

// Data rows 0–11 are 2025 (T01…T12), rows 12–23 are 2026; sheet row = data row + 2.
const VARIANTS: [string, string][] = [
  ["a zero-width space", "T\u200b01"],
  ["a non-breaking space", "T\u00a001"],
  ["an inner space", "T 01"],
  ["a leading zero", "T001"],
  ["case", "t01"],
  ["a trailing space and a soft hyphen", "T0\u00ad1 "],
];

describe("one identity for area codes", () => {
  it.each(VARIANTS)(
    "a village code differing by %s is the same village: twice in a year is an error",
    (_what, code) => {
      const findings = findingsOf((s) => set(s.villages, "Mã thôn/TDP", 13, code)); // 2026, was T02
      const [dup] = at(findings, "Thôn - TDP", "B15");
      expect(dup?.severity).toBe("error");
      expect(dup?.message).toContain("đã có ở dòng 14 cho năm 2026");
    },
  );

  it("Đ and D in a unit code are one code", () => {
    const findings = findingsOf((s) => {
      set(s.units, "Mã đơn vị", 0, "ĐV01");
      set(s.units, "Mã đơn vị", 1, "dv 1");
    });
    expect(at(findings, "Đơn vị", "B3")[0]?.message).toContain("“dv 1” đã có ở dòng 2");
  });

  it.each(VARIANTS)("a unit's village typed with %s is a known village", (_what, code) => {
    const findings = findingsOf((s) => set(s.units, "Thuộc thôn/TDP (mã)", 15, code)); // 2026
    expect(at(findings, "Đơn vị", "E17")).toEqual([]);
  });

  it("a unit's village that differs by more than spelling is still unknown", () => {
    const findings = findingsOf((s) => set(s.units, "Thuộc thôn/TDP (mã)", 15, "T13"));
    expect(at(findings, "Đơn vị", "E17")[0]?.message).toContain("“T13” không có");
  });

  it("year-on-year jumps follow the area through a respelled code", () => {
    const findings = findingsOf((s) => {
      set(s.villages, "Mã thôn/TDP", 12, "t 001");
      set(s.villages, "Số hộ đạt GĐHT", 12, 0);
    });
    expect(at(findings, "Thôn - TDP", "F14")[0]?.message).toContain("quá 30 điểm %");
  });
});

describe("names against codes", () => {
  it.each([
    ["tone placement", "Thôn Hoà Bình"],
    ["a zero-width space", "Thôn Hòa\u200b Bình"],
    ["case", "THÔN HÒA BÌNH"],
    ["decomposed marks", "Thôn Hòa Bình".normalize("NFD")],
  ])(
    "a name typed with another %s gets the 'typed differently' warning, not 'another area'",
    (_what, name) => {
      const findings = findingsOf((s) => set(s.villages, "Tên thôn/TDP", 21, name)); // 2026 T10
      const [w] = at(findings, "Thôn - TDP", "C23");
      expect(w?.severity).toBe("warning");
      expect(w?.message).toContain("khác cách gõ dấu hoặc khoảng trắng");
      expect(w?.message).toContain("(ô C11)");
    },
  );

  it("a code that names another area is the 'one code, one area' warning", () => {
    const findings = findingsOf((s) => set(s.villages, "Tên thôn/TDP", 21, "Thôn Hoa Bình"));
    expect(at(findings, "Thôn - TDP", "C23")[0]?.message).toContain(
      "một mã chỉ dùng cho một địa bàn",
    );
  });

  it("the same name under two codes in one year is compared on every row, not only the first", () => {
    const findings = findingsOf((s) => {
      // "Thôn Đông" is T01 in 2025 and 2026; in 2026 two new codes carry the name again
      set(s.villages, "Mã thôn/TDP", 22, "T21");
      set(s.villages, "Tên thôn/TDP", 22, "Thôn Đông");
      set(s.villages, "Mã thôn/TDP", 23, "T22");
      set(s.villages, "Tên thôn/TDP", 23, "thôn  đông");
    });
    for (const [cell, code] of [
      ["C24", "T21"],
      ["C25", "T22"],
    ]) {
      const [w] = at(findings, "Thôn - TDP", cell as string);
      expect(w?.message, cell).toContain(`có hai mã: “${code}” và “T01” (ô B14)`);
    }
    // in 2025 "Thôn Đông" has one code: no warning there
    expect(at(findings, "Thôn - TDP", "C2")).toEqual([]);
  });

  it("the same name under one code spelled two ways is no 'two codes' warning", () => {
    const findings = findingsOf((s) => set(s.villages, "Mã thôn/TDP", 12, "T 01"));
    expect(at(findings, "Thôn - TDP", "C14")).toEqual([]);
  });

  it("gives at most one warning per name cell", () => {
    const findings = findingsOf((s) => {
      set(s.villages, "Tên thôn/TDP", 22, "Thôn Đông"); // T11: renamed and a second code
    });
    expect(at(findings, "Thôn - TDP", "C24")).toHaveLength(1);
  });
});
