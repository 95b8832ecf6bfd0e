import { describe, expect, it, vi } from "vitest";
import { type CheckId, judge, PROBE_NOTE, PROBE_TAB } from "../../src/core/report/selfcheck";
import { type SelfCheckReport, selfCheck } from "../../src/sheets/selfcheck";
import { META } from "../../src/sheets/tabs";
import { KILLED, killAt } from "../fixtures/resume";
import { seedCommune } from "../fixtures/workbooks";
import { MemRange, MemSheet } from "../memory";
import { MemBooleanCondition } from "../memory/rules";
import { allValues, useEnvironment } from "./helpers";

const env = useEnvironment();

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Each line's verdict, by id. */
function verdicts(report: SelfCheckReport): Partial<Record<CheckId, boolean>> {
  const lines = report.readings ? judge(report.readings) : [{ id: "lock" as const, ok: false }];
  return Object.fromEntries(lines.map((l) => [l.id, l.ok]));
}

/** The ids of the lines that failed. */
const failed = (report: SelfCheckReport) =>
  Object.entries(verdicts(report))
    .filter(([, ok]) => !ok)
    .map(([id]) => id);

/** What the workbook holds that the self-check must leave as it found it. */
function state(ss: Spreadsheet) {
  return {
    values: allValues(ss),
    active: ss.getActiveSheet().getName(),
    metadata: ss
      .createDeveloperMetadataFinder()
      .find()
      .map((m) => [m.getKey(), m.getValue()]),
  };
}

describe("Tự kiểm tra tiện ích on the stand-in", () => {
  it("passes every line, in vi_VN, and leaves the workbook as it was", () => {
    const { ss } = seedCommune(env());
    const before = state(ss);
    const report = selfCheck(ss);
    expect(report).toMatchObject({ locale: "vi_VN", timeZone: "Asia/Ho_Chi_Minh", cleaned: 0 });
    expect(verdicts(report)).toEqual({
      rate: true,
      validation: true,
      colours: true,
      stale: true,
      text: true,
      display: true,
      metadata: true,
      rules: true,
      lock: true,
      locale: true,
    });
    expect(state(ss)).toEqual(before);
  });

  it("makes as many service calls for a big commune as for a small one, and returns plain data", () => {
    const calls = (villages: number) => {
      const { ss } = seedCommune(env(), `Xã ${villages}`, { villages });
      env().calls.reset();
      const report = selfCheck(ss);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report); // no Date, nothing dropped
      return env().calls.total;
    };
    expect(calls(200)).toBe(calls(3));
  });
});

describe("each assumption, broken in turn, is reported by its line", () => {
  const broken = (formula: RegExp) => () => {
    env().unparsable = (f) => formula.test(f);
  };
  const cases: [CheckId, () => void][] = [
    ["rate", broken(/ARRAYFORMULA\(IF/u)],
    ["validation", broken(/=INT\(/u)],
    ["colours", broken(/\*1000;0\)/u)],
    ["stale", broken(/ROW\(/u)],
    [
      "text",
      () => {
        // the plain-text format does not take: "=1+1" becomes a formula
        const set = MemRange.prototype.setNumberFormats;
        vi.spyOn(MemRange.prototype, "setNumberFormats").mockImplementation(function (
          this: MemRange,
          formats: string[][],
        ) {
          return set.call(
            this,
            formats.map((r) => r.map((f) => (f === "@" ? "General" : f))),
          );
        });
      },
    ],
    [
      "display",
      () => {
        const get = MemRange.prototype.getDisplayValues;
        vi.spyOn(MemRange.prototype, "getDisplayValues").mockImplementation(function (
          this: MemRange,
        ) {
          return get.call(this).map((r) => r.map((s) => s.replace(",", ".")));
        });
      },
    ],
    [
      "metadata",
      () => {
        vi.spyOn(MemSheet.prototype, "getDeveloperMetadata").mockReturnValue([]);
      },
    ],
    [
      "rules",
      () => {
        vi.spyOn(MemBooleanCondition.prototype, "getBackground").mockReturnValue(null);
      },
    ],
  ];
  for (const [line, breakIt] of cases)
    it(`${line}`, () => {
      const { ss } = seedCommune(env());
      const before = state(ss);
      breakIt();
      try {
        expect(failed(selfCheck(ss))).toEqual([line]);
      } finally {
        vi.restoreAllMocks();
        env().unparsable = null;
      }
      expect(state(ss)).toEqual(before);
    });

  it("lock: another job holds it, so nothing else is tried and nothing is written", () => {
    const { ss } = seedCommune(env());
    env().holdLock("document", { spreadsheet: ss });
    const before = state(ss);
    const report = selfCheck(ss);
    expect(report.readings).toBeUndefined();
    expect(failed(report)).toEqual(["lock"]);
    expect(state(ss)).toEqual(before);
  });

  it("locale: a workbook on another time zone, or in en_US (which also shows numbers otherwise)", () => {
    const paris = env().createSpreadsheet("Xã", { timeZone: "Europe/Paris" });
    expect(failed(selfCheck(paris))).toEqual(["locale"]);
    const us = env().createSpreadsheet("Xã", { locale: "en_US" });
    expect(failed(selfCheck(us))).toEqual(["display", "locale"]);
  });
});

describe("a run cut short", () => {
  it("is cleaned up by the next run, wherever it was cut", { timeout: 60_000 }, () => {
    const ss = env().createSpreadsheet("Xã");
    ss.getSheets()[0]
      ?.getRange("A1:B2")
      .setValues([
        ["Thôn", "Số hộ"],
        ["Thôn Đông", 120],
      ]);
    ss.addDeveloperMetadata(
      "của cán bộ",
      "giữ",
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
    // a cut right after the tab is made leaves it active; everything else is as it was
    const { values, metadata } = state(ss);
    env().calls.reset();
    selfCheck(ss);
    const calls = env().calls.total;
    for (let n = 1; n <= calls; n++) {
      const revive = killAt(env(), n);
      expect(() => selfCheck(ss)).toThrow(KILLED);
      revive();
      const report = selfCheck(ss);
      expect(failed(report)).toEqual([]);
      expect(report.cleaned).toBeLessThanOrEqual(1);
      const after = state(ss);
      expect([n, after.values, after.metadata]).toEqual([n, values, metadata]);
    }
  });

  it("leaves an officer's tab of the same name alone", () => {
    const { ss } = seedCommune(env());
    const own = ss.insertSheet(PROBE_TAB);
    own.getRange("A1").setValue("Bảng của tôi");
    const report = selfCheck(ss);
    expect(failed(report)).toEqual([]);
    expect(report.cleaned).toBe(0);
    expect(own.getRange("A1").getValue()).toBe("Bảng của tôi");
    expect(ss.getSheets().filter((s) => s.getName().startsWith(PROBE_TAB))).toHaveLength(1);
    expect(ss.createDeveloperMetadataFinder().withKey(META.selfCheck).find()).toHaveLength(0);
    expect(PROBE_NOTE).not.toBe("Bảng của tôi");
  });
});
