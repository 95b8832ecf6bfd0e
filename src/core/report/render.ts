// Summary tabs as plain data: the 2D values, number formats, bold rows, conditional-format
// formulas and chart ranges that the sheet adapter writes in one call each.

import { a1, columnLetter, quoteSheet } from "../a1";
import { countsText, JOB } from "../messages";
import { FORMAT } from "../model/formats";
import { indicatorLabel } from "../model/indicators";
import { denominatorOf } from "../model/template";
import { clip, formatPercent } from "../text";
import type { Summary, SummaryLine } from "./summary";

export type Cell = string | number;

export interface Block {
  readonly values: Cell[][];
  readonly formats: string[][];
  readonly boldRows: readonly number[];
  readonly headerRows: readonly number[];
  /** Where rates sit beside targets, for the shortfall colours. */
  readonly highlight: {
    readonly ranges: readonly string[];
    readonly rateColumn: number;
    readonly targetColumn: number;
    readonly firstRow: number;
  };
  readonly chart: {
    readonly ranges: readonly string[];
    readonly title: string;
    readonly row: number;
    readonly column: number;
  };
  readonly frozenRows: number;
  readonly columnWidths: readonly number[];
}

const HEADER = [
  "Chỉ tiêu / Địa bàn",
  "Đạt / Tổng",
  "Số đạt",
  "Tổng số",
  "Tỷ lệ",
  "Mục tiêu",
  "Thiếu (điểm %)",
  "Cần thêm",
  "Đánh giá",
  "Tỷ lệ tính trên",
];
const ROW_FORMATS = [
  FORMAT.text,
  FORMAT.text,
  FORMAT.count,
  FORMAT.count,
  FORMAT.rate,
  FORMAT.rate,
  FORMAT.points,
  FORMAT.count,
  FORMAT.text,
  FORMAT.text,
];
/** The columns the colours cover end with the verdict; the denominator stands after it. */
const WIDTH = HEADER.length - 1;
export const RATE_COLUMN = 5;
export const TARGET_COLUMN = 6;

function lineCells(label: string, l: SummaryLine, unit: string, denominator = ""): Cell[] {
  const c = l.counts;
  return [
    clip(label),
    c ? countsText(c.recognized, c.total, unit) : "",
    c ? c.recognized : "",
    c ? c.total : "",
    l.rate ?? "",
    l.target?.value ?? "",
    l.shortfall ?? "",
    l.needed ?? "",
    l.verdict,
    denominator,
  ];
}

/** What the stamp rows say: when, from which tabs, against which roadmap. */
export interface Stamp {
  readonly madeAt: string;
  readonly sources: string;
  /** A native formula that says whether the source data changed since the tab was made. */
  readonly staleFormula: string;
  /** What the figures do not show (an upper level's unclosed, changed or missing sources). */
  readonly notes?: readonly string[];
}

/** Lays out a summary: title, stamp, one overview row per indicator, then one section each. */
export function renderSummary(summary: Summary, stamp: Stamp): Block {
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const boldRows: number[] = [];
  const headerRows: number[] = [];
  const push = (cells: Cell[], rowFormats: string[] = ROW_FORMATS) => {
    values.push([...cells, ...Array(HEADER.length - cells.length).fill("")]);
    formats.push([...rowFormats, ...Array(HEADER.length - rowFormats.length).fill(FORMAT.text)]);
    return values.length;
  };
  // text built from officers' names may pass a cell's 50,000 characters: shortened where built
  // Stryker disable next-line ArrayDeclaration: push pads the formats with FORMAT.text anyway
  const textRow = (text: string) => push([clip(text)], [FORMAT.text]);
  boldRows.push(
    textRow(`TỔNG HỢP MÔ HÌNH HỌC TẬP NĂM ${summary.year} — ${summary.areaName.toUpperCase()}`),
  );
  textRow(`Tạo lúc ${stamp.madeAt} từ ${stamp.sources}. Mục tiêu theo ${summary.roadmapName}.`);
  push([stamp.staleFormula], [FORMAT.general]);
  for (const note of stamp.notes ?? []) textRow(note);
  textRow(JOB.cutRates);
  push([]);
  headerRows.push(
    push(
      HEADER,
      HEADER.map(() => FORMAT.text),
    ),
  );
  const overviewFirst = values.length + 1;
  for (const s of summary.sections)
    push(
      lineCells(indicatorLabel(s.indicator), s.total, s.indicator.unit, denominatorOf(s.indicator)),
    );
  const overviewLast = values.length;
  const ranges = [
    `${a1(overviewFirst, RATE_COLUMN)}:${a1(overviewLast, RATE_COLUMN)}`,
    `${a1(overviewFirst, WIDTH)}:${a1(overviewLast, WIDTH)}`,
  ];
  for (const s of summary.sections) {
    push([]);
    const target = s.target
      ? `mục tiêu ${formatPercent(s.target.value)}${s.target.note ? `, ${s.target.note}` : ""}`
      : "không có mục tiêu năm này";
    const over = denominatorOf(s.indicator);
    boldRows.push(textRow(`${indicatorLabel(s.indicator)}: tỷ lệ trên ${over} (${target})`));
    headerRows.push(
      push(
        HEADER,
        HEADER.map(() => FORMAT.text),
      ),
    );
    const first = values.length + 1;
    for (const p of s.parts) push(lineCells(p.label, p, s.indicator.unit));
    boldRows.push(push(lineCells(s.total.label, s.total, s.indicator.unit, over)));
    ranges.push(
      `${a1(first, RATE_COLUMN)}:${a1(values.length, RATE_COLUMN)}`,
      `${a1(first, WIDTH)}:${a1(values.length, WIDTH)}`,
    );
  }
  return {
    values,
    formats,
    boldRows,
    headerRows,
    highlight: {
      ranges,
      rateColumn: RATE_COLUMN,
      targetColumn: TARGET_COLUMN,
      firstRow: overviewFirst,
    },
    chart: {
      ranges: [
        `A${overviewFirst}:A${overviewLast}`,
        `${a1(overviewFirst, RATE_COLUMN)}:${a1(overviewLast, TARGET_COLUMN)}`,
      ],
      title: `Tỷ lệ so với mục tiêu năm ${summary.year}`,
      row: 1,
      column: WIDTH + 2,
    },
    frozenRows: overviewFirst - 1,
    columnWidths: [260, 150, 80, 80, 70, 70, 90, 80, 100, 300],
  };
}

export type Shade = "met" | "near" | "short";

export const COLOURS: Record<Shade, { readonly background: string; readonly font: string }> = {
  met: { background: "#b7e1cd", font: "#0d652d" },
  near: { background: "#fce8b2", font: "#7a4f01" },
  short: { background: "#f4c7c3", font: "#a50e0e" },
};

/**
 * Conditional-format formulas comparing a rate cell with its target on whole per mille, so the
 * colour follows the value as shown: met (≥ target), near (short by at most the margin), short.
 * `target` is a column letter of the same row, or a literal fraction (written as whole per mille).
 * `when` narrows the rows. Locale-proof: `;` between arguments, integers only.
 */
export function shadeFormulas(
  rate: string,
  target: string | number,
  marginPoints: number,
  when?: string,
): Record<Shade, string> {
  const r = `ROUND(${rate}*1000;0)`;
  const t =
    typeof target === "number" ? String(Math.round(target * 1000)) : `ROUND(${target}*1000;0)`;
  const margin = Math.round(marginPoints * 10);
  const base = [
    when,
    `ISNUMBER(${rate})`,
    typeof target === "number" ? undefined : `ISNUMBER(${target})`,
  ]
    .filter(Boolean)
    .join(";");
  return {
    met: `=AND(${base};${r}>=${t})`,
    near: `=AND(${base};${r}<${t};${r}>=${t}-${margin})`,
    short: `=AND(${base};${r}<${t}-${margin})`,
  };
}

/** A block of a source tab (row 2 down) a summary depends on, and its mark when it was made. */
export interface SourceCheck {
  readonly sheet: string;
  readonly firstCol: number;
  readonly lastCol: number;
  /** Only rows holding `value` in column `col` count: the summary's year. */
  readonly year?: { readonly col: number; readonly value: number };
  readonly mark: number;
}

/** A cell as the mark counts it: a number as itself, text by its length, TRUE as 1. */
function cellMark(v: unknown): number {
  if (typeof v === "string") return v.length;
  // Dates as UTC serials: the watched blocks hold none (a date typed later just reads as a change).
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  return Number(v) || 0;
}

/**
 * A number that moves with almost any edit of a block: Σ over its rows (of the year only) of
 * row × Σ over its columns of column × cell. Weights catch values moved between cells, so sorting
 * the rows also reads as a change (the safe side). `staleFormula` computes it natively.
 */
export function blockMark(
  grid: readonly (readonly unknown[])[],
  firstCol: number,
  lastCol: number,
  year?: SourceCheck["year"],
): number {
  let total = 0;
  // Stryker disable next-line EqualityOperator: a row past the end is empty and adds 0
  for (let r = 1; r < grid.length; r++) {
    // Stryker disable next-line ArrayDeclaration: only a hole in the grid (never in getValues) reads it
    const row = grid[r] ?? [];
    if (year && row[year.col - 1] !== year.value) continue;
    let sum = 0;
    for (let c = firstCol; c <= lastCol; c++) sum += (c - firstCol + 1) * cellMark(row[c - 1]);
    total += (r + 1) * sum;
  }
  return total;
}

/**
 * A native formula (no custom function) that turns to a warning when a block's mark moves. It
 * parses in every locale (`;`, integers only; a fractional mark is compared in millionths) and
 * reads anything broken, such as a deleted tab, as a change.
 */
export function staleFormula(
  checks: readonly SourceCheck[],
  upToDate: string,
  outOfDate: string,
): string {
  const tests = checks.map((c) => {
    const col = (n: number) => `${quoteSheet(c.sheet)}!${columnLetter(n)}2:${columnLetter(n)}`;
    const cells = [];
    for (let n = c.firstCol; n <= c.lastCol; n++)
      cells.push(`${n - c.firstCol + 1}*IF(ISTEXT(${col(n)});LEN(${col(n)});${col(n)})`);
    const only = c.year ? `(${col(c.year.col)}=${c.year.value})*` : "";
    const mark = `ARRAYFORMULA(SUM(${only}ROW(${col(c.firstCol)})*(${cells.join("+")})))`;
    return Number.isInteger(c.mark)
      ? `${mark}=${c.mark}`
      : `ROUND(${mark}*1000000;0)=${Math.round(c.mark * 1e6)}`;
  });
  const quote = (s: string) => `"${s.replace(/"/gu, '""')}"`;
  return `=IFERROR(IF(AND(${tests.join(";")});${quote(upToDate)};${quote(outOfDate)});${quote(outOfDate)})`;
}
