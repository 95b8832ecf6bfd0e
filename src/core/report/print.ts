// A printed page as data: the national header, a title, a table, a signature block, and the column
// widths that fit A4 portrait. (The yearly report has its own layout module in the making; the
// lead unifies the two.)

import { FORMAT } from "../model/formats";

export type PrintCell = string | number;

export interface PrintPage {
  readonly values: PrintCell[][];
  readonly formats: string[][];
  readonly bold: readonly number[];
  /** Title rows, 1-based: their first cell spans the page's width, centred. A page has a few,
   * whatever the length of its table. */
  readonly titles: readonly number[];
  readonly widths: readonly number[];
}

/** Column widths in pixels; together about A4 portrait's printable width at 100%. */
const A4 = 680;

/** Builds a page row by row; every row is as wide as the page. */
export function printPage(widths: readonly number[]) {
  const width = widths.length;
  const page: { values: PrintCell[][]; formats: string[][]; bold: number[]; titles: number[] } = {
    values: [],
    formats: [],
    bold: [],
    titles: [],
  };
  /** A row: "title" rows are centred across the page, "bold" ones only bold; text overflows. */
  const row = (cells: PrintCell[], formats: string[] = [], style: "bold" | "title" | "" = "") => {
    page.values.push([...cells, ...Array(width - cells.length).fill("")]);
    page.formats.push(Array.from({ length: width }, (_, i) => formats[i] ?? FORMAT.text));
    const at = page.values.length;
    if (style) page.bold.push(at);
    if (style === "title") page.titles.push(at);
    return at;
  };
  const scale = A4 / widths.reduce((s, w) => s + w, 0);
  return {
    row,
    /** The national header of every administrative document. */
    nationalHeader: () => {
      row(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [], "title");
      row(["Độc lập - Tự do - Hạnh phúc"], [], "title");
      row([]);
    },
    /** Who prepared it (left) and who signs for the body (right), with room to sign. */
    signatures: (left: string, right: readonly string[]) => {
      row([]);
      row([left, "", ...right.slice(0, 1)], [], "bold");
      row(["(Ký, ghi rõ họ tên)", "", "(Ký, ghi rõ họ tên, đóng dấu)"]);
      for (const line of right.slice(1)) row(["", "", line], [], "bold");
    },
    done: (): PrintPage => ({ ...page, widths: widths.map((w) => Math.round(w * scale)) }),
  };
}
