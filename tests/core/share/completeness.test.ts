import { describe, expect, it } from "vitest";
import {
  attention,
  OUTCOME_HEADER,
  outcomeRow,
  readOutcomes,
  renderCompleteness,
  summaryNotes,
} from "../../../src/core/share/completeness";
import type { SourceOutcome } from "../../../src/core/share/gather";
import { CELL_LIMIT } from "../../../src/core/text";

const AT = Date.UTC(2026, 11, 5, 2, 0, 0);
const outcome = (o: Partial<SourceOutcome>): SourceOutcome => ({
  code: "001",
  name: "Xã Một",
  status: "gathered",
  details: [],
  runId: String(AT),
  ...o,
});

describe("the status tab's rows", () => {
  it("show times as date-times, and keep the run's id and Apps Script's message in the last columns", () => {
    const row = outcomeRow(
      outcome({
        status: "openFailed",
        closedAt: AT,
        gatheredAt: AT + 60_000,
        raw: "Service Spreadsheets failed while accessing document with id 1abc.",
      }),
    );
    expect(row[4]).toEqual(new Date(AT));
    expect(row[7]).toEqual(new Date(AT + 60_000));
    // nothing an officer reads is a millisecond number or English
    const visible = row
      .slice(0, OUTCOME_HEADER.length - 2)
      .map(String)
      .join(" ");
    expect(visible).not.toMatch(/\d{13}|Service|failed/u);
    expect(row.slice(-2)).toEqual([
      String(AT),
      "Service Spreadsheets failed while accessing document with id 1abc.",
    ]);
  });

  it("read back exactly, by header", () => {
    const o = outcome({
      closed: true,
      closedAt: AT,
      closedBy: "xa@example.com",
      timeliness: "onTime",
      changed: true,
      gatheredAt: AT + 5,
      rows: 12,
      details: ["một", "hai"],
      url: "https://docs.google.com/spreadsheets/d/1abc/edit",
      raw: "lỗi",
    });
    const grid = [["tiêu đề"], OUTCOME_HEADER, outcomeRow(o)];
    expect(readOutcomes(grid)).toEqual([o]);
  });

  it("read a tab written before the date-time columns, from its millisecond columns", () => {
    const old = [
      "Mã địa bàn",
      "Tên địa bàn",
      "Trạng thái",
      "Tình trạng chốt",
      "Chốt lúc",
      "Người chốt",
      "Số liệu thu thập lúc",
      "Số dòng",
      "Chi tiết",
      "Đường dẫn",
      "Lần thu thập",
      "Mốc chốt (ms)",
      "Mốc thu thập (ms)",
    ];
    const when = "05/12/2026 09:00";
    const line = ["001", "Xã Một", "Đã thu thập", "Đúng hạn", when, "x", when, 3, "", "", when];
    const [read] = readOutcomes([old, [...line, AT, AT + 1]]);
    expect(read).toMatchObject({ closedAt: AT, gatheredAt: AT + 1, runId: when, closed: true });
  });

  it("never write a cell longer than Sheets allows", () => {
    const long = "x".repeat(CELL_LIMIT + 10);
    const row = outcomeRow(outcome({ name: long, details: [long, long] }));
    for (const cell of row) expect(String(cell).length).toBeLessThanOrEqual(CELL_LIMIT);
    const block = renderCompleteness(
      2026,
      [outcome({ name: long })],
      [],
      { day: 10, month: 12 },
      long,
    );
    for (const r of block.values)
      for (const c of r) expect(String(c).length).toBeLessThanOrEqual(CELL_LIMIT);
  });
});

describe("what needs the officer's attention", () => {
  it("names every source that was not gathered, was changed after closing, or is late to close", () => {
    expect(attention(outcome({}))).toBeUndefined();
    expect(attention(outcome({ status: "openFailed", details: ["Có thể …"] }))).toBe(
      "Không mở được bảng tính — Có thể …",
    );
    // "n lỗi …:" and the first finding it announces stay together
    expect(
      attention(outcome({ status: "hasErrors", details: ["1 lỗi:", "D5: sai", "khác"] })),
    ).toBe("Có lỗi, chưa lấy số liệu mới — 1 lỗi: D5: sai");
    expect(attention(outcome({ timeliness: "openLate" }))).toBe("Chưa chốt, đã quá hạn");
    expect(attention(outcome({ changed: true, details: ["Số liệu năm này đã bị sửa …"] }))).toBe(
      "Số liệu năm này đã bị sửa …",
    );
  });

  it("puts what the figures do not show under an upper summary's stamp", () => {
    const notes = summaryNotes(
      [
        outcome({ name: "Xã A", closed: true, gatheredAt: AT }),
        outcome({ name: "Xã B", gatheredAt: AT }),
        outcome({ name: "Xã C", closed: true, changed: true, gatheredAt: AT }),
        outcome({ name: "Xã D", status: "readFailed", gatheredAt: AT }),
      ],
      [{ area: "Xã E", kept: "Huyện 1", dropped: "Huyện 2" }],
    );
    expect(notes).toEqual([
      "⚠ Chưa có số liệu mới của: Xã D.",
      "⚠ Chưa chốt số liệu: Xã B, Xã D.",
      "⚠ Đã sửa số liệu sau khi chốt: Xã C.",
      "⚠ Có số liệu qua hai nguồn, chỉ tính một lần: Xã E.",
    ]);
    expect(summaryNotes([outcome({ closed: true, gatheredAt: AT })], [])).toEqual([]);
  });
});
