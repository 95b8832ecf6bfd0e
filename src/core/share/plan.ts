// Which rows of the list of areas a gathering run reads: a row with an error (a bad link, a code or
// a spreadsheet listed twice, the gathering workbook itself…) is refused alone, with its findings;
// only a list that cannot be read at all stops the run.

import { cellRow } from "../a1";
import { type Finding, readDataTab } from "../check/read";
import { type Area, readRegistry } from "../check/registry";
import { GATHER } from "../messages";
import { AREAS } from "../model/schema";
import { expectedAreas } from "./gather";

/** A row refused for its own problems; the others are gathered. */
export interface RefusedRow {
  readonly code: string;
  readonly name: string;
  readonly url?: string;
  readonly sheetRow: number;
  readonly reasons: readonly string[];
}

export interface GatherPlan {
  /** Every area of the list (for labels, order and merges). */
  readonly areas: readonly Area[];
  /** The areas to gather for the year, in list order. */
  readonly expected: readonly Area[];
  readonly refused: readonly RefusedRow[];
  /** Every finding of the list, for the officer. */
  readonly findings: readonly Finding[];
  /** Errors that are not about one row (the header): the list cannot be read. */
  readonly blocking: readonly Finding[];
}

/** Plans a run over the list of areas of the workbook `ownId`. */
export function planGathering(
  grid: readonly (readonly unknown[])[],
  sheetName: string,
  ownId: string,
  year: number,
): GatherPlan {
  const registry = readRegistry(grid, sheetName, ownId);
  const { areas, findings } = registry;
  const read = readDataTab(AREAS, grid, sheetName);
  const byRow = new Map<number, string[]>();
  const blocking: Finding[] = [];
  for (const f of findings) {
    if (f.severity !== "error") continue;
    const row = cellRow(f.cell);
    if (row > 1) byRow.set(row, [...(byRow.get(row) ?? []), f.message]);
    else blocking.push(f);
  }
  const { rows } = read;
  const refused = [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([sheetRow, reasons]): RefusedRow => {
      const raw = rows.find((r) => r.sheetRow === sheetRow)?.raw ?? {};
      // cells hold at most 50,000 characters; the status row clips what it joins
      return {
        code: raw.code?.trim() || GATHER.row(sheetRow),
        name: raw.name?.trim() ?? "",
        url: raw.url || undefined,
        sheetRow,
        reasons,
      };
    });
  const expected = expectedAreas(
    areas.filter((a) => !byRow.has(a.sheetRow)),
    year,
  );
  return { areas, expected, refused, findings, blocking };
}
