// The preview's sample data on the memory spreadsheet: a province of four communes (three closed
// their year, one did not) gathered, summarised and reported, and the commune "Xã Quảng Thạch" with
// its summary and yearly report made before an officer typed a few entry errors into the report year.

import { VILLAGES } from "../../src/core/model/schema";
import { gatherJob } from "../../src/sheets/gather";
import { closeYearJob, highlightJob, summaryJob, upperSources } from "../../src/sheets/jobs";
import { reportJob } from "../../src/sheets/report";
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
  summaryJob(commune, YEAR);
  reportJob(commune, YEAR);
  highlightJob(commune);
  typeEntryErrors(commune);
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
