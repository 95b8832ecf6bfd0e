// The print layout every printed document reuses (the yearly report, the list of recognised
// households): national header, title block, place and date line, bordered tables, signature
// block, and column widths fitted to A4 portrait, as plain data the sheet adapter writes whole.

import { FORMAT } from "../model/formats";
import { formatCount, formatDateTime } from "../text";

/**
 * Printable width of A4 portrait in Sheets' pixels: 8.27 in less Sheets' normal margins
 * (2 × 0.7 in, assumed as Excel's) at 96 px per inch is 659 px; 640 leaves room for a printer
 * driver that rounds. Documents are laid out at 100% scale, so "Bình thường" prints them whole.
 */
export const A4_WIDTH = 640;

/** Sheets' default font size, and the padding a cell keeps on each side of its text. */
const BODY_SIZE = 10;
const PADDING = 8;

/** "normal" is Sheets' own: text on the left, numbers on the right. */
export type Align = "normal" | "center" | "right";

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
 * Width of one precomposed character in ems, rounded up from DejaVu Sans (what headless Chromium
 * falls back to, wider than Arial): so what fits here fits in Sheets' Arial too.
 */
function em(ch: string): number {
  if (ch === " ") return 0.32;
  if ("ilj.,:;'|!()[]/-".includes(ch)) return 0.4;
  if ("mwMW%".includes(ch)) return 1;
  return ch === ch.toLowerCase() ? 0.64 : 0.79;
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

/** Room a cell needs: its text as Sheets shows it in vi_VN ("1.234"; a rate at its widest,
 * "100,0%"), or its longest word. */
function need(cell: PrintCell, wrap = cell.wrap): number {
  const v = cell.value;
  const text = typeof v !== "number" ? v : cell.format === FORMAT.rate ? "100,0%" : formatCount(v);
  const words = wrap ? text.split(/\s+/u) : [text];
  return Math.max(...words.map((w) => textWidth(w, cell))) + PADDING;
}

/**
 * Column widths that fill `width`: each column as wide as its widest cell (`columns[i]` are the
 * cells of column i), and column `grow` (a text column that wraps) takes the room left, never less
 * than its longest word. When even that is too wide the result is wider than the page; tests
 * check it never is.
 */
export function fitColumns(
  columns: readonly (readonly PrintCell[])[],
  grow: number,
  width = A4_WIDTH,
): number[] {
  const widths = columns.map((cells) => Math.max(...cells.map((c) => need(c))));
  const others = widths.reduce((s, w, i) => s + (i === grow ? 0 : w), 0);
  widths[grow] = Math.max(widths[grow] ?? 0, width - others);
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

type Block = PrintCell & { readonly from: number; readonly to: number };

export interface PrintPage {
  readonly widths: readonly number[];
  /** Width of columns [from, to] (1-based, inclusive). */
  span(from: number, to?: number): number;
  /** One row of blocks, each a cell from column `from` to `to`, merged when wider than one. */
  row(...blocks: readonly Block[]): PrintPage;
  /** Text broken into lines that fit the page's width, one row per line. */
  text(text: string, style?: Style): PrintPage;
  blank(rows?: number): PrintPage;
  /**
   * A bordered table on the first columns: a bold, centred, wrapping header, then the rows as
   * given; `style` applies to every cell.
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
  const page: PrintPage = {
    widths,
    span: (from, to = n) => widths.slice(from - 1, to).reduce((s, w) => s + w, 0),
    row(...blocks) {
      const cells: (PrintCell | undefined)[] = [];
      for (const { from, to, ...cell } of blocks) {
        cells[from - 1] = to > from ? { ...cell, wrap: false } : cell;
        if (to > from)
          merges.push({ row: rows.length + 1, column: from, rows: 1, columns: to - from + 1 });
      }
      rows.push(cells);
      return page;
    },
    text(text, style = {}) {
      for (const value of breakLines(text, page.span(1), style))
        page.row({ ...style, value, from: 1, to: n });
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
      for (const line of body) rows.push(line.map((c) => ({ ...style, ...c })));
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
        aligns: grid((c) => c.align ?? "normal"),
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
 * header, the signatures.
 */
function sideBySide(page: PrintPage, split: number, left: PrintCell[], right: PrintCell[]): void {
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    page.row(
      { value: "", ...left[i], align: "center", from: 1, to: split - 1 },
      { value: "", ...right[i], align: "center", from: split, to: page.widths.length },
    );
}

const bold = (value: string): PrintCell => ({ value: value.toUpperCase(), bold: true });

/**
 * The national header: the reporting body on the left (upper case, bold, a line each), the
 * country's name and motto on the right, then the place and date below them in italics.
 */
export function nationalHeader(
  page: PrintPage,
  body: readonly string[],
  [nation, motto]: readonly [string, string],
  placeDate: string,
): void {
  const split = rightPart(page.widths, textWidth(nation, { bold: true }) + PADDING);
  const left = body.flatMap((b) =>
    breakLines(b.toUpperCase(), page.span(1, split - 1), { bold: true }),
  );
  sideBySide(page, split, left.map(bold), [bold(nation), { value: motto, bold: true }]);
  // Stryker disable next-line ArrayDeclaration: a string spread into a cell adds only index keys
  sideBySide(page, split, [], [{ value: placeDate, italic: true }]);
}

/** Fills "{name}" in a text with its value. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/gu, (all, name: string) => String(values[name] ?? all));
}

/**
 * The date line, "Quảng Thạch, ngày 05 tháng 12 năm 2026", in Vietnam's time: the area's name
 * without its kind (`kinds`: "xã|phường|…"), days below 10 and the months 1 and 2 with their
 * leading zero, as administrative documents write them.
 */
export function placeDate(
  words: { readonly date: string; readonly kinds: string },
  areaName: string,
  epochMs: number,
): string {
  // Stryker disable next-line StringLiteral: formatDateTime always gives a day, a month and a year
  const [day = "", month = "", year = ""] = formatDateTime(epochMs).split(/[/ ]/u);
  const place = areaName.replace(new RegExp(`^(${words.kinds})\\s+`, "iu"), "").trim();
  return fill(words.date, {
    place: /\p{L}/u.test(place) ? place : areaName.trim() || "……",
    day,
    month: month < "03" ? month : Number(month),
    year,
  });
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
  page.blank(3);
}
