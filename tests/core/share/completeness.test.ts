import { describe, expect, it } from "vitest";
import {
  attention,
  OUTCOME_HEADER,
  outcomeRow,
  readOutcomes,
  renderCompleteness,
  runLine,
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

/** The status tab's header before the date-time columns: times kept in milliseconds. */
const OLD_HEADER = [
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
    const old = OLD_HEADER;
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

describe("the completeness tab, as the officer reads it", () => {
  const G = AT + 3_600_000;
  const areas = [
    { code: "001", name: "Xã Một", sheetRow: 2, formerDistrict: "Huyện 1" },
    { code: "002", name: "Xã Hai", sheetRow: 3, formerDistrict: "Huyện 1" },
    { code: "003", name: "Xã Ba", sheetRow: 4, formerDistrict: "Huyện 1" },
    { code: "004", name: "Xã Bốn", sheetRow: 5, formerDistrict: "Huyện 2" },
    { code: "005", name: "Xã Năm", sheetRow: 6, formerDistrict: "Huyện 3" },
    { code: "006", name: "Xã Sáu", sheetRow: 7, formerDistrict: "" },
    { code: "007", name: "Xã Bảy", sheetRow: 8 },
  ];
  // as readOutcomes gives them back: closed is a boolean, changed true or absent
  const outcomes: SourceOutcome[] = [
    outcome({
      code: "1",
      name: "Xã Một",
      closed: true,
      closedAt: AT,
      closedBy: "a@x.vn",
      timeliness: "onTime",
      gatheredAt: G,
      rows: 5,
      url: "https://docs.google.com/spreadsheets/d/1aaa/edit",
    }),
    outcome({
      code: "002",
      name: "Xã Hai",
      closed: true,
      closedAt: AT + 10 * 86_400_000,
      closedBy: "b@x.vn",
      timeliness: "late",
      changed: true,
      gatheredAt: G,
      rows: 3,
      details: ["Số liệu năm này đã bị sửa …"],
    }),
    outcome({
      code: "003",
      name: "",
      status: "openFailed",
      closed: false,
      timeliness: "open",
      details: ["Đường dẫn sai", "Vẫn dùng số liệu cũ"],
      runId: "",
      raw: "Exception: not found",
    }),
    outcome({
      code: "004",
      name: "Xã Bốn",
      closed: false,
      timeliness: "openLate",
      gatheredAt: G,
      rows: 0,
    }),
    outcome({
      code: "007",
      name: "Xã Bảy",
      closed: false,
      timeliness: "open",
      gatheredAt: G,
      rows: 2,
    }),
  ];
  const block = () =>
    renderCompleteness(2026, outcomes, areas, { day: 10, month: 12 }, "Lần thu thập xong.");
  const pad = (cells: unknown[], fill: unknown = "") => [
    ...cells,
    ...Array(OUTCOME_HEADER.length - cells.length).fill(fill),
  ];

  it("lays out the title, the deadline, the totals in all and per former district, then one row per source", () => {
    const b = block();
    expect(b.values.slice(0, 9)).toEqual([
      pad(["TÌNH TRẠNG THU THẬP NĂM 2026"]),
      pad(["Hạn nộp: 10/12/2026. Lần thu thập xong."]),
      pad([]),
      pad([
        "",
        "Số nguồn dự kiến",
        "Đã có số liệu",
        "Đã chốt",
        "Chốt đúng hạn",
        "Tỷ lệ có báo cáo",
        "Tỷ lệ đúng hạn",
        "Sửa sau khi chốt",
      ]),
      // 5 sources, 4 with figures, 2 closed, 1 on time, 1 edited after closing
      pad(["Toàn bộ", 5, 4, 2, 1, 0.8, 0.2, 1]),
      // "1" is area 001; 2 of 3 is 66.6%, never rounded up to a rate not reached
      pad(["Huyện 1", 3, 2, 2, 1, 0.666, 0.333, 1]),
      pad(["Huyện 2", 1, 1, 0, 0, 1, 0, 0]),
      pad([]),
      OUTCOME_HEADER,
    ]);
    expect(b.values.slice(9)).toEqual(outcomes.map(outcomeRow));
    expect(b.boldRows).toEqual([1, 4, 5, 9]);
    expect(b.frozenRows).toBe(9);
    expect(b.firstOutcomeRow).toBe(10);
  });

  it("formats counts as numbers, rates as percentages, times as date-times and the rest as text", () => {
    const f = block().formats;
    const text = pad([], "@");
    const tally = pad(["@", "0", "0", "0", "0", "0.0%", "0.0%", "0"], "@");
    const source = pad(
      ["@", "@", "@", "@", "dd/MM/yyyy HH:mm", "@", "@", "dd/MM/yyyy HH:mm", "0"],
      "@",
    );
    expect(f).toEqual([
      text,
      text,
      text,
      text,
      tally,
      tally,
      tally,
      text,
      text,
      ...outcomes.map(() => source),
    ]);
  });

  it("leaves the rates empty when no source is expected", () => {
    const b = renderCompleteness(2026, [], [], { day: 1, month: 3 }, "");
    expect(b.values[4]).toEqual(pad(["Toàn bộ", 0, 0, 0, 0, "", "", 0]));
    expect(b.values).toHaveLength(7);
  });

  it("reads back every outcome from the tab it wrote", () => {
    expect(readOutcomes(block().values)).toEqual(outcomes);
  });

  it("writes nothing in the columns an outcome leaves empty", () => {
    expect(outcomeRow(outcomes[2] as SourceOutcome)).toEqual([
      "003",
      "",
      "Không mở được bảng tính",
      "Chưa chốt",
      "",
      "",
      "",
      "",
      "",
      "Đường dẫn sai\nVẫn dùng số liệu cũ",
      "",
      "",
      "Exception: not found",
    ]);
    expect(outcomeRow(outcome({}))).toEqual(
      pad(["001", "Xã Một", "Đã thu thập"]).map((c, i) => (i === 11 ? String(AT) : c)),
    );
  });
});

describe("reading the status tab back", () => {
  const line = (code: unknown, status: unknown, extra: Record<number, unknown> = {}) =>
    OUTCOME_HEADER.map((_, i) => (i === 0 ? code : i === 2 ? status : (extra[i] ?? "")));

  it("finds the table by its whole header, not by a row that only starts or ends like it", () => {
    const grid = [
      [2026, "", ""],
      ["Mã địa bàn", "Tên địa bàn", "Ghi chú"],
      ["Ghi chú", "", "Trạng thái"],
      ["002", "", "Đã thu thập"],
      OUTCOME_HEADER,
      line("001", "Đã thu thập"),
    ];
    expect(readOutcomes(grid).map((o) => o.code)).toEqual(["001"]);
    expect(
      readOutcomes([["Mã địa bàn", "Tên", "Trạng thái?"], line("001", "Đã thu thập")]),
    ).toEqual([]);
  });

  it("skips rows without a code or a known status, and reads every status by its label", () => {
    const grid = [
      OUTCOME_HEADER,
      line("", "Đã thu thập"),
      line(7, "Đã thu thập"),
      line("003", "Không rõ"),
      line("004", "Sai phiên bản mẫu"),
      line("005", "Không có số liệu năm này"),
    ];
    expect(readOutcomes(grid).map((o) => [o.code, o.status])).toEqual([
      ["004", "wrongVersion"],
      ["005", "noData"],
    ]);
  });

  it("reads empty and null cells as nothing, and a header cell that is not text as no column", () => {
    const header = [...OUTCOME_HEADER, 2026];
    const row: unknown[] = [...line("001", "Đã thu thập"), 1];
    row[1] = null;
    row[5] = null;
    expect(readOutcomes([header, row])).toEqual([
      { code: "001", name: "", status: "gathered", closed: false, details: [], runId: "" },
    ]);
  });

  it("reads every row under an old header, with empty millisecond cells as no time", () => {
    const old = OLD_HEADER;
    const row = (code: string, ms: unknown) => [
      code,
      "Xã",
      "Đã thu thập",
      "Chốt muộn",
      "",
      "",
      "",
      "",
      "",
      "",
      "r1",
      ms,
      ms,
    ];
    const read = readOutcomes([old, row("001", AT), row("002", "")]);
    expect(read).toEqual([
      {
        code: "001",
        name: "Xã",
        status: "gathered",
        timeliness: "late",
        closed: true,
        closedAt: AT,
        gatheredAt: AT,
        details: [],
        runId: "r1",
      },
      {
        code: "002",
        name: "Xã",
        status: "gathered",
        timeliness: "late",
        closed: true,
        details: [],
        runId: "r1",
      },
    ]);
    expect(read[0]).not.toHaveProperty("changed", true);
  });
});

describe("the officer's notes and run line", () => {
  it("never leaves a dash hanging when a failed source has no details", () => {
    expect(attention(outcome({ status: "openFailed", details: [] }))).toBe(
      "Không mở được bảng tính",
    );
  });

  it("does not call a source with no figures yet open, and lists every area counted twice", () => {
    expect(
      summaryNotes(
        [outcome({ name: "", code: "009", status: "openFailed" })],
        [
          { area: "Xã E", kept: "H1", dropped: "H2" },
          { area: "Xã F", kept: "H1", dropped: "H2" },
        ],
      ),
    ).toEqual([
      "⚠ Chưa có số liệu mới của: 009.",
      "⚠ Có số liệu qua hai nguồn, chỉ tính một lần: Xã E, Xã F.",
    ]);
  });

  it("says how far a run got, or when it ended, in Vietnam's time", () => {
    expect(runLine(AT, 3, 10)).toBe(
      "Lần thu thập bắt đầu lúc 05/12/2026 09:00: đã xong 3/10 nguồn, chưa xong.",
    );
    expect(runLine(AT, 10, 10, AT + 90_000)).toBe(
      "Lần thu thập bắt đầu lúc 05/12/2026 09:00: hoàn tất lúc 05/12/2026 09:01.",
    );
  });
});
