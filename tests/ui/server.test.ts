// What the sidebar's server functions answer, in Node on the memory spreadsheet: the status it
// draws, and settings refused or written.

import { describe, expect, it } from "vitest";
import { closeYearJob, reopenYearJob } from "../../src/sheets/jobs";
import { getStatus, restoreRoadmapBackup, saveSettings } from "../../src/ui/server";
import { seedCommune } from "../fixtures/workbooks";
import { useEnvironment } from "../sheets/helpers";

const environment = useEnvironment();

const DATE_TIME = /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/u;

describe("getStatus", () => {
  it("gives each closed or reopened year's state, and every tab the add-on made", () => {
    const env = environment();
    const { ss } = seedCommune(env, "Xã A", { years: [2025, 2026] });
    expect(getStatus().closings).toEqual([]);
    closeYearJob(ss, 2025, env.clock.now());
    closeYearJob(ss, 2026, env.clock.now());
    reopenYearJob(ss, 2026, env.clock.now());
    const { closings, generated } = getStatus();
    expect(closings).toEqual([
      { year: 2025, closed: true, at: expect.stringMatching(DATE_TIME), by: "canbo@example.com" },
      { year: 2026, closed: false, at: expect.stringMatching(DATE_TIME), by: "canbo@example.com" },
    ]);
    expect(generated).toEqual(["Nhật ký chốt số liệu"]);
  });

  it("gives the settings the sidebar lets an officer change", () => {
    seedCommune(environment(), "Xã A");
    const s = getStatus();
    expect([s.areaName, s.areaCode, s.deadline, s.jumpPoints, s.roadmapBackup]).toEqual([
      "Xã A",
      "16150",
      "10/12",
      30,
      undefined,
    ]);
    expect(s.presets.map((p) => p.title)).toContain("Tự nhập trong tab Lộ trình");
  });
});

describe("saveSettings", () => {
  it("refuses a deadline, a code or a name that cannot be, and writes nothing", () => {
    seedCommune(environment(), "Xã A");
    const before = getStatus();
    for (const bad of [
      { deadline: "31/4" },
      { deadline: "mười" },
      { areaCode: "=1+1" },
      { areaName: "   " },
      { jumpPoints: 101 },
    ])
      expect(saveSettings(bad)).toEqual({
        ok: false,
        message: "Giá trị không hợp lệ: cài đặt. Hãy chọn lại trong thanh bên.",
      });
    expect(getStatus()).toEqual(before);
  });

  it("writes the deadline, the change margin, the name and the code", () => {
    seedCommune(environment(), "Xã A");
    const r = saveSettings({
      deadline: "05/12",
      jumpPoints: 12.5,
      areaName: " Xã  B ",
      areaCode: "00123",
    });
    expect(r.ok).toBe(true);
    const s = getStatus();
    expect([s.deadline, s.jumpPoints, s.areaName, s.areaCode]).toEqual([
      "5/12",
      12.5,
      "Xã B",
      "00123",
    ]);
  });

  it("says there is nothing to restore when no roadmap table was kept", () => {
    seedCommune(environment(), "Xã A");
    expect(restoreRoadmapBackup()).toEqual({
      ok: false,
      message: "Không có bảng Lộ trình nào để khôi phục.",
    });
  });
});
