import { describe, expect, it } from "vitest";
import { columnHelp, GUIDANCE } from "../../../src/core/model/guidance";
import { ASSOCIATION, column, UNITS, VILLAGES } from "../../../src/core/model/schema";

describe("a column's help", () => {
  it("is its own when it has one", () => {
    expect(columnHelp(GUIDANCE, "villages", column(VILLAGES, "code"))).toContain("T01");
    expect(columnHelp(GUIDANCE, "units", column(UNITS, "type"))).toContain("Trường học");
  });

  it("else its kind's, also in a tab with no help of its own", () => {
    expect(columnHelp(GUIDANCE, "villages", column(VILLAGES, "households"))).toBe(
      "Số nguyên từ 0 trở lên.",
    );
    expect(columnHelp(GUIDANCE, "association", column(ASSOCIATION, "members"))).toBe(
      "Số nguyên từ 0 trở lên.",
    );
    expect(columnHelp(GUIDANCE, "association", column(ASSOCIATION, "chairInCentre"))).toContain(
      "đạt hoặc chưa đạt",
    );
  });

  it("else none", () => {
    expect(columnHelp(GUIDANCE, "villages", { key: "extra", header: "Khác", kind: "text" })).toBe(
      "",
    );
  });
});
