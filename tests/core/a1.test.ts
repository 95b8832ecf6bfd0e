import { describe, expect, it } from "vitest";
import { a1, cellRow, columnFrom, columnLetter, parseA1, quoteSheet } from "../../src/core/a1";

describe("A1 notation, as findings name cells", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
  ])("column %i is %s, and back", (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(parseA1(`${letters}7`)).toEqual([7, n]);
  });
  it("names a cell and an open column", () => {
    expect(a1(5, 3)).toBe("C5");
    expect(a1(12, 28)).toBe("AB12");
    expect(columnFrom(4, 2)).toBe("D2:D");
  });
  it("reads a cell address, and nothing that is not one", () => {
    expect(parseA1("C5")).toEqual([5, 3]);
    expect(parseA1("AB12")).toEqual([12, 28]);
    expect(parseA1("C1234567")).toEqual([1234567, 3]);
    for (const bad of [
      "",
      "5",
      "C",
      "C0",
      "C05",
      "xC5",
      "C5x",
      "c5",
      "AAAA1",
      "C12345678",
      "C5:D6",
    ])
      expect(parseA1(bad), bad).toEqual([0, 0]);
  });
  it("reads the row of a cell address, 0 for anything else", () => {
    expect(cellRow("C5")).toBe(5);
    expect(cellRow("AB12")).toBe(12);
    for (const bad of ["", "12", "C", "xC5", "C5x", "C5:D6", "abc"])
      expect(cellRow(bad), bad).toBe(0);
  });
  it("quotes a tab name for a formula, doubling its apostrophes", () => {
    expect(quoteSheet("Thôn - TDP")).toBe("'Thôn - TDP'");
    expect(quoteSheet("Thôn 'A'")).toBe("'Thôn ''A'''");
  });
});
