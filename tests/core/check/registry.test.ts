import { describe, expect, it } from "vitest";
import { readRegistry, sheetIdOf } from "../../../src/core/check/registry";
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

const line = (values: Partial<Record<string, string>>) =>
  AREA_COLUMNS.map((c) => values[c.key] ?? "");

describe("the list of areas: links", () => {
  it("an area without a link is a warning at its link cell, naming it; it is still listed", () => {
    const { areas, findings } = readRegistry(
      registry(line({ code: "001", name: "Xã A" }), line({ code: "002", name: "Xã B" })),
    );
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      ["C2", "warning"],
      ["C3", "warning"],
    ]);
    expect(findings[0]?.message).toContain("Xã A chưa có đường dẫn");
    expect(areas.map((a) => [a.code, a.url])).toEqual([
      ["001", undefined],
      ["002", undefined],
    ]);
  });

  it("a link that is no Google Sheet is an error at it, and the area has no link", () => {
    const { areas, findings } = readRegistry(
      registry(line({ code: "001", name: "Xã A", url: "https://example.com/sheet" })),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "C2",
        severity: "error",
        message: expect.stringContaining("“https://example.com/sheet”"),
      }),
    ]);
    expect(areas).toEqual([expect.objectContaining({ code: "001", url: undefined })]);
  });

  it("a good link and the former district are kept with the area", () => {
    const { areas } = readRegistry(
      registry(line({ code: "001", name: "Xã A", url: url(1), formerDistrict: "Huyện Cũ" })),
    );
    expect(areas).toEqual([
      {
        code: "001",
        name: "Xã A",
        url: url(1),
        formerDistrict: "Huyện Cũ",
        mergedInto: undefined,
        sheetRow: 2,
      },
    ]);
  });

  it("the spreadsheet id is what follows /d/; anything else has none", () => {
    expect(sheetIdOf(url(1))).toBe(`${"x".repeat(20)}1`);
    expect(sheetIdOf(`${url(1)}#gid=0`)).toBe(sheetIdOf(url(1)));
    expect(sheetIdOf("https://example.com/d/abcdefghijkl")).toBeUndefined();
    expect(sheetIdOf("")).toBeUndefined();
  });
});

describe("the list of areas: merges", () => {
  it("a merge into a code not in the list is an error at the merge cell, naming the code", () => {
    const { findings } = readRegistry(registry(row("001", "Xã A", 1, "999")));
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "E2",
        severity: "error",
        message: expect.stringContaining("“999”"),
      }),
    ]);
  });

  it("a merge into itself is an error at the merge cell", () => {
    const { findings } = readRegistry(registry(row("001", "Xã A", 1), row("002", "Xã B", 2, "2")));
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "E3",
        severity: "error",
        message: expect.stringContaining("“002”"),
      }),
    ]);
  });
});

describe("the list of areas: columns in another order", () => {
  it("findings point at the columns where the header has them", () => {
    const order = ["name", "mergedInto", "code", "note", "url", "formerDistrict"];
    const cols = order.map((k) => AREA_COLUMNS.find((c) => c.key === k) ?? AREA_COLUMNS[0]);
    const grid = [
      cols.map((c) => c?.header),
      cols.map((c) => ({ code: "001", name: "Xã A", mergedInto: "777" })[c?.key as "code"] ?? ""),
      cols.map((c) => ({ code: "1", name: "Xã B", url: url(2) })[c?.key as "code"] ?? ""),
    ];
    const { findings } = readRegistry(grid);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      ["E2", "warning"],
      ["C3", "error"],
      ["B2", "error"],
    ]);
  });
});

describe("the list of areas: rows and columns it cannot use", () => {
  it("a row without code or name is refused at the empty cell and not listed", () => {
    const { areas, findings } = readRegistry(
      registry(
        line({ code: "001", url: url(1) }),
        line({ name: "Xã B", url: url(2) }),
        line({ code: "003", name: "Xã C", url: url(3) }),
      ),
    );
    expect(areas.map((a) => a.code)).toEqual(["003"]);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      ["B2", "error"],
      ["A3", "error"],
    ]);
  });

  it("a missing column is reported where the template would add it", () => {
    const grid = registry(row("001", "Xã A", 1)).map((r) => r.slice(0, 3));
    const { areas, findings } = readRegistry(grid);
    expect(areas.map((a) => a.code)).toEqual(["001"]);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      ["D1", "warning"],
      ["E1", "warning"],
      ["F1", "warning"],
    ]);
    expect(findings[0]?.message).toContain("Huyện (cũ)");
  });
});
