// The workbook as the preview shows it: the active spreadsheet's active tab as a grid with the
// colours its conditional-format rules give (the memory spreadsheet's effective styles), the
// selected cell, the tab bar, and each chart as a simple SVG bar picture. Every sheet value goes
// through esc(): it is shown as text, never as markup.

import type { Env } from "../../tests/memory";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAX_ROWS = 300;
const MAX_COLS = 40;

/** Escapes text for HTML content and quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&#39;");
}

/** A colour from the sheet, used in a style attribute only when it is a plain #rgb/#rrggbb. */
function colour(value: string, fallback: string): string {
  return /^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/iu.test(value) ? value : fallback;
}

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The whole view: workbook chooser, formula bar, grid, charts, tabs. */
export function renderView(env: Env): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return `<p>Không có bảng tính nào đang mở.</p>`;
  const sheet = ss.getActiveSheet();
  const selected = sheet.getActiveRange();
  return [
    chooser(env, ss),
    formulaBar(sheet, selected),
    grid(env, sheet, selected),
    charts(env, ss, sheet),
    tabs(ss, sheet),
  ].join("\n");
}

function chooser(env: Env, active: Spreadsheet): string {
  const options = env
    .spreadsheets()
    .map(
      (s) =>
        `<option value="${esc(s.getId())}"${s.getId() === active.getId() ? " selected" : ""}>${esc(s.getName())}</option>`,
    )
    .join("");
  const tab = active.getActiveSheet().getName();
  const print = `<a href="/print?sheet=${esc(encodeURIComponent(tab))}" target="_blank" rel="noopener">Xem bản in A4 của tab này</a>`;
  return `<div class="bar"><label for="book">Bảng tính</label><select id="book">${options}</select>${print}</div>`;
}

function formulaBar(sheet: Sheet, selected: GoogleAppsScript.Spreadsheet.Range | null): string {
  const cell = selected ? selected.getCell(1, 1) : sheet.getRange("A1");
  const a1 = cell.getA1Notation();
  const content = cell.getFormula() || cell.getDisplayValue();
  return `<form class="formula" id="edit" data-a1="${esc(a1)}">
<label for="cell-input" class="addr">${esc(a1)}</label>
<input id="cell-input" name="value" value="${esc(content)}" autocomplete="off">
<button type="submit">Nhập</button>
</form>`;
}

function grid(env: Env, sheet: Sheet, selected: GoogleAppsScript.Spreadsheet.Range | null): string {
  const selRow = selected?.getRow() ?? 0;
  const selCol = selected?.getColumn() ?? 0;
  const lastRow = lastFilledRow(sheet);
  const rows = Math.min(sheet.getMaxRows(), MAX_ROWS, Math.max(lastRow, selRow, 1) + 3);
  const cols = Math.min(
    sheet.getMaxColumns(),
    MAX_COLS,
    Math.max(sheet.getLastColumn(), selCol, 1) + 1,
  );
  const range = sheet.getRange(1, 1, rows, cols);
  const shown = range.getDisplayValues();
  const values = range.getValues();
  const styles = env.cellStyles(range);
  const frozen = sheet.getFrozenRows();
  const widths = Array.from({ length: cols }, (_, c) =>
    Math.max(48, Math.min(280, sheet.getColumnWidth(c + 1))),
  );
  const colgroup = `<colgroup><col class="rowhead">${widths.map((w) => `<col style="width:${w}px">`).join("")}</colgroup>`;
  const head = `<thead><tr><th class="corner"></th>${widths
    .map((_, c) => `<th scope="col">${columnLetter(c + 1)}</th>`)
    .join("")}</tr></thead>`;
  const body = shown
    .map((line, r) => {
      const cells = line
        .map((text, c) => {
          const s = styles[r]?.[c];
          const a1 = `${columnLetter(c + 1)}${r + 1}`;
          const css = [
            `background:${colour(s?.background ?? "", "#ffffff")}`,
            `color:${colour(s?.fontColor ?? "", "#000000")}`,
            s?.bold ? "font-weight:700" : "",
          ]
            .filter(Boolean)
            .join(";");
          const cls = [
            typeof values[r]?.[c] === "number" ? "num" : "",
            r + 1 === selRow && c + 1 === selCol ? "sel" : "",
          ]
            .filter(Boolean)
            .join(" ");
          return `<td data-a1="${a1}" style="${css}"${cls ? ` class="${cls}"` : ""}${text.length > 24 ? ` title="${esc(text)}"` : ""}>${esc(text)}</td>`;
        })
        .join("");
      return `<tr${r < frozen ? ' class="frozen"' : ""}><th scope="row">${r + 1}</th>${cells}</tr>`;
    })
    .join("\n");
  const more =
    lastRow > rows ? `<p class="note">Chỉ hiện ${rows} dòng đầu của ${lastRow} dòng.</p>` : "";
  return `<div class="grid-wrap" tabindex="0" aria-label="Ô của tab ${esc(sheet.getName())}"><table class="grid">${colgroup}${head}<tbody>${body}</tbody></table></div>${more}`;
}

/** The last row showing something (getLastRow also counts blanks spilled by ARRAYFORMULA). */
function lastFilledRow(sheet: Sheet): number {
  const last = sheet.getLastRow();
  if (last < 1) return 0;
  const shown = sheet.getRange(1, 1, last, Math.max(1, sheet.getLastColumn())).getDisplayValues();
  for (let r = shown.length - 1; r >= 0; r--) if (shown[r]?.some((v) => v !== "")) return r + 1;
  return 0;
}

/** Values of an A1 range such as 'Tổng hợp xã 2026'!E7:F20. */
function rangeValues(
  ss: Spreadsheet,
  a1: string,
): { values: unknown[][]; row: number; col: number } {
  const range = ss.getRange(a1);
  return { values: range.getValues(), row: range.getRow(), col: range.getColumn() };
}

/** Each chart as horizontal bars: first range the labels, the others one series per column. */
function charts(env: Env, ss: Spreadsheet, sheet: Sheet): string {
  const figures = env
    .chartRecords(sheet)
    .map((chart) => {
      const [labelsA1, ...seriesA1] = chart.ranges;
      if (!labelsA1) return "";
      const labels = rangeValues(ss, labelsA1).values.map((r) => String(r[0] ?? ""));
      const series: { name: string; values: number[] }[] = [];
      for (const a1 of seriesA1) {
        const { values, row, col } = rangeValues(ss, a1);
        const width = values[0]?.length ?? 0;
        for (let c = 0; c < width; c++)
          series.push({
            name: row > 1 ? String(sheet.getRange(row - 1, col + c).getDisplayValue()) : "",
            values: values.map((r) => (typeof r[c] === "number" ? (r[c] as number) : Number.NaN)),
          });
      }
      const title = String(chart.options.title ?? "Biểu đồ");
      return barChart(title, labels, series);
    })
    .join("\n");
  return figures ? `<div class="charts">${figures}</div>` : "";
}

const SERIES_COLOURS = ["#1a73e8", "#e37400", "#188038", "#9334e6"];

function barChart(
  title: string,
  labels: readonly string[],
  series: readonly { name: string; values: number[] }[],
): string {
  const rows = labels
    .map((label, i) => ({ label, values: series.map((s) => s.values[i] ?? Number.NaN) }))
    .filter((r) => r.label && r.values.some((v) => Number.isFinite(v)));
  const all = rows.flatMap((r) => r.values).filter((v) => Number.isFinite(v));
  const max = Math.max(1e-9, ...all);
  const percent = max <= 1.5;
  const barH = 9;
  const rowH = series.length * barH + 10;
  const labelW = 230;
  const plotW = 260;
  const legendH = 22;
  const height = legendH + rows.length * rowH + 6;
  const fmt = (v: number) =>
    percent ? `${(v * 100).toFixed(1).replace(".", ",")}%` : String(v).replace(".", ",");
  const short = (s: string) => (s.length > 34 ? `${s.slice(0, 33)}…` : s);
  const legend = series
    .map(
      (s, i) =>
        `<rect x="${labelW + i * 110}" y="4" width="10" height="10" fill="${SERIES_COLOURS[i % 4]}"/><text x="${labelW + i * 110 + 14}" y="13">${esc(s.name)}</text>`,
    )
    .join("");
  const bars = rows
    .map((r, i) => {
      const y = legendH + i * rowH;
      const label = `<text x="${labelW - 6}" y="${y + rowH / 2 + 3}" text-anchor="end"><title>${esc(r.label)}</title>${esc(short(r.label))}</text>`;
      const rects = r.values
        .map((v, j) => {
          if (!Number.isFinite(v)) return "";
          const w = Math.max(1, (v / max) * plotW);
          const by = y + 4 + j * barH;
          return `<rect x="${labelW}" y="${by}" width="${w.toFixed(1)}" height="${barH - 2}" fill="${SERIES_COLOURS[j % 4]}"><title>${esc(`${r.label}: ${fmt(v)}`)}</title></rect><text x="${labelW + w + 4}" y="${by + barH - 3}" class="v">${esc(fmt(v))}</text>`;
        })
        .join("");
      return label + rects;
    })
    .join("");
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + plotW + 60} ${height}" width="${labelW + plotW + 60}" height="${height}">${legend}${bars}</svg></figure>`;
}

function tabs(ss: Spreadsheet, active: Sheet): string {
  const buttons = ss
    .getSheets()
    .filter((s) => !s.isSheetHidden() || s.getName() === active.getName())
    .map((s) => {
      const current = s.getName() === active.getName();
      const tab = s.getTabColor();
      const style = tab ? ` style="border-bottom-color:${colour(tab, "#dadce0")}"` : "";
      return `<button type="button" data-sheet="${esc(s.getName())}"${current ? ' aria-current="page" class="current"' : ""}${style}>${esc(s.getName())}</button>`;
    })
    .join("");
  return `<nav class="tabs" aria-label="Các tab của bảng tính">${buttons}</nav>`;
}
