// Tests for the memory Spreadsheet, Sheet and Range: value semantics, formats, structure, rules,
// protections, developer metadata and charts, as design.md asks the fake to reproduce.

import { beforeEach, describe, expect, it } from "vitest";
import { createEnvironment, type Env } from "./index";
import { services } from "./services";

let env: Env;
let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
let sheet: GoogleAppsScript.Spreadsheet.Sheet;
let app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;

beforeEach(() => {
  env = createEnvironment({ latency: "none" });
  ss = env.createSpreadsheet("Xã An Bình");
  sheet = ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  app = services(env).SpreadsheetApp;
});

describe("values", () => {
  it("returns a rectangular grid with blanks as empty strings", () => {
    sheet.getRange("B2").setValue(5);
    expect(sheet.getRange("A1:C2").getValues()).toEqual([
      ["", "", ""],
      ["", 5, ""],
    ]);
  });

  it("keeps types: numbers, booleans, dates, percentages as fractions", () => {
    const when = new Date(Date.UTC(2026, 0, 15));
    sheet.getRange("A1:D1").setValues([[12, true, when, "85%"]]);
    const [row] = sheet.getRange("A1:D1").getValues();
    expect(row?.[0]).toBe(12);
    expect(row?.[1]).toBe(true);
    expect(row?.[2]).toBeInstanceOf(Date);
    expect(row?.[2]).toEqual(when);
    expect(row?.[3]).toBe(0.85);
  });

  it("throws Apps Script's messages when the data's shape differs from the range", () => {
    const r = sheet.getRange("A1:B3");
    expect(() => r.setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.",
    );
    expect(() => r.setValues([[1, 2], [3], [4, 5]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(sheet.getRange("A1").getValue()).toBe("");
  });

  it("coerces strings like Sheets with the vi_VN locale", () => {
    sheet.getRange("A1:F1").setValues([["1.234", "12,5", "00123", "TRUE", "1/2", "Thôn 1"]]);
    const [row] = sheet.getRange("A1:F1").getValues();
    expect(row?.slice(0, 4)).toEqual([1234, 12.5, 123, true]);
    expect(row?.[4]).toBeInstanceOf(Date);
    expect(row?.[5]).toBe("Thôn 1");
  });

  it("uses en_US separators in an en_US spreadsheet", () => {
    const us = env.createSpreadsheet("US", { locale: "en_US" }).getSheets()[0];
    us?.getRange("A1:B1").setValues([["1,234", "12.5"]]);
    expect(us?.getRange("A1:B1").getValues()).toEqual([[1234, 12.5]]);
  });

  it("stores a leading apostrophe's text without the apostrophe", () => {
    sheet.getRange("A1").setValue("'00123");
    expect(sheet.getRange("A1").getValue()).toBe("00123");
    expect(sheet.getRange("A1").getFormula()).toBe("");
  });

  it("keeps every string verbatim in plain-text (@) cells", () => {
    const r = sheet.getRange("A1:E1");
    r.setNumberFormat("@");
    r.setValues([["00123", '=IMPORTXML("http://x","//a")', "+84912", "-5", "1/2"]]);
    expect(r.getValues()).toEqual([
      ["00123", '=IMPORTXML("http://x","//a")', "+84912", "-5", "1/2"],
    ]);
    expect(r.getFormulas()).toEqual([["", "", "", "", ""]]);
    expect(r.getDisplayValues()[0]?.[1]).toBe('=IMPORTXML("http://x","//a")');
  });

  it("clears a cell for null, undefined and empty string", () => {
    sheet.getRange("A1:C1").setValues([[1, 2, 3]]);
    sheet.getRange("A1:C1").setValues([[null, undefined, ""]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["", "", ""]]);
    expect(sheet.getLastRow()).toBe(0);
  });

  it("setValue fills every cell of a range", () => {
    sheet.getRange("A1:B2").setValue("x");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it("returns fresh arrays and Date copies", () => {
    sheet.getRange("A1").setValue(new Date(0));
    const first = sheet.getRange("A1").getValues();
    const copy = first[0]?.[0] as Date;
    copy.setTime(5);
    expect((sheet.getRange("A1").getValue() as Date).getTime()).toBe(0);
  });
});

describe("number formats and display values (vi_VN)", () => {
  it("defaults to General and renders formats with vi_VN separators", () => {
    const r = sheet.getRange("A1:D1");
    expect(r.getNumberFormats()).toEqual([["General", "General", "General", "General"]]);
    r.setValues([[0.655, 1234, 0.5, true]]);
    r.setNumberFormats([["0.0%", "#,##0", "General", "General"]]);
    expect(r.getDisplayValues()).toEqual([["65,5%", "1.234", "0,5", "TRUE"]]);
  });

  it("picks a percent format for typed percentages, like Sheets", () => {
    sheet.getRange("A1").setValue("85%");
    expect(sheet.getRange("A1").getNumberFormat()).toBe("0%");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("85%");
  });

  it("displays typed dates dd/MM/yyyy in vi_VN", () => {
    sheet.getRange("A1").setValue("5/12/2026");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("05/12/2026");
  });
});

describe("formulas", () => {
  it("turns '=' strings into formulas with computed values", () => {
    sheet.getRange("A1:A3").setValues([[2], [3], ["=sum(a1:a2)*10"]]);
    expect(sheet.getRange("A3").getFormula()).toBe("=SUM(A1:A2)*10");
    expect(sheet.getRange("A3").getValue()).toBe(50);
    sheet.getRange("A1").setValue(7);
    expect(sheet.getRange("A3").getValue()).toBe(100);
  });

  it("reads other tabs by quoted and bare names", () => {
    const data = ss.insertSheet("Tên tab");
    data.getRange("A1:B1").setValues([[4, 6]]);
    sheet.getRange("A1:B1").setFormulas([["='Tên tab'!A1+'Tên tab'!B1", "=SUM('Tên tab'!A1:B1)"]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([[10, 10]]);
  });

  it("rewrites formulas when a tab is renamed, and shows #REF! for a missing tab", () => {
    const data = ss.insertSheet("Data");
    data.getRange("A1").setValue(3);
    sheet.getRange("A1").setFormula("=Data!A1*2");
    data.setName("Số liệu");
    expect(sheet.getRange("A1").getFormula()).toBe("='Số liệu'!A1*2");
    expect(sheet.getRange("A1").getValue()).toBe(6);
    ss.deleteSheet(data);
    expect(sheet.getRange("A1").getValue()).toBe("#REF!");
  });

  it("moves references when rows are inserted or deleted", () => {
    sheet.getRange("A1:A4").setValues([[1], [2], [3], ["=SUM(A1:A3)"]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange("A6").getFormula()).toBe("=SUM(A1:A5)");
    expect(sheet.getRange("A6").getValue()).toBe(6);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(1, 1);
    expect(sheet.getRange("A5").getFormula()).toBe("=SUM(A1:A4)");
    expect(sheet.getRange("A5").getValue()).toBe(5);
  });

  it("copies relative references when one formula is set on a block", () => {
    sheet.getRange("A1:A3").setValues([[1], [2], [3]]);
    sheet.getRange("B1:B3").setFormula("=A1*2");
    expect(sheet.getRange("B1:B3").getFormulas()).toEqual([["=A1*2"], ["=A2*2"], ["=A3*2"]]);
    expect(sheet.getRange("B1:B3").getValues()).toEqual([[2], [4], [6]]);
  });

  it("reports errors as their codes", () => {
    sheet.getRange("A1:A3").setValues([["=1/0"], ["=NOPE(1)"], ["=(1"]]);
    expect(sheet.getRange("A1:A3").getValues()).toEqual([["#DIV/0!"], ["#NAME?"], ["#ERROR!"]]);
    expect(env.formulaError(sheet.getRange("A2"))).toBe("Unknown function: 'NOPE'.");
  });

  it("detects circular references", () => {
    sheet.getRange("A1:A2").setValues([["=A2+1"], ["=A1+1"]]);
    expect(sheet.getRange("A1").getValue()).toBe("#REF!");
  });
});

describe("custom functions", () => {
  it("receives a single cell as a scalar and a range as a 2D array with blanks as ''", () => {
    const seen: unknown[] = [];
    env.registerFunctions({
      SHOW: (...args: unknown[]) => {
        seen.push(...args);
        return 1;
      },
    });
    sheet.getRange("A1:B2").setValues([
      [5, ""],
      ["x", true],
    ]);
    sheet.getRange("C1").setFormula('=SHOW(A1; A1:B2; "lit"; 2)');
    expect(sheet.getRange("C1").getValue()).toBe(1);
    expect(seen).toEqual([
      5,
      [
        [5, ""],
        ["x", true],
      ],
      "lit",
      2,
    ]);
  });

  it("shows #ERROR! with the thrown message", () => {
    env.registerFunctions({
      BAD: () => {
        throw new Error("Ô A1 phải là số");
      },
    });
    sheet.getRange("A1").setFormula("=BAD()");
    expect(sheet.getRange("A1").getValue()).toBe("#ERROR!");
    expect(env.formulaError(sheet.getRange("A1"))).toBe("Ô A1 phải là số");
  });

  it("spills 2D results, and gives #REF! when the spill would overwrite data", () => {
    env.registerFunctions({
      GRID: () => [
        [1, 2],
        [3, 4],
      ],
    });
    sheet.getRange("A1").setFormula("=GRID()");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(sheet.getRange("B2").getFormula()).toBe("");
    expect(sheet.getLastRow()).toBe(2);
    sheet.getRange("B2").setValue("chặn");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["#REF!", ""],
      ["", "chặn"],
    ]);
    expect(env.formulaError(sheet.getRange("A1"))).toContain("would overwrite data in B2");
  });

  it("runs only when its arguments change, and counts the runs", () => {
    env.registerFunctions({ DOUBLE: (x: unknown) => Number(x) * 2 });
    sheet.getRange("A1").setValue(2);
    sheet.getRange("B1").setFormula("=DOUBLE(A1)");
    expect(sheet.getRange("B1").getValue()).toBe(4);
    sheet.getRange("C1").setValue("unrelated");
    expect(sheet.getRange("B1").getValue()).toBe(4);
    expect(env.customFunctionCalls).toBe(1);
    sheet.getRange("A1").setValue(5);
    expect(sheet.getRange("B1").getValue()).toBe(10);
    expect(env.customFunctionCalls).toBe(2);
  });

  it("may read but not write, nor open other spreadsheets", () => {
    const other = env.createSpreadsheet("Huyện");
    const attempts: string[] = [];
    env.registerFunctions({
      TRY: () => {
        const s = app.getActiveSheet();
        attempts.push(String(s.getRange("A1").getValue()));
        for (const f of [() => s.getRange("A2").setValue(1), () => app.openById(other.getId())]) {
          try {
            f();
          } catch (e) {
            attempts.push((e as Error).message);
          }
        }
        return "ok";
      },
    });
    env.registerFunctions({ WHERE: () => app.getActiveRange().getA1Notation() });
    sheet.getRange("C3").setFormula("=WHERE()");
    expect(sheet.getRange("C3").getValue()).toBe("C3");
    sheet.getRange("A1").setValue("đọc được");
    sheet.getRange("B1").setFormula("=TRY()");
    expect(sheet.getRange("B1").getValue()).toBe("ok");
    expect(attempts).toEqual([
      "đọc được",
      "You do not have permission to call setValue",
      "You do not have permission to call SpreadsheetApp.openById.",
    ]);
  });
});

describe("sheets", () => {
  it("refuses duplicate names case-insensitively", () => {
    ss.insertSheet("Tổng hợp");
    expect(() => ss.insertSheet("TỔNG HỢP")).toThrow(
      'A sheet with the name "TỔNG HỢP" already exists. Please enter another name.',
    );
    const other = ss.insertSheet("Khác");
    expect(() => other.setName("tổng hợp")).toThrow("already exists");
    expect(ss.getSheetByName("tổng hợp")?.getName()).toBe("Tổng hợp");
  });

  it("inserts after the active tab or at a 0-based index, and activates it", () => {
    const a = ss.insertSheet("A");
    const b = ss.insertSheet("B", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["B", "Trang tính1", "A"]);
    expect(b.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe("B");
    ss.setActiveSheet(sheet);
    ss.insertSheet("C");
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["B", "Trang tính1", "C", "A"]);
    expect(a.getSheetId()).not.toBe(sheet.getSheetId());
    expect(sheet.getSheetId()).toBe(0);
  });

  it("will not delete the last tab", () => {
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  it("has a 1000 × 26 grid that grows only by inserting", () => {
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1001, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      "The number of rows in the range must be at least 1.",
    );
    expect(() => sheet.getRange("A1001")).toThrow("Range not found");
    expect(() => sheet.getRange("B")).toThrow("Range not found");
    sheet.insertRowsAfter(1000, 5);
    sheet.insertColumnsAfter(26, 1);
    expect(sheet.getRange(1005, 27).getA1Notation()).toBe("AA1005");
  });

  it("resolves A1 forms, data range and last row/column", () => {
    sheet.getRange("B2:C3").setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C3");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    expect(sheet.getRange("B:B").getA1Notation()).toBe("B:B");
    expect(sheet.getRange("B:B").getNumRows()).toBe(1000);
    expect(sheet.getRange("B2:B").getNumRows()).toBe(999);
    expect(ss.getRange("'Trang tính1'!B2").getValue()).toBe(1);
    expect(sheet.getRange("B2").offset(1, 1).getValue()).toBe(4);
  });

  it("records frozen rows, tab colour, hidden state and widths", () => {
    sheet.setFrozenRows(2);
    sheet.setTabColor("#FF0000");
    const second = ss.insertSheet("Ẩn");
    second.hideSheet();
    expect(sheet.getFrozenRows()).toBe(2);
    expect(sheet.getTabColor()).toBe("#ff0000");
    expect(second.isSheetHidden()).toBe(true);
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    sheet.setColumnWidth(1, 250);
    expect(sheet.getColumnWidth(1)).toBe(250);
    expect(sheet.getType()).toBe(app.SheetType.GRID);
  });

  it("records merges and keeps only the top-left value", () => {
    sheet.getRange("A1:B1").setValues([["Tiêu đề", "x"]]);
    sheet.getRange("A1:B1").merge();
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["Tiêu đề", ""]]);
    expect(sheet.getRange("B1").isPartOfMerge()).toBe(true);
    expect(
      sheet
        .getRange("A1:C3")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:B1"]);
  });
});

describe("print formatting, recorded for the print view", () => {
  it("takes font sizes, styles, alignments and wraps as grids of the range's shape", () => {
    const r = sheet.getRange("A1:B2");
    r.setFontSizes([
      [12, 10],
      [9, 9],
    ])
      .setFontStyles([
        ["italic", "normal"],
        ["normal", "normal"],
      ])
      .setHorizontalAlignments([
        ["center", "left"],
        ["right", "normal"],
      ])
      .setWraps([
        [true, false],
        [false, true],
      ])
      .setVerticalAlignment("middle");
    const f = env.cellFormats(r);
    expect(f[0]?.[0]).toMatchObject({
      fontSize: 12,
      fontStyle: "italic",
      horizontalAlignment: "center",
      wrap: true,
      verticalAlignment: "middle",
    });
    expect(f[1]?.[1]).toMatchObject({ fontSize: 9, wrap: true, horizontalAlignment: "normal" });
    expect(() => r.setFontSizes([[10]])).toThrow("The number of rows in the data does not match");
    expect(() => r.setWraps([[true], [true]])).toThrow("number of columns");
  });

  it("refuses values Sheets refuses", () => {
    const a1 = sheet.getRange("A1");
    expect(() => a1.setFontSizes([[0]])).toThrow("Invalid argument");
    expect(() => a1.setFontSizes([[10.5]])).toThrow("Invalid argument");
    // what a script typed loosely (any[][] in Apps Script) may still hold
    const loose = (v: string) => [[v]] as never[][];
    expect(() => a1.setFontStyles(loose("bold"))).toThrow("Invalid argument");
    expect(() => a1.setHorizontalAlignments(loose("middle"))).toThrow("Invalid argument");
  });

  it("draws outer and inner border lines, and clearing formats removes them with the fonts", () => {
    sheet.getRange("B2:C3").setBorder(true, true, true, true, true, true);
    const edges = env.cellFormats(sheet.getRange("B2:C3")).map((row) => row.map((c) => c.borders));
    const all = { top: true, left: true, bottom: true, right: true };
    expect(edges).toEqual([
      [all, all],
      [all, all],
    ]);
    sheet.getRange("B2:C2").setBorder(null, null, false, null, null, null);
    expect(env.cellFormats(sheet.getRange("B2"))[0]?.[0]?.borders).toEqual({
      ...all,
      bottom: false,
    });
    sheet.getRange("B2").setFontSizes([[14]]);
    sheet.clear();
    expect(env.cellFormats(sheet.getRange("B2"))[0]?.[0]).toMatchObject({
      fontSize: 10,
      borders: {},
    });
  });

  it("merges each row across with mergeAcross, and hides gridlines", () => {
    sheet.getRange("A1:C2").setValues([
      ["Một", "x", "y"],
      ["Hai", "z", ""],
    ]);
    sheet.getRange("A1:C2").mergeAcross();
    expect(
      sheet
        .getRange("A1:C2")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:C1", "A2:C2"]);
    expect(sheet.getRange("A1:C2").getValues()).toEqual([
      ["Một", "", ""],
      ["Hai", "", ""],
    ]);
    expect(sheet.hasHiddenGridlines()).toBe(false);
    sheet.setHiddenGridlines(true);
    expect(sheet.hasHiddenGridlines()).toBe(true);
  });
});

describe("conditional formatting", () => {
  it("colours each cell by the first rule whose condition holds", () => {
    const r = sheet.getRange("A1:A4");
    r.setValues([[0.3], [0.6], [0.9], [""]]);
    const low = app
      .newConditionalFormatRule()
      .whenNumberLessThan(0.5)
      .setBackground("#F4CCCC")
      .setRanges([r])
      .build();
    const all = app
      .newConditionalFormatRule()
      .whenCellNotEmpty()
      .setBackground("#d9ead3")
      .setRanges([r])
      .build();
    sheet.setConditionalFormatRules([low, all]);
    expect(env.effectiveBackgrounds(r)).toEqual([
      ["#f4cccc"],
      ["#d9ead3"],
      ["#d9ead3"],
      ["#ffffff"],
    ]);
    const [rule] = sheet.getConditionalFormatRules();
    const cond = rule?.getBooleanCondition();
    expect(cond?.getCriteriaType()).toBe(app.BooleanCriteria.NUMBER_LESS_THAN);
    expect(cond?.getCriteriaValues()).toEqual([0.5]);
    expect(cond?.getBackground()).toBe("#f4cccc");
    expect(rule?.getRanges().map((x) => x.getA1Notation())).toEqual(["A1:A4"]);
  });

  it("shifts relative references of a custom formula from the range's top-left cell", () => {
    // Rate in column B, target in column C: red when below target.
    sheet.getRange("B2:C4").setValues([
      [0.5, 0.6],
      [0.7, 0.6],
      [0.6, 0.6],
    ]);
    const rates = sheet.getRange("B2:B4");
    const below = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied("=$B2<$C2")
      .setBackground("#ff0000")
      .setRanges([rates])
      .build();
    sheet.setConditionalFormatRules([below]);
    expect(env.effectiveBackgrounds(rates)).toEqual([["#ff0000"], ["#ffffff"], ["#ffffff"]]);
    sheet.getRange("B4").setValue(0.1);
    expect(env.effectiveBackgrounds(rates)[2]).toEqual(["#ff0000"]);
  });
});

describe("data validation", () => {
  it("stores rules per cell with their criteria", () => {
    const rule = app
      .newDataValidation()
      .requireValueInList(["Đạt", "Chưa đạt"], true)
      .setAllowInvalid(false)
      .setHelpText("Chọn Đạt hoặc Chưa đạt")
      .build();
    sheet.getRange("A2:A3").setDataValidation(rule);
    const got = sheet.getRange("A2:B2").getDataValidations();
    expect(got[0]?.[1]).toBeNull();
    const stored = got[0]?.[0];
    expect(stored?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(stored?.getCriteriaValues()).toEqual([["Đạt", "Chưa đạt"], true]);
    expect(stored?.getAllowInvalid()).toBe(false);
    expect(stored?.getHelpText()).toBe("Chọn Đạt hoặc Chưa đạt");
    expect(app.newDataValidation().requireCheckbox().build().getAllowInvalid()).toBe(true);
  });

  it("refuses script writes that break a strict rule, accepts them under a lenient one", () => {
    const strict = app
      .newDataValidation()
      .requireNumberBetween(0, 100)
      .setAllowInvalid(false)
      .build();
    const lenient = app.newDataValidation().requireNumberBetween(0, 100).build();
    sheet.getRange("A1").setDataValidation(strict);
    sheet.getRange("B1").setDataValidation(lenient);
    expect(() => sheet.getRange("A1").setValue(150)).toThrow(
      "The data you entered in cell A1 violates the data validation rules set on this cell.",
    );
    sheet.getRange("B1").setValue(150);
    expect(env.isValid(sheet.getRange("B1"))).toBe(false);
    expect(env.isValid(sheet.getRange("A1"), 50)).toBe(true);
  });
});

describe("protections", () => {
  it("records range and sheet protections without blocking the add-on's writes", () => {
    const p = sheet
      .getRange("A1:D1")
      .protect()
      .setDescription("Tiêu đề do add-on tạo")
      .setWarningOnly(true);
    sheet.getRange("A1").setValue("vẫn ghi được");
    expect(sheet.getRange("A1").getValue()).toBe("vẫn ghi được");
    const [found] = ss.getProtections(app.ProtectionType.RANGE);
    expect(found?.getDescription()).toBe("Tiêu đề do add-on tạo");
    expect(found?.isWarningOnly()).toBe(true);
    expect(found?.getRange().getA1Notation()).toBe("A1:D1");
    expect(found?.getProtectionType()).toBe(app.ProtectionType.RANGE);
    expect(p.canEdit()).toBe(true);
    const whole = sheet.protect();
    expect(sheet.protect().getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    whole.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });

  it("keeps the owner as an editor and tracks others", () => {
    const p = sheet.getRange("A1").protect();
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(["canbo@example.com"]);
    p.addEditor("huyen@example.com");
    expect(p.getEditors().map((u) => u.getEmail())).toContain("huyen@example.com");
  });
});

describe("developer metadata", () => {
  it("is found by key on the spreadsheet and on sheets", () => {
    const tab = ss.insertSheet("Tổng hợp xã");
    const DOCUMENT = app.DeveloperMetadataVisibility.DOCUMENT;
    tab.addDeveloperMetadata("mhht:owned", "summary-v1", DOCUMENT);
    ss.addDeveloperMetadata("mhht:schema", "1", app.DeveloperMetadataVisibility.PROJECT);
    const found = ss.createDeveloperMetadataFinder().withKey("mhht:owned").find();
    expect(found).toHaveLength(1);
    expect(found[0]?.getValue()).toBe("summary-v1");
    expect(found[0]?.getLocation().getSheet()?.getName()).toBe("Tổng hợp xã");
    expect(found[0]?.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SHEET);
    expect(sheet.createDeveloperMetadataFinder().withKey("mhht:owned").find()).toHaveLength(0);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["mhht:schema"]);
    expect(ss.getDeveloperMetadata()[0]?.getVisibility()).toBe(
      app.DeveloperMetadataVisibility.PROJECT,
    );
    tab.addDeveloperMetadata("flag", DOCUMENT);
    expect(tab.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ["mhht:owned", "summary-v1"],
      ["flag", null],
    ]);
    found[0]?.remove();
    expect(ss.createDeveloperMetadataFinder().withKey("mhht:owned").find()).toHaveLength(0);
  });

  it("needs an explicit visibility: the default is not documented", () => {
    expect(() => ss.addDeveloperMetadata("k", "v")).toThrow(/default visibility/u);
    expect(() => sheet.addDeveloperMetadata("k")).toThrow(/default visibility/u);
    expect(ss.createDeveloperMetadataFinder().find()).toHaveLength(0);
  });

  it("shows PROJECT metadata only to the script that wrote it, DOCUMENT metadata to every script", () => {
    const V = app.DeveloperMetadataVisibility;
    ss.addDeveloperMetadata("mine", "1", V.PROJECT);
    sheet.addDeveloperMetadata("shared", "2", V.DOCUMENT);
    sheet.addDeveloperMetadata("hidden", "3", V.PROJECT);
    env.scriptId = "another copy of the add-on";
    expect(ss.getDeveloperMetadata()).toHaveLength(0);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["shared"]);
    expect(
      ss
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(["shared"]);
    ss.addDeveloperMetadata("theirs", "4", V.PROJECT);
    env.scriptId = "mo-hinh-hoc-tap";
    expect(
      ss
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(["mine", "shared", "hidden"]);
  });
});

describe("the 50,000-character cell limit", () => {
  it("refuses a write with a longer cell, and writes nothing of it", () => {
    const long = "x".repeat(50_001);
    const r = sheet.getRange("A1:B1");
    expect(() => r.setValues([["ok", long]])).toThrow(
      "Your input contains more than the maximum of 50000 characters in a single cell.",
    );
    expect(r.getValues()).toEqual([["", ""]]);
    expect(() => sheet.getRange("A2").setValue(`=LEN("${long}")`)).toThrow(/50000/u);
    sheet.getRange("A3").setValue("x".repeat(50_000));
    expect(String(sheet.getRange("A3").getValue())).toHaveLength(50_000);
  });
});

describe("charts", () => {
  it("records type, ranges, options and position", () => {
    sheet.getRange("A1:B3").setValues([
      ["Xã", "Tỷ lệ"],
      ["A", 0.5],
      ["B", 0.7],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange("A1:B3"))
      .setOption("title", "Tỷ lệ GĐHT")
      .setPosition(5, 4, 0, 0)
      .build();
    sheet.insertChart(chart);
    expect(env.chartRecords(sheet)).toEqual([
      {
        id: expect.any(Number),
        type: "BAR",
        ranges: ["'Trang tính1'!A1:B3"],
        options: { title: "Tỷ lệ GĐHT" },
        position: { row: 5, col: 4, offsetX: 0, offsetY: 0 },
      },
    ]);
    const [stored] = sheet.getCharts();
    expect(stored?.getOptions().get("title")).toBe("Tỷ lệ GĐHT");
    if (stored) sheet.removeChart(stored);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

const Charts = services(createEnvironment()).Charts;
