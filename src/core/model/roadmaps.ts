// Roadmaps (lộ trình): yearly targets per indicator, from presets (their sources are in
// guidance.ts, written on the roadmap tab by the template) or from a table the officer owns. Milestone-only presets fill the years between by linear interpolation.

import { isBlank, type Parsed, readCell } from "../cells";
import { ROADMAP } from "../messages";
import { codeKey, nameKey } from "../text";
import { findIndicator, isAmbiguousCode } from "./indicators";

export interface Roadmap {
  /** Preset code (QUOCGIA…) or the officer's own table name. */
  readonly name: string;
  /** What officers read: short, without commas (it is a value in a list and fits the sidebar). */
  readonly title: string;
  /** indicator id → year → target fraction. */
  readonly targets: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** True when the figures are milestones and the years between are interpolated. */
  readonly interpolate: boolean;
}

export interface Target {
  readonly value: number;
  /** Set when the value is interpolated, saying between which milestone years. */
  readonly note?: string;
}

/**
 * A target table as the documents print it: indicator codes, then one row per year,
 * [year, percentages…]; null where the document sets no target.
 */
type Table = readonly [readonly string[], ...(readonly (number | null)[])[]];

/** Builds a roadmap from tables of percentages ("85" means 85%). */
// Stryker disable next-line BlockStatement: an empty body fails the module's load, which Stryker 9.6 scores as survived (stryker-js#6150)
function preset(name: string, title: string, interpolate: boolean, ...tables: Table[]): Roadmap {
  const targets = new Map<string, Map<number, number>>();
  for (const [codes, ...rows] of tables)
    for (const [year, ...percents] of rows)
      codes.forEach((id, i) => {
        const percent = percents[i];
        if (typeof percent !== "number") return;
        // Stryker disable next-line LogicalOperator: with && the module fails to load, which Stryker 9.6 scores as survived (stryker-js#6150)
        const byYear = targets.get(id) ?? new Map<number, number>();
        byYear.set(year as number, Math.round(percent * 10) / 1000);
        targets.set(id, byYear);
      });
  return { name, title, interpolate, targets };
}

const QD387 = [
  "GDHT",
  "DHHT",
  "CONGDONG",
  "DVHT",
  "CONGDAN_LD",
  "CONGDAN_CB",
  "CT_TTHTCD",
  "CB_TTHTCD",
  "QUANTRIET",
];
const NATIONAL_2025 = [2025, 70, 65, 65, 80, 40, 60, 100, 40, 100];
const QD677 = ["CONGDAN_TAPHUAN", "CONGDAN_GD", "CONGDAN_DV", "KYNANGSO", "KYNANGSO_TT"];
const HAIHAU_387 = ["GDHT", "DHHT", "CONGDONG", "DVHT", "CT_TTHTCD", "CB_TTHTCD", "QUANTRIET"];

export const PRESETS: readonly Roadmap[] = [
  preset(
    "QUOCGIA",
    "Quốc gia (QĐ 387 và QĐ 677)",
    true,
    [QD387, NATIONAL_2025, [2030, 80, 75, 75, 90, 60, 80, null, 70, 100]],
    [QD677, [2025, 100, 40, 60, 70, 60], [2030, null, 60, 80, 90, 80]],
  ),
  preset(
    "HAIHAU",
    "Huyện Hải Hậu (Nam Định)",
    false,
    [
      HAIHAU_387,
      [2022, 60, 55, 55, 55, 75, 30, 75],
      [2023, 65, 60, 60, 60, 80, 35, 80],
      [2024, 70, 65, 65, 65, 85, 40, 85],
      [2025, 75, 70, 70, 70, 90, 45, 90],
      [2026, 60, 55, 55, 80, 75, 50, 100],
      [2027, 65, 60, 60, 82, 80, 55, 100],
      [2028, 70, 65, 65, 84, 85, 60, 100],
      [2029, 75, 70, 70, 86, 90, 65, 100],
      [2030, 85, 80, 80, 90, 95, 70, 100],
    ],
    [
      // Stryker disable next-line MethodExpression: the rows have four targets, so a fifth indicator gets none
      QD677.slice(0, 4),
      [2022, 70, 35, 50, 45],
      [2023, 75, 40, 55, 55],
      [2024, 80, 45, 60, 65],
      [2025, 85, 50, 65, 70],
      [2026, 100, 50, 70, 80],
      [2027, 100, 55, 75, 85],
      [2028, 100, 60, 80, 90],
      [2029, 100, 65, 85, 95],
      [2030, 100, 70, 90, 100],
    ],
  ),
  preset("BACGIANG", "Tỉnh Bắc Giang", true, [
    QD387,
    NATIONAL_2025,
    [2030, 85, 84, 80, 92, 60, 80, null, 70, 100],
  ]),
  preset("QUANGTHACH", "Xã Quảng Thạch (Thanh Hóa)", true, [
    QD387,
    [2025, 85, 85, 100, 100, 70, 85, 100, 80, 100],
    [2030, 95, 90, 100, 100, 80, 100, 100, 90, 100],
  ]),
];

export const PRESET_NAMES: readonly string[] = PRESETS.map((p) => p.name);

export const DEFAULT_PRESET = "QUOCGIA";

/** Finds a preset by name, case- and spacing-insensitively. */
export function findPreset(name: unknown): Roadmap | undefined {
  if (typeof name !== "string") return undefined;
  const key = codeKey(name);
  return PRESETS.find((p) => p.name === key);
}

/**
 * The target of one indicator in one year. Interpolating roadmaps give a year between two milestones
 * by a straight line, rounded to 0,1%, and say so; a year with no value and no milestone on both
 * sides has no target.
 */
export function targetOf(roadmap: Roadmap, indicatorId: string, year: number): Target | undefined {
  const byYear = roadmap.targets.get(indicatorId);
  if (!byYear) return undefined;
  const exact = byYear.get(year);
  if (exact !== undefined) return { value: exact };
  if (!roadmap.interpolate) return undefined;
  let before: number | undefined;
  let after: number | undefined;
  for (const y of byYear.keys()) {
    // Stryker disable next-line EqualityOperator: y is never the year (no exact value) nor before (keys differ)
    if (y < year && (before === undefined || y > before)) before = y;
    // Stryker disable next-line EqualityOperator: y is never the year (no exact value) nor after (keys differ)
    if (y > year && (after === undefined || y < after)) after = y;
  }
  if (before === undefined || after === undefined) return undefined;
  const from = permilleAt(byYear, before);
  const to = permilleAt(byYear, after);
  const value = Math.round(from + ((to - from) * (year - before)) / (after - before)) / 1000;
  return { value, note: ROADMAP.interpolated(before, after) };
}

function permilleAt(byYear: ReadonlyMap<number, number>, year: number): number {
  return Math.round((byYear.get(year) ?? 0) * 1000);
}

/** Every year from the first to the last milestone of any indicator. */
export function roadmapYears(roadmap: Roadmap): number[] {
  const years = [...roadmap.targets.values()].flatMap((m) => [...m.keys()]);
  // Stryker disable next-line ConditionalExpression: without it Math.min/max give ±Infinity and a length of 0 anyway
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Header cells that are notes, not indicators, and are ignored when a table is read. */
function isNoteHeader(value: unknown): boolean {
  // Stryker disable next-line StringLiteral: any text not starting with a note word does the same
  const key = typeof value === "string" ? nameKey(value) : "";
  return key.startsWith("ghi chú") || key.startsWith("nguồn");
}

/** A problem in a roadmap table, at a 1-based row and column of the range. */
export interface TableProblem {
  readonly row: number;
  readonly col: number;
  readonly message: string;
}

/**
 * Reads an officer's roadmap table: header row "Năm" then indicator codes, one row per year,
 * targets as fractions or "85%". Blank rows and blank targets are allowed (no target that year).
 * Every bad cell is reported; the roadmap is returned only when there is none.
 */
export function readRoadmapTable(
  grid: readonly (readonly unknown[])[],
  name = "Bảng lộ trình",
): { roadmap?: Roadmap; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const problem = (row: number, col: number, message: string) => {
    problems.push({ row, col, message });
  };
  const [header, ...rows] = grid;
  const first = header?.[0];
  if (!header || typeof first !== "string" || !["năm", "nam"].includes(nameKey(first))) {
    problem(1, 1, ROADMAP.noHeader());
    return { problems };
  }
  const columns: (string | undefined)[] = [undefined];
  // Stryker disable next-line EqualityOperator: one more step reads undefined, a blank column
  for (let c = 1; c < header.length; c++) {
    const cell = header[c];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: no indicator is blank or a note word
    const indicator = isBlank(cell) || isNoteHeader(cell) ? undefined : findIndicator(cell);
    if (isAmbiguousCode(cell)) problem(1, c + 1, ROADMAP.ambiguousCode(c + 1));
    else if (!isBlank(cell) && !isNoteHeader(cell) && !indicator)
      problem(1, c + 1, ROADMAP.unknownCode(c + 1, cell));
    else if (indicator && columns.includes(indicator.id))
      problem(1, c + 1, ROADMAP.duplicateCode(c + 1, indicator.short));
    columns.push(indicator && !columns.includes(indicator.id) ? indicator.id : undefined);
  }
  const targets = new Map<string, Map<number, number>>();
  const seenYears = new Set<number>();
  rows.forEach((row, r) => {
    if (row.every(isBlank)) return;
    const rowNo = r + 2;
    const year = readCell("year", row[0]);
    if (!year.ok) {
      problem(rowNo, 1, ROADMAP.cell(rowNo, 1, year.message));
      return;
    }
    if (seenYears.has(year.value)) {
      problem(rowNo, 1, ROADMAP.duplicateYear(rowNo, year.value));
      return;
    }
    seenYears.add(year.value);
    // Stryker disable next-line EqualityOperator: one more step reads an undefined column, skipped
    for (let c = 1; c < columns.length; c++) {
      const id = columns[c];
      const cell = row[c];
      if (!id || isBlank(cell)) continue;
      const target = readCell("target", cell);
      if (!target.ok) {
        problem(rowNo, c + 1, ROADMAP.cell(rowNo, c + 1, target.message));
        continue;
      }
      const byYear = targets.get(id) ?? new Map<number, number>();
      byYear.set(year.value, target.value);
      targets.set(id, byYear);
    }
  });
  if (problems.length === 0 && seenYears.size === 0) problem(2, 1, ROADMAP.empty());
  if (problems.length > 0) return { problems };
  return {
    roadmap: { name, title: name, interpolate: false, targets },
    problems,
  };
}

/** The same, for a custom function: the roadmap or the first problem. */
export function parseRoadmapTable(
  grid: readonly (readonly unknown[])[],
  name = "Bảng lộ trình",
): Parsed<Roadmap> {
  const { roadmap, problems } = readRoadmapTable(grid, name);
  if (roadmap) return { ok: true, value: roadmap };
  // Stryker disable next-line OptionalChaining,LogicalOperator: without a roadmap there is always a problem
  return { ok: false, message: problems[0]?.message ?? ROADMAP.empty() };
}
