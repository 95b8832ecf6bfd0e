// DAT_TIEUCHI: one household's (clan's, village's, unit's, citizen's) points against a criteria set,
// a preset by name or rows of the Bộ tiêu chí tab.

import { isBlank, parsePoints } from "../core/cells";
import { readCriteria } from "../core/check/criteria";
import { argPosition, CRITERIA_FN, EXPECT, FN, VERDICT } from "../core/messages";
import {
  CRITERIA,
  type Form,
  findModel,
  MODELS,
  PRESET_ROWS,
  passes,
} from "../core/model/criteria";
import { readAt, toArg } from "./args";

const SET_NAMES = MODELS.map((m) => m.id);

/** The form a DAT_TIEUCHI call scores against: a preset by name, or rows of the criteria tab. */
function criteriaArg(fn: string, value: unknown): Form {
  // Stryker disable next-line ConditionalExpression: isBlank(undefined) is true, so the first test only repeats it
  if (value === undefined || isBlank(value))
    throw new Error(FN.missingArg(fn, "bo_tieu_chi", CRITERIA_FN.setExpected));
  let grid: (readonly unknown[])[];
  if (Array.isArray(value)) {
    const rows = value.map((r) => (Array.isArray(r) ? r : [r]));
    const headers = CRITERIA.columns.map((c) => c.header);
    // With or without the tab's header row: without it, the columns are the tab's own order.
    grid = rows[0]?.includes(headers[0]) ? rows : [headers, ...rows];
  } else {
    // Stryker disable next-line ConditionalExpression: findModel gives undefined for anything but text
    const model = typeof value === "string" ? findModel(value) : undefined;
    if (!model || model === "ambiguous")
      throw new Error(CRITERIA_FN.unknownSet(fn, value, SET_NAMES));
    grid = [
      CRITERIA.columns.map((c) => c.header),
      ...PRESET_ROWS.filter((r) => r[0] === model.name),
    ];
  }
  const read = readCriteria(grid, "");
  const problem = read.findings[0];
  if (problem) throw new Error(CRITERIA_FN.setProblem(fn, problem.message));
  const [pending] = read.pending;
  const sets = [...read.sets.values()];
  if (sets.length !== 1) {
    if (pending) throw new Error(CRITERIA_FN.setPending(fn, pending[1]));
    throw new Error(CRITERIA_FN.setModels(fn, sets.length));
  }
  const forms = (sets[0] as NonNullable<(typeof sets)[0]>).forms;
  const rule = (f: Form) => JSON.stringify([f.items, f.pass, f.mins, f.groups]);
  if (new Set(forms.map(rule)).size > 1) throw new Error(CRITERIA_FN.setForms(fn));
  return forms[0] as Form;
}

/** DAT_TIEUCHI(points; set): "Đạt" or "Chưa đạt" for one row or column of points. */
export function meetsCriteria(points: unknown, set: unknown): string {
  const fn = "DAT_TIEUCHI";
  const form = criteriaArg(fn, set);
  const arg = toArg(fn, "diem", points, EXPECT.points);
  if (arg.rows > 1 && arg.cols > 1)
    throw new Error(CRITERIA_FN.pointsShape(fn, arg.rows, arg.cols));
  if (arg.cells.length !== form.items.length)
    throw new Error(
      CRITERIA_FN.pointsCount(
        fn,
        arg.cells.length,
        form.items.map((i) => i.code),
      ),
    );
  const values = arg.cells.map((cell, i) => {
    const item = form.items[i] as Form["items"][number];
    const where = argPosition(arg.param, cell.row, cell.col, arg.isRange);
    if (isBlank(cell.value)) throw new Error(CRITERIA_FN.pointsBlank(fn, where, item.code));
    const v = readAt(fn, arg, cell, parsePoints);
    if (v > item.max)
      throw new Error(CRITERIA_FN.pointsAboveMax(fn, where, v, item.code, item.max));
    return v;
  });
  return passes(form, values) ? VERDICT.met : VERDICT.notMet;
}
