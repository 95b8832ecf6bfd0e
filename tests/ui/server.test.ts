// What the sidebar's server functions answer, in Node on the memory spreadsheet: the status it
// draws, settings refused or written, and hostile arguments from a tampered or stale sidebar.

import { describe, expect, it } from "vitest";
import { closeYearJob, reopenYearJob } from "../../src/sheets/jobs";
import { GATHERING_FUNCTIONS } from "../../src/ui/gathering";
import {
  getStatus,
  restoreRoadmapBackup,
  SERVER_FUNCTIONS,
  saveSettings,
} from "../../src/ui/server";
import { seedCommune } from "../fixtures/workbooks";
import { allValues, tab, useEnvironment } from "../sheets/helpers";

const environment = useEnvironment();
const env = environment;

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
    expect(restoreRoadmapBackup(Date.UTC(2026, 0, 1))).toEqual({
      ok: false,
      message: "Không có bảng Lộ trình nào để khôi phục.",
    });
  });
});

/** What a tampered or stale sidebar could send through google.script.run (JSON-shaped values). */
const HOSTILE: unknown[] = [
  undefined,
  null,
  "",
  "constructor",
  "__proto__",
  "toString",
  "x".repeat(100_000),
  -1,
  1e308,
  Number.NaN,
  true,
  [],
  [[2026]],
  {},
  JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {}}}'),
  { tab: "Thôn - TDP", cell: "ZZZ9999999" },
  { toString: "x", valueOf: 1 },
];

const SETTINGS_KEYS = [
  "constructor",
  "toString",
  "__proto__",
  "hasOwnProperty",
  "valueOf",
  "level ",
];

/** Every function either flavor's sidebar may call with arguments (the others ignore them). */
const CALLABLE = [
  ...Object.entries(SERVER_FUNCTIONS),
  ...Object.entries(GATHERING_FUNCTIONS),
].filter(([name, fn]) => fn.length > 0 && name !== "continueGather") as [
  string,
  (...args: unknown[]) => { ok: boolean; message: string },
][];

const ENGLISH = /\b(Error|TypeError|undefined|null|NaN|Cannot|is not|object Object|function)\b/u;

describe("hostile arguments from the browser", () => {
  it.each(SETTINGS_KEYS)("settings key %j gets a Vietnamese answer, changes nothing", (key) => {
    const { ss } = seedCommune(env());
    const before = allValues(ss);
    const settings = JSON.parse(`{${JSON.stringify(key)}: "Xã"}`);
    const result = saveSettings(settings);
    expect(result.ok).toBe(false);
    expect(result.message).toBe("Giá trị không hợp lệ: cài đặt. Hãy chọn lại trong thanh bên.");
    expect(allValues(ss)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a bad value says to reopen the sidebar, and never echoes the browser's text", () => {
    seedCommune(env());
    for (const settings of [{ amberPoints: "abc<script>" }, { year: { valueOf: 2026 } }]) {
      const { message } = saveSettings(settings);
      expect(message).toBe("Giá trị không hợp lệ: cài đặt. Hãy chọn lại trong thanh bên.");
    }
  });

  it("every server function answers every hostile argument with a result, never a crash", () => {
    seedCommune(env());
    // blank arguments are the ordinary "use the configuration's year"; the rest are hostile
    const hostile = HOSTILE.filter((a) => a !== undefined && a !== null && a !== "");
    for (const [name, fn] of CALLABLE)
      for (const a of hostile)
        for (const b of fn.length > 1 ? ["Xã", a] : [undefined]) {
          let result: { ok: boolean; message: string } | undefined;
          expect(
            () => {
              result = fn(a, b);
            },
            `${name}(${JSON.stringify(a)?.slice(0, 40)})`,
          ).not.toThrow();
          expect(typeof result?.message, name).toBe("string");
          expect(result?.message, name).not.toMatch(ENGLISH);
        }
  }, 60_000);

  it("a cell outside the tab is a Vietnamese answer, not a crash", () => {
    seedCommune(env());
    const result = SERVER_FUNCTIONS.selectCell("Thôn - TDP", "ZZ99999");
    expect(result).toEqual({
      ok: false,
      message: "Không tìm thấy ô ZZ99999 của tab “Thôn - TDP” — có thể tab đã bị đổi tên hoặc xóa.",
    });
  });
});

describe("a missing configuration is a problem to fix, not a network problem", () => {
  it("every server function on a sheet without the template answers in Vietnamese", () => {
    env().setActive(env().createSpreadsheet("Trống"));
    const calls: [string, unknown[]][] = [
      ["runCheck", []],
      ["buildSummary", [2026]],
      ["refreshHighlighting", []],
      ["closeYear", [2026]],
      ["reopenYear", [2026]],
      ["gatherYear", [2026]],
      ["saveSettings", [{ amberPoints: 5, year: 2026 }]],
      ["refillRoadmapFromPreset", ["HAIHAU"]],
      ["selectCell", ["Cấu hình", "A1"]],
    ];
    expect(SERVER_FUNCTIONS.getStatus().ready).toBe(false);
    for (const [name, args] of calls) {
      const fn = GATHERING_FUNCTIONS[name as keyof typeof GATHERING_FUNCTIONS] as (
        ...a: unknown[]
      ) => {
        ok: boolean;
        message: string;
      };
      const result = fn(...args);
      expect(result.ok, name).toBe(false);
      expect(result.message, name).not.toMatch(ENGLISH);
      expect(result.message.length, name).toBeGreaterThan(10);
    }
  });

  it("saving settings without the configuration tab says to make the template", () => {
    const { ss } = seedCommune(env());
    ss.deleteSheet(tab(ss, "Cấu hình"));
    const result = saveSettings({ amberPoints: 7 });
    expect(result).toEqual({
      ok: false,
      message: "Chưa có tab “Cấu hình” — hãy bấm “Tạo hoặc bổ sung mẫu” trước.",
    });
  });

  it("saving a setting whose row was deleted names the row, and writes no other setting", () => {
    const { ss } = seedCommune(env());
    const config = tab(ss, "Cấu hình");
    const row = config
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === "Phân cấp");
    config.deleteRow(row + 1);
    const before = allValues(ss);
    const result = saveSettings({
      amberPoints: 7,
      hierarchy: "Xã → Huyện → Tỉnh (trước 1/7/2025)",
    });
    expect(result.ok).toBe(false);
    expect(result.message).toContain("thiếu dòng “Phân cấp”");
    expect(allValues(ss)).toEqual(before);
  });

  it("refilling the roadmap without the configuration tab writes nothing", () => {
    const { ss } = seedCommune(env());
    ss.deleteSheet(tab(ss, "Cấu hình"));
    const before = allValues(ss);
    const result = SERVER_FUNCTIONS.refillRoadmapFromPreset("HAIHAU");
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Chưa có tab “Cấu hình”");
    expect(allValues(ss)).toEqual(before);
  });
});
