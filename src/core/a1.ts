// A1 notation: how officers and Sheets name cells.

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "C5" → [5, 3] (row, column, 1-based); [0, 0] for anything that is not one cell. */
export function parseA1(cell: string): [number, number] {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/u.exec(cell);
  if (!m) return [0, 0];
  return [Number(m[2]), [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
}

/** (5, 3) → "C5"; both 1-based. */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A sheet name quoted for formulas: 'Thôn - TDP'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/gu, "''")}'`;
}

/** A whole column from a row down, open-ended: "D2:D". */
export function columnFrom(column: number, row: number): string {
  const letter = columnLetter(column);
  return `${letter}${row}:${letter}`;
}

/** "C5" → 5; 0 for text that is not a cell address. */
export function cellRow(cell: string): number {
  return Number(/^[A-Z]+(\d+)$/u.exec(cell)?.[1] ?? 0);
}
