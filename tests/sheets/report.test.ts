import { describe, expect, it } from "vitest";
import { JOB } from "../../src/core/messages";
import { GUIDANCE } from "../../src/core/model/guidance";
import { VILLAGES } from "../../src/core/model/schema";
import { A4_WIDTH } from "../../src/core/report/print";
import { gatherJob } from "../../src/sheets/gather";
import { closeYearJob, upperSources } from "../../src/sheets/jobs";
import { reportJob } from "../../src/sheets/report";
import { META } from "../../src/sheets/tabs";
import { MENU_HANDLERS } from "../../src/ui/menu";
import { MENU } from "../../src/ui/open";
import { seedCommune, seedProvince } from "../fixtures/workbooks";
import { allValues, col, tab, useEnvironment } from "./helpers";

const env = useEnvironment();
const NAME = "Biểu báo cáo năm 2026";
const done = (sheet: string, kept?: string) =>
  `${JOB.summaryDone(sheet, kept)} Để in: Tệp → Tải xuống → PDF, khổ A4, hướng dọc.`;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The row of the report whose label (column B) is `label`: values and as shown. */
function rowOf(sheet: Sheet, label: string): { values: unknown[]; shown: string[] } {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const i = values.findIndex((r) => r[1] === label);
  if (i < 0) throw new Error(`no row ${label}`);
  return { values: values[i] as unknown[], shown: range.getDisplayValues()[i] as string[] };
}

/** Σ of a column over the villages rows of 2026 in a sample grid. */
const sum = (rows: unknown[][], index: number) => rows.reduce((s, r) => s + Number(r[index]), 0);

/** "91,6%": a fraction cut (not rounded) to 0,1%, as vi_VN shows it. */
const cut = (recognized: number, total: number) =>
  `${(Math.floor((recognized * 1000) / total) / 10).toFixed(1).replace(".", ",")}%`;

describe("Tạo biểu báo cáo năm N at a commune", () => {
  it("prints each model's total, registered, recognised, cut rates, target and verdict", () => {
    const { ss, sample } = seedCommune(env());
    const result = reportJob(ss, 2026, { now: env().clock.now() });
    expect(result).toEqual({ ok: true, message: done(NAME), sheet: NAME });
    const rows = sample.villages.slice(1).filter((r) => r[0] === 2026);
    const [total, registered, recognized] = [sum(rows, 3), sum(rows, 4), sum(rows, 5)];
    const { values, shown } = rowOf(tab(ss, NAME), "Gia đình học tập (hộ)");
    expect(values.slice(2, 5)).toEqual([total, registered, recognized]);
    expect(shown.slice(5, 8)).toEqual([
      cut(recognized, total),
      cut(recognized, registered),
      "72,0%",
    ]);
    expect(shown[8]).toBe(Math.floor((recognized * 1000) / total) >= 720 ? "Đạt" : "Chưa đạt");
    const villages = rowOf(tab(ss, NAME), "Cộng đồng học tập (thôn/TDP)").values;
    expect(villages.slice(2, 5)).toEqual([
      rows.length,
      rows.filter((r) => r[9] === "có").length,
      rows.filter((r) => r[10] === "đạt").length,
    ]);
  });

  it("is laid out for A4: widths within the page, no gridlines, merges, borders, fonts", () => {
    const { ss } = seedCommune(env());
    reportJob(ss, 2026);
    const sheet = tab(ss, NAME);
    const widths = GUIDANCE.print.header.map((_, i) => sheet.getColumnWidth(i + 1));
    expect(sheet.getLastColumn()).toBe(widths.length);
    expect(widths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(A4_WIDTH);
    expect(sheet.hasHiddenGridlines()).toBe(true);
    expect(sheet.getRange("A1").isPartOfMerge()).toBe(true);
    expect(sheet.getRange("A1").getValue()).toBe("HỘI KHUYẾN HỌC");
    const header = sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === "TT");
    const formats = env().cellFormats(sheet.getRange(header + 1, 1, 2, 2));
    expect(formats[0]?.[1]).toMatchObject({
      fontWeight: "bold",
      wrap: true,
      fontSize: 9,
      borders: { top: true, left: true, bottom: true, right: true },
    });
    expect(env().cellFormats(sheet.getRange("A1"))[0]?.[0]).toMatchObject({ fontSize: 10 });
  });

  it("is marked as the add-on's and protected with a warning", () => {
    const { ss } = seedCommune(env());
    reportJob(ss, 2026);
    const sheet = tab(ss, NAME);
    const mark = sheet.getDeveloperMetadata().find((m) => m.getKey() === META.summary);
    expect(mark?.getValue()).toBe("report:Xã:2026");
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]?.isWarningOnly()).toBe(
      true,
    );
  });

  it("is rebuilt whole on each run, in the same tab, with the new figures", () => {
    const { ss } = seedCommune(env());
    reportJob(ss, 2026);
    const sheet = tab(ss, NAME);
    const id = sheet.getSheetId();
    const merges = sheet.getDataRange().getMergedRanges().length;
    const v = tab(ss, VILLAGES.name);
    const before = rowOf(sheet, "Gia đình học tập (hộ)").values[2] as number;
    v.getRange(14, col(v, "Tổng số hộ")).setValue(Number(v.getRange(14, 4).getValue()) + 100);
    expect(reportJob(ss, 2026).ok).toBe(true);
    expect(ss.getSheets().filter((s) => s.getName().startsWith("Biểu báo cáo"))).toHaveLength(1);
    expect(tab(ss, NAME).getSheetId()).toBe(id);
    expect(rowOf(sheet, "Gia đình học tập (hộ)").values[2]).toBe(before + 100);
    expect(sheet.getDataRange().getMergedRanges()).toHaveLength(merges);
  });

  it("never writes over an officer's tab of the same name", () => {
    const { ss } = seedCommune(env());
    const own = ss.insertSheet(NAME);
    own.getRange(1, 1).setValue("Biểu của tôi");
    const result = reportJob(ss, 2026);
    expect(result.sheet).toBe(`${NAME} (2)`);
    expect(result.message).toBe(done(`${NAME} (2)`, NAME));
    expect(own.getDataRange().getValues()).toEqual([["Biểu của tôi"]]);
  });

  it("writes nothing while the year's data has errors, and returns the findings", () => {
    const { ss } = seedCommune(env());
    const v = tab(ss, VILLAGES.name);
    v.getRange(14, col(v, "Tổng số hộ")).setValue("hai trăm");
    const before = allValues(ss);
    const result = reportJob(ss, 2026);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Không có gì được ghi");
    expect(result.findings?.[0]).toMatchObject({ tab: "Thôn - TDP", cell: "D14" });
    expect(allValues(ss)).toEqual(before);
  });

  it("tells the officer when someone else is running a job, and writes nothing", () => {
    const { ss } = seedCommune(env());
    env().holdLock("document", { spreadsheet: ss });
    const before = allValues(ss);
    expect(reportJob(ss, 2026)).toEqual({
      ok: false,
      message: expect.stringContaining("Một người khác đang chạy"),
    });
    expect(allValues(ss)).toEqual(before);
  });

  it("prints learning citizens per group when criteria scoring gives them", () => {
    const { ss } = seedCommune(env());
    const groups = [{ group: "Nông dân, lao động nông thôn", registered: 120, recognized: 91 }];
    reportJob(ss, 2026, {
      now: env().clock.now(),
      citizens: (_read, year) => (year === 2026 ? groups : undefined),
    });
    const { values, shown } = rowOf(tab(ss, NAME), "Nông dân, lao động nông thôn");
    expect(values.slice(2, 4)).toEqual([120, 91]);
    expect(shown[4]).toBe("75,8%");
    const text = tab(ss, NAME).getDataRange().getValues().flat().join(" ");
    expect(text).not.toContain("chưa có số liệu chấm điểm");
  });

  it("writes names typed by officers as text: =, +, - and @ never become formulas", () => {
    const { ss } = seedCommune(env());
    const config = tab(ss, "Cấu hình");
    const row = config
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === "Tên địa bàn");
    config.getRange(row + 1, 2).setValue('=IMPORTXML("http://x";"//a")');
    const groups = [{ group: "+84 nhóm", registered: 2, recognized: 1 }];
    expect(reportJob(ss, 2026, { citizens: () => groups }).ok).toBe(true);
    const sheet = tab(ss, NAME);
    expect(sheet.getRange("A2").getValue()).toBe('=IMPORTXML("HTTP://X";"//A")');
    expect(rowOf(sheet, "+84 nhóm").values[1]).toBe("+84 nhóm");
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  });

  it("is the menu item after the summary, and reports its result in an alert", () => {
    const { ss } = seedCommune(env());
    env().setActive(ss);
    const at = MENU.findIndex(([, fn]) => fn === "menuReport");
    expect(MENU[at - 1]?.[1]).toBe("menuSummary");
    expect(MENU[at]?.[0]).toBe("Tạo biểu báo cáo năm báo cáo");
    MENU_HANDLERS.menuReport?.();
    expect(env().ui.alerts.at(-1)?.prompt).toContain(done(NAME));
    expect(ss.getSheetByName(NAME)).not.toBeNull();
  });
});

describe("Tạo biểu báo cáo năm N at a province", () => {
  it("totals the communes' gathered rows, registered counts included", () => {
    const { province, communes } = seedProvince(env(), 3, { villages: 4, units: 2 });
    for (const c of communes) closeYearJob(c.ss, 2026, env().clock.now());
    env().setActive(province);
    expect(gatherJob(province, 2026, { now: () => env().clock.now() }).ok).toBe(true);
    const result = reportJob(province, 2026, { now: env().clock.now(), upper: upperSources });
    expect(result).toMatchObject({ ok: true, sheet: NAME });
    const rows = communes.flatMap((c) => c.sample.villages.slice(1).filter((r) => r[0] === 2026));
    const sheet = tab(province, NAME);
    expect(rowOf(sheet, "Gia đình học tập (hộ)").values.slice(2, 5)).toEqual(
      [3, 4, 5].map((i) => sum(rows, i)),
    );
    expect(sheet.getRange("A2").getValue()).toBe("TỈNH MẪU");
    const mark = sheet.getDeveloperMetadata().find((m) => m.getKey() === META.summary);
    expect(mark?.getValue()).toBe("report:Tỉnh:2026");
  });
});
