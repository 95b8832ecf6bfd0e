import { describe, expect, it } from "vitest";
import { readRegistry } from "../../../src/core/check/registry";
import { AREA_COLUMNS } from "../../../src/core/model/schema";

const url = (n: number) => `https://docs.google.com/spreadsheets/d/${"x".repeat(20)}${n}/edit`;
const row = (code: string, name: string, n: number, mergedInto = "") =>
  AREA_COLUMNS.map((c) => ({ code, name, url: url(n), mergedInto })[c.key as "code"] ?? "");
const registry = (...rows: string[][]) => [AREA_COLUMNS.map((c) => c.header), ...rows];

describe("the list of areas: one identity for codes", () => {
  it.each([
    ["leading zeros", "00123", "123"],
    ["a zero-width space", "X\u200b12", "X12"],
    ["an inner space and case", "x 12", "X12"],
    ["Đ and D", "Đ12", "D12"],
  ])("codes differing by %s are one area listed twice", (_what, a, b) => {
    const { areas, findings } = readRegistry(registry(row(a, "Xã A", 1), row(b, "Xã B", 2)));
    expect(areas.map((x) => x.code)).toEqual([a]);
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "A3",
        severity: "error",
        message: expect.stringContaining("dòng 2"),
      }),
    ]);
  });

  it("a merge target typed with another spelling of a listed code is known; onto itself is refused", () => {
    const ok = readRegistry(registry(row("00123", "Xã A", 1), row("456", "Xã B", 2, "123")));
    expect(ok.findings).toEqual([]);
    const self = readRegistry(registry(row("00123", "Xã A", 1, "123 ")));
    expect(self.findings[0]?.message).toContain("không thể sáp nhập vào chính nó");
  });
});

describe("the list of areas: one spreadsheet counted once", () => {
  it("refuses a spreadsheet listed under two codes, and the workbook's own, at their links", () => {
    const own = `${"x".repeat(20)}9`;
    const { findings } = readRegistry(
      registry(row("001", "Xã A", 1), row("002", "Xã B", 1), row("003", "Tỉnh", 9)),
      "Danh sách địa bàn",
      own,
    );
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      ["C3", "error"],
      ["C4", "error"],
    ]);
    expect(findings[0]?.message).toContain("Cùng bảng tính với dòng 2 (mã “001”)");
    expect(findings[1]?.message).toContain("chính bảng tính này");
    // without the workbook's id (a pure check of the list), only the repeat is refused
    expect(readRegistry(registry(row("003", "Tỉnh", 9))).findings).toEqual([]);
  });
});
