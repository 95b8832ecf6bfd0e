import { describe, expect, it } from "vitest";
import { VILLAGES } from "../../../src/core/model/schema";
import { readSnapshot, snapshotHeader } from "../../../src/core/share/gather";
import { checkSnapshots } from "../../../src/core/share/snapshots";

const header = snapshotHeader(VILLAGES);
/** A snapshot row: source, area, via, then a village of that area. */
function line(source: string, area: string, via: string, village: string, households: unknown) {
  const cells: unknown[] = header.map(() => "");
  const set = (h: string, v: unknown) => {
    cells[header.indexOf(h)] = v;
  };
  set("Mã nguồn", source);
  set("Mã địa bàn", area);
  set("Tên địa bàn", `Xã ${area}`);
  set("Thuộc", via);
  set("Năm", 2026);
  set("Mã thôn/TDP", village);
  set("Tên thôn/TDP", `Thôn ${village}`);
  set("Tổng số hộ", households);
  set("Số hộ đạt GĐHT", 10);
  set("Thôn đạt CĐHT", "đạt");
  return cells;
}
const AREAS = ["H1", "H2"].map((code, i) => ({ code, name: code, sheetRow: i + 2 }));
const check = (rows: unknown[][]) =>
  checkSnapshots([readSnapshot(VILLAGES, [header, ...rows], "Thu thập 2026 - Thôn - TDP")], AREAS);

describe("checkSnapshots: snapshot tabs are checked like source data", () => {
  it("passes a clean snapshot whole", () => {
    const r = check([
      line("H1", "X1", "Huyện 1", "T1", 100),
      line("H1", "X1", "Huyện 1", "T2", 50),
    ]);
    expect(r.findings).toEqual([]);
    expect(r.counted[0]?.read.rows).toHaveLength(2);
  });

  it("refuses a row pasted twice, at the pasted row", () => {
    const r = check([
      line("H1", "X1", "Huyện 1", "T1", 100),
      line("H1", "X1", "Huyện 1", "T2", 50),
      line("H1", "X1", "Huyện 1", "T1", 100),
    ]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        cell: "A4",
        severity: "error",
        message: expect.stringContaining("trùng dòng 2"),
      }),
    ]);
  });

  it("sees a village code written another way (leading zero, case) as the same row", () => {
    const r = check([
      line("H1", "X1", "Huyện 1", "t01", 100),
      line("H1", "X1", "Huyện 1", "T1", 100),
    ]);
    expect(r.findings.map((f) => f.severity)).toEqual(["error"]);
  });

  it("refuses a count overwritten with text instead of dropping it from the totals", () => {
    const r = check([line("H1", "X1", "Huyện 1", "T1", "một trăm")]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        severity: "error",
        message: expect.stringContaining("không phải là số"),
      }),
    ]);
  });

  it("counts an area reached through two district sheets once, through the first in the list", () => {
    const r = check([
      line("H2", "X1", "Huyện 2", "T1", 999),
      line("H1", "X1", "Huyện 1", "T1", 100),
      line("H1", "X2", "Huyện 1", "T1", 70),
    ]);
    expect(r.counted[0]?.read.rows.map((row) => row.values.households)).toEqual([100, 70]);
    expect(r.twice).toEqual([{ area: "Xã X1", kept: "Huyện 1", dropped: "Huyện 2" }]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        cell: "A2",
        severity: "warning",
        message: "Xã X1 có số liệu qua cả Huyện 2 và Huyện 1 — chỉ tính một lần, theo Huyện 1.",
      }),
    ]);
  });

  it("warns once about the rows of a source no longer in the list of areas", () => {
    const r = check([
      line("H9", "X1", "Huyện 9", "T1", 100),
      line("H9", "X1", "Huyện 9", "T2", 50),
    ]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        cell: "A2",
        severity: "warning",
        message: "Mã nguồn “H9” không còn trong Danh sách địa bàn.",
      }),
    ]);
  });

  it("sees one area under codes written differently (spaces, zeros, Đ)", () => {
    const r = check([
      line("H1", "Đ01", "Huyện 1", "T1", 100),
      line("H2", "d 1", "Huyện 2", "T1", 100),
    ]);
    expect(r.twice).toHaveLength(1);
  });
});

describe("checkSnapshots: which source an area counts through", () => {
  it("keeps the first source in the list even when its rows come first in the tab", () => {
    const r = check([
      line("H1", "X1", "Huyện 1", "T1", 100),
      line("H2", "X1", "Huyện 2", "T1", 999),
    ]);
    expect(r.counted[0]?.read.rows.map((row) => row.values.households)).toEqual([100]);
    expect(r.twice).toEqual([{ area: "Xã X1", kept: "Huyện 1", dropped: "Huyện 2" }]);
  });

  it("without a list of areas (a district's own snapshot), keeps the source met first", () => {
    const read = readSnapshot(
      VILLAGES,
      [header, line("H2", "X1", "Huyện 2", "T1", 999), line("H1", "X1", "Huyện 1", "T1", 100)],
      "Thu thập 2026 - Thôn - TDP",
    );
    const r = checkSnapshots([read]);
    expect(r.counted[0]?.read.rows.map((row) => row.values.households)).toEqual([999]);
    expect(r.twice).toEqual([{ area: "Xã X1", kept: "Huyện 2", dropped: "Huyện 1" }]);
  });

  it("warns once per area and dropped source, and names every area counted twice", () => {
    const r = check([
      line("H1", "X1", "Huyện 1", "T1", 100),
      line("H1", "X2", "Huyện 1", "T1", 100),
      line("H2", "X1", "Huyện 2", "T1", 11),
      line("H2", "X1", "Huyện 2", "T2", 12),
      line("H2", "X2", "Huyện 2", "T1", 13),
    ]);
    expect(r.twice.map((t) => t.area)).toEqual(["Xã X1", "Xã X2"]);
    expect(r.findings.map((f) => [f.cell, f.severity])).toEqual([
      ["A4", "warning"],
      ["A6", "warning"],
    ]);
    expect(r.counted[0]?.read.rows).toHaveLength(2);
  });

  it("names a source whose stamp cannot be read as an empty code", () => {
    const read = readSnapshot(
      VILLAGES,
      [header, line("H1", "X1", "Huyện 1", "T1", 100)],
      "Thu thập 2026 - Thôn - TDP",
    );
    const r = checkSnapshots([{ ...read, prefix: new Map() }], AREAS);
    expect(r.findings.map((f) => f.message)).toEqual([
      "Mã nguồn “” không còn trong Danh sách địa bàn.",
    ]);
    expect(r.counted[0]?.read.rows).toHaveLength(1);
  });
});
