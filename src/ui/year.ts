// The year the sidebar sends with a job, checked: the job gets a valid year, or none (then it takes
// the configuration's), or the officer gets a Vietnamese answer instead of an exception.

import { CELL } from "../core/cells";
import { SETTINGS } from "../core/messages";
import type { JobResult } from "../sheets/run";

/** Runs a job for the year the sidebar chose; without one, the job takes the configuration's. */
export function withYear(year: unknown, job: (y?: number) => JobResult): JobResult {
  if (year === undefined || year === null || year === "") return job(undefined);
  const y = CELL.year.safeParse(year);
  return y.success ? job(y.data) : { ok: false, message: SETTINGS.invalid("năm") };
}
