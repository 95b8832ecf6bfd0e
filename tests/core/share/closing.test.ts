import { describe, expect, it } from "vitest";
import { readDataTab } from "../../../src/core/check/read";
import { VILLAGES } from "../../../src/core/model/schema";
import {
  changedYears,
  deadlineEnd,
  instant,
  logRow,
  readLog,
  timeliness,
  yearFingerprint,
  yearState,
} from "../../../src/core/share/closing";

const header = VILLAGES.columns.map((c) => c.header);
const row = (year: number, code: string, households: number, recognized: number) => {
  const line: unknown[] = header.map(() => "");
  const set = (h: string, v: unknown) => {
    line[header.indexOf(h)] = v;
  };
  set("Năm", year);
  set("Mã thôn/TDP", code);
  set("Tên thôn/TDP", `Thôn ${code}`);
  set("Tổng số hộ", households);
  set("Số hộ đạt GĐHT", recognized);
  set("Thôn đạt CĐHT", "đạt");
  return line;
};
const read = (...rows: unknown[][]) => readDataTab(VILLAGES, [header, ...rows]);

describe("yearFingerprint", () => {
  const base = read(row(2026, "T01", 100, 70), row(2026, "T02", 50, 30), row(2025, "T01", 90, 60));
  const print = yearFingerprint([base], 2026);

  it("ignores the row order and the other years", () => {
    const moved = read(
      row(2025, "T01", 91, 61),
      row(2026, "T02", 50, 30),
      row(2026, "T01", 100, 70),
    );
    expect(yearFingerprint([moved], 2026)).toBe(print);
  });

  it("changes with any value, any row added or removed", () => {
    expect(
      yearFingerprint([read(row(2026, "T01", 100, 71), row(2026, "T02", 50, 30))], 2026),
    ).not.toBe(print);
    expect(yearFingerprint([read(row(2026, "T01", 100, 70))], 2026)).not.toBe(print);
    expect(
      yearFingerprint(
        [read(row(2026, "T01", 100, 70), row(2026, "T02", 50, 30), row(2026, "T03", 1, 0))],
        2026,
      ),
    ).not.toBe(print);
    // a value moved from one row to another is an edit too
    expect(
      yearFingerprint([read(row(2026, "T01", 100, 30), row(2026, "T02", 50, 70))], 2026),
    ).not.toBe(print);
  });
});

describe("readLog", () => {
  it("reads date-time cells and the fingerprint of the last close", () => {
    const at = Date.UTC(2026, 11, 5, 2, 0, 0);
    const events = readLog([
      ["Năm", "Việc", "Người thực hiện", "Thời điểm", "Dấu số liệu"],
      [2026, "Chốt số liệu", "a@x.vn", new Date(at), "abc.def.3"],
    ]);
    expect(events).toEqual([
      { year: 2026, action: "close", by: "a@x.vn", at, fingerprint: "abc.def.3" },
    ]);
    expect(yearState(events, 2026)).toMatchObject({
      closed: true,
      closedAt: at,
      fingerprint: "abc.def.3",
    });
  });

  it("still reads logs that kept the time as milliseconds in column E", () => {
    const events = readLog([
      ["Năm", "Việc", "Người thực hiện", "Thời điểm", "Mốc thời gian (ms)"],
      [2026, "Chốt số liệu", "a@x.vn", "05/12/2026 09:00", 1796436000000],
      [2026, "Mở lại", "a@x.vn", "chữ", "không phải số"],
    ]);
    expect(events).toEqual([
      { year: 2026, action: "close", by: "a@x.vn", at: 1796436000000, fingerprint: undefined },
    ]);
  });
});

describe("changedYears", () => {
  const rows = [row(2026, "T01", 100, 70), row(2025, "T01", 90, 60)];
  const close = (year: number, at: number, fingerprint?: string) =>
    ({ year, action: "close", by: "a", at, fingerprint }) as const;
  const printOf = (year: number) => yearFingerprint([read(...rows)], year);

  it("lists a closed year whose rows changed since, and only that year", () => {
    const events = [close(2025, 1, printOf(2025)), close(2026, 2, printOf(2026))];
    expect(changedYears(events, [read(...rows)])).toEqual([]);
    const edited = read(row(2026, "T01", 100, 71), row(2025, "T01", 90, 60));
    expect(changedYears(events, [edited]).map((s) => [s.year, s.closedAt])).toEqual([[2026, 2]]);
  });

  it("is silent for a reopened year and for a close logged without a fingerprint", () => {
    const edited = read(row(2026, "T01", 1, 1));
    const reopened = [
      close(2026, 1, printOf(2026)),
      { ...close(2026, 2), action: "reopen" as const },
    ];
    expect(changedYears(reopened, [edited])).toEqual([]);
    expect(changedYears([close(2026, 1)], [edited])).toEqual([]);
  });
});

describe("the log, written and read back", () => {
  const at = Date.UTC(2026, 11, 5, 2, 0, 0);
  const HEADER = ["Năm", "Việc", "Người thực hiện", "Thời điểm", "Dấu số liệu"];

  it("writes a reopen with its label and no fingerprint, and reads it back as a reopen", () => {
    const reopen = { year: 2026, action: "reopen" as const, by: "b@x.vn", at: at + 1000 };
    expect(logRow(reopen)).toEqual([2026, "Mở lại", "b@x.vn", new Date(at + 1000), ""]);
    const close = { year: 2026, action: "close" as const, by: "a@x.vn", at, fingerprint: "f.1" };
    expect(readLog([HEADER, logRow(close), logRow(reopen)])).toEqual([
      close,
      { ...reopen, fingerprint: undefined },
    ]);
  });

  it("never reads row 1 as an event, skips blank rows, and ignores rows whose year or action is unreadable", () => {
    const when = new Date(at);
    expect(
      readLog([
        [2026, "Chốt số liệu", "a@x.vn", when, ""],
        ["", "", "", "", ""],
        ["2026", "Chốt số liệu", "a@x.vn", when, ""],
        [2026, "Xóa", "a@x.vn", when, ""],
        [2025, "Mở lại", null, when, ""],
      ]),
    ).toEqual([{ year: 2025, action: "reopen", by: "", at, fingerprint: undefined }]);
  });
});

describe("a date-time cell", () => {
  it("is its instant, and anything else (an invalid date, text, nothing) is no time", () => {
    expect(instant(new Date(5000))).toBe(5000);
    expect(instant(new Date("không phải ngày"))).toBeUndefined();
    expect(instant(null)).toBeUndefined();
    expect(instant(undefined)).toBeUndefined();
    expect(instant("05/12/2026")).toBeUndefined();
  });
});

describe("yearState", () => {
  const ev = (action: "close" | "reopen", at: number, year = 2026) => ({
    year,
    action,
    by: `${action}${at}`,
    at,
  });

  it("orders a year's events by time, whatever the log's order", () => {
    const events = [ev("close", 1), ev("close", 5), ev("reopen", 3), ev("close", 9, 2025)];
    expect(yearState(events, 2026)).toEqual({
      closed: true,
      closedAt: 5,
      closedBy: "close5",
      fingerprint: undefined,
      events: [ev("close", 1), ev("reopen", 3), ev("close", 5)],
    });
    expect(yearState([ev("reopen", 7), ev("close", 1), ev("close", 4)], 2026)).toEqual({
      closed: false,
      events: [ev("close", 1), ev("close", 4), ev("reopen", 7)],
    });
    expect(yearState([], 2026)).toEqual({ closed: false, events: [] });
  });
});

describe("timeliness against the deadline", () => {
  const deadline = { day: 10, month: 12 };
  // 23:59:59.999 on 10/12/2026 in Vietnam (UTC+7)
  const end = Date.UTC(2026, 11, 10, 16, 59, 59, 999);
  const closed = (closedAt?: number) => ({ closed: true, closedAt, events: [] });
  const open = { closed: false, events: [] };

  it("ends the deadline day at midnight in Vietnam", () => {
    expect(deadlineEnd(deadline, 2026)).toBe(end);
    expect(deadlineEnd({ day: 31, month: 1 }, 2027)).toBe(Date.UTC(2027, 0, 31, 16, 59, 59, 999));
  });

  it("is on time when closed by the end of the deadline day, late after", () => {
    expect(timeliness(closed(end), deadline, 2026, end + 10 ** 9)).toBe("onTime");
    expect(timeliness(closed(end + 1), deadline, 2026, end)).toBe("late");
    expect(timeliness(closed(), deadline, 2026, end + 1)).toBe("onTime");
  });

  it("is open until the deadline has passed, then open and late", () => {
    expect(timeliness(open, deadline, 2026, end)).toBe("open");
    expect(timeliness(open, deadline, 2026, end + 1)).toBe("openLate");
    expect(timeliness(open, deadline, 2026, end - 10 ** 9)).toBe("open");
  });
});
