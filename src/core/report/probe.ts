// The cells the self-check writes in its temporary tab: every kind of formula the add-on writes,
// made by the same functions, over the layout of selfcheck.ts.

import { a1 } from "../a1";
import { type Contribution, rateColumns, VILLAGES } from "../model/schema";
import { countRule, rateFormula, rateHeader } from "../model/template";
import { blockMark, shadeFormulas, staleFormula } from "./render";
import {
  MARGIN,
  PROBE_NOTE,
  PROBE_WIDTH,
  RATE,
  RATE_ROWS,
  SHADE,
  SHADES,
  SHOWN,
  STALE,
  TEXT,
} from "./selfcheck";

type Cell = string | number | Date;

/** The rate column the probe writes: households recognised GĐHT over households. */
const GDHT = rateColumns(VILLAGES)[0] as Contribution;
export const PROBE_RATE_HEADER = rateHeader(GDHT);
/** The shade rules the probe also sets as rules, over the rates in E2:E4. */
export const PROBE_SHADED = {
  row: 2,
  col: SHADE,
  rows: 3,
  formulas: shadeFormulas("$E2", "$F2", MARGIN),
};
/** A count cell (R2) under the template's count rule, set in reject mode by the adapter. */
export const PROBE_COUNT = {
  row: 2,
  col: PROBE_WIDTH + 1,
  rule: countRule(a1(2, PROBE_WIDTH + 1)),
};
const STALE_ROWS = [
  [2026, "đạt", 0.655],
  [2025, "chưa đạt", 7],
];
/** 05:00 UTC, which a workbook on Vietnam's time shows as 12:00. */
const NOON_IN_VIETNAM = Date.UTC(2026, 0, 1, 5);

/** The cells to write at A1 (5 rows × PROBE_WIDTH): one write for the whole probe. */
export function probeValues(tab: string): Cell[][] {
  const rows: Cell[][] = Array.from({ length: 5 }, () => Array(PROBE_WIDTH).fill(""));
  const put = (row: number, col: number, v: Cell) => {
    (rows[row - 1] as Cell[])[col - 1] = v;
  };
  put(1, 1, PROBE_NOTE);
  RATE_ROWS.forEach(([r, t], i) => {
    put(i + 2, RATE, r);
    put(i + 2, RATE + 1, t);
  });
  const columns = new Map([
    [GDHT.recognized, RATE],
    [String(GDHT.total), RATE + 1],
  ]);
  // Stryker disable next-line StringLiteral: unreachable, both columns of GDHT are in the map
  put(1, RATE + 2, rateFormula(GDHT, columns) ?? "");
  SHADES.forEach(([rate, target], i) => {
    const row = i + 2;
    put(row, SHADE, rate);
    put(row, SHADE + 1, target);
    const f = shadeFormulas(`$E${row}`, `$F${row}`, MARGIN);
    [f.met, f.near, f.short].forEach((x, j) => {
      put(row, SHADE + 2 + j, x);
    });
  });
  put(2, SHADE + 5, shadeFormulas("E2", 0.65, MARGIN, "$F2>0").near);
  STALE_ROWS.forEach((r, i) => {
    r.forEach((v, j) => {
      put(i + 2, STALE + j, v);
    });
  });
  const year = { col: STALE, value: 2026 };
  const mark = blockMark(rows, STALE, STALE + 2, year);
  put(
    1,
    STALE + 3,
    staleFormula([{ sheet: tab, firstCol: STALE, lastCol: STALE + 2, year, mark }], "✓", "⚠"),
  );
  put(2, TEXT, "=1+1");
  put(2, SHOWN, 1234.5);
  put(3, SHOWN, 0.655);
  put(2, SHOWN + 1, new Date(NOON_IN_VIETNAM));
  return rows;
}
