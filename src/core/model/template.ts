// What the templates put in each tab, as data: header rows, per-row rate formulas, number formats,
// validation kinds and the roadmap table pre-filled from a preset.

import { columnFrom } from "../a1";
import { FORMAT } from "./formats";
import type { Guidance } from "./guidance";
import { INDICATORS, type Indicator } from "./indicators";
import { type Roadmap, roadmapYears, targetOf } from "./roadmaps";
import {
  COMMUNE_TABS,
  CONFIG_FIELDS,
  type Column,
  type Contribution,
  column,
  type DataTab,
  rateColumns,
} from "./schema";

export type Validation =
  | { readonly kind: "count" }
  | { readonly kind: "year" }
  | { readonly kind: "points"; readonly max: number }
  | { readonly kind: "list"; readonly values: readonly string[] }
  | { readonly kind: "none" };

export const MARK_VALUES = {
  recognized: ["đạt", "chưa đạt"],
  registered: ["có", "không"],
} as const;

export function validationOf(column: Column): Validation {
  switch (column.kind) {
    case "count":
      return { kind: "count" };
    case "year":
      return { kind: "year" };
    case "mark":
      return {
        kind: "list",
        values: /đăng ký|tham gia/iu.test(column.header)
          ? MARK_VALUES.registered
          : MARK_VALUES.recognized,
      };
    case "choice":
      return { kind: "list", values: column.choices ?? [] };
    case "points":
      return column.max === undefined ? { kind: "none" } : { kind: "points", max: column.max };
    default:
      return { kind: "none" };
  }
}

export function formatOf(column: Column): string {
  if (column.kind === "count") return FORMAT.count;
  if (column.kind === "year") return "0";
  if (column.kind === "points") return FORMAT.general;
  return FORMAT.text;
}

/**
 * The validation formula of a count cell (Sheets has no "whole number ≥ 0" rule), relative to the
 * rule's first cell; `;` between arguments so it parses in every locale.
 */
export function countRule(cell: string): string {
  return `=AND(ISNUMBER(${cell});${cell}>=0;${cell}=INT(${cell}))`;
}

/** A header inside a sentence: "Số hộ đạt GĐHT" → "số hộ đạt GĐHT"; "CDHT có…" keeps its case. */
const inSentence = (text: string) =>
  // Stryker disable next-line Regex: no header it is given holds an upper-lower pair past its start
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/**
 * The header of a per-row rate column, naming what is counted over what, from the two columns it
 * divides: "Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)".
 */
export function rateHeader(c: Contribution): string {
  const tab = COMMUNE_TABS.find((t) =>
    t.contributions.some((x) => x.recognized === c.recognized && x.total === c.total),
  ) as DataTab;
  const part = (key: string) => inSentence(column(tab, key).header);
  return `Tỷ lệ ${part(c.recognized)} (trên ${part(String(c.total))})`;
}

/**
 * What an indicator's rate is taken over, in the words of the columns summed for it: "tổng số hộ",
 * "tổng số thôn/TDP" for one row per item. Printed beside every rate (reports mix denominators).
 */
export function denominatorOf(indicator: Indicator): string {
  const parts = COMMUNE_TABS.flatMap((t) =>
    t.contributions
      .filter((c) => c.indicator === indicator.id)
      .map((c) => {
        if (c.total === "ROW") return `tổng số ${indicator.unit}`;
        const only = c.onlyWhen
          ? ` ở ${t.rowNoun} ${inSentence(column(t, c.onlyWhen).header)}`
          : "";
        return inSentence(column(t, c.total).header) + only;
      }),
  );
  return [...new Set(parts)].join(" và ");
}

/**
 * A header cell that also fills the column below: the shown rate of every row (cut to 0,1%, like
 * summaries), blank while the row has no total. One formula per column, so rows officers add later
 * get their rate too, and no custom function is called. Written to parse in every locale: `;`
 * between arguments, integers only, the array literal vertical; a text total is refused by
 * ISNUMBER before `T>0` matters.
 */
export function rateFormula(
  c: Contribution,
  columns: ReadonlyMap<string, number>,
): string | undefined {
  const r = columns.get(c.recognized);
  // a total of "ROW" (one row per item) is no column: no formula
  const t = columns.get(c.total);
  if (r === undefined || t === undefined) return undefined;
  const R = columnFrom(r, 2);
  const T = columnFrom(t, 2);
  return `={"${rateHeader(c)}";ARRAYFORMULA(IF(ISNUMBER(${T})*ISNUMBER(${R})*(${T}>0);INT(${R}*1000/${T})/1000;""))}`;
}

/** The data tab's layout when the template creates it: inputs first, rate columns after. */
export function dataTabLayout(tab: DataTab): {
  readonly headers: readonly string[];
  readonly columns: ReadonlyMap<string, number>;
  readonly rates: readonly Contribution[];
} {
  const columns = new Map(tab.columns.map((c, i) => [c.key, i + 1]));
  return { headers: tab.columns.map((c) => c.header), columns, rates: rateColumns(tab) };
}

/**
 * The roadmap tab's rows, pre-filled from a preset. The header names indicators by their short
 * forms, which MUCTIEU and the checks read as well as the ids; interpolated targets are noted.
 */
export function roadmapGrid(preset: Roadmap): (string | number)[][] {
  const rows: (string | number)[][] = [["Năm", ...INDICATORS.map((i) => i.short), "Ghi chú"]];
  for (const year of roadmapYears(preset)) {
    const notes = new Map<string, string[]>();
    let set = 0;
    const cells = INDICATORS.map((i) => {
      const t = targetOf(preset, i.id, year);
      if (t) set += 1;
      if (t?.note) notes.set(t.note, [...(notes.get(t.note) ?? []), i.short]);
      return t ? t.value : "";
    });
    const note = [...notes]
      .map(([n, list]) => (list.length === set ? n : `${list.join(", ")}: ${n}`))
      .join("; ");
    rows.push([year, ...cells, note]);
  }
  return rows;
}

/** Notes for the roadmap header: where the figures come from, then each indicator's full name. */
export function roadmapHeaderNotes(source: string): string[] {
  return [source, ...INDICATORS.map((i) => i.name), ""];
}

/** The configuration tab's first rows: header, then each field with its initial value and help. */
export function configGrid(
  guidance: Pick<Guidance, "config">,
  values: Readonly<Record<string, string>> = {},
): string[][] {
  return [
    ["Mục", "Giá trị", "Hướng dẫn"],
    ...CONFIG_FIELDS.map((f) => [
      f.label,
      values[f.key] ?? f.initial,
      guidance.config[f.key] ?? "",
    ]),
  ];
}
