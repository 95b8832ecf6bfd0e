// Custom-function arguments as Sheets passes them: a single cell is a scalar, a range a 2D array.
// These helpers walk either shape and read counts and marks with the position of every value.

import { isBlank, type Parsed, parseCount, parseMark } from "../core/cells";
import { argPosition, EXPECT, FN } from "../core/messages";
import type { Counts } from "../core/model/rates";

export interface ArgCell {
  readonly value: unknown;
  /** 1-based position inside the range. */
  readonly row: number;
  readonly col: number;
}

export interface Arg {
  readonly param: string;
  readonly isRange: boolean;
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly ArgCell[];
}

/** Flattens an argument row by row; throws when it is missing. */
export function toArg(fn: string, param: string, value: unknown, expected: string): Arg {
  if (value === undefined) throw new Error(FN.missingArg(fn, param, expected));
  if (!Array.isArray(value)) {
    return { param, isRange: false, rows: 1, cols: 1, cells: [{ value, row: 1, col: 1 }] };
  }
  const grid: unknown[][] = value.map((row) => (Array.isArray(row) ? row : [row]));
  const cells = grid.flatMap((row, r) => row.map((v, c) => ({ value: v, row: r + 1, col: c + 1 })));
  return { param, isRange: true, rows: grid.length, cols: grid[0]?.length ?? 0, cells };
}

/** Reads one value or throws the Vietnamese message naming the function, argument and cell. */
export function readAt<T>(fn: string, arg: Arg, cell: ArgCell, read: (v: unknown) => Parsed<T>): T {
  const result = read(cell.value);
  if (!result.ok) throw new Error(FN.cellError(fn, where(arg, cell), result.message));
  return result.value;
}

function where(arg: Arg, cell: ArgCell): string {
  return argPosition(arg.param, cell.row, cell.col, arg.isRange);
}

/**
 * Σ recognised and Σ total over two arguments. Two ranges must have the same shape, and then every
 * pair is also checked (recognised ≤ total, no recognised count without its total); a range
 * against a single number (villages against one commune total) is summed as it is.
 */
export function sumPairs(
  fn: string,
  recognized: unknown,
  total: unknown,
  names: readonly [string, string],
): Counts {
  const r = toArg(fn, names[0], recognized, EXPECT.count);
  const t = toArg(fn, names[1], total, EXPECT.count);
  const shape = (a: Arg) => `${a.param} (${a.rows} hàng × ${a.cols} cột)`;
  const many = r.cells.length > 1 && t.cells.length > 1;
  if (many && (r.rows !== t.rows || r.cols !== t.cols))
    throw new Error(FN.shapeMismatch(fn, shape(r), shape(t)));
  const rs = r.cells.map((c) => (isBlank(c.value) ? null : readAt(fn, r, c, parseCount)));
  const ts = t.cells.map((c) => (isBlank(c.value) ? null : readAt(fn, t, c, parseCount)));
  if (r.rows === t.rows && r.cols === t.cols) {
    rs.forEach((rv, i) => {
      const tv = ts[i];
      const cell = r.cells[i] as ArgCell;
      if (rv === null) return;
      if (tv === null || tv === undefined)
        throw new Error(FN.recognizedWithoutTotal(fn, where(r, cell), cell.value));
      if (rv > tv) throw new Error(FN.pairAboveTotal(fn, where(r, cell), rv, tv));
    });
  }
  const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
  const counts = { recognized: sum(rs), total: sum(ts) };
  if (counts.total === 0) throw new Error(FN.zeroTotal(fn));
  if (counts.recognized > counts.total)
    throw new Error(FN.sumAboveTotal(fn, counts.recognized, counts.total));
  return counts;
}

/** Counts per-item marks (đạt / chưa đạt…) in one argument, skipping blanks. */
export function countMarks(fn: string, marks: unknown, param: string): Counts {
  const arg = toArg(fn, param, marks, EXPECT.mark);
  let recognized = 0;
  let total = 0;
  for (const cell of arg.cells) {
    if (isBlank(cell.value)) continue;
    total += 1;
    if (readAt(fn, arg, cell, parseMark)) recognized += 1;
  }
  if (total === 0) throw new Error(FN.nothingToCount(fn));
  return { recognized, total };
}
