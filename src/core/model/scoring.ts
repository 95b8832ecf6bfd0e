// The scoring tabs ("Chấm điểm …") as data: one per model, their columns from the criteria set, and
// the two header formulas (total, verdict) that fill every row below, typed now or later.

import { columnFrom, columnLetter } from "../a1";
import { SCORING, VERDICT } from "../messages";
import type { CriteriaSet, Form, ModelId } from "./criteria";
import { type Column, type DataTab, YEAR } from "./schema";

export interface ScoringSpec {
  readonly model: ModelId;
  readonly tab: string;
  /** What one row is, for messages and the recognition list: "hộ", "người". */
  readonly noun: string;
  readonly nameHeader: string;
  /** The tab whose codes the code column names; CĐHT and ĐVHT rows are those villages or units. */
  readonly codeTab: "villages" | "units";
  /** One row per code and year (the village or unit itself), rather than many per village. */
  readonly perCode?: boolean;
  /** Where its counts roll up: the village (or unit) tab's registered and recognised columns. */
  readonly rollup?: { readonly registered: string; readonly recognized: string };
}

export const SCORING_SPECS: readonly ScoringSpec[] = [
  {
    model: "GDHT",
    tab: "Chấm điểm Gia đình",
    noun: "hộ",
    nameHeader: "Tên chủ hộ",
    codeTab: "villages",
    rollup: { registered: "hhRegistered", recognized: "hhRecognized" },
  },
  {
    model: "DHHT",
    tab: "Chấm điểm Dòng họ",
    noun: "dòng họ",
    nameHeader: "Tên dòng họ",
    codeTab: "villages",
    rollup: { registered: "clansRegistered", recognized: "clansRecognized" },
  },
  {
    model: "CONGDONG",
    tab: "Chấm điểm Cộng đồng",
    noun: "thôn/TDP",
    nameHeader: "Tên thôn/TDP",
    codeTab: "villages",
    perCode: true,
    rollup: { registered: "cdhtRegistered", recognized: "cdhtRecognized" },
  },
  {
    model: "DVHT",
    tab: "Chấm điểm Đơn vị",
    noun: "đơn vị",
    nameHeader: "Tên đơn vị",
    codeTab: "units",
    perCode: true,
    rollup: { registered: "dvhtRegistered", recognized: "dvhtRecognized" },
  },
  {
    model: "CONGDAN",
    tab: "Chấm điểm Công dân",
    noun: "người",
    nameHeader: "Họ và tên",
    codeTab: "villages",
  },
];

export const TOTAL_HEADER = "Tổng điểm";
export const VERDICT_HEADER = "Kết quả";
export const REGISTERED_HEADER = "Đăng ký";

/** The developer-metadata id of a model's scoring tab. */
export const SCORING_PREFIX = "scoring:";
export const scoringId = (model: ModelId) => `${SCORING_PREFIX}${model}`;

/** The column key of an item's points. */
export const itemKey = (code: string) => `item:${code}`;

/** Form names of a set with more than one form (citizen groups); none for a single form. */
export function formNames(set: CriteriaSet): string[] {
  return set.forms.length > 1 || set.forms[0]?.name ? set.forms.map((f) => f.name) : [];
}

/**
 * The scoring tab's input columns for a set: year, code, name, [group], registered, one column of
 * points per item, note. All forms of a set share item codes, so the first form names them.
 */
export function scoringTab(spec: ScoringSpec, set: CriteriaSet): DataTab {
  const forms = formNames(set);
  const items = set.forms[0]?.items ?? [];
  const codeHeader = spec.codeTab === "units" ? "Mã đơn vị" : "Mã thôn/TDP";
  const columns: Column[] = [
    YEAR,
    { key: "code", header: codeHeader, kind: "code", required: true },
    { key: "name", header: spec.nameHeader, kind: "text", required: true },
    ...(forms.length
      ? [
          {
            key: "form",
            header: "Đối tượng",
            kind: "choice",
            required: true,
            choices: forms,
          } as const,
        ]
      : []),
    { key: "registered", header: REGISTERED_HEADER, kind: "mark" },
    ...items.map(
      (item): Column => ({
        key: itemKey(item.code),
        header: `Điểm ${item.code}`,
        kind: "points",
        max: Math.max(...set.forms.map((f) => f.items.find((i) => i.code === item.code)?.max ?? 0)),
      }),
    ),
    { key: "note", header: "Ghi chú", kind: "text" },
  ];
  return {
    id: "scoring",
    name: spec.tab,
    rowNoun: spec.noun,
    codeKey: "code",
    nameKey: "name",
    columns,
    rules: [],
    contributions: [],
  };
}

/** A new tab's headers: inputs, with the two computed columns before the note. */
export function scoringHeaders(tab: DataTab): string[] {
  const inputs = tab.columns.map((c) => c.header);
  return [...inputs.slice(0, -1), TOTAL_HEADER, VERDICT_HEADER, ...inputs.slice(-1)];
}

/** `expr ≥ value` with integer literals only (7,5 → expr*10>=75), as every locale parses. */
function atLeast(expr: string, value: number): string {
  for (const d of [1, 10, 100, 1000]) {
    const n = Number((value * d).toPrecision(12));
    if (Number.isInteger(n)) return d === 1 ? `${expr}>=${n}` : `${expr}*${d}>=${n}`;
  }
  return `${expr}*1000>=${Math.round(value * 1000)}`;
}

const quote = (s: string) => `"${s.replace(/"/gu, '""')}"`;

/** A form's rule on one row, as a product of comparisons (1 when every part holds). */
function ruleOf(form: Form, items: readonly string[]): string {
  const sum = (ix: readonly number[]) => `(${ix.map((i) => items[i]).join("+")})`;
  const all = form.items.map((_, i) => i);
  const max = (ix: readonly number[]) => ix.reduce((s, i) => s + (form.items[i]?.max ?? 0), 0);
  return [
    atLeast(sum(all), form.pass),
    ...form.mins.flatMap((m, i) => (m > 0 ? [atLeast(items[i] as string, m)] : [])),
    ...form.groups.map((g) => atLeast(`${sum(g.items)}*100`, g.percent * max(g.items))),
  ]
    .map((part) => `(${part})`)
    .join("*");
}

/**
 * The header formulas of the total and verdict columns: `{"header"; ARRAYFORMULA(…)}` over whole
 * columns, so every row typed later is scored too. Blank rows stay blank; a row with no points is
 * "Chưa chấm", one with some missing "Thiếu điểm", text among the points "Điểm chưa hợp lệ".
 * `columns` maps the tab's column keys to sheet columns (1-based).
 */
export function scoringFormulas(
  tab: DataTab,
  set: CriteriaSet,
  columns: ReadonlyMap<string, number>,
): { readonly total: string; readonly verdict: string } {
  const range = (key: string) => columnFrom(columns.get(key) ?? 1, 2);
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: formulas are written for a usable set, which has a form
  const items = (set.forms[0]?.items ?? []).map((i) => range(itemKey(i.code)));
  const blank = `LEN(${range("name")})=0`;
  const sum = `(${items.join("+")})`;
  const filled = `(${items.map((c) => `(LEN(${c})>0)`).join("+")})`;
  const rules = set.forms.map((f) => ruleOf(f, items));
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a tab lacks the form column only for a one-form set, whose rule is one
  const form = tab.columns.some((c) => c.key === "form") ? range("form") : "";
  const rule =
    new Set(rules).size === 1 || !form
      ? (rules[0] as string)
      : set.forms.reduceRight(
          (rest, f, i) => `IF(${form}=${quote(f.name)};${rules[i]};${rest})`,
          "0",
        );
  const w = SCORING.word;
  const verdict = `IF(${filled}=0;${quote(w.unscored)};IF(${filled}<${items.length};${quote(w.missing)};IF(${rule};${quote(VERDICT.met)};${quote(VERDICT.notMet)})))`;
  const column = (header: string, body: string) =>
    `={${quote(header)};ARRAYFORMULA(IF(${blank};"";IFERROR(${body};${body === sum ? '""' : quote(w.invalid)})))}`;
  return { total: column(TOTAL_HEADER, sum), verdict: column(VERDICT_HEADER, verdict) };
}

/** The letter of a column, for messages that point at a whole column. */
export const letterOf = (columns: ReadonlyMap<string, number>, key: string) =>
  columnLetter(columns.get(key) ?? 1);
