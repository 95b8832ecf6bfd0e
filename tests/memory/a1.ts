// A1 notation for the memory spreadsheet: column letters, rectangles, references with sheet names.

/** A 1-based inclusive block of cells. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** One end of a reference; `null` row or column means "whole column" / "whole row". */
export interface RefPart {
  row: number | null;
  col: number | null;
  rowAbs: boolean;
  colAbs: boolean;
}

/** A parsed reference such as `'Tên tab'!$A$1:C`, before the sheet's size is known. */
export interface Reference {
  sheet: string | null;
  a: RefPart;
  b: RefPart | null;
}

export function columnLetters(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rectA1(rect: Rect): string {
  const start = cellA1(rect.r1, rect.c1);
  return rect.r1 === rect.r2 && rect.c1 === rect.c2
    ? start
    : `${start}:${cellA1(rect.r2, rect.c2)}`;
}

/** Sheets quotes a sheet name unless it is a plain identifier that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/u.test(name)) return name;
  return `'${name.replace(/'/gu, "''")}'`;
}

// Sheet prefix: quoted (with '' escapes) or a bare word (letters of any script, digits, _ and .).
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!`;
const PART = String.raw`(\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+)`;
/** Sticky pattern so the formula tokenizer can try a reference at a position. */
export const REFERENCE_RE = new RegExp(`(?:${SHEET})?${PART}(?::${PART})?`, "uy");

function parsePart(text: string): RefPart {
  const m = /^(\$?)([A-Za-z]{0,3})(\$?)(\d*)$/u.exec(text);
  if (!m) throw new Error(`bad reference part ${text}`);
  const [, colDollar = "", letters = "", rowDollar = "", digits = ""] = m;
  const lettersOnly = digits === "";
  return {
    col: letters === "" ? null : columnNumber(letters),
    row: digits === "" ? null : Number(digits),
    colAbs: colDollar === "$",
    // In "$A" the only dollar belongs to the column; in "$1" to the row.
    rowAbs: lettersOnly ? false : letters === "" ? colDollar === "$" : rowDollar === "$",
  };
}

/**
 * Reads a match of REFERENCE_RE into a Reference, or null when the text is not a reference a
 * spreadsheet accepts (a lone column "A" or row "1" is a name, not a range).
 */
export function referenceFromMatch(m: RegExpExecArray): Reference | null {
  const [, quoted, bare, first = "", second] = m;
  const sheet = quoted !== undefined ? quoted.replace(/''/gu, "'") : (bare ?? null);
  const a = parsePart(first);
  const b = second === undefined ? null : parsePart(second);
  const isCell = (p: RefPart) => p.row !== null && p.col !== null;
  if (b === null) return isCell(a) ? { sheet, a, b } : null;
  const colOnly = (p: RefPart) => p.row === null && p.col !== null;
  const rowOnly = (p: RefPart) => p.col === null && p.row !== null;
  const ok =
    (isCell(a) && (isCell(b) || colOnly(b) || rowOnly(b))) ||
    (colOnly(a) && (colOnly(b) || isCell(b))) ||
    (rowOnly(a) && (rowOnly(b) || isCell(b)));
  return ok ? { sheet, a, b } : null;
}

/** Parses a whole string as a reference ("A1", "B2:C", "'Tab 1'!A:A"), or null. */
export function parseReference(text: string): Reference | null {
  REFERENCE_RE.lastIndex = 0;
  const m = REFERENCE_RE.exec(text.trim());
  if (!m || m[0].length !== text.trim().length) return null;
  return referenceFromMatch(m);
}

/** Resolves open ends against the sheet size; the rect is normalised so r1 ≤ r2 and c1 ≤ c2. */
export function resolveReference(ref: Reference, maxRows: number, maxCols: number): Rect {
  const b = ref.b ?? ref.a;
  const wholeCols = ref.a.row === null && b.row === null;
  const wholeRows = ref.a.col === null && b.col === null;
  const ra = wholeCols ? 1 : (ref.a.row ?? 1);
  const rb = wholeCols ? maxRows : (b.row ?? maxRows);
  const ca = wholeRows ? 1 : (ref.a.col ?? 1);
  const cb = wholeRows ? maxCols : (b.col ?? maxCols);
  return { r1: Math.min(ra, rb), r2: Math.max(ra, rb), c1: Math.min(ca, cb), c2: Math.max(ca, cb) };
}

export function rectContains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.r1 && row <= rect.r2 && col >= rect.c1 && col <= rect.c2;
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function rectSize(rect: Rect): number {
  return (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);
}
