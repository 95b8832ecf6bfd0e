// Roadmaps (lộ trình): yearly targets per indicator, from presets that carry their source or from
// a table the officer owns. Milestone-only presets fill the years between by linear interpolation.

import { isBlank, type Parsed, readCell } from "./cells";
import { findIndicator } from "./indicators";
import { ROADMAP } from "./messages";
import { codeKey, nameKey } from "./text";

export interface Roadmap {
  /** Preset code (QUOCGIA…) or the officer's own table name. */
  readonly name: string;
  readonly title: string;
  /** The documents the figures come from, for the officer to check. */
  readonly source: string;
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

type PercentRow = Readonly<Record<string, number>>;

/** Builds a roadmap from rows of percentages ("85" means 85%), the way the documents print them. */
function preset(
  name: string,
  title: string,
  source: string,
  interpolate: boolean,
  rows: Readonly<Record<number, PercentRow>>,
): Roadmap {
  const targets = new Map<string, Map<number, number>>();
  for (const [year, row] of Object.entries(rows)) {
    for (const [id, percent] of Object.entries(row)) {
      const byYear = targets.get(id) ?? new Map<number, number>();
      byYear.set(Number(year), Math.round(percent * 10) / 1000);
      targets.set(id, byYear);
    }
  }
  return { name, title, source, interpolate, targets };
}

const NATIONAL_387_2025 = {
  GDHT: 70,
  DHHT: 65,
  CDHT: 65,
  DVHT: 80,
  CONGDAN_LD: 40,
  CONGDAN_CB: 60,
  CT_TTHTCD: 100,
  CB_TTHTCD: 40,
  QUANTRIET: 100,
};

export const PRESETS: readonly Roadmap[] = [
  preset(
    "QUOCGIA",
    "Quốc gia (QĐ 387/QĐ-TTg và QĐ 677/QĐ-TTg)",
    "QĐ 387/QĐ-TTg ngày 25/3/2022 và QĐ 677/QĐ-TTg ngày 3/6/2022 của Thủ tướng Chính phủ: mục tiêu năm 2025 và 2030; các năm 2026–2029 nội suy tuyến tính. CT_TTHTCD không có mục tiêu 2030; CONGDAN_TAPHUAN chỉ có mục tiêu 2025.",
    true,
    {
      2025: {
        ...NATIONAL_387_2025,
        CONGDAN_TAPHUAN: 100,
        CONGDAN_GD: 40,
        CONGDAN_DV: 60,
        KYNANGSO: 70,
        KYNANGSO_TT: 60,
      },
      2030: {
        GDHT: 80,
        DHHT: 75,
        CDHT: 75,
        DVHT: 90,
        CONGDAN_LD: 60,
        CONGDAN_CB: 80,
        CB_TTHTCD: 70,
        QUANTRIET: 100,
        CONGDAN_GD: 60,
        CONGDAN_DV: 80,
        KYNANGSO: 90,
        KYNANGSO_TT: 80,
      },
    },
  ),
  preset(
    "HAIHAU",
    "Huyện Hải Hậu (Nam Định), lộ trình từng năm 2022–2030",
    "Kế hoạch của UBND huyện Hải Hậu thực hiện QĐ 387/QĐ-TTg và QĐ 677/QĐ-TTg: các bảng lộ trình từng năm 2022–2030 (lời văn của kế hoạch ghi một số con số khác bảng; ở đây lấy theo bảng).",
    false,
    {
      2022: {
        GDHT: 60,
        DHHT: 55,
        CDHT: 55,
        DVHT: 55,
        CT_TTHTCD: 75,
        CB_TTHTCD: 30,
        QUANTRIET: 75,
        CONGDAN_TAPHUAN: 70,
        CONGDAN_GD: 35,
        CONGDAN_DV: 50,
        KYNANGSO: 45,
      },
      2023: {
        GDHT: 65,
        DHHT: 60,
        CDHT: 60,
        DVHT: 60,
        CT_TTHTCD: 80,
        CB_TTHTCD: 35,
        QUANTRIET: 80,
        CONGDAN_TAPHUAN: 75,
        CONGDAN_GD: 40,
        CONGDAN_DV: 55,
        KYNANGSO: 55,
      },
      2024: {
        GDHT: 70,
        DHHT: 65,
        CDHT: 65,
        DVHT: 65,
        CT_TTHTCD: 85,
        CB_TTHTCD: 40,
        QUANTRIET: 85,
        CONGDAN_TAPHUAN: 80,
        CONGDAN_GD: 45,
        CONGDAN_DV: 60,
        KYNANGSO: 65,
      },
      2025: {
        GDHT: 75,
        DHHT: 70,
        CDHT: 70,
        DVHT: 70,
        CT_TTHTCD: 90,
        CB_TTHTCD: 45,
        QUANTRIET: 90,
        CONGDAN_TAPHUAN: 85,
        CONGDAN_GD: 50,
        CONGDAN_DV: 65,
        KYNANGSO: 70,
      },
      2026: {
        GDHT: 60,
        DHHT: 55,
        CDHT: 55,
        DVHT: 80,
        CT_TTHTCD: 75,
        CB_TTHTCD: 50,
        QUANTRIET: 100,
        CONGDAN_TAPHUAN: 100,
        CONGDAN_GD: 50,
        CONGDAN_DV: 70,
        KYNANGSO: 80,
      },
      2027: {
        GDHT: 65,
        DHHT: 60,
        CDHT: 60,
        DVHT: 82,
        CT_TTHTCD: 80,
        CB_TTHTCD: 55,
        QUANTRIET: 100,
        CONGDAN_TAPHUAN: 100,
        CONGDAN_GD: 55,
        CONGDAN_DV: 75,
        KYNANGSO: 85,
      },
      2028: {
        GDHT: 70,
        DHHT: 65,
        CDHT: 65,
        DVHT: 84,
        CT_TTHTCD: 85,
        CB_TTHTCD: 60,
        QUANTRIET: 100,
        CONGDAN_TAPHUAN: 100,
        CONGDAN_GD: 60,
        CONGDAN_DV: 80,
        KYNANGSO: 90,
      },
      2029: {
        GDHT: 75,
        DHHT: 70,
        CDHT: 70,
        DVHT: 86,
        CT_TTHTCD: 90,
        CB_TTHTCD: 65,
        QUANTRIET: 100,
        CONGDAN_TAPHUAN: 100,
        CONGDAN_GD: 65,
        CONGDAN_DV: 85,
        KYNANGSO: 95,
      },
      2030: {
        GDHT: 85,
        DHHT: 80,
        CDHT: 80,
        DVHT: 90,
        CT_TTHTCD: 95,
        CB_TTHTCD: 70,
        QUANTRIET: 100,
        CONGDAN_TAPHUAN: 100,
        CONGDAN_GD: 70,
        CONGDAN_DV: 90,
        KYNANGSO: 100,
      },
    },
  ),
  preset(
    "BACGIANG",
    "Tỉnh Bắc Giang (nay thuộc tỉnh Bắc Ninh)",
    "Kế hoạch của UBND tỉnh Bắc Giang thực hiện QĐ 387/QĐ-TTg (ICTVietnam, 08/10/2022): năm 2025 như mục tiêu quốc gia, năm 2030 theo kế hoạch của tỉnh; các năm 2026–2029 nội suy tuyến tính.",
    true,
    {
      2025: NATIONAL_387_2025,
      2030: {
        GDHT: 85,
        DHHT: 84,
        CDHT: 80,
        DVHT: 92,
        CONGDAN_LD: 60,
        CONGDAN_CB: 80,
        CB_TTHTCD: 70,
        QUANTRIET: 100,
      },
    },
  ),
  preset(
    "QUANGTHACH",
    "Xã Quảng Thạch (Quảng Xương, Thanh Hóa)",
    'Kế hoạch của UBND xã Quảng Thạch thực hiện Đề án "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng giai đoạn 2021-2030": mục tiêu 2025 và 2030 (QUANTRIET đọc từ "100% hội viên hội khuyến học được nhận thức đầy đủ"); các năm 2026–2029 nội suy tuyến tính.',
    true,
    {
      2025: {
        GDHT: 85,
        DHHT: 85,
        CDHT: 100,
        DVHT: 100,
        CONGDAN_LD: 70,
        CONGDAN_CB: 85,
        CT_TTHTCD: 100,
        CB_TTHTCD: 80,
        QUANTRIET: 100,
      },
      2030: {
        GDHT: 95,
        DHHT: 90,
        CDHT: 100,
        DVHT: 100,
        CONGDAN_LD: 80,
        CONGDAN_CB: 100,
        CT_TTHTCD: 100,
        CB_TTHTCD: 90,
        QUANTRIET: 100,
      },
    },
  ),
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
    if (y < year && (before === undefined || y > before)) before = y;
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
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Header cells that are notes, not indicators, and are ignored when a table is read. */
function isNoteHeader(value: unknown): boolean {
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
  for (let c = 1; c < header.length; c++) {
    const cell = header[c];
    const indicator = isBlank(cell) || isNoteHeader(cell) ? undefined : findIndicator(cell);
    if (!isBlank(cell) && !isNoteHeader(cell) && !indicator)
      problem(1, c + 1, ROADMAP.unknownCode(c + 1, cell));
    else if (indicator && columns.includes(indicator.id))
      problem(1, c + 1, ROADMAP.duplicateCode(c + 1, indicator.id));
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
    roadmap: { name, title: name, source: name, interpolate: false, targets },
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
  return { ok: false, message: problems[0]?.message ?? ROADMAP.empty() };
}
