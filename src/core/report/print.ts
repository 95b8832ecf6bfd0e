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
  const base = ch.normalize("NFD").charAt(0);
  if (base === " ") return 0.32;
  if ("ilj.,:;'|!()[]/-".includes(base)) return 0.4;
  if ("mwMW%".includes(base)) return 1;
  return /[A-ZĐ]/u.test(base) ? 0.79 : 0.64;
}

/** Estimated width in pixels of `text` on one line. */
export function textWidth(text: string, style: Style = {}): number {
  let ems = 0;
  for (const ch of text.normalize("NFC")) ems += em(ch);
  return Math.ceil((ems * (style.size ?? BODY_SIZE) * 4 * (style.bold ? 1.1 : 1)) / 3);
}

/** Splits text into lines no wider than `width` pixels (cell padding included), word by word. */
export function breakLines(text: string, width: number, style: Style = {}): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const last = lines.length - 1;
    const joined = `${lines[last]} ${word}`;
    if (last >= 0 && textWidth(joined, style) + PADDING <= width) lines[last] = joined;
    else lines.push(word);
  }
  return lines;
}

// ---- Column widths ----

export interface ColumnFit {
  /** The column's cells; a wrapping cell needs only room for its longest word. */
  readonly cells: readonly PrintCell[];
  /** Takes the room the other columns leave (text columns that wrap). */
  readonly grow?: boolean;
}

/** Room a cell needs: its text as Sheets shows it in vi_VN ("1.234", "91,6%"), or its longest word. */
function need(cell: PrintCell, wrap = cell.wrap): number {
  const v = cell.value;
  const text =
    typeof v !== "number"
      ? v
      : cell.format === FORMAT.rate
        ? `${(v * 100).toFixed(1)}%`
        : formatCount(v);
  const words = wrap ? text.split(/\s+/u) : [text];
  return Math.max(...words.map((w) => textWidth(w, cell))) + PADDING;
}

/**
 * Column widths that fill `width`: each fixed column as wide as its widest cell, the growing
 * columns sharing what is left in proportion to their longest text, never below their longest
 * word. When even that is too wide the result is wider than the page; tests check it never is.
 */
export function fitColumns(columns: readonly ColumnFit[], width = A4_WIDTH): number[] {
  const widest = (c: ColumnFit, wrap?: boolean) =>
    Math.max(20, ...c.cells.map((cell) => need(cell, wrap ?? cell.wrap)));
  const least = columns.map((c) => widest(c));
  const wish = columns.map((c) => (c.grow ? widest(c, false) : 0));
  const room = columns.reduce((r, c, i) => r - (c.grow ? 0 : (least[i] ?? 0)), width);
  const wished = wish.reduce((s, w) => s + w, 0) || 1;
  return columns.map((c, i) =>
    Math.max(least[i] ?? 0, c.grow ? Math.floor((room * (wish[i] ?? 0)) / wished) : 0),
  );
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

type Block = PrintCell & { readonly from: number; readonly to: number };

export interface PrintPage {
  readonly widths: readonly number[];
  /** Width of columns [from, to] (1-based, inclusive). */
  span(from: number, to?: number): number;
  /** One row of blocks, each a cell from column `from` to `to`, merged when wider than one. */
  row(...blocks: readonly Block[]): PrintPage;
  /** Text broken into lines that fit columns [from, to], one row per line. */
  text(text: string, style?: Style, from?: number, to?: number): PrintPage;
  blank(rows?: number): PrintPage;
  /**
   * A bordered table on the first columns: a bold, centred, wrapping header, then the rows as
   * given (numbers right-aligned unless a cell says otherwise); `style` applies to every cell.
   */
  table(
    header: readonly string[],
    body: readonly (readonly PrintCell[])[],
    style?: Style,
  ): PrintPage;
  build(): Printout;
}

/** A printout built row by row over fixed column widths. */
export function printPage(widths: readonly number[]): PrintPage {
  const n = widths.length;
  const rows: (PrintCell | undefined)[][] = [];
  const merges: Span[] = [];
  const borders: Span[] = [];
  /** A merge joins the same columns' merge on the row above: one call for both. */
  const merge = (row: number, column: number, columns: number) => {
    const above = merges.findIndex(
      (m) => m.column === column && m.columns === columns && m.row + m.rows === row,
    );
    const m = merges[above];
    if (m) merges[above] = { ...m, rows: m.rows + 1 };
    else merges.push({ row, column, rows: 1, columns });
  };
  const page: PrintPage = {
    widths,
    span: (from, to = n) => widths.slice(from - 1, to).reduce((s, w) => s + w, 0),
    row(...blocks) {
      const cells: (PrintCell | undefined)[] = [];
      for (const { from, to, ...cell } of blocks) {
        cells[from - 1] = to > from ? { ...cell, wrap: false } : cell;
        if (to > from) merge(rows.length + 1, from, to - from + 1);
      }
      rows.push(cells);
      return page;
    },
    text(text, style = {}, from = 1, to = n) {
      for (const value of breakLines(text, page.span(from, to), style))
        page.row({ ...style, value, from, to });
      return page;
    },
    blank(count = 1) {
      for (let i = 0; i < count; i++) page.row();
      return page;
    },
    table(header, body, style = {}) {
      borders.push({
        row: rows.length + 1,
        column: 1,
        rows: body.length + 1,
        columns: header.length,
      });
      rows.push(
        header.map((h) => ({ ...style, value: h, bold: true, align: "center", wrap: true })),
      );
      for (const line of body)
        rows.push(
          line.map((c) => ({
            ...style,
            align: typeof c.value === "number" ? "right" : undefined,
            ...c,
          })),
        );
      return page;
    },
    build() {
      const grid = <T>(f: (c: PrintCell) => T): T[][] =>
        rows.map((r) => Array.from({ length: n }, (_, i) => f(r[i] ?? { value: "" })));
      return {
        values: grid((c) => c.value),
        formats: grid(
          (c) => c.format ?? (typeof c.value === "number" ? FORMAT.count : FORMAT.text),
        ),
        weights: grid((c) => (c.bold ? "bold" : "normal")),
        styles: grid((c) => (c.italic ? "italic" : "normal")),
        sizes: grid((c) => c.size ?? BODY_SIZE),
        aligns: grid((c) => c.align ?? "left"),
        wraps: grid((c) => c.wrap ?? false),
        merges,
        borders,
        widths,
      };
    },
  };
  return page;
}

// ---- The blocks of a Vietnamese administrative document ----

/**
 * Two blocks of lines side by side, centred, the left one on columns before `split`: the national
 * header, the signatures. Lines are bottom-aligned, so a one-line title sits level with the last.
 */
function sideBySide(page: PrintPage, split: number, left: PrintCell[], right: PrintCell[]): void {
  const height = Math.max(left.length, right.length);
  const pad = (x: PrintCell[]) => [...Array(height - x.length).fill({ value: "" }), ...x];
  const [l, r] = [pad(left), pad(right)];
  for (let i = 0; i < height; i++)
    page.row(
      { ...l[i], value: l[i]?.value ?? "", align: "center", from: 1, to: split - 1 },
      { ...r[i], value: r[i]?.value ?? "", align: "center", from: split, to: page.widths.length },
    );
}

const bold = (value: string): PrintCell => ({ value: value.toUpperCase(), bold: true });

/**
 * The national header: the reporting body on the left (upper case, bold, a line each), the
 * country's name and motto on the right, then the place and date below them in italics.
 */
export function nationalHeader(page: PrintPage, body: readonly string[], placeDate: string): void {
  const split = rightPart(page.widths, textWidth(PRINT.nation, { bold: true }) + PADDING);
  const left = body.flatMap((b) =>
    breakLines(b.toUpperCase(), page.span(1, split - 1), { bold: true }),
  );
  sideBySide(page, split, left.map(bold), [bold(PRINT.nation), { value: PRINT.motto, bold: true }]);
  page.blank().text(placeDate, { italic: true, align: "center" }, split);
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
  const lines = (s: Signer) => [...s.titles.map(bold), { value: s.note, italic: true }];
  sideBySide(page, rightPart(page.widths, page.span(1) / 2), lines(left), lines(right));
  page.blank(4);
}
