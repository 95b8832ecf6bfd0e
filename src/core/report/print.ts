// The print layout every printed document reuses (the yearly report, the list of recognised
// households): national header, title block, place and date line, bordered tables, signature
// block, and column widths fitted to A4 portrait, as plain data the sheet adapter writes whole.

import { PRINT } from "../messages";
import { FORMAT } from "../model/formats";
import { formatCount } from "../text";

/**
 * Printable width of A4 portrait in Sheets' pixels: 8.27 in less Sheets' normal margins
 * (2 × 0.7 in, assumed as Excel's) at 96 px per inch is 659 px; 640 leaves room for a printer
 * driver that rounds. Documents are laid out at 100% scale, so "Bình thường" prints them whole.
 */
export const A4_WIDTH = 640;

/** Sheets' default font size, and the padding a cell keeps on each side of its text. */
const BODY_SIZE = 10;
const PADDING = 8;

export type Align = "left" | "center" | "right";

export interface Style {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  readonly align?: Align;
  /** A Sheets number format for numbers (percentages…). */
  readonly format?: string;
  /** Text wraps in its cell (the row grows); only in single cells, never merged ones. */
  readonly wrap?: boolean;
}

export interface PrintCell extends Style {
  readonly value: string | number;
}

/** A run of cells on one or more rows, each row merged across its columns (1-based). */
export interface Span {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** What the sheet adapter writes: one 2D array per property, merges, table borders, widths. */
export interface Printout {
  readonly values: (string | number)[][];
  readonly formats: string[][];
  readonly weights: ("bold" | "normal")[][];
  readonly styles: ("italic" | "normal")[][];
  readonly sizes: number[][];
  readonly aligns: Align[][];
  readonly wraps: boolean[][];
  readonly merges: readonly Span[];
  readonly borders: readonly Span[];
  readonly widths: readonly number[];
}

// ---- Text width, estimated on the wide side ----

/**
 * Width of one character in ems, rounded up from DejaVu Sans (what headless Chromium falls back
 * to, wider than Arial): so what fits here fits in Sheets' Arial too.
 */
function em(ch: string): number {
  if (ch === " ") return 0.32;
  const base = ch.normalize("NFD").charAt(0);
  if (/[ilj.,:;'|!()[\]/-]/u.test(base)) return 0.4;
  if (/[0-9]/u.test(base)) return 0.64;
  if (/[mwMW%]/u.test(base)) return 1;
  if (/[A-Z]|Đ/u.test(base)) return 0.79;
  return 0.64;
}

/** Estimated width in pixels of `text` on one line. */
export function textWidth(text: string, style: Style = {}): number {
  let ems = 0;
  for (const ch of text.normalize("NFC")) ems += em(ch);
  const px = ((style.size ?? BODY_SIZE) * 96) / 72;
  return Math.ceil(ems * px * (style.bold ? 1.1 : 1));
}

/** Splits text into lines no wider than `width` pixels (cell padding included), word by word. */
export function breakLines(text: string, width: number, style: Style = {}): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, style) + PADDING > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

// ---- Column widths ----

export interface ColumnFit {
  /** The column's cells; a wrapping cell needs only room for its longest word. */
  readonly cells: readonly PrintCell[];
  /** Takes the room the other columns leave (text columns that wrap). */
  readonly grow?: boolean;
}

/** A cell's text as Sheets shows it in vi_VN: "1.234", "91,6%". */
function shown(cell: PrintCell): string {
  const v = cell.value;
  if (typeof v !== "number") return v;
  return cell.format === FORMAT.rate ? `${(v * 100).toFixed(1)}%` : formatCount(v);
}

function need(cell: PrintCell): number {
  const text = shown(cell);
  const widest = cell.wrap
    ? Math.max(0, ...text.split(/\s+/u).map((w) => textWidth(w, cell)))
    : textWidth(text, cell);
  return widest + PADDING;
}

/**
 * Column widths that fill `width`: each fixed column as wide as its widest cell, the growing
 * columns sharing what is left in proportion to their longest text, never below their longest
 * word. When even that is too wide the result is wider than the page; tests check it never is.
 */
export function fitColumns(columns: readonly ColumnFit[], width = A4_WIDTH): number[] {
  const least = columns.map((c) => Math.max(20, ...c.cells.map(need)));
  const fixed = columns.reduce((s, c, i) => s + (c.grow ? 0 : (least[i] ?? 0)), 0);
  const wish = columns.map((c) =>
    c.grow ? Math.max(0, ...c.cells.map((cell) => need({ ...cell, wrap: false }))) : 0,
  );
  const wished = wish.reduce((s, w) => s + w, 0) || 1;
  const room = width - fixed;
  const widths = columns.map((c, i) =>
    c.grow
      ? Math.max(least[i] ?? 0, Math.floor((room * (wish[i] ?? 0)) / wished))
      : (least[i] ?? 0),
  );
  return widths;
}

/** The first column of the right part whose columns together are at least `needed` wide. */
export function rightPart(widths: readonly number[], needed: number): number {
  let sum = 0;
  for (let i = widths.length - 1; i > 0; i--) {
    sum += widths[i] ?? 0;
    if (sum >= needed) return i + 1;
  }
  return 2;
}

// ---- The page ----

/** Builds a printout row by row over fixed column widths. */
export class PrintPage {
  private readonly rows: (PrintCell | undefined)[][] = [];
  private readonly merges: Span[] = [];
  private readonly borders: Span[] = [];

  constructor(readonly widths: readonly number[]) {}

  get width(): number {
    return this.widths.reduce((s, w) => s + w, 0);
  }

  /** Width of columns [from, to] (1-based, inclusive). */
  span(from: number, to = this.widths.length): number {
    return this.widths.slice(from - 1, to).reduce((s, w) => s + w, 0);
  }

  /** One row of blocks, each a cell from column `from` to `to`, merged when wider than one. */
  row(...blocks: readonly (PrintCell & { from: number; to: number })[]): this {
    const cells: (PrintCell | undefined)[] = Array(this.widths.length).fill(undefined);
    const row = this.rows.length + 1;
    for (const { from, to, ...cell } of blocks) {
      cells[from - 1] = to > from ? { ...cell, wrap: false } : cell;
      if (to > from) this.merge(row, from, to - from + 1);
    }
    this.rows.push(cells);
    return this;
  }

  /** Text broken into lines that fit columns [from, to], one row per line. */
  text(text: string, style: Style = {}, from = 1, to = this.widths.length): this {
    for (const line of breakLines(text, this.span(from, to), style))
      this.row({ ...style, value: line, from, to });
    return this;
  }

  /** Records a merge, joining it to the same columns' merge on the row above (one call). */
  private merge(row: number, column: number, columns: number): void {
    const above = this.merges.find(
      (m) => m.column === column && m.columns === columns && m.row + m.rows === row,
    );
    if (above) this.merges[this.merges.indexOf(above)] = { ...above, rows: above.rows + 1 };
    else this.merges.push({ row, column, rows: 1, columns });
  }

  blank(rows = 1): this {
    for (let i = 0; i < rows; i++) this.row();
    return this;
  }

  /**
   * A bordered table on the first columns: a bold, centred, wrapping header, then the rows as
   * given (numbers right-aligned unless a cell says otherwise); `style` applies to every cell.
   */
  table(
    header: readonly string[],
    body: readonly (readonly PrintCell[])[],
    style: Style = {},
  ): this {
    const first = this.rows.length + 1;
    this.rows.push(
      header.map((h) => ({ ...style, value: h, bold: true, align: "center", wrap: true })),
    );
    for (const line of body)
      this.rows.push(
        line.map(
          (c): PrintCell => ({
            ...style,
            align: typeof c.value === "number" ? "right" : undefined,
            ...c,
          }),
        ),
      );
    this.borders.push({ row: first, column: 1, rows: body.length + 1, columns: header.length });
    return this;
  }

  build(): Printout {
    const n = this.widths.length;
    const grid = <T>(f: (c: PrintCell | undefined) => T): T[][] =>
      this.rows.map((r) => Array.from({ length: n }, (_, i) => f(r[i])));
    return {
      values: grid((c) => c?.value ?? ""),
      formats: grid(
        (c) => c?.format ?? (typeof c?.value === "number" ? FORMAT.count : FORMAT.text),
      ),
      weights: grid((c) => (c?.bold ? "bold" : "normal")),
      styles: grid((c) => (c?.italic ? "italic" : "normal")),
      sizes: grid((c) => c?.size ?? BODY_SIZE),
      aligns: grid((c) => c?.align ?? "left"),
      wraps: grid((c) => c?.wrap ?? false),
      merges: this.merges,
      borders: this.borders,
      widths: this.widths,
    };
  }
}

// ---- The blocks of a Vietnamese administrative document ----

/** Quốc hiệu and tiêu ngữ need this much room on the right, in bold at the body size. */
const NATION_WIDTH = textWidth(PRINT.nation, { bold: true }) + PADDING;

/**
 * The national header: the reporting body on the left (upper case, bold, a line each), the
 * country's name and motto on the right, then the place and date below them in italics.
 */
export function nationalHeader(page: PrintPage, body: readonly string[], placeDate: string): void {
  const split = rightPart(page.widths, NATION_WIDTH);
  const n = page.widths.length;
  const left = body.flatMap((b) =>
    breakLines(b.toUpperCase(), page.span(1, split - 1), { bold: true }),
  );
  const right = [PRINT.nation, PRINT.motto];
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    page.row(
      { value: left[i] ?? "", bold: true, align: "center", from: 1, to: split - 1 },
      { value: right[i] ?? "", bold: true, align: "center", from: split, to: n },
    );
  page.blank();
  page.text(placeDate, { italic: true, align: "center" }, split, n);
}

/** "Quảng Thạch, ngày 05 tháng 12 năm 2026" in Vietnam's time (UTC+7). */
export function placeDate(place: string, epochMs: number): string {
  const d = new Date(epochMs + 7 * 3_600_000);
  return PRINT.placeDate(place, d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
}

/** The place name of an area: "Xã Quảng Thạch" → "Quảng Thạch" (the unit's kind dropped). */
export function placeOf(areaName: string): string {
  const place = areaName
    .replace(/^(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh|tp\.?)\s+/iu, "")
    .trim();
  return /\p{L}/u.test(place) ? place : areaName.trim();
}

/** The title: bold, centred, upper case, broken to the page's width; a subtitle in italics. */
export function titleBlock(page: PrintPage, title: string, subtitle?: string): void {
  page.text(title.toUpperCase(), { bold: true, size: 12, align: "center" });
  if (subtitle) page.text(subtitle, { italic: true, align: "center" });
}

/** One signer: bold title lines, then what to write ("(Ký, ghi rõ họ tên)"). */
export interface Signer {
  readonly titles: readonly string[];
  readonly note: string;
}

/** Signers side by side (left half, right half), with room below to sign. */
export function signatureBlock(page: PrintPage, left: Signer, right: Signer): void {
  const split = rightPart(page.widths, page.width / 2);
  const n = page.widths.length;
  const lines = (s: Signer): PrintCell[] => [
    ...s.titles.map((t) => ({ value: t.toUpperCase(), bold: true })),
    { value: s.note, italic: true },
  ];
  // bottom-aligned, so "NGƯỜI LẬP BIỂU" sits level with "CHỦ TỊCH" below "TM. …"
  const [l, r] = [lines(left), lines(right)];
  const height = Math.max(l.length, r.length);
  const pad = (x: PrintCell[]) => [...Array(height - x.length).fill({ value: "" }), ...x];
  const [pl, pr] = [pad(l), pad(r)];
  for (let i = 0; i < height; i++)
    page.row(
      { ...pl[i], value: pl[i]?.value ?? "", align: "center", from: 1, to: split - 1 },
      { ...pr[i], value: pr[i]?.value ?? "", align: "center", from: split, to: n },
    );
  page.blank(4);
}
