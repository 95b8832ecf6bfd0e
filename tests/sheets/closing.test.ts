import { describe, expect, it } from "vitest";
import { VILLAGES } from "../../src/core/model/schema";
import { LOG_HEADER } from "../../src/core/share/closing";
import { checkJob, closeYearJob, reopenYearJob } from "../../src/sheets/jobs";
import { getStatus } from "../../src/ui/server";
import { projectEnvironment } from "../fixtures/project";
import { expectEveryCutConverges } from "../fixtures/resume";
import { seedCommune } from "../fixtures/workbooks";
import { installGlobals } from "../memory";
import { allValues, col, tab, useEnvironment } from "./helpers";

const env = useEnvironment();
const RANGE = () => SpreadsheetApp.ProtectionType.RANGE;

describe("Chốt số liệu năm N", () => {
  it("refuses while the year has errors, showing them, and changes nothing", () => {
    const { ss } = seedCommune(env());
    const v = tab(ss, VILLAGES.name);
    v.getRange(14, col(v, "Số hộ đạt GĐHT")).setValue(9999);
    const result = closeYearJob(ss, 2026, env().clock.now());
    expect(result.ok).toBe(false);
    expect(result.findings?.[0]).toMatchObject({ tab: "Thôn - TDP", cell: "F14" });
    expect(ss.getSheetByName("Nhật ký chốt số liệu")).toBeNull();
    expect(
      v.getProtections(RANGE()).filter((p) => p.getDescription().startsWith("Số liệu năm")),
    ).toEqual([]);
  });

  it("protects the year's rows with a warning, records who and when, shows it in the configuration", () => {
    const { ss } = seedCommune(env());
    const result = closeYearJob(ss, 2026, env().clock.now());
    expect(result.ok).toBe(true);
    expect(result.message).toContain("canbo@example.com");
    const v = tab(ss, VILLAGES.name);
    const closed = v
      .getProtections(RANGE())
      .filter((p) => p.getDescription().startsWith("Số liệu năm 2026 đã chốt"));
    expect(closed).toHaveLength(1);
    expect(closed[0]?.isWarningOnly()).toBe(true);
    expect(closed[0]?.getRange().getA1Notation()).toBe(
      `A14:${closed[0]?.getRange().getA1Notation().split(":")[1]}`,
    );
    expect(closed[0]?.getRange().getNumRows()).toBe(12);
    expect(
      tab(ss, "Đơn vị")
        .getProtections(RANGE())
        .some((p) => p.getDescription().startsWith("Số liệu năm 2026")),
    ).toBe(true);
    const logTab = tab(ss, "Nhật ký chốt số liệu");
    const log = logTab.getDataRange().getDisplayValues();
    expect(log[1]?.slice(0, 4)).toEqual([
      "2026",
      "Chốt số liệu",
      "canbo@example.com",
      "05/12/2026 09:00:00",
    ]);
    // the time is a date-time cell; the fingerprint column is hidden from the officer
    expect(logTab.getRange("D2").getValue()).toBeInstanceOf(Date);
    expect(log[0]?.join(" ")).not.toMatch(/ms\)/u);
    expect(log[1]?.[4]).toMatch(/^[0-9a-z]+\.[0-9a-z]+\.\d+$/u);
    expect(logTab.isColumnHiddenByUser(5)).toBe(true);
    const config = tab(ss, "Cấu hình").getDataRange().getValues();
    expect(config.find((r) => r[0] === "Trạng thái năm 2026")?.[1]).toBe(
      "Đã chốt (canbo@example.com, 05/12/2026 09:00)",
    );
    expect(closeYearJob(ss, 2026, env().clock.now()).message).toContain("đã được chốt từ trước");
  });

  it("Mở lại removes the protections and the log keeps both events", () => {
    const { ss } = seedCommune(env());
    closeYearJob(ss, 2026, env().clock.now());
    env().clock.advance(3_600_000);
    const result = reopenYearJob(ss, 2026, env().clock.now());
    expect(result.ok).toBe(true);
    expect(
      tab(ss, VILLAGES.name)
        .getProtections(RANGE())
        .filter((p) => p.getDescription().startsWith("Số liệu năm 2026")),
    ).toEqual([]);
    const log = tab(ss, "Nhật ký chốt số liệu").getDataRange().getValues();
    expect(log.slice(1).map((r) => r[1])).toEqual(["Chốt số liệu", "Mở lại"]);
    const config = tab(ss, "Cấu hình").getDataRange().getValues();
    expect(config.filter((r) => r[0] === "Trạng thái năm 2026")).toHaveLength(1);
    expect(config.find((r) => r[0] === "Trạng thái năm 2026")?.[1]).toBe(
      "Đã mở lại lúc 05/12/2026 10:00, chưa chốt lại",
    );
    expect(reopenYearJob(ss, 2026, env().clock.now()).message).toContain("chưa được chốt");
  });

  it("takes the configuration's report year when none is chosen (the menu item)", () => {
    const { ss } = seedCommune(env());
    expect(closeYearJob(ss, undefined, env().clock.now()).message).toContain("năm 2026");
    tab(ss, "Cấu hình").getRange(5, 2).setValue("");
    expect(reopenYearJob(ss, undefined, env().clock.now()).message).toContain("“Năm báo cáo”");
  });

  it("leaves the other year open", () => {
    const { ss } = seedCommune(env());
    closeYearJob(ss, 2025, env().clock.now());
    const descriptions = tab(ss, VILLAGES.name)
      .getProtections(RANGE())
      .map((p) => p.getDescription());
    expect(descriptions.some((d) => d.startsWith("Số liệu năm 2025"))).toBe(true);
    expect(descriptions.some((d) => d.startsWith("Số liệu năm 2026"))).toBe(false);
  });
});

describe("rules every closing follows", () => {
  it("refuses a year without any row, with a clear message, and writes nothing", () => {
    const { ss } = seedCommune(env());
    const before = allValues(ss);
    const result = closeYearJob(ss, 2030, env().clock.now());
    expect(result).toMatchObject({ ok: false });
    expect(result.message).toBe(
      "Năm 2030 chưa có dòng nào trong các tab “Thôn - TDP”, “Đơn vị”, “Hội Khuyến học xã” — hãy nhập trước.",
    );
    expect(allValues(ss)).toEqual(before);
    expect(ss.getSheetByName("Nhật ký chốt số liệu")).toBeNull();
  });
});

describe("closing and reopening cut at any call and run again", () => {
  const NOW = Date.UTC(2026, 11, 5, 2);
  const fresh = (closed: boolean) => {
    const e = projectEnvironment({ latency: "none" });
    const undo = installGlobals(globalThis, e);
    const { ss } = seedCommune(e, "Xã Nhỏ", { villages: 3, units: 2, years: [2025, 2026] });
    // rows of two years interleaved, so the year is protected in several runs of rows
    const v = ss.getSheetByName(VILLAGES.name) as GoogleAppsScript.Spreadsheet.Sheet;
    const rows = v.getRange(2, 1, 6, 17).getValues();
    v.getRange(2, 1, 6, 17).setValues([0, 3, 1, 4, 2, 5].map((i) => rows[i] as unknown[]));
    if (closed) expect(closeYearJob(ss, 2026, NOW - 3_600_000).ok).toBe(true);
    return { e, ss, undo };
  };

  it.each([
    ["Chốt số liệu", false, closeYearJob, "đã được chốt từ trước"],
    ["Mở lại", true, reopenYearJob, "chưa được chốt"],
  ] as const)(
    "%s ends exactly as an uncut run: log, protections and configuration agree",
    (_what, closed, job, done) => {
      // the re-run finishes the work, or finds it was already finished
      const cuts = expectEveryCutConverges(
        () => fresh(closed),
        (ss) => job(ss, 2026, NOW),
        done,
      );
      expect(cuts).toBeGreaterThan(5);
    },
    240_000,
  );

  it("a protection a cut run left without its description is taken over, never left a full lock", () => {
    const { ss } = seedCommune(env(), "Xã Nhỏ", { villages: 2, units: 1, years: [2026] });
    const v = tab(ss, VILLAGES.name);
    // what a run killed between protect() and setDescription() leaves
    v.getRange(`A2:${v.getRange(3, v.getLastColumn()).getA1Notation()}`).protect();
    expect(closeYearJob(ss, 2026, env().clock.now()).ok).toBe(true);
    const mine = v.getProtections(RANGE()).filter((p) => p.getRange().getRow() === 2);
    expect(mine.map((p) => [p.getDescription().slice(0, 24), p.isWarningOnly()])).toEqual([
      ["Số liệu năm 2026 đã chốt", true],
    ]);
  });
});

describe("edits after closing", () => {
  const LOG = "Nhật ký chốt số liệu";

  it("Kiểm tra dữ liệu warns at the close in the log, and the sidebar status lists the year", () => {
    const { ss } = seedCommune(env());
    expect(closeYearJob(ss, 2026, env().clock.now()).ok).toBe(true);
    expect(checkJob(ss).findings?.some((f) => f.tab === LOG)).toBe(false);
    expect(getStatus().changedAfterClosing).toEqual([]);
    // an officer edits a closed row through the protection warning
    const v = tab(ss, VILLAGES.name);
    v.getRange(14, col(v, "Số hộ đạt GĐHT")).setValue(1);
    const warning = checkJob(ss).findings?.find((f) => f.tab === LOG);
    expect(warning).toMatchObject({ cell: "D2", severity: "warning", year: 2026 });
    expect(warning?.message).toContain("Số liệu năm 2026 bị sửa sau khi chốt (05/12/2026 09:00)");
    expect(warning?.message).toContain("“Mở lại”");
    const status = getStatus();
    expect(status.changedAfterClosing).toEqual([2026]);
    expect(status.warnings).toBeGreaterThan(0);
  });

  it("an edit to another year, or undoing the edit, gives no warning; reopening and closing again clears it", () => {
    const { ss } = seedCommune(env());
    closeYearJob(ss, 2026, env().clock.now());
    const v = tab(ss, VILLAGES.name);
    const cell = v.getRange(2, col(v, "Số hộ đạt GĐHT")); // 2025: still open
    cell.setValue(Number(cell.getValue()) - 1);
    expect(getStatus().changedAfterClosing).toEqual([]);
    const closed = v.getRange(14, col(v, "Tổng số hộ"));
    const before = closed.getValue();
    closed.setValue(Number(before) + 5);
    expect(getStatus().changedAfterClosing).toEqual([2026]);
    closed.setValue(before);
    expect(getStatus().changedAfterClosing).toEqual([]);
    closed.setValue(Number(before) + 5);
    reopenYearJob(ss, 2026, env().clock.now());
    expect(getStatus().changedAfterClosing).toEqual([]);
    closeYearJob(ss, 2026, env().clock.now());
    expect(getStatus().changedAfterClosing).toEqual([]);
  });

  it("a row added to a closed year counts as an edit", () => {
    const { ss } = seedCommune(env());
    closeYearJob(ss, 2026, env().clock.now());
    const v = tab(ss, VILLAGES.name);
    // the sample has 24 village rows (2 to 25)
    const row = v.getRange(25, 1, 1, 17).getValues()[0] as unknown[];
    v.getRange(26, 1, 1, 17).setValues([[2026, "T99", "Thôn Mới", ...row.slice(3)]]);
    expect(getStatus().changedAfterClosing).toEqual([2026]);
  });
});

describe("the log tab", () => {
  it("is protected (warning) over every row and column of the log", () => {
    const { ss } = seedCommune(env());
    closeYearJob(ss, 2026, env().clock.now());
    const log = tab(ss, "Nhật ký chốt số liệu");
    const [p, ...more] = log.getProtections(RANGE());
    expect(more).toEqual([]);
    expect(p?.isWarningOnly()).toBe(true);
    expect(p?.getRange().getNumColumns()).toBe(LOG_HEADER.length);
    expect(p?.getRange().getNumRows()).toBe(log.getMaxRows());
  });
});
