// From scoring rows to the counts officers report: registered and recognised per village (or unit)
// and year, planned as one block write into the village (or unit) tab that never replaces a typed
// value without asking.

import { a1 } from "../a1";
import type { Finding, ReadTab } from "../check/read";
import { rollupCells, type ScoringRead } from "../check/scoring";
import { SCORING } from "../messages";
import { column } from "../model/schema";

/** One cell the roll-up fills: where, what, and for whom. */
export interface RollupTarget {
  readonly row: number;
  readonly col: number;
  readonly key: string;
  readonly value: number | string;
  /** The scoring tab it comes from. */
  readonly source: string;
}

/**
 * The cells of `target` (village or unit tab) that the scoring tabs fill for `year`: only villages
 * (units) with scoring rows; a commune that types its counts has none. A count above the total
 * it must not exceed (210 households registered in a village of 200) is an error, at that cell.
 */
export function rollupTargets(
  scorings: readonly ScoringRead[],
  target: ReadTab,
  year: number,
): { readonly cells: RollupTarget[]; readonly errors: Finding[] } {
  const cells: RollupTarget[] = [];
  const errors: Finding[] = [];
  for (const scoring of scorings) {
    const spec = scoring.spec.rollup;
    const ours = new Set([spec?.registered, spec?.recognized]);
    for (const { row, key, col, value } of rollupCells(scoring, target, year)) {
      cells.push({ row: row.sheetRow, col, key, value, source: scoring.read.sheetName });
      for (const rule of target.tab.rules) {
        const limit = row.values[rule.right];
        if (rule.left !== key || ours.has(rule.right) || typeof limit !== "number") continue;
        if (typeof value === "number" && value > limit)
          errors.push({
            tab: target.sheetName,
            cell: a1(row.sheetRow, col),
            severity: "error",
            message: SCORING.aboveTotal(
              scoring.read.sheetName,
              value,
              column(target.tab, key).header,
              column(target.tab, rule.right).header,
              limit,
              `${String(row.values.name ?? row.values.code)} năm ${year}`,
            ),
            year,
          });
      }
    }
  }
  return { cells, errors };
}

/** The rectangle holding every target cell, 1-based and inclusive. */
export function rollupBounds(cells: readonly RollupTarget[]) {
  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.col);
  return {
    row: Math.min(...rows),
    col: Math.min(...cols),
    rows: Math.max(...rows) - Math.min(...rows) + 1,
    cols: Math.max(...cols) - Math.min(...cols) + 1,
  };
}

/** What the block holds now: values, the officer's formulas (kept as formulas) and notes. */
export interface Block {
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly string[])[];
  readonly notes: readonly (readonly string[])[];
}

export interface RollupWrite {
  /** The whole block again: new values where the roll-up writes, formulas and values elsewhere. */
  readonly values: unknown[][];
  readonly notes: string[][];
  readonly changed: number;
  /** Notes (re)marked on cells that already held the count: a run cut before its notes. */
  readonly marked: number;
  /** Values an officer typed that the new counts would replace: asked about before any write. */
  readonly conflicts: Finding[];
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;
const same = (have: unknown, want: number | string) =>
  typeof want === "number"
    ? have === want
    : typeof have === "string" && have.trim().toLowerCase() === want;

/**
 * Decides each target cell: equal values stay; blank cells and cells still holding the value the
 * roll-up wrote (its note says so) get the new count; any other value is the officer's, replaced
 * only with `overwrite`. Everything else in the block is written back exactly as it was.
 */
export function planWrite(
  cells: readonly RollupTarget[],
  block: Block,
  at: { readonly row: number; readonly col: number },
  sheetName: string,
  overwrite: boolean,
): RollupWrite {
  const values = block.values.map((line, r) =>
    line.map((v, c) => {
      const f = block.formulas[r]?.[c];
      return f ? f : v;
    }),
  );
  const notes = block.notes.map((line) => [...line]);
  const conflicts: Finding[] = [];
  let changed = 0;
  let marked = 0;
  for (const cell of cells) {
    const r = cell.row - at.row;
    const c = cell.col - at.col;
    const have = block.values[r]?.[c];
    const formula = block.formulas[r]?.[c] ?? "";
    const note = notes[r]?.[c] ?? "";
    const mark = SCORING.rollupNote(cell.source, cell.value);
    if (!formula && same(have, cell.value)) {
      // the count is the roll-up's: mark it, unless the note there is the officer's own
      if (note !== mark && (!note || note.startsWith(SCORING.rollupSource(cell.source)))) {
        (notes[r] as string[])[c] = mark;
        marked += 1;
      }
      continue;
    }
    const ours = note === SCORING.rollupNote(cell.source, have as number | string);
    if ((formula || !(blank(have) || ours)) && !overwrite) {
      conflicts.push({
        tab: sheetName,
        cell: a1(cell.row, cell.col),
        severity: "warning",
        message: SCORING.typedValue(have, cell.value, cell.source),
      });
      continue;
    }
    (values[r] as unknown[])[c] = cell.value;
    (notes[r] as string[])[c] = mark;
    changed += 1;
  }
  return { values, notes, changed, marked, conflicts };
}

/** Registered rows of the year not scored yet: counted as registered, not recognised. */
export function waitingRows(scorings: readonly ScoringRead[], year: number): number {
  return scorings.reduce(
    (n, s) => n + s.rows.filter((r) => r.year === year && r.registered && r.unscored).length,
    0,
  );
}
