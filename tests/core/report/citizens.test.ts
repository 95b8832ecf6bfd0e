import { describe, expect, it } from "vitest";
import { readCriteria } from "../../../src/core/check/criteria";
import { readScoring } from "../../../src/core/check/scoring";
import { CRITERIA, PRESET_ROWS } from "../../../src/core/model/criteria";
import { SCORING_SPECS, scoringHeaders, scoringTab } from "../../../src/core/model/scoring";
import { citizenGroups } from "../../../src/core/report/citizens";

describe("learning citizens per group", () => {
  it("counts registered and recognised citizens of each group, in the set's order", () => {
    const set = readCriteria([
      CRITERIA.columns.map((c) => c.header),
      ...PRESET_ROWS.map((r) => [...r]),
    ]).sets.get("CONGDAN");
    const spec = SCORING_SPECS[4] as (typeof SCORING_SPECS)[number];
    const header = scoringHeaders(scoringTab(spec, set as never));
    const person = (name: string, group: string, points: number, year = 2026) => [
      year,
      "T01",
      name,
      group,
      "có",
      ...Array(10).fill(points),
      "",
      "",
      "",
    ];
    const scoring = readScoring(
      spec,
      [
        header,
        person("An", "Nông dân, lao động nông thôn", 9),
        person("Bình", "Nông dân, lao động nông thôn", 6),
        person("Chi", "Cán bộ, công chức, viên chức", 8),
        person("Dũng", "Cán bộ, công chức, viên chức", 8, 2025),
      ],
      set,
      undefined,
    );
    expect(citizenGroups(scoring, 2026)).toEqual([
      { group: "Nông dân, lao động nông thôn", registered: 2, recognized: 1 },
      { group: "Công nhân, thợ thủ công, thợ sửa chữa", registered: 0, recognized: 0 },
      { group: "Cán bộ, công chức, viên chức", registered: 1, recognized: 1 },
      { group: "Đối tượng khác", registered: 0, recognized: 0 },
    ]);
    expect(citizenGroups(undefined, 2026)).toEqual([]);
  });
});
