// A tab as Sheets' File → Download → PDF prints it, for the preview and the browser test: A4
// portrait, normal margins, 100% scale, column widths in pixels at 96 per inch, rows growing with
// wrapped text, merges, borders, fonts, and no gridlines when the tab hides them. Stricter than
// Sheets where unsure: text that does not wrap is clipped at its cell (the test looks for that),
// and the font falls back to the machine's (DejaVu Sans here, wider than Arial).

import type { Env } from "../../tests/memory";
import { columnLetter, esc } from "./view";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' "Normal" margins (assumed as Excel's: 0.75 in top and bottom, 0.7 in at the sides). */
export const PAGE = { size: "A4 portrait", margin: "0.75in 0.7in", widthPx: (8.27 - 1.4) * 96 };

interface Format {
  readonly fontWeight: string;
  readonly fontStyle: string;
  readonly fontSize: number;
  readonly wrap: boolean | null;
  readonly horizontalAlignment: string | null;
  readonly verticalAlignment: string;
  readonly borders: { top?: boolean; left?: boolean; bottom?: boolean; right?: boolean };
}

const CSS = `
@page{size:${PAGE.size};margin:${PAGE.margin}}
*{box-sizing:border-box}
body{margin:0;font-family:Arial,sans-serif;color:#000}
table{border-collapse:collapse;table-layout:fixed}
td{height:21px;padding:2px 3px;line-height:1.2;overflow:hidden;white-space:nowrap;vertical-align:bottom}
td.wrap{white-space:normal;overflow-wrap:normal}
table.grid td{border:1px solid #c0c0c0}
@media screen{body{background:#e8eaed;padding:16px}main{background:#fff;width:210mm;margin:auto;padding:0.75in 0.7in;box-shadow:0 1px 4px #0004}p.hint{font:13px Arial,sans-serif;text-align:center;margin:0 0 12px}}
@media print{p.hint{display:none}}
`;

/** The used area of `sheet` as a printed page (or pages) of HTML. */
export function renderPrint(env: Env, sheet: Sheet): string {
  const rows = Math.max(1, sheet.getLastRow());
  const cols = Math.max(1, sheet.getLastColumn());
  const range = sheet.getRange(1, 1, rows, cols);
  const shown = range.getDisplayValues();
  const values = range.getValues();
  const formats = env.cellFormats(range) as unknown as Format[][];
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of range.getMergedRanges()) {
    const [r, c] = [m.getRow(), m.getColumn()];
    spans.set(`${r},${c}`, { rows: m.getNumRows(), cols: m.getNumColumns() });
    for (let i = 0; i < m.getNumRows(); i++)
      for (let j = 0; j < m.getNumColumns(); j++) if (i || j) covered.add(`${r + i},${c + j}`);
  }
  const widths = Array.from({ length: cols }, (_, c) => sheet.getColumnWidth(c + 1));
  const total = widths.reduce((s, w) => s + w, 0);
  const body = shown
    .map((line, r) => {
      const cells = line.map((text, c) => {
        if (covered.has(`${r + 1},${c + 1}`)) return "";
        const f = formats[r]?.[c];
        const span = spans.get(`${r + 1},${c + 1}`);
        const align =
          f?.horizontalAlignment && f.horizontalAlignment !== "normal"
            ? f.horizontalAlignment
            : typeof values[r]?.[c] === "number"
              ? "right"
              : "left";
        const edge = (on: boolean | undefined) => (on ? "1px solid #000" : "");
        const css = [
          `font-size:${f?.fontSize ?? 10}pt`,
          f?.fontWeight === "bold" ? "font-weight:700" : "",
          f?.fontStyle === "italic" ? "font-style:italic" : "",
          `text-align:${align}`,
          `vertical-align:${f?.verticalAlignment === "middle" ? "middle" : (f?.verticalAlignment ?? "bottom")}`,
          ...(["top", "right", "bottom", "left"] as const).map((e) =>
            f?.borders?.[e] ? `border-${e}:${edge(true)}` : "",
          ),
        ]
          .filter(Boolean)
          .join(";");
        const attrs = [
          span && span.cols > 1 ? ` colspan="${span.cols}"` : "",
          span && span.rows > 1 ? ` rowspan="${span.rows}"` : "",
          f?.wrap ? ' class="wrap"' : "",
          ` data-a1="${columnLetter(c + 1)}${r + 1}"`,
        ].join("");
        return `<td${attrs} style="${css}">${esc(text)}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  const grid = sheet.hasHiddenGridlines() ? "" : ' class="grid"';
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>${esc(sheet.getName())} — bản in A4</title><style>${CSS}</style></head>
<body><main>
<p class="hint">Bản in thử của tab “${esc(sheet.getName())}” như Google Sheets tải xuống PDF (khổ A4, hướng dọc, tỷ lệ 100%). Bấm Ctrl-P để in hoặc lưu PDF.</p>
<table${grid} style="width:${total}px"><colgroup>${widths.map((w) => `<col style="width:${w}px">`).join("")}</colgroup>
<tbody>${body}</tbody></table>
</main></body></html>`;
}
