// Reading a data tab: its header mapped to the template's columns, every non-empty row parsed by
// column kind, with a finding (tab, A1 cell, severity, Vietnamese message) for each bad cell.

import { a1, columnLetter } from "../a1";
import { isBlank, parseCount, parseMark, parsePoints, parseYear } from "../cells";

import { CHECK } from "../messages";
import type { Column, DataTab } from "../model/schema";
import { clip, identityKey, tidy } from "../text";

export type Severity = "error" | "warning";

export interface Finding {
  readonly tab: string;
  /** A1 address of the cell the finding is about. */
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
  /** The year of the row, when the finding is about one row. */
  readonly year?: number;
}

export type Value = number | boolean | string;

export interface Row {
  /** 1-based row in the sheet. */
  readonly sheetRow: number;
  readonly year?: number;
  /** Parsed values by column key; absent when blank or unreadable. */
  readonly values: Readonly<Record<string, Value>>;
  /** Text exactly as typed, for name comparisons. */
  readonly raw: Readonly<Record<string, string>>;
  /** Keys of cells that hold something unreadable (reported already). */
  readonly invalid: readonly string[];
  /** True when no cell of the row had an error. */
  readonly clean: boolean;
}

export interface ReadTab {
  readonly tab: DataTab;
  readonly sheetName: string;
  /** Column key → 1-based column in the sheet. */
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly Row[];
  readonly findings: Finding[];
}

/** Every header cell (1-based column) holding each template column, in sheet order. */
function headerPositions(tab: DataTab, header: readonly unknown[]): Map<string, number[]> {
  const byText = new Map<string, number[]>();
  header.forEach((h, i) => {
    if (typeof h === "string")
      byText.set(identityKey(h), [...(byText.get(identityKey(h)) ?? []), i + 1]);
  });
  const positions = new Map<string, number[]>();
  for (const c of tab.columns) {
    const at = byText.get(identityKey(c.header));
    if (at) positions.set(c.key, at);
  }
  return positions;
}

/** Maps the template's columns onto the header row, by header text (order may differ). */
export function mapHeader(tab: DataTab, header: readonly unknown[]): Map<string, number> {
  return new Map([...headerPositions(tab, header)].map(([key, at]) => [key, at[0] as number]));
}

function readValue(column: Column, value: unknown): { value?: Value; problem?: string } {
  switch (column.kind) {
    case "year":
    case "count":
    case "mark":
    case "points": {
      const read = { year: parseYear, count: parseCount, mark: parseMark, points: parsePoints }[
        column.kind
      ];
      const result = read(value);
      return result.ok ? { value: result.value } : { problem: result.message };
    }
    case "choice": {
      const text = tidy(String(value));
      const match = column.choices?.find((c) => identityKey(c) === identityKey(text));
      // Stryker disable next-line ObjectLiteral,StringLiteral: a choice's message is built from the column, not this text
      return match ? { value: match } : { problem: "choice" };
    }
    default:
      return { value: tidy(String(value)) };
  }
}

/** Who a row is about, for messages: "Thôn Đông năm 2026". */
export function rowLabel(tab: DataTab, row: Pick<Row, "values" | "sheetRow" | "year">): string {
  const name = tab.nameKey ? row.values[tab.nameKey] : tab.name;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a read name is a non-empty string or absent
  const who = typeof name === "string" && name ? clip(name, 60) : `dòng ${row.sheetRow}`;
  return row.year ? `${who} năm ${row.year}` : who;
}

/** Reads a whole tab grid (row 1 = header) into rows and findings. */
export function readDataTab(
  tab: DataTab,
  grid: readonly (readonly unknown[])[],
  sheetName = tab.name,
): ReadTab {
  const findings: Finding[] = [];
  const positions = headerPositions(tab, grid[0] ?? []);
  const columns = mapHeader(tab, grid[0] ?? []);
  // A missing column is reported once, at the header cell where "Bổ sung mẫu" would add it.
  let free = (grid[0]?.length ?? 0) + 1;
  for (const c of tab.columns) {
    const [first, ...others] = positions.get(c.key) ?? [];
    if (first === undefined)
      findings.push({
        tab: sheetName,
        cell: a1(1, free++),
        severity: c.required ? "error" : "warning",
        message: CHECK.missingColumn(sheetName, c.header),
      });
    for (const at of others)
      findings.push({
        tab: sheetName,
        cell: a1(1, at),
        severity: "error",
        message: CHECK.twice(`Cột “${c.header}”`, `cột ${columnLetter(first as number)}`),
      });
  }
  const rows: Row[] = [];
  // Stryker disable next-line EqualityOperator: one more step reads grid[length], undefined, a blank line
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const cells = tab.columns.map((c) => {
      const at = columns.get(c.key);
      // Stryker disable next-line ConditionalExpression: line[NaN] is undefined, blank like ""
      return at === undefined ? "" : line[at - 1];
    });
    if (cells.every(isBlank)) continue;
    const sheetRow = r + 1;
    const values: Record<string, Value> = {};
    const raw: Record<string, string> = {};
    const problems: { column: Column; text: string }[] = [];
    tab.columns.forEach((c, i) => {
      const cell = cells[i];
      if (isBlank(cell)) return;
      if (typeof cell === "string") raw[c.key] = cell;
      const read = readValue(c, cell);
      if (read.value !== undefined) values[c.key] = read.value;
      else problems.push({ column: c, text: read.problem ?? "" });
    });
    // Stryker disable next-line ConditionalExpression: a read year is a number or absent
    const year = typeof values.year === "number" ? values.year : undefined;
    const invalid = problems.map((p) => p.column.key);
    const row: Row = { sheetRow, year, values, raw, invalid, clean: problems.length === 0 };
    const who = rowLabel(tab, row);
    const at = (key: string) => a1(sheetRow, columns.get(key) ?? 1);
    for (const { column, text } of problems) {
      const message =
        column.kind === "choice"
          ? CHECK.notChoice(
              column.header,
              who,
              cells[tab.columns.indexOf(column)],
              column.choices ?? [],
            )
          : CHECK.cell(column.header, who, text);
      findings.push({ tab: sheetName, cell: at(column.key), severity: "error", message, year });
    }
    let missing = false;
    for (const c of tab.columns) {
      if (c.required && columns.has(c.key) && isBlank(cells[tab.columns.indexOf(c)])) {
        missing = true;
        findings.push({
          tab: sheetName,
          cell: at(c.key),
          severity: "error",
          message: CHECK.required(c.header, who),
          year,
        });
      }
    }
    rows.push(missing ? { ...row, clean: false } : row);
  }
  return { tab, sheetName, columns, rows, findings };
}
