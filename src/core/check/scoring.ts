// Reading a scoring tab ("Chấm điểm …") against its criteria set: every row's points, total and
// verdict, and one finding per cell for points above an item's maximum, missing items, a scored row
// not registered, the same household twice in a year, an unknown village and an ID number typed in;
// and the whole criteria scoring check of a workbook (checkScoring).

import { a1 } from "../a1";
import { CHECK, SCORING, VERDICT } from "../messages";
import { CRITERIA_TAB, type CriteriaSet, type Form, type ModelId, passes } from "../model/criteria";
import { column, type DataTab, type DataTabId } from "../model/schema";
import {
  itemKey,
  SCORING_SPECS,
  type ScoringSpec,
  scoringTab,
  VERDICT_HEADER,
} from "../model/scoring";
import { MARK_VALUES } from "../model/template";
import { codeIdentity, identityKey, nameKey } from "../text";
import { type CriteriaRead, readCriteria } from "./criteria";
import { type Finding, type ReadTab, type Row, readDataTab, rowLabel } from "./read";

export interface Scored {
  readonly row: Row;
  readonly year: number;
  readonly code: string;
  readonly name: string;
  /** The citizen group's form, or the set's only form. */
  readonly form?: Form;
  readonly registered: boolean;
  /** Points per item of the form; undefined where blank or unreadable. */
  readonly points: readonly (number | undefined)[];
  /** No item has points yet ("Chưa chấm"). */
  readonly unscored: boolean;
  /** Every item has readable points. */
  readonly complete: boolean;
  readonly total?: number;
  /** Recognised: registered, fully scored without error, and passing the form's rule. */
  readonly passed: boolean;
}

export interface ScoringRead {
  readonly spec: ScoringSpec;
  readonly set?: CriteriaSet;
  readonly read: ReadTab;
  readonly rows: readonly Scored[];
  readonly findings: Finding[];
}

/** Nine or twelve digits in a row: an old ID card or a CCCD number, which nobody should type here. */
const ID_NUMBER = /(^|\D)(\d{9}|\d{12})(\D|$)/u;

/** The year and code of a row as one key ("2026|t1"), the same for "T01" and "t1". */
export const codeYear = (year: number, code: string) => `${year}|${codeIdentity(code)}`;

/** The codes of villages (or units) of each year in their tab. */
function knownCodes(target: ReadTab | undefined): Set<string> | undefined {
  if (!target) return undefined;
  const codes = new Set<string>();
  for (const r of target.rows)
    if (r.year !== undefined && typeof r.values.code === "string")
      codes.add(codeYear(r.year, r.values.code));
  return codes;
}

/**
 * Reads a scoring tab. Without a usable set (the criteria tab says why) rows are read but not
 * scored. `target` is the village (or unit) tab the codes must come from, when it exists.
 */
export function readScoring(
  spec: ScoringSpec,
  grid: readonly (readonly unknown[])[],
  set: CriteriaSet | undefined,
  target: ReadTab | undefined,
  sheetName = spec.tab,
): ScoringRead {
  const tab: DataTab = scoringTab(spec, set ?? { model: { id: spec.model } as never, forms: [] });
  const read = readDataTab(tab, grid, sheetName);
  const findings: Finding[] = [];
  const at = (row: Row, key: string) => a1(row.sheetRow, read.columns.get(key) ?? 1);
  const flagged = new Set(read.findings.map((f) => f.cell));
  const push = (
    row: Row,
    key: string,
    message: string,
    severity: Finding["severity"] = "error",
  ) => {
    const cell = at(row, key);
    if (flagged.has(cell)) return;
    flagged.add(cell);
    findings.push({ tab: sheetName, cell, severity, message, year: row.year });
  };
  const known = knownCodes(target);
  const first = new Map<string, Row>();
  const rows: Scored[] = [];
  for (const row of read.rows) {
    const who = rowLabel(tab, row);
    const before = findings.length;
    // after the row's errors: a warning must not take the cell of an error (one finding per cell)
    const idNumbers = () => {
      for (const key of ["name", "note"])
        if (ID_NUMBER.test(row.raw[key] ?? "")) push(row, key, SCORING.idNumber, "warning");
    };
    const { code, name } = row.values;
    if (row.year === undefined || typeof code !== "string" || typeof name !== "string") {
      idNumbers();
      continue;
    }
    const year = row.year;
    if (known && !known.has(codeYear(year, code)))
      push(
        row,
        "code",
        spec.codeTab === "units"
          ? SCORING.unknownUnit(code, year)
          : CHECK.unknownVillage(code, year),
      );
    const key = spec.perCode
      ? codeYear(year, code)
      : `${codeYear(year, code)}|${identityKey(name)}`;
    const earlier = first.get(key);
    if (earlier)
      push(
        row,
        spec.perCode ? "code" : "name",
        SCORING.duplicate(spec.noun, name, code, year, earlier.sheetRow),
      );
    else first.set(key, row);
    const form = set?.forms.find((f) => f.name === (row.values.form ?? ""));
    const items = form?.items ?? [];
    const points = items.map((i) => {
      const v = row.values[itemKey(i.code)];
      return typeof v === "number" ? v : undefined;
    });
    const unreadable = items.some((i) => row.invalid.includes(itemKey(i.code)));
    items.forEach((item, i) => {
      const p = points[i];
      if (p !== undefined && p > item.max)
        push(row, itemKey(item.code), SCORING.aboveMax(who, item.code, p, item.max));
    });
    const missing = items.filter(
      (item, i) => points[i] === undefined && !row.invalid.includes(itemKey(item.code)),
    );
    const unscored = missing.length === items.length;
    if (!unscored && missing.length)
      push(
        row,
        itemKey(missing[0]?.code ?? ""),
        SCORING.missing(
          who,
          missing.map((i) => i.code),
          items.length,
        ),
      );
    const registered = row.values.registered === true;
    if (!unscored && !registered)
      push(row, read.columns.has("registered") ? "registered" : "name", SCORING.notRegistered(who));
    idNumbers();
    const complete = items.length > 0 && missing.length === 0 && !unreadable;
    const total = complete ? points.reduce<number>((sum, p) => sum + (p ?? 0), 0) : undefined;
    const clean = row.clean && !findings.slice(before).some((f) => f.severity === "error");
    const passed = Boolean(
      form && complete && clean && registered && passes(form, points as number[]),
    );
    rows.push({
      row,
      year,
      code,
      name,
      form,
      registered,
      points,
      unscored,
      complete,
      total,
      passed,
    });
  }
  findings.push(...verdictRule(read, grid, rows));
  return { spec, set, read, rows, findings: [...read.findings, ...findings] };
}

/**
 * What the sheet's "Kết quả" column shows must be what the add-on decides: a difference means the
 * header formula is older than the criteria tab (or was overwritten). One warning for the tab.
 */
function verdictRule(
  read: ReadTab,
  grid: readonly (readonly unknown[])[],
  rows: readonly Scored[],
): Finding[] {
  const header = grid[0] ?? [];
  const col = header.findIndex(
    (h) => typeof h === "string" && nameKey(h) === nameKey(VERDICT_HEADER),
  );
  const cell = a1(1, col < 0 ? header.length + 1 : col + 1);
  const warn = (message: string): Finding[] => [
    { tab: read.sheetName, cell, severity: "warning", message },
  ];
  if (col < 0) return rows.length ? warn(SCORING.staleVerdicts([])) : [];
  const differ = rows.filter(
    (s) =>
      s.complete &&
      s.form &&
      // Stryker disable next-line OptionalChaining,StringLiteral: a read row's line exists; blank and "" both differ from a verdict
      (grid[s.row.sheetRow - 1]?.[col] ?? "") !==
        (passes(s.form, s.points as number[]) ? VERDICT.met : VERDICT.notMet),
  );
  const at = differ.slice(0, 3).map((s) => s.row.sheetRow);
  return at.length ? warn(SCORING.staleVerdicts(differ.length > 3 ? [...at, "…"] : at)) : [];
}

/** Registered and recognised per village (or unit) and year: the counts the scoring tab gives. */
export interface CodeCounts {
  readonly year: number;
  readonly code: string;
  readonly registered: number;
  readonly recognized: number;
  /** Rows scored so far (the others are registered and waiting). */
  readonly scored: number;
}

/** Σ of the scoring rows by year and code (codeYear key). */
export function countByCode(scoring: ScoringRead): Map<string, CodeCounts> {
  const out = new Map<string, CodeCounts>();
  for (const s of scoring.rows) {
    const key = codeYear(s.year, s.code);
    const c = out.get(key) ?? {
      year: s.year,
      code: s.code,
      registered: 0,
      recognized: 0,
      scored: 0,
    };
    out.set(key, {
      ...c,
      registered: c.registered + Number(s.registered),
      recognized: c.recognized + Number(s.passed),
      scored: c.scored + Number(!s.unscored),
    });
  }
  return out;
}

/** What the roll-up writes in a target column: a count, or "có"/"đạt" marks for a village or unit. */
export function rollupValue(
  target: DataTab,
  key: string,
  counts: CodeCounts,
  registered: boolean,
): number | string {
  const n = registered ? counts.registered : counts.recognized;
  if (column(target, key).kind !== "mark") return n;
  const [yes, no] = registered ? MARK_VALUES.registered : MARK_VALUES.recognized;
  return n > 0 ? yes : no;
}

/**
 * Where the scoring tab has rows for a village (or unit) and year, the counts in its tab should be
 * the scoring tab's: each difference is a warning at the count's cell (the roll-up writes them).
 */
export function rollupRules(scoring: ScoringRead, target: ReadTab): Finding[] {
  return rollupCells(scoring, target)
    .filter((c) => !c.row.invalid.includes(c.key))
    .flatMap(({ row, key, col, value }) => {
      const have = row.values[key];
      const same =
        typeof value === "number" ? have === value : have === (value === "có" || value === "đạt");
      if (same) return [];
      const message = SCORING.differs(
        column(target.tab, key).header,
        rowLabel(target.tab, row),
        row.raw[key] ?? have,
        value,
        scoring.read.sheetName,
      );
      return [
        {
          tab: target.sheetName,
          cell: a1(row.sheetRow, col),
          severity: "warning",
          message,
          year: row.year,
        },
      ];
    });
}

/** One cell of a village (unit) tab that a scoring tab gives a value: its row, column and value. */
export interface RollupCell {
  readonly row: Row;
  readonly key: string;
  readonly col: number;
  readonly value: number | string;
}

/**
 * The registered and recognised cells of `target`'s rows (of `year`, or every year) that have rows
 * in the scoring tab, with the values the scoring tab gives them.
 */
export function rollupCells(scoring: ScoringRead, target: ReadTab, year?: number): RollupCell[] {
  const spec = scoring.spec.rollup;
  if (!spec || scoring.spec.codeTab !== target.tab.id) return [];
  const counts = countByCode(scoring);
  const cells: RollupCell[] = [];
  for (const row of target.rows) {
    const code = row.values.code;
    if (row.year === undefined || typeof code !== "string" || (year && row.year !== year)) continue;
    const c = counts.get(codeYear(row.year, code));
    if (!c) continue;
    for (const [key, registered] of [
      [spec.registered, true],
      [spec.recognized, false],
    ] as const) {
      const col = target.columns.get(key);
      if (col !== undefined)
        cells.push({ row, key, col, value: rollupValue(target.tab, key, c, registered) });
    }
  }
  return cells;
}

/** A tab as read: its name in the sheet and its values. */
type Named = { readonly name: string; readonly grid: readonly (readonly unknown[])[] };

/** The optional criteria scoring tabs as read: "Bộ tiêu chí" and one "Chấm điểm …" per model. */
export interface ScoringGrids {
  readonly criteria?: Named;
  readonly scoring?: Partial<Record<ModelId, Named>>;
}

/** What checking them gives the workbook's check. */
export interface ScoringResult {
  readonly criteria?: CriteriaRead;
  readonly scoring: ScoringRead[];
  readonly findings: Finding[];
}

export type ScoringCheck = (
  grids: ScoringGrids,
  tabs: Partial<Record<DataTabId, ReadTab>>,
) => ScoringResult;

/**
 * The criteria tab and the scoring tabs, when the commune has them (both optional: a commune that
 * types its counts has neither, and nothing here speaks). Models with a scoring tab are "in use".
 */
export const checkScoring: ScoringCheck = (grids, tabs) => {
  const present = SCORING_SPECS.flatMap((spec) => {
    const tab = grids.scoring?.[spec.model];
    return tab ? [{ spec, ...tab }] : [];
  });
  if (!grids.criteria && !present.length) return { scoring: [], findings: [] };
  const criteria = readCriteria(
    grids.criteria?.grid ?? [],
    grids.criteria?.name ?? CRITERIA_TAB,
    new Set(present.map((p) => p.spec.model)),
  );
  const missing: Finding = {
    tab: CRITERIA_TAB,
    cell: "A1",
    severity: "error",
    message: CHECK.missingTab(CRITERIA_TAB),
  };
  const findings = grids.criteria ? [...criteria.findings] : [missing];
  const scoring = present.map(({ spec, name, grid }) => {
    const target = tabs[spec.codeTab];
    const read = readScoring(spec, grid, criteria.sets.get(spec.model), target, name);
    findings.push(...read.findings, ...(target ? rollupRules(read, target) : []));
    return read;
  });
  return { criteria, scoring, findings };
};
