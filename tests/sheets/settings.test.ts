import { describe, expect, it } from "vitest";
import { findPreset } from "../../src/core/model/roadmaps";
import { CONFIG_TAB, ROADMAP_TAB } from "../../src/core/model/schema";
import { refillRoadmap, restoreRoadmap, writeConfig } from "../../src/sheets/settings";
import { readWorkbook } from "../../src/sheets/workbook";
import { seedCommune } from "../fixtures/workbooks";
import { tab, useEnvironment } from "./helpers";

const env = useEnvironment();
const HAIHAU = findPreset("HAIHAU") ?? (undefined as never);
const BACKUP = "Lộ trình trước khi điền lại";

const table = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
  tab(ss, ROADMAP_TAB).getDataRange().getValues();

describe("refilling the roadmap, and undoing it", () => {
  it("keeps the replaced table and puts it back, with the roadmap chosen before", () => {
    const { ss } = seedCommune(env());
    const roadmap = tab(ss, ROADMAP_TAB);
    roadmap.getRange(2, 2).setValue(0.9); // a target the officer typed
    const typed = table(ss);
    const notes = roadmap.getRange(1, 1, 1, 3).getNotes();

    const refilled = refillRoadmap(ss, HAIHAU, env().clock.now());
    expect(refilled).toContain("từ lộ trình Huyện Hải Hậu (Nam Định)");
    expect(refilled).toContain(`Bảng mục tiêu trước đó được giữ ở tab “${BACKUP}”`);
    expect(table(ss)[1]?.[0]).toBe(2022);
    expect(readWorkbook(ss).checked.config.preset).toBe("HAIHAU");
    expect(tab(ss, BACKUP).getDataRange().getValues()).toEqual(typed);

    const restored = restoreRoadmap(ss, env().clock.now());
    expect(restored).toMatchObject({ ok: true, sheet: ROADMAP_TAB });
    expect(restored.message).toMatch(
      /^Đã khôi phục bảng Lộ trình như trước lần điền lại lúc \d\d\/\d\d/u,
    );
    expect(table(ss)).toEqual(typed);
    expect(roadmap.getRange(1, 1, 1, 3).getNotes()).toEqual(notes);
    expect(readWorkbook(ss).checked.config.preset).toBe("QUOCGIA");
    // the two tables changed places: undoing the undo is possible, nothing is lost
    expect(tab(ss, BACKUP).getDataRange().getValues()[1]?.[0]).toBe(2022);
    restoreRoadmap(ss, env().clock.now());
    expect(table(ss)[1]?.[0]).toBe(2022);
  });

  it("restores the table the officer named once: pressing again changes nothing", () => {
    const { ss } = seedCommune(env());
    tab(ss, ROADMAP_TAB).getRange(2, 2).setValue(0.9);
    const typed = table(ss);
    const keptAt = env().clock.now();
    refillRoadmap(ss, HAIHAU, keptAt);
    expect(restoreRoadmap(ss, keptAt + 60_000, keptAt).ok).toBe(true);
    expect(table(ss)).toEqual(typed);
    expect(restoreRoadmap(ss, keptAt + 120_000, keptAt)).toMatchObject({
      ok: true,
      message: "Bảng Lộ trình đó đã được khôi phục rồi; không có gì thay đổi.",
    });
    expect(table(ss)).toEqual(typed);
  });

  it("never claims the replaced targets were typed by the officer", () => {
    const { ss } = seedCommune(env());
    // the old table is QUOCGIA's as the template filled it
    expect(refillRoadmap(ss, HAIHAU, env().clock.now())).not.toContain("tự nhập");
  });

  it("refuses a swap too large to write down first, and changes nothing", () => {
    const { ss } = seedCommune(env());
    refillRoadmap(ss, HAIHAU, env().clock.now());
    const roadmap = tab(ss, ROADMAP_TAB);
    roadmap.getRange(1, 1, 2, 1).setNotes([["x".repeat(20_000)], ["y".repeat(20_000)]]);
    const before = [table(ss), tab(ss, BACKUP).getDataRange().getValues()];
    expect(restoreRoadmap(ss, env().clock.now())).toEqual({
      ok: false,
      message: expect.stringContaining("quá lớn"),
    });
    expect([table(ss), tab(ss, BACKUP).getDataRange().getValues()]).toEqual(before);
  });

  it("refuses to restore when no table was kept", () => {
    const { ss } = seedCommune(env());
    const before = table(ss);
    expect(restoreRoadmap(ss, env().clock.now())).toEqual({
      ok: false,
      message: "Không có bảng Lộ trình nào để khôi phục.",
    });
    expect(table(ss)).toEqual(before);
  });
});

describe("writing the configuration", () => {
  it("writes names and codes as text, and a roadmap's title, never its code", () => {
    const { ss } = seedCommune(env());
    const changed = writeConfig(ss, {
      areaName: "=1+1",
      areaCode: "00123",
      deadline: "5/12",
      jump: "20",
    });
    expect(changed).toEqual([
      "Tên địa bàn",
      "Mã địa bàn",
      "Hạn nộp báo cáo (ngày/tháng)",
      "Biên độ thay đổi so với năm trước (điểm %)",
    ]);
    const { config } = readWorkbook(ss).checked;
    expect([config.areaName, config.areaCode, config.deadline, config.jumpPoints]).toEqual([
      "=1+1",
      "00123",
      { day: 5, month: 12 },
      20,
    ]);
    const grid = tab(ss, CONFIG_TAB).getDataRange();
    expect(grid.getFormulas().flat().filter(Boolean)).toEqual([]);
  });
});
