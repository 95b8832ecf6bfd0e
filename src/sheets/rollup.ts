// “Cập nhật số đếm từ tab chấm điểm”: the registered and recognised counts of each scored village
// (or unit) written into its tab for a year, in one block write per tab, each cell marked by a note;
// a typed value is replaced only after the officer agrees.

import { a1 } from "../core/a1";
import { JOB, SCORING } from "../core/messages";
import { planWrite, rollupBounds, rollupTargets, waitingRows } from "../core/report/rollup";
import { LOG_TAB, readLog, yearState } from "../core/share/closing";
import { type JobResult, withDocumentLock } from "./run";
import { scoringErrors } from "./scoring";
import { findTab, readGrid } from "./tabs";
import { readWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Rolls the scoring tabs up into the village and unit tabs for `year` (the configuration's by
 * default). Nothing is written while the criteria, the scoring tabs or the rows they fill have
 * errors, while the year is closed, or, without `overwrite`, while a typed value would be replaced:
 * the result then asks (`confirm`) and lists those cells.
 */
export function rollupJob(ss: Spreadsheet, year?: number, overwrite = false): JobResult {
  return withDocumentLock(() => {
    const read = readWorkbook(ss);
    const { config, scoring, tabs, findings } = read.checked;
    const y = year ?? config.year;
    if (!y) return { ok: false, message: JOB.noYear, findings };
    if (!scoring.some((s) => s.spec.rollup))
      return { ok: false, message: SCORING.rollup.noScoring };
    const log = findTab(read.index, "log", LOG_TAB);
    if (log && yearState(readLog(readGrid(log)), y).closed)
      return { ok: false, message: SCORING.rollup.closed(y) };
    const plans = (["villages", "units"] as const).flatMap((id) => {
      const target = tabs[id];
      if (!target) return [];
      const { cells, errors } = rollupTargets(scoring, target, y);
      return cells.length || errors.length ? [{ target, cells, errors }] : [];
    });
    // What the roll-up reads must be clean; what it is about to replace need not be.
    const replaced = new Set(
      plans.flatMap((p) => p.cells.map((c) => `${p.target.sheetName}!${a1(c.row, c.col)}`)),
    );
    const errors = [
      ...scoringErrors(
        read.checked,
        y,
        plans.map((p) => p.target.sheetName),
      ).filter((f) => !replaced.has(`${f.tab}!${f.cell}`)),
      ...plans.flatMap((p) => p.errors),
    ];
    if (errors.length)
      return { ok: false, message: JOB.blocked(errors.length, y), findings: errors };
    if (!plans.some((p) => p.cells.length)) return { ok: true, message: SCORING.rollup.nothing(y) };
    const writes = plans.map((p) => {
      const sheet = findTab(read.index, p.target.tab.id, p.target.tab.name);
      const at = rollupBounds(p.cells);
      const range = sheet?.getRange(at.row, at.col, at.rows, at.cols);
      const values = (read.grids.data[p.target.tab.id]?.grid ?? [])
        .slice(at.row - 1, at.row - 1 + at.rows)
        .map((line) => Array.from({ length: at.cols }, (_, c) => line[at.col - 1 + c] ?? ""));
      const block = {
        values,
        formulas: range?.getFormulas() ?? [],
        notes: range?.getNotes() ?? [],
      };
      return { range, plan: planWrite(p.cells, block, at, p.target.sheetName, overwrite) };
    });
    const conflicts = writes.flatMap((w) => w.plan.conflicts);
    if (conflicts.length)
      return {
        ok: false,
        message: SCORING.rollup.asks(conflicts.length),
        findings: conflicts,
        confirm: SCORING.rollup.question(conflicts.length),
      };
    let changed = 0;
    for (const w of writes) {
      if (!w.range || w.plan.changed + w.plan.marked === 0) continue;
      w.range.setValues(w.plan.values).setNotes(w.plan.notes);
      changed += w.plan.changed;
    }
    return {
      ok: true,
      message: SCORING.rollup.done(changed, y, waitingRows(scoring, y)),
      sheet: plans[0]?.target.sheetName,
    };
  });
}
