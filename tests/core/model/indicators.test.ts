import { describe, expect, it } from "vitest";
import { findIndicator, indicatorLabel, isAmbiguousCode } from "../../../src/core/model/indicators";

describe("finding an indicator by what an officer types", () => {
  it("reads the short form with its Đ, the ASCII id, in any case and spacing", () => {
    expect(findIndicator("GĐHT")?.id).toBe("GDHT");
    expect(findIndicator(" gdht ")?.id).toBe("GDHT");
    expect(findIndicator("CĐHT")?.id).toBe("CONGDONG");
    expect(findIndicator("ĐVHT")?.id).toBe("DVHT");
  });
  it("never guesses a bare CDHT, and a cell that is no text names nothing", () => {
    expect(isAmbiguousCode(" cdht ")).toBe(true);
    expect(isAmbiguousCode("CĐHT")).toBe(false);
    expect(findIndicator("CDHT")).toBeUndefined();
    for (const v of [5, undefined, null, true, ["GDHT"]]) {
      expect(isAmbiguousCode(v)).toBe(false);
      expect(findIndicator(v)).toBeUndefined();
    }
  });
});

describe("indicatorLabel", () => {
  it("pairs a short form with the name, or gives the name when the short form is itself a phrase", () => {
    const label = (id: string) => {
      const i = findIndicator(id);
      if (!i) throw new Error(id);
      return indicatorLabel(i);
    };
    expect(label("GDHT")).toBe("GĐHT — Gia đình học tập");
    expect(label("CONGDAN_LD")).toBe("Công dân học tập (người lao động trong GĐHT, DHHT, CĐHT)");
  });
});
