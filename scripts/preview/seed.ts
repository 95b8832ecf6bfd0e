// The preview's sample data on the memory spreadsheet: a province of four communes (three closed
// their year, one did not) gathered, summarised and reported, and the commune "Xã Quảng Thạch" with
// its summary and yearly report made before an officer typed a few entry errors into the report year,
// and households of Thôn Đông scored against the criteria (2025 clean and rolled up; 2026 with a few
// mistakes).

import { VILLAGES } from "../../src/core/model/schema";
import { gatherJob } from "../../src/sheets/gather";
import { closeYearJob, highlightJob, summaryJob, upperSources } from "../../src/sheets/jobs";
import { recognitionJob } from "../../src/sheets/recognition";
import { reportJob } from "../../src/sheets/report";
import { rollupJob } from "../../src/sheets/rollup";
import { scoringTabsJob } from "../../src/sheets/scoring";
import {
  CITIZEN,
  FAMILY,
  fillFamilyCriteria,
  households,
  typeScores,
} from "../../tests/fixtures/scoring";
import { seedCommune, seedProvince } from "../../tests/fixtures/workbooks";
import type { Env } from "../../tests/memory";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PreviewWorkbooks {
  readonly commune: Spreadsheet;
  readonly province: Spreadsheet;
}

const YEAR = 2026;

/** Seeds `env` (whose services must be installed as globals) and makes the commune active. */
export function seedPreview(env: Env): PreviewWorkbooks {
  const { province, communes } = seedProvince(env, 4);
  for (const c of communes.slice(0, 3)) {
    env.setActive(c.ss);
    closeYearJob(c.ss, YEAR);
  }
  env.setActive(province);
  gatherJob(province, YEAR);
  summaryJob(province, YEAR);
  reportJob(province, YEAR, { upper: upperSources });
  highlightJob(province);

  const { ss: commune } = seedCommune(env, "Xã Quảng Thạch");
  scoreHouseholds(commune);
  summaryJob(commune, YEAR);
  reportJob(commune, YEAR);
  highlightJob(commune);
  typeEntryErrors(commune);
  typeScoringErrors(commune);
  const villages = commune.getSheetByName(VILLAGES.name);
  villages?.activate();
  villages?.getRange("A1").activate();
  return { commune, province };
}

/** Mistakes officers make: text in a count, recognised above the total, a code used twice. */
function typeEntryErrors(ss: Spreadsheet): void {
  const sheet = ss.getSheetByName(VILLAGES.name);
  if (!sheet) return;
  const grid = sheet.getDataRange().getValues();
  const rows = grid.flatMap((r, i) => (r[0] === YEAR ? [i + 1] : []));
  const col = (key: string) => VILLAGES.columns.findIndex((c) => c.key === key) + 1;
  const [a, b, c] = rows;
  if (a === undefined || b === undefined || c === undefined) return;
  sheet.getRange(a, col("households")).setValue("hai trăm");
  const total = Number(sheet.getRange(b, col("households")).getValue());
  sheet.getRange(b, col("hhRecognized")).setValue(total + 12);
  sheet.getRange(c, col("code")).setValue(sheet.getRange(a, col("code")).getValue());
}

/**
 * Thôn Đông scores its households: the family set's unconfirmed numbers filled in as the province's
 * text gives them, 2025's households scored, rolled up into the village counts (replacing the
 * typed ones) and listed for the recognition decision; a few citizens of 2026 scored, whom the
 * yearly report counts by group.
 */
function scoreHouseholds(ss: Spreadsheet): void {
  scoringTabsJob(ss);
  fillFamilyCriteria(ss);
  scoringTabsJob(ss);
  typeScores(ss, FAMILY, households(36, YEAR - 1));
  rollupJob(ss, YEAR - 1, true);
  const farmer = "Nông dân, lao động nông thôn";
  typeScores(ss, CITIZEN, [
    {
      year: YEAR,
      code: "T01",
      name: "Nguyễn Thị Hoa",
      form: farmer,
      points: Array(10).fill(9),
    },
    {
      year: YEAR,
      code: "T01",
      name: "Trần Văn Minh",
      form: farmer,
      points: [9, 9, 9, 9, 9, 9, 9, 9, 9, 4],
    },
    {
      year: YEAR,
      code: "T02",
      name: "Lê Thị Thu",
      form: "Cán bộ, công chức, viên chức",
      points: Array(10).fill(8),
    },
  ]);
  recognitionJob(ss, YEAR - 1);
}

/** 2026 households of Thôn Đông, with mistakes: a point above its maximum, text for a point, a
 * household typed twice (other spacing and tone placement), scores without registration, and a
 * village code the commune does not have. */
function typeScoringErrors(ss: Spreadsheet): void {
  const rows = households(12, YEAR);
  const [a, b, c, d, e] = rows;
  if (!a || !b || !c || !d || !e) return;
  typeScores(ss, FAMILY, [
    ...rows.slice(5),
    { ...a, points: [12, 10, 10, 10, 20, 20, 20] },
    { ...b, points: [10, "chín", 10, 10, 20, 20, 20] },
    { ...c, name: `${c.name}`.replace(/ /gu, "  ").toLowerCase() },
    c,
    { ...d, registered: "không" },
    { ...e, code: "T13" },
  ]);
}
