import { describe, expect, it } from "vitest";
import { readCriteria } from "../../../src/core/check/criteria";
import { readScoring } from "../../../src/core/check/scoring";
import { CRITERIA, PRESET_ROWS } from "../../../src/core/model/criteria";
import { SCORING_SPECS, scoringHeaders, scoringTab } from "../../../src/core/model/scoring";
import { citizenGroups } from "../../../src/core/report/citizens";

const set = () =>
  readCriteria([CRITERIA.columns.map((c) => c.header), ...PRESET_ROWS.map((r) => [...r])]).sets.get(
    "CONGDAN",
  );
const citizenSpec = SCORING_SPECS[4] as (typeof SCORING_SPECS)[number];
/** One citizen row: year, village, name, group, registration, ten criteria of `points`. */
const citizen = (name: string, group: string, points: number | string, registered = "có") => [
  2026,
  "T01",
  name,
  group,
  registered,
  ...Array(10).fill(points),
  "",
  "",
  "",
];
const readCitizens = (rows: unknown[][]) => {
  const s = set();
  return readScoring(
    citizenSpec,
    [scoringHeaders(scoringTab(citizenSpec, s as never)), ...rows],
    s,
    undefined,
  );
};

describe("learning citizens per group", () => {
  it("counts only registered citizens as registered", () => {
    const scoring = readCitizens([
      citizen("An", "Nông dân, lao động nông thôn", 9),
      citizen("Bình", "Nông dân, lao động nông thôn", "", "không"),
    ]);
    expect(citizenGroups(scoring, 2026)[0]).toEqual({
      group: "Nông dân, lao động nông thôn",
      registered: 1,
      recognized: 1,
    });
  });

  it("is empty for a year without any citizen scored, rather than a table of zeros", () => {
    const scoring = readCitizens([citizen("An", "Nông dân, lao động nông thôn", 9)]);
    expect(citizenGroups(scoring, 2026)).toHaveLength(4);
    expect(citizenGroups(scoring, 2027)).toEqual([]);
  });

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
