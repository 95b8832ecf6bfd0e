// Tests for the formula engine through cells of a memory spreadsheet.

import { beforeEach, describe, expect, it } from "vitest";
import { createEnvironment, type Env } from "./index";
import { services } from "./services";

let env: Env;
let sheet: GoogleAppsScript.Spreadsheet.Sheet;

beforeEach(() => {
  env = createEnvironment({ latency: "none" });
  sheet = env.createSpreadsheet("Xã").getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
});

/** Evaluates one formula in Z1 of the test sheet. */
function calc(formula: string): unknown {
  const cell = sheet.getRange("Z1");
  cell.setFormula(formula);
  return cell.getValue();
}

describe("operators", () => {
  it("follows Sheets' precedence", () => {
    expect(calc("=1+2*3")).toBe(7);
    expect(calc("=(1+2)*3")).toBe(9);
    expect(calc("=2^3^2")).toBe(64);
    expect(calc("=-2^2")).toBe(4);
    expect(calc("=50%*10")).toBe(5);
    expect(calc('=1+2&"x"')).toBe("3x");
    expect(calc("=1+1=2")).toBe(true);
  });

  it("compares text case-insensitively and orders numbers before text", () => {
    expect(calc('="a"="A"')).toBe(true);
    expect(calc('=1<"a"')).toBe(true);
    expect(calc('="b">"a"')).toBe(true);
    expect(calc("=2<>2")).toBe(false);
  });

  it("reads blanks as 0 or empty text, numbers in text with the locale", () => {
    expect(calc("=A1+1")).toBe(1);
    expect(calc('=A1&"x"')).toBe("x");
    expect(calc('="12,5"*2')).toBe(25);
    expect(calc('="abc"+1')).toBe("#VALUE!");
    expect(calc('=1,5&""')).toBe("1,5");
  });

  it("propagates errors and divides by zero as #DIV/0!", () => {
    expect(calc("=1/0")).toBe("#DIV/0!");
    expect(calc("=1/0+1")).toBe("#DIV/0!");
    expect(calc("=#N/A")).toBe("#N/A");
  });

  it("reads $-anchored references", () => {
    sheet.getRange("A1").setValue(3);
    expect(calc("=$A$1*A$1*$A1")).toBe(27);
  });
});

describe("functions", () => {
  beforeEach(() => {
    sheet.getRange("A1:A5").setValues([[1], [2], ["x"], [""], [true]]);
  });

  it("aggregates numbers from ranges, ignoring text, booleans and blanks", () => {
    expect(calc("=SUM(A1:A5)")).toBe(3);
    expect(calc('=SUM(A1:A5; 10; "5")')).toBe(18);
    expect(calc("=MIN(A1:A5)")).toBe(1);
    expect(calc("=MAX(A1:A5)")).toBe(2);
    expect(calc("=COUNT(A1:A5)")).toBe(2);
    expect(calc("=COUNTA(A1:A5)")).toBe(4);
    expect(calc("=AVERAGE(A1:A2)")).toBe(1.5);
  });

  it("COUNTIF matches values and simple comparisons", () => {
    sheet.getRange("B1:B4").setValues([["Đạt"], ["đạt"], ["Chưa đạt"], [5]]);
    expect(calc('=COUNTIF(B1:B4; "Đạt")')).toBe(2);
    expect(calc("=COUNTIF(B1:B4; 5)")).toBe(1);
    expect(calc('=COUNTIF(A1:A5; ">1")')).toBe(1);
  });

  it("IF, AND, OR, NOT, IFERROR, IS* behave like Sheets", () => {
    expect(calc('=IF(A1>0; "có"; "không")')).toBe("có");
    expect(calc("=IF(A1>5; 1)")).toBe(false);
    expect(calc("=AND(A1; A2>1)")).toBe(true);
    expect(calc("=OR(A1>5; FALSE)")).toBe(false);
    expect(calc("=NOT(A1)")).toBe(false);
    expect(calc('=IFERROR(1/0; "lỗi")')).toBe("lỗi");
    expect(calc("=ISNUMBER(A1)")).toBe(true);
    expect(calc("=ISNUMBER(A3)")).toBe(false);
    expect(calc("=ISBLANK(A4)")).toBe(true);
    expect(calc("=ISBLANK(A1)")).toBe(false);
  });

  it("rounds half away from zero on decimal digits", () => {
    expect(calc("=ROUND(2,5)")).toBe(3);
    expect(calc("=ROUND(-2,5)")).toBe(-3);
    expect(calc("=ROUND(1,005; 2)")).toBe(1.01);
    expect(calc("=ROUNDDOWN(-2,59; 1)")).toBe(-2.5);
    expect(calc("=ROUNDUP(2,01; 0)")).toBe(3);
    expect(calc("=ROUNDUP(1,21; 1)")).toBe(1.3);
    expect(calc("=INT(-1,5)")).toBe(-2);
    expect(calc("=CEILING(4,2; 0,5)")).toBe(4.5);
    expect(calc("=FLOOR(7; 5)")).toBe(5);
    expect(calc("=ABS(-4)")).toBe(4);
  });

  it("TEXT formats with the locale, CONCATENATE and LEN work on text", () => {
    expect(calc('=TEXT(0,655; "0.0%")')).toBe("65,5%");
    expect(calc('=TEXT(0,5; "0%")')).toBe("50%");
    expect(calc('=CONCATENATE("Xã "; A1; "-"; A2)')).toBe("Xã 1-2");
    expect(calc('=LEN("Bình")')).toBe(4);
  });

  it("NOW and TODAY read the simulated clock", () => {
    const now = calc("=NOW()") as Date;
    expect(now.getTime()).toBe(env.clock.now());
    const today = calc("=TODAY()") as Date;
    expect(today.toISOString()).toBe("2026-12-04T17:00:00.000Z");
    expect(sheet.getRange("Z1").getDisplayValue()).toBe("05/12/2026");
  });

  it("gives #NAME? for unknown functions and names", () => {
    expect(calc("=FOO(1)")).toBe("#NAME?");
    expect(calc("=khong_ton_tai")).toBe("#NAME?");
  });

  it("gives #N/A for a wrong number of arguments", () => {
    expect(calc("=NOT(1; 2)")).toBe("#N/A");
  });
});

describe("array formulas", () => {
  it("evaluates array literals and stacks blocks", () => {
    sheet.getRange("A1").setFormula("={1\\2;3\\4}");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange("D1").setFormula("={1\\2;3}");
    expect(sheet.getRange("D1").getValue()).toBe("#VALUE!");
  });

  it("fills a column from a header formula, as the data-tab template does", () => {
    // Recognised in B, total in C; the rate header in D fills D2:D with ARRAYFORMULA.
    sheet.getRange("B2:C5").setValues([
      [55, 100],
      [1, 3],
      ["", ""],
      ["x", 4],
    ]);
    sheet
      .getRange("D1")
      .setFormula(
        '={"Tỷ lệ";ARRAYFORMULA(IF(ISNUMBER(C2:C)*ISNUMBER(B2:B)*(C2:C>0);INT(B2:B*1000/C2:C)/1000;""))}',
      );
    expect(sheet.getRange("D1:D6").getValues()).toEqual([
      ["Tỷ lệ"],
      [0.55],
      [0.333],
      [""],
      [""],
      [""],
    ]);
    expect(sheet.getRange("D2").getFormula()).toBe("");
    // Spilled blanks reach the bottom of the sheet, so getLastRow() does too (as in Sheets).
    expect(sheet.getLastRow()).toBe(1000);
    sheet.getRange("B4:C4").setValues([[2, 8]]);
    expect(sheet.getRange("D4").getValue()).toBe(0.25);
  });

  it("applies operators and simple functions cell by cell inside ARRAYFORMULA", () => {
    sheet.getRange("A1:A3").setValues([[1], [-2], ["t"]]);
    sheet.getRange("B1").setFormula("=ARRAYFORMULA(ABS(A1:A3)*10)");
    expect(sheet.getRange("B1:B3").getValues()).toEqual([[10], [20], ["#VALUE!"]]);
    sheet.getRange("C1").setFormula("=ARRAYFORMULA(SUM(A1:A2*2))");
    expect(sheet.getRange("C1").getValue()).toBe(-2);
  });
});

describe("formulas in the workbook's locale", () => {
  const en = () =>
    env
      .createSpreadsheet("Commune", { locale: "en_US" })
      .getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;

  it("vi_VN: `;` between arguments, `,` decimals, `\\` between array columns", () => {
    expect(calc("=SUM(1,5; 2)")).toBe(3.5);
    sheet.getRange("A1").setFormula("={1,5\\2;3\\4}");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      [1.5, 2],
      [3, 4],
    ]);
  });

  it("vi_VN: `,` between arguments and `.` decimals are parse errors shown as #ERROR!", () => {
    expect(calc("={1,2}")).toBe(1.2); // one decimal, not two columns
    for (const f of ["=SUM(1, 2)", "=ROUND(1.5)", '=IF(A1>0,"x","y")']) {
      const cell = sheet.getRange("Z1");
      cell.setFormula(f);
      expect(cell.getValue()).toBe("#ERROR!");
      expect(env.formulaError(cell)).toBe("Formula parse error.");
      expect(cell.getFormula()).toBe(f);
    }
  });

  it("en_US accepts `,` and `;` between arguments and reads back with `,`", () => {
    const s = en();
    s.getRange("A1").setFormula("=SUM(1.5; 2)");
    s.getRange("A2").setFormula("=sum(1.5, 2)");
    s.getRange("A3").setFormula("={1,2;3,4}");
    expect(s.getRange("A1:A2").getValues()).toEqual([[3.5], [3.5]]);
    expect(s.getRange("A1:A2").getFormulas()).toEqual([["=SUM(1.5, 2)"], ["=SUM(1.5, 2)"]]);
    expect(s.getRange("A3:B4").getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    s.getRange("C1").setFormula("={1\\2}");
    expect(s.getRange("C1").getValue()).toBe("#ERROR!");
  });

  it("shows a formula in the locale's syntax and follows a change of locale", () => {
    const s = en();
    s.getRange("A1").setFormula('={"x";ARRAYFORMULA(IF(B1:B2>1,1.5,0))}');
    const ss = s.getParent();
    ss.setSpreadsheetLocale("de_DE");
    expect(s.getRange("A1").getFormula()).toBe('={"x";ARRAYFORMULA(IF(B1:B2>1;1,5;0))}');
    expect(s.getRange("A1").getValue()).toBe("x");
  });

  it("reads rule formulas in the locale: a `,` rule never holds in vi_VN, and comes back with `;`", () => {
    sheet.getRange("A1:A2").setValues([[5], [5]]);
    const rule = (f: string, range: string) =>
      services(env)
        .SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(f)
        .setBackground("#ff0000")
        .setRanges([sheet.getRange(range)])
        .build();
    sheet.setConditionalFormatRules([rule("=AND(A1>1,A1<9)", "A1"), rule("=and(A2>1;A2<9)", "A2")]);
    expect(env.cellStyle(sheet.getRange("A1")).background).toBe("#ffffff");
    expect(env.cellStyle(sheet.getRange("A2")).background).toBe("#ff0000");
    const back = sheet
      .getConditionalFormatRules()
      .map((r) => r.getBooleanCondition()?.getCriteriaValues());
    expect(back).toEqual([["=AND(A1>1,A1<9)"], ["=AND(A2>1;A2<9)"]]);
  });
});

describe("behaviour nobody has verified is not modelled", () => {
  it("N() over a range inside ARRAYFORMULA is an error, not a guess", () => {
    sheet.getRange("A1:A2").setValues([[1], ["x"]]);
    sheet.getRange("B1").setFormula("=ARRAYFORMULA(N(+A1:A2))");
    expect(sheet.getRange("B1").getValue()).toBe("#VALUE!");
    expect(env.formulaError(sheet.getRange("B1"))).toMatch(/not modelled/u);
    expect(calc("=N(A1)")).toBe(1);
  });

  it("ROW gives every row only inside ARRAYFORMULA (documented)", () => {
    sheet.getRange("B1").setFormula("=ARRAYFORMULA(ROW(A3:A5)*2)");
    expect(sheet.getRange("B1:B3").getValues()).toEqual([[6], [8], [10]]);
    expect(calc("=ROW(A3:A5)")).toBe(3);
  });
});
