import { describe, expect, it } from "vitest";
import { VILLAGES } from "../../src/core/model/schema";
import { closeYearJob, reopenYearJob } from "../../src/sheets/jobs";
import { seedCommune } from "../fixtures/workbooks";
import { col, tab, useEnvironment } from "./helpers";

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
