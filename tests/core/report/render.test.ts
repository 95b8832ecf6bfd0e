import { describe, expect, it } from "vitest";
import { JOB } from "../../../src/core/messages";
import { FORMAT } from "../../../src/core/model/formats";
import { INDICATORS, indicatorLabel } from "../../../src/core/model/indicators";
import { blockMark, renderSummary, staleFormula } from "../../../src/core/report/render";
import { NO_DATA, summarize } from "../../../src/core/report/summary";
import { createEnvironment } from "../../memory";

const gdht = INDICATORS[0] as (typeof INDICATORS)[number];
const stamp = { madeAt: "05/12/2026 09:30", sources: "tab Thôn - TDP", staleFormula: "=1" };

describe("a summary tab with targets but no figures yet", () => {
  // an officer's roadmap with milestones 2025 and 2030: the target of 2026 is interpolated
  const roadmap = {
    name: "Lộ trình riêng",
    title: "Lộ trình riêng",
    targets: new Map([
      [
        "GDHT",
        new Map([
          [2025, 0.6],
          [2030, 0.8],
        ]),
      ],
    ]),
    interpolate: true,
  };
  const render = () => renderSummary(summarize([], roadmap, 2026, "Xã A", "Toàn xã"), stamp);

  it("leaves the counts and the rate blank, shows the target and says there is no data", () => {
    const block = render();
    const row = block.values[block.frozenRows];
    expect(row).toEqual([
      indicatorLabel(gdht),
      "",
      "",
      "",
      "",
      0.64,
      "",
      "",
      NO_DATA,
      "tổng số hộ",
    ]);
    // without notes on the stamp, the rates' rule follows the staleness formula directly
    expect(block.values.slice(2, 6).map((r) => r[0])).toEqual([
      "=1",
      JOB.cutRates,
      "",
      "Chỉ tiêu / Địa bàn",
    ]);
  });

  it("names an interpolated target's milestones in the section title", () => {
    const titles = render().values.map((r) => String(r[0]));
    expect(titles).toContain(
      "GĐHT — Gia đình học tập: tỷ lệ trên tổng số hộ (mục tiêu 64%, nội suy tuyến tính giữa năm 2025 và năm 2030)",
    );
  });
});

describe("staleness mark of dates and several tabs", () => {
  it("counts a date as its Sheets serial number, as the formula reads it", () => {
    const grid = [["Ngày"], [new Date(Date.UTC(2026, 0, 1))], [new Date(Date.UTC(1899, 11, 30))]];
    // 1 January 2026 is day 46 023 of Sheets; 30 December 1899 is day 0
    expect(blockMark(grid, 1, 1)).toBe(2 * 46_023);
  });

  it("stays up to date over several tabs, whole rows and fractional marks, and sees each change", () => {
    const villages = [
      ["Năm", "Tên", "Số"],
      [2026, "Thôn A", 2.25],
      [2025, "Thôn B", 7],
    ];
    const units = [
      ["Năm", "Tên", "Cán bộ"],
      [2026, "Trường A", 12],
    ];
    const env = createEnvironment({ latency: "none" });
    const ss = env.createSpreadsheet("x", { locale: "vi_VN" });
    const v = ss.insertSheet("Thôn - TDP");
    v.getRange(1, 1, 3, 3).setValues(villages);
    const u = ss.insertSheet("Đơn vị");
    u.getRange(1, 1, 2, 3).setValues(units);
    const mark = blockMark(villages, 1, 3);
    expect(Number.isInteger(mark)).toBe(false);
    const formula = staleFormula(
      [
        { sheet: "Thôn - TDP", firstCol: 1, lastCol: 3, mark },
        { sheet: "Đơn vị", firstCol: 2, lastCol: 3, mark: blockMark(units, 2, 3) },
      ],
      "ok",
      "cũ",
    );
    const cell = ss.insertSheet("Tổng hợp").getRange("A1");
    cell.setValue(formula);
    expect(cell.getValue()).toBe("ok");
    v.getRange("C3").setValue(8); // without a year, every row counts
    expect(cell.getValue()).toBe("cũ");
    v.getRange("C3").setValue(7);
    expect(cell.getValue()).toBe("ok");
    u.getRange("C2").setValue(13);
    expect(cell.getValue()).toBe("cũ");
  });
});

describe("the layout of a summary tab", () => {
  const roadmap = {
    name: "Lộ trình riêng",
    title: "Lộ trình riêng",
    targets: new Map([["GDHT", new Map([[2026, 0.7]])]]),
    interpolate: false,
  };
  const parts = [
    {
      label: "Thôn A",
      counts: new Map([
        ["GDHT", { recognized: 7, total: 10 }],
        ["CONGDAN_LD", { recognized: 3, total: 4 }],
      ]),
    },
    { label: "Thôn B", counts: new Map([["GDHT", { recognized: 1, total: 10 }]]) },
  ];
  const render = () =>
    renderSummary(summarize(parts, roadmap, 2026, "Xã Quảng Thạch", "Toàn xã"), {
      ...stamp,
      notes: ["Xã B chưa chốt số liệu năm 2026."],
    });
  const pad = (...cells: (string | number)[]) => [...cells, ...Array(10 - cells.length).fill("")];

  it("opens with the title, the stamp, the staleness formula, the notes, then the header", () => {
    const block = render();
    expect(block.values.slice(0, 7)).toEqual([
      pad("TỔNG HỢP MÔ HÌNH HỌC TẬP NĂM 2026 — XÃ QUẢNG THẠCH"),
      pad("Tạo lúc 05/12/2026 09:30 từ tab Thôn - TDP. Mục tiêu theo Lộ trình riêng."),
      pad("=1"),
      pad("Xã B chưa chốt số liệu năm 2026."),
      pad(JOB.cutRates),
      pad(),
      expect.arrayContaining(["Chỉ tiêu / Địa bàn", "Tỷ lệ", "Mục tiêu", "Đánh giá"]),
    ]);
    // the formula is written as a formula, the header and the names as text
    expect(block.formats[2]?.[0]).toBe(FORMAT.general);
    expect(block.formats[6]).toEqual(Array(10).fill(FORMAT.text));
    expect(block.frozenRows).toBe(7);
  });

  it("lists each section's parts under a bold title and header, then the bold total", () => {
    const block = render();
    expect(block.values.slice(9).map((r) => r[0])).toEqual([
      "",
      "GĐHT — Gia đình học tập: tỷ lệ trên tổng số hộ (mục tiêu 70%)",
      "Chỉ tiêu / Địa bàn",
      "Thôn A",
      "Thôn B",
      "Toàn xã",
      "",
      `${indicatorLabel(INDICATORS[4] as never)}: tỷ lệ trên ${block.values[8]?.[9]} (không có mục tiêu năm này)`,
      "Chỉ tiêu / Địa bàn",
      "Thôn A",
      "Toàn xã",
    ]);
    expect(block.values[8]?.[5]).toBe(""); // no target for the citizens this year
    expect(block.values[12]?.[9]).toBe(""); // a part: the denominator is on the total only
    expect(block.values[14]?.[9]).toBe("tổng số hộ");
    expect(block.formats[11]).toEqual(Array(10).fill(FORMAT.text));
    expect(block.boldRows).toEqual([1, 11, 15, 17, 20]);
    expect(block.headerRows).toEqual([7, 12, 18]);
  });

  it("colours the rates of the overview and of each section, and charts the overview", () => {
    const block = render();
    expect(block.highlight).toEqual({
      ranges: ["E8:E9", "I8:I9", "E13:E15", "I13:I15", "E19:E20", "I19:I20"],
      rateColumn: 5,
      targetColumn: 6,
      firstRow: 8,
    });
    expect(block.chart).toEqual({
      ranges: ["A8:A9", "E8:F9"],
      title: "Tỷ lệ so với mục tiêu năm 2026",
      row: 1,
      column: 11,
    });
    expect(block.columnWidths).toHaveLength(10);
    expect(Math.min(...block.columnWidths)).toBeGreaterThanOrEqual(70);
  });
});
