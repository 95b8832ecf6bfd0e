import { describe, expect, it } from "vitest";
import type { Area } from "../../../src/core/check/registry";
import { VILLAGES } from "../../../src/core/model/schema";
import { readSnapshot, snapshotHeader, upperParts } from "../../../src/core/share/gather";

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
