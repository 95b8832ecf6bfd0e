import { describe, expect, it } from "vitest";
import { readDataTab } from "../../../src/core/check/read";
import type { Area } from "../../../src/core/check/registry";
import { UNITS, VILLAGES } from "../../../src/core/model/schema";
import {
  expectedAreas,
  mergeSnapshot,
  readSnapshot,
  reportingCode,
  snapshotHeader,
  snapshotName,
  snapshotPrefix,
  snapshotRows,
  upperParts,
} from "../../../src/core/share/gather";

const area = (code: string, name: string, extra: Partial<Area> = {}): Area => ({
  code,
  name,
  sheetRow: 2,
  ...extra,
});

/** A gathered village row: stamp columns, then the village's year, code, name and households. */
const row = (
  areaCode: string,
  via: string,
  village: string,
  households: number,
  recognized: number,
) => {
  const values: Record<string, unknown> = {
    year: 2024,
    code: village,
    name: `Thôn ${village}`,
    households,
    hhRecognized: recognized,
    cdhtRecognized: "đạt",
  };
  return [
    areaCode,
    areaCode,
    "",
    via,
    "",
    "",
    "",
    ...VILLAGES.columns.map((c) => values[c.key] ?? ""),
  ];
};

describe("the upper level's summary groups areas by one identity", () => {
  const snapshot = (...rows: unknown[][]) =>
    readSnapshot(VILLAGES, [snapshotHeader(VILLAGES), ...rows], "Thu thập 2024 - Thôn - TDP");

  it("a commune merged into a code typed without its leading zeros is counted inside that commune", () => {
    const areas = [area("00123", "Xã A"), area("456", "Xã B", { mergedInto: "123" })];
    const parts = upperParts(
      [snapshot(row("00123", "", "T1", 100, 50), row("456", "", "T1", 100, 30))],
      areas,
      2024,
      false,
    );
    expect(parts.map((p) => [p.label, p.counts.get("GDHT")])).toEqual([
      ["Xã A", { recognized: 80, total: 200 }],
    ]);
  });

  it("former districts typed two ways are one district", () => {
    const areas = [
      area("1", "Xã A", { formerDistrict: "Huyện Hải Hậu" }),
      area("2", "Xã B", { formerDistrict: "huyện  Hải Hậu" }),
    ];
    const parts = upperParts(
      [snapshot(row("1", "Huyện Hải Hậu", "T1", 10, 5), row("2", "huyện  Hải Hậu", "T1", 10, 5))],
      areas,
      2024,
      true,
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]?.counts.get("GDHT")).toEqual({ recognized: 10, total: 20 });
  });
});

describe("who reports for a year", () => {
  const areas = [
    area("001", "Xã A"),
    area("002", "Xã B", { mergedInto: "1" }),
    area("003", "Xã C"),
  ];

  it("a commune merged away reports until the reform year, not from it", () => {
    expect(expectedAreas(areas, 2024).map((a) => a.code)).toEqual(["001", "002", "003"]);
    expect(expectedAreas(areas, 2025).map((a) => a.code)).toEqual(["001", "003"]);
    expect(expectedAreas(areas, 2026).map((a) => a.code)).toEqual(["001", "003"]);
  });

  it("counts a merged commune's earlier years under its new commune, whatever way its code is typed", () => {
    expect(reportingCode("2", areas, 2024)).toBe("1");
    expect(reportingCode("002", areas, 2025)).toBe("002");
    expect(reportingCode("3", areas, 2024)).toBe("003");
    expect(reportingCode(" 03", areas, 2026)).toBe("003");
    // a code not in the list stays as it was typed
    expect(reportingCode("999", areas, 2024)).toBe("999");
  });
});

describe("snapshot rows", () => {
  const header = VILLAGES.columns.map((c) => c.header);
  const village = (year: number, code: string, registered: string, recognized: string) => {
    const values: Record<string, unknown> = {
      year,
      code,
      name: `Thôn ${code}`,
      households: 10,
      hhRecognized: 4,
      cdhtRegistered: registered,
      cdhtRecognized: recognized,
    };
    return VILLAGES.columns.map((c) => values[c.key] ?? "");
  };
  const stamp = {
    sourceCode: "X1",
    sourceUrl: "https://docs.google.com/spreadsheets/d/1x/edit",
    gatheredAt: "12/12/2026 09:00",
    closedState: "Chưa chốt",
  };

  it("are named for the year and the tab", () => {
    expect(snapshotName(VILLAGES, 2026)).toBe("Thu thập 2026 - Thôn - TDP");
  });

  it("keep only the year's rows, stamped, with marks as their words and blanks empty", () => {
    const read = readDataTab(VILLAGES, [
      header,
      village(2026, "T1", "có", "chưa đạt"),
      village(2025, "T9", "có", "đạt"),
      village(2026, "T2", "không", "đạt"),
    ]);
    const rows = snapshotRows(read, 2026, stamp, (r) => ({
      code: "X1",
      name: "Xã Một",
      via: `dòng ${r.sheetRow}`,
    }));
    const expected = (code: string, sheetRow: number, registered: string, recognized: string) => [
      "X1",
      "X1",
      "Xã Một",
      `dòng ${sheetRow}`,
      stamp.sourceUrl,
      stamp.gatheredAt,
      stamp.closedState,
      ...village(2026, code, registered, recognized),
    ];
    expect(rows).toEqual([expected("T1", 2, "có", "chưa đạt"), expected("T2", 4, "không", "đạt")]);
  });

  it("read their stamp back by header, blank or missing columns as empty", () => {
    const h = ["Mã nguồn", 7, "tên  địa bàn", "Mã địa bàn", "Thuộc"];
    expect(snapshotPrefix(h, ["X1", "x", "Xã Một", null, "  "])).toEqual({
      sourceCode: "X1",
      areaCode: "",
      areaName: "Xã Một",
      via: "",
      sourceUrl: "",
      gatheredAt: "",
      closedState: "",
    });
  });
});

describe("merging a run into the previous snapshot", () => {
  const header = snapshotHeader(VILLAGES);
  const at = (h: string) => header.indexOf(h);
  const line = (source: string, village: string) => {
    const cells: unknown[] = header.map(() => "");
    cells[at("Mã nguồn")] = source;
    cells[at("Mã địa bàn")] = source;
    cells[at("Thuộc")] = "Huyện 1";
    cells[at("Năm")] = 2026;
    cells[at("Mã thôn/TDP")] = village;
    cells[at("Tổng số hộ")] = 10;
    return cells;
  };

  it("replaces the rows of the sources gathered anew and keeps the others, in today's columns", () => {
    // an older layout: no "Thuộc" column, an obsolete one, and a number typed in the header
    const oldHeader = [...header.filter((h) => h !== "Thuộc"), "Cột cũ", 5];
    const old = (l: unknown[]) => [...l.filter((_, i) => i !== at("Thuộc")), "bỏ", "x"];
    const short = old(line("B", "T3")).slice(0, at("Mã thôn/TDP") - 1);
    const fresh = new Map([["1", [line("1", "T9") as (string | number)[]]]]);
    const merged = mergeSnapshot(
      [
        oldHeader,
        old(line("01", "T1")),
        old(line("B", "T2")),
        oldHeader.map(() => " "),
        short,
        old(line("01", "T2")),
      ],
      VILLAGES,
      fresh,
    );
    const asToday = (l: unknown[]) => l.map((c, i) => (i === at("Thuộc") ? "" : c));
    const shortToday = asToday(line("B", "T3")).map((c, i) => (i >= at("Mã thôn/TDP") ? "" : c));
    expect(merged).toEqual([header, asToday(line("B", "T2")), shortToday, line("1", "T9")]);
  });

  it("starts a snapshot from nothing", () => {
    const fresh = new Map([["1", [line("1", "T1") as (string | number)[]]]]);
    expect(mergeSnapshot([], VILLAGES, fresh)).toEqual([header, line("1", "T1")]);
  });
});

describe("the upper level's parts", () => {
  const snapshot = (...rows: unknown[][]) =>
    readSnapshot(VILLAGES, [snapshotHeader(VILLAGES), ...rows], "Thu thập 2024 - Thôn - TDP");
  const named = (areaCode: string, areaName: string, via: string, households: number) => {
    const r = row(areaCode, via, "T1", households, 1);
    r[2] = areaName;
    return r;
  };

  it("follow the list of areas, then the areas it no longer has, each under its list name or else its code", () => {
    const areas = [area("1", "Xã A"), area("2", "Xã B"), area("3", "Xã C")];
    const s = snapshot(
      named("9", "Xã Cũ", "", 7),
      named("2", "", "", 20),
      named("1", "tên khác", "", 10),
      named("8", "", "", 5),
    );
    const parts = upperParts([s], areas, 2024, false);
    expect(parts.map((p) => [p.label, p.counts.get("GDHT")?.total])).toEqual([
      ["Xã A", 10],
      ["Xã B", 20],
      ["Xã Cũ", 7],
      ["8", 5],
    ]);
  });

  it("put a row without a commune code after every listed commune", () => {
    const areas = [area("1", "Xã A"), area("2", "Xã B")];
    const s = snapshot(named("", "", "", 3), named("2", "", "", 20), named("1", "", "", 10));
    const parts = upperParts([s], areas, 2024, false);
    expect(parts.map((p) => p.counts.get("GDHT")?.total)).toEqual([10, 20, 3]);
  });

  it("only count the year asked for", () => {
    const other = row("2", "", "T1", 50, 5);
    other[VILLAGES.columns.findIndex((c) => c.key === "year") + 7] = 2023;
    const parts = upperParts(
      [snapshot(row("1", "", "T1", 10, 1), other)],
      [area("1", "Xã A"), area("2", "Xã B")],
      2024,
      false,
    );
    expect(parts.map((p) => p.label)).toEqual(["Xã A"]);
  });

  it("group by former district in the list's order, a commune gathered directly under its own label", () => {
    const areas = [
      area("1", "Xã A", { formerDistrict: "Huyện A" }),
      area("2", "Xã B", { formerDistrict: "Huyện B" }),
    ];
    const parts = upperParts(
      [
        snapshot(
          row("2", "Huyện B", "T1", 20, 2),
          row("5", "", "T1", 5, 1),
          row("1", "Huyện A", "T1", 10, 1),
        ),
      ],
      areas,
      2024,
      true,
    );
    expect(parts.map((p) => [p.label, p.counts.get("GDHT")?.total])).toEqual([
      ["Huyện A", 10],
      ["Huyện B", 20],
      ["Chưa có đường dẫn", 5],
    ]);
  });

  it("add up an area's rows over every snapshot tab it has rows in", () => {
    const unitHeader = snapshotHeader(UNITS);
    const unit = unitHeader.map(
      (h) =>
        (
          ({
            "Mã nguồn": "1",
            "Mã địa bàn": "1",
            Năm: 2024,
            "Mã đơn vị": "U1",
            "Tên đơn vị": "Trường A",
            "Loại đơn vị": "Trường học",
          }) as Record<string, unknown>
        )[h] ?? "",
    );
    const units = readSnapshot(UNITS, [unitHeader, unit], "Thu thập 2024 - Đơn vị");
    const parts = upperParts(
      [snapshot(row("1", "", "T1", 10, 1), row("2", "", "T1", 20, 2)), units],
      [area("1", "Xã A"), area("2", "Xã B")],
      2024,
      false,
    );
    expect(parts.map((p) => [p.label, p.counts.get("GDHT")?.total])).toEqual([
      ["Xã A", 10],
      ["Xã B", 20],
    ]);
  });
});
