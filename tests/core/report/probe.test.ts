import { describe, expect, it } from "vitest";
import {
  PROBE_COUNT,
  PROBE_RATE_HEADER,
  PROBE_SHADED,
  probeValues,
} from "../../../src/core/report/probe";
import {
  judge,
  PROBE_FORMATS,
  PROBE_NOTE,
  PROBE_READ,
  PROBE_TAB,
  PROBE_WIDTH,
} from "../../../src/core/report/selfcheck";
import { createEnvironment, readsAlikeEverywhere } from "../../memory";

/** The probe written into a temporary tab of the stand-in as the adapter writes it. */
function written(locale = "vi_VN", timeZone = "Asia/Ho_Chi_Minh") {
  const ss = createEnvironment({ latency: "none" }).createSpreadsheet("Xã", { locale, timeZone });
  const sheet = ss.insertSheet(PROBE_TAB);
  const { row, col, formats } = PROBE_FORMATS;
  sheet.getRange(row, col, formats.length, 3).setNumberFormats(formats);
  const cells = probeValues(sheet.getName());
  sheet.getRange(1, 1, 5, PROBE_WIDTH).setValues(cells);
  const read = () => ({
    values: sheet.getRange(1, 1, 5, PROBE_READ).getValues(),
    rateHeader: PROBE_RATE_HEADER,
    display: sheet.getRange(row, col + 1, 2, 2).getDisplayValues(),
    validation: true,
    ours: 3,
    metadata: true,
    documentLock: true,
    locale,
  });
  return { sheet, cells, read };
}

const failed = (readings: Parameters<typeof judge>[0]) =>
  judge(readings)
    .filter((l) => !l.ok)
    .map((l) => l.id);

describe("the self-check's probe, evaluated by the stand-in", () => {
  it("passes every line in a vi_VN workbook on Vietnam's time", () => {
    const { read } = written();
    expect(judge(read()).map((l) => [l.id, l.ok, l.seen])).toEqual(
      judge(read()).map((l) => [l.id, true, undefined]),
    );
    expect(failed(read())).toEqual([]);
  });

  it("puts the note in A1, the counts in B2:C5 and the rates' header formula in D1", () => {
    const { cells, sheet } = written();
    expect(cells).toHaveLength(5);
    for (const row of cells) expect(row).toHaveLength(PROBE_WIDTH);
    expect(cells[0]?.[0]).toBe(PROBE_NOTE);
    expect(cells.slice(1).map((r) => r.slice(1, 3))).toEqual([
      [131, 200],
      [1, 3],
      ["", ""],
      ["x", 4],
    ]);
    expect(PROBE_RATE_HEADER).toBe("Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)");
    expect(sheet.getRange("D1:D5").getValues()).toEqual([
      [PROBE_RATE_HEADER],
      [0.655],
      [0.333],
      [""],
      [""],
    ]);
    // the rates are the formula's own: D2:D5 are left blank for it
    expect(cells.slice(1).map((r) => r[3])).toEqual(["", "", "", ""]);
  });

  it("shades E2:E4 against F2:F4 in G:I as summaries do, and J2 as data tabs do", () => {
    const { cells, sheet } = written();
    expect(cells.slice(1, 4).map((r) => r.slice(4, 6))).toEqual([
      [0.649, 0.65],
      [0.65, 0.65],
      [0.5, 0.65],
    ]);
    expect(sheet.getRange("G2:J4").getValues()).toEqual([
      [false, true, false, true],
      [true, false, false, ""],
      [false, false, true, ""],
    ]);
    // each row's formulas read their own row
    for (const [i, r] of cells.slice(1, 4).entries())
      for (const f of r.slice(6, 9)) {
        expect(f).toContain(`$E${i + 2}`);
        expect(f).toContain(`$F${i + 2}`);
      }
    // J2 is a data tab's rule: a fixed target, and only where the row has one (F2)
    expect(cells[1]?.[9]).toMatch(/^=AND\(\$F2>0;ISNUMBER\(E2\);/u);
    expect(cells[1]?.[9]).toContain("650-50");
    // the other rows of J are left blank
    expect(cells.slice(2).map((r) => r[9])).toEqual(["", "", ""]);
    for (const f of cells.flat())
      if (typeof f === "string" && f.startsWith("=")) expect(readsAlikeEverywhere(f)).toBe(true);
  });

  it("sets the same shade rules on the rates E2:E4 as the cells of G2:I2", () => {
    const { cells } = written();
    expect(PROBE_SHADED).toMatchObject({ row: 2, col: 5, rows: 3 });
    const g = cells[1] ?? [];
    expect(PROBE_SHADED.formulas).toEqual({ met: g[6], near: g[7], short: g[8] });
  });

  it("watches K2:M3 of this year in N1: another year's row changes nothing, this year's does", () => {
    const { cells, sheet } = written();
    expect(cells.slice(1, 3).map((r) => r.slice(10, 13))).toEqual([
      [2026, "đạt", 0.655],
      [2025, "chưa đạt", 7],
    ]);
    const n1 = sheet.getRange("N1");
    expect(n1.getValue()).toBe("✓");
    sheet.getRange("M3").setValue(8);
    expect(n1.getValue()).toBe("✓");
    sheet.getRange("L3").setValue("đạt");
    expect(n1.getValue()).toBe("✓");
    sheet.getRange("M2").setValue(0.656);
    expect(n1.getValue()).toBe("⚠");
    sheet.getRange("M2").setValue(0.655);
    expect(n1.getValue()).toBe("✓");
    sheet.getRange("L2").setValue("chưa đạt");
    expect(n1.getValue()).toBe("⚠");
    // the mark is taken over this tab's own cells, under its quoted name
    expect(cells[0]?.[13]).toContain(`'${PROBE_TAB}'!K2:K`);
  });

  it("types “=1+1” into the plain-text O2, and 1234,5, 65,5% and noon in Vietnam in P2:Q3", () => {
    const { cells, sheet } = written();
    expect(cells[1]?.[14]).toBe("=1+1");
    expect(sheet.getRange("O2").getValue()).toBe("=1+1");
    expect(cells[1]?.slice(15)).toEqual([1234.5, new Date(Date.UTC(2026, 0, 1, 5))]);
    expect(cells[2]?.[15]).toBe(0.655);
    expect(sheet.getRange("P2:Q3").getDisplayValues()).toEqual([
      ["1.234,5", "12:00"],
      ["65,5%", ""],
    ]);
  });

  it("leaves every other cell blank", () => {
    const { cells } = written();
    const used = new Set([
      "1,1",
      "1,4",
      "1,14",
      ...[2, 3, 4, 5].flatMap((r) => [`${r},2`, `${r},3`]),
      ...[2, 3, 4].flatMap((r) => [5, 6, 7, 8, 9].map((c) => `${r},${c}`)),
      "2,10",
      ...[2, 3].flatMap((r) => [11, 12, 13].map((c) => `${r},${c}`)),
      "2,15",
      "2,16",
      "3,16",
      "2,17",
    ]);
    cells.forEach((row, r) => {
      row.forEach((v, c) => {
        if (!used.has(`${r + 1},${c + 1}`)) expect([r + 1, c + 1, v]).toEqual([r + 1, c + 1, ""]);
      });
    });
    // row 4's second count is blank on purpose: no rate for blank counts
    expect(cells[3]?.[2]).toBe("");
  });

  it("puts the count cell with the template's count rule just right of the probe", () => {
    const { sheet } = written();
    expect(PROBE_COUNT.row).toBe(2);
    expect(PROBE_COUNT.col).toBe(PROBE_WIDTH + 1);
    const cell = sheet.getRange(PROBE_COUNT.row, PROBE_COUNT.col);
    const rule = sheet.getRange("T1");
    rule.setValue(PROBE_COUNT.rule);
    cell.setValue(3);
    expect(rule.getValue()).toBe(true);
    cell.setValue(2.5);
    expect(rule.getValue()).toBe(false);
    cell.setValue(-1);
    expect(rule.getValue()).toBe(false);
  });

  it("fails the display and locale lines in en_US and on another time zone", () => {
    expect(failed(written("en_US").read())).toEqual(["display", "locale"]);
    expect(failed(written("vi_VN", "Europe/Paris").read())).toEqual(["locale"]);
  });
});
