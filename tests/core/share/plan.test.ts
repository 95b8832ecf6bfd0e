import { beforeEach, describe, expect, it } from "vitest";
import { AREA_COLUMNS } from "../../../src/core/model/schema";
import { type GatherPlan, planGathering } from "../../../src/core/share/plan";

const header = AREA_COLUMNS.map((c) => c.header);
const url = (id: string, tail = "/edit") => `https://docs.google.com/spreadsheets/d/${id}${tail}`;
const row = (code: string, name: string, link: string, mergedInto = "") => {
  const values: Record<string, string> = { code, name, url: link, mergedInto };
  return AREA_COLUMNS.map((c) => values[c.key] ?? "");
};
const OWN = "1provinceOwnSheet000";

describe("planGathering: one bad row of the list is refused alone", () => {
  const grid = [
    header,
    row("001", "Xã Một", url("1aaaaaaaaaaaaaaa")),
    row("002", "Xã Hai", "không phải đường dẫn"),
    row("1", "Xã Một lặp mã", url("1bbbbbbbbbbbbbbb")),
    row("004", "Xã Bốn", url("1aaaaaaaaaaaaaaa", "/edit#gid=7")),
    row("005", "Chính tỉnh", url(OWN)),
    row("006", "Xã Sáu", url("1cccccccccccccccc"), "999"),
    row("007", "Xã Bảy", url("1dddddddddddddddd")),
  ];
  // planned inside each test, so that what is tested is what each test runs
  let plan: GatherPlan;
  beforeEach(() => {
    plan = planGathering(grid, "Danh sách địa bàn", OWN, 2026);
  });

  it("gathers every good row, in list order", () => {
    expect(plan.expected.map((a) => a.code)).toEqual(["001", "007"]);
    expect(plan.blocking).toEqual([]);
  });

  it("refuses each bad row with its own reasons: a bad link, a code or a spreadsheet twice, itself", () => {
    expect(plan.refused.map((r) => [r.sheetRow, r.code, r.name])).toEqual([
      [3, "002", "Xã Hai"],
      [4, "1", "Xã Một lặp mã"],
      [5, "004", "Xã Bốn"],
      [6, "005", "Chính tỉnh"],
      [7, "006", "Xã Sáu"],
    ]);
    const reason = (r: number) => plan.refused.find((x) => x.sheetRow === r)?.reasons.join(" ");
    expect(reason(3)).toContain("không phải địa chỉ Google Sheet");
    // "1" and "001" are one code (leading zeros)
    expect(reason(4)).toContain("đã có ở dòng 2");
    // the same spreadsheet under another code, even with another #gid
    expect(reason(5)).toContain("Cùng bảng tính với dòng 2");
    expect(reason(6)).toContain("Đây là chính bảng tính này");
    expect(reason(7)).toContain("Mã sáp nhập “999”");
  });

  it("keeps every finding for the officer, each at its cell", () => {
    const cells = plan.findings.filter((f) => f.severity === "error").map((f) => f.cell);
    expect(cells).toEqual(expect.arrayContaining(["C3", "A4", "C5", "C6", "E7"]));
  });

  it("stops the whole run only when the list itself cannot be read", () => {
    const broken = planGathering(
      [
        ["Mã", "Tên"],
        ["001", "Xã"],
      ],
      "Danh sách địa bàn",
      OWN,
      2026,
    );
    expect(broken.blocking.length).toBeGreaterThan(0);
    expect(broken.expected).toEqual([]);
  });

  it("names a refused row without a code by its row", () => {
    const plan2 = planGathering(
      [header, row("", "Xã Không Mã", url("1eeeeeeeeeeeeeee"))],
      "Danh sách địa bàn",
      OWN,
      2026,
    );
    expect(plan2.refused.map((r) => r.code)).toEqual(["(dòng 2)"]);
  });
});

describe("planGathering: what a refused row shows, and what is not refused", () => {
  const plan = (...rows: string[][]) =>
    planGathering([header, ...rows], "Danh sách địa bàn", OWN, 2026);

  it("gathers a row without a link (a warning, not an error), and refuses nothing", () => {
    const p = plan(row("001", "Xã Một", url("1aaaaaaaaaaaaaaa")), row("002", "Xã Hai", ""));
    expect(p.expected.map((a) => a.code)).toEqual(["001", "002"]);
    expect(p.refused).toEqual([]);
    expect(p.blocking).toEqual([]);
    expect(p.findings.map((f) => [f.cell, f.severity])).toEqual([["C3", "warning"]]);
  });

  it("lists refused rows in sheet order, each with every reason, its code and name tidied and its link as typed", () => {
    const p = plan(
      row(" 001 ", " Xã Một ", "không phải đường dẫn", "999"),
      row("002", "Xã Hai", "http://sai"),
      row("003", "", ""),
      row("004", "Xã Bốn", url("1dddddddddddddddd")),
    );
    expect(p.refused.map((r) => [r.sheetRow, r.code, r.name, r.url, r.reasons.length])).toEqual([
      [2, "001", "Xã Một", "không phải đường dẫn", 2],
      [3, "002", "Xã Hai", "http://sai", 1],
      [4, "003", "", undefined, 1],
    ]);
    expect(p.refused[0]?.reasons.join(" ")).toContain("không phải địa chỉ Google Sheet");
    expect(p.refused[0]?.reasons.join(" ")).toContain("Mã sáp nhập “999”");
    expect(p.expected.map((a) => a.code)).toEqual(["004"]);
  });

  it("refuses a merged-away row only for its own errors, and leaves it out of a year after the reform", () => {
    const p = plan(
      row("001", "Xã Một", url("1aaaaaaaaaaaaaaa")),
      row("002", "Xã Hai", url("1bbbbbbbbbbbbbbb"), "001"),
    );
    expect(p.refused).toEqual([]);
    expect(p.areas.map((a) => a.code)).toEqual(["001", "002"]);
    expect(p.expected.map((a) => a.code)).toEqual(["001"]);
  });
});
