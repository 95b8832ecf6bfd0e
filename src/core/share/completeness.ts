// The completeness and timeliness tab (DHIS2's reporting-rate summary): expected, gathered, closed
// and on-time sources, in total, per former district and per area. Its rows are also the record a
// cut gathering run resumes from, so each outcome can be read back from its row; what only the
// add-on needs (the run's exact id, Apps Script's own message) sits in the last, hidden columns.

import type { Deadline } from "../check/config";
import type { Area } from "../check/registry";
import { GATHER } from "../messages";
import { FORMAT } from "../model/formats";
import { clip, formatDateTime, nameKey } from "../text";
import { instant } from "./closing";
import { areaKey, type SourceOutcome, type SourceStatus } from "./gather";
import type { CountedTwice } from "./snapshots";

type Cell = string | number | Date;

const DATE_TIME = "dd/MM/yyyy HH:mm";

/** The officer's columns, then the add-on's own (hidden). */
export const OUTCOME_HEADER = [
  "Mã địa bàn",
  "Tên địa bàn",
  "Trạng thái",
  "Tình trạng chốt",
  "Chốt lúc",
  "Người chốt",
  "Sửa sau khi chốt",
  "Số liệu thu thập lúc",
  "Số dòng",
  "Chi tiết",
  "Đường dẫn",
  "Mã lần thu thập",
  "Thông báo gốc của Google",
];
/** How many columns at the end are the add-on's own. */
export const HIDDEN_COLUMNS = 2;

const FORMATS = /* @__PURE__ */ OUTCOME_HEADER.map((_, i) =>
  i === 4 || i === 7 ? DATE_TIME : i === 8 ? "0" : FORMAT.text,
);

export function outcomeRow(o: SourceOutcome): Cell[] {
  return [
    o.code,
    o.name,
    GATHER.status[o.status],
    o.timeliness ? GATHER.timeliness[o.timeliness] : "",
    o.closedAt ? new Date(o.closedAt) : "",
    o.closedBy ?? "",
    o.changed ? GATHER.changed : "",
    o.gatheredAt ? new Date(o.gatheredAt) : "",
    o.rows ?? "",
    o.details.join("\n"),
    o.url ?? "",
    o.runId,
    o.raw ?? "",
  ].map((c) => (typeof c === "string" ? clip(c) : c));
}

const keyOf = <T extends string>(labels: Record<T, string>, label: unknown): T | undefined =>
  (Object.keys(labels) as T[]).find((k) => labels[k] === label);

/** Finds where the outcome table starts (its header row), 0-based, or -1. */
export function outcomeTableStart(grid: readonly (readonly unknown[])[]): number {
  return grid.findIndex(
    (r) =>
      typeof r[0] === "string" &&
      nameKey(r[0]) === nameKey(OUTCOME_HEADER[0] as string) &&
      r[2] === OUTCOME_HEADER[2],
  );
}

/**
 * Reads the outcomes back from the status tab, in its order. Columns are found by their header, so
 * a tab written before the date-time columns (exact times in "Mốc … (ms)" columns) still reads.
 */
export function readOutcomes(grid: readonly (readonly unknown[])[]): SourceOutcome[] {
  const out: SourceOutcome[] = [];
  const start = outcomeTableStart(grid);
  if (start < 0) return out;
  const header = (grid[start] ?? []).map((h) => (typeof h === "string" ? nameKey(h) : ""));
  const col = (...names: string[]) =>
    // Stryker disable next-line ConditionalExpression,EqualityOperator: col always gets one name, and column 0 is the code, never looked up
    names.map((n) => header.indexOf(nameKey(n))).find((i) => i >= 0) ?? -1;
  const [, name, status, timely, closedAt, by, changed, gatheredAt, rows, details, url, run, raw] =
    OUTCOME_HEADER.map((h) => col(h));
  // a tab written before the date-time columns kept the run and the exact times elsewhere
  const runId = (run ?? -1) >= 0 ? run : col("Lần thu thập");
  const [closedMs, gatheredMs] = [col("Mốc chốt (ms)"), col("Mốc thu thập (ms)")];
  for (const line of grid.slice(start + 1)) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: i is always given, and is -1 (line[-1] is undefined too) or a column after the code
    const at = (i = -1): unknown => (i >= 0 ? line[i] : undefined);
    const text = (i?: number) => {
      const v = at(i);
      return v === undefined || v === null || v === "" ? undefined : String(v);
    };
    const time = (i?: number, ms?: number) => {
      const old = at(ms);
      return instant(at(i)) ?? (typeof old === "number" ? old : undefined);
    };
    const code = line[0];
    const s = keyOf<SourceStatus>(GATHER.status, at(status));
    if (typeof code !== "string" || !code || !s) continue;
    const t = keyOf(GATHER.timeliness, at(timely));
    const count = at(rows);
    out.push({
      code,
      name: text(name) ?? "",
      status: s,
      timeliness: t,
      closed: t === "onTime" || t === "late",
      closedAt: time(closedAt, closedMs),
      closedBy: text(by),
      changed: text(changed) !== undefined || undefined,
      gatheredAt: time(gatheredAt, gatheredMs),
      rows: typeof count === "number" ? count : undefined,
      details: text(details)?.split("\n") ?? [],
      url: text(url),
      runId: text(runId) ?? "",
      raw: text(raw),
    });
  }
  return out;
}

interface Tally {
  expected: number;
  gathered: number;
  closed: number;
  onTime: number;
  changed: number;
}

function tally(outcomes: readonly SourceOutcome[]): Tally {
  return {
    expected: outcomes.length,
    gathered: outcomes.filter((o) => o.gatheredAt !== undefined).length,
    closed: outcomes.filter((o) => o.closed).length,
    onTime: outcomes.filter((o) => o.timeliness === "onTime").length,
    changed: outcomes.filter((o) => o.changed).length,
  };
}

function tallyRow(label: string, t: Tally): Cell[] {
  const share = (n: number) => (t.expected ? Math.floor((n * 1000) / t.expected) / 1000 : "");
  const { expected, gathered, closed, onTime, changed } = t;
  return [label, expected, gathered, closed, onTime, share(gathered), share(onTime), changed];
}

export interface CompletenessBlock {
  readonly values: Cell[][];
  readonly formats: string[][];
  readonly boldRows: readonly number[];
  readonly frozenRows: number;
  /** The sheet row of each outcome, in the order given. */
  readonly firstOutcomeRow: number;
}

/** Lays out the tab: title, run state, totals (all and per former district), then one row per area. */
export function renderCompleteness(
  year: number,
  outcomes: readonly SourceOutcome[],
  areas: readonly Area[],
  deadline: Deadline,
  runLine: string,
): CompletenessBlock {
  const width = OUTCOME_HEADER.length;
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const boldRows: number[] = [];
  const push = (cells: Cell[], f: string[]) => {
    values.push([...cells, ...Array(width - cells.length).fill("")]);
    formats.push([...f, ...Array(width - f.length).fill(FORMAT.text)]);
    return values.length;
  };
  const text = (t: string) => push([clip(t)], [FORMAT.text]);
  boldRows.push(text(GATHER.completenessTitle(year)));
  text(`${GATHER.deadline(`${deadline.day}/${deadline.month}/${year}`)}. ${runLine}`);
  push([], []);
  const t = GATHER.totals;
  const tallyFormats = [FORMAT.text, "0", "0", "0", "0", FORMAT.rate, FORMAT.rate, "0"];
  const head = ["", t.expected, t.gathered, t.closed, t.onTime, t.reportingRate, t.onTimeRate];
  boldRows.push(
    push(
      [...head, t.changed],
      tallyFormats.map(() => FORMAT.text),
    ),
  );
  boldRows.push(push(tallyRow(GATHER.all, tally(outcomes)), tallyFormats));
  const districts = [
    ...new Set(areas.map((a) => a.formerDistrict).filter((d): d is string => Boolean(d))),
  ];
  for (const d of districts) {
    const codes = new Set(areas.filter((a) => a.formerDistrict === d).map((a) => areaKey(a.code)));
    const mine = outcomes.filter((o) => codes.has(areaKey(o.code)));
    if (mine.length) push(tallyRow(clip(d), tally(mine)), tallyFormats);
  }
  push([], []);
  boldRows.push(
    push(
      OUTCOME_HEADER,
      OUTCOME_HEADER.map(() => FORMAT.text),
    ),
  );
  const frozenRows = values.length;
  for (const o of outcomes) push(outcomeRow(o), FORMATS);
  return { values, formats, boldRows, frozenRows, firstOutcomeRow: frozenRows + 1 };
}

/** What an officer should look at for one source, or undefined when all is well. */
export function attention(o: SourceOutcome): string | undefined {
  // "n lỗi …:" announces the first finding: keep them together
  const parts =
    o.status !== "gathered"
      ? [GATHER.status[o.status], o.details.slice(0, 2).join(" ")]
      : [...(o.timeliness === "openLate" ? [GATHER.timeliness.openLate] : []), ...o.details];
  const text = parts.filter(Boolean).join(" — ");
  return text ? clip(text) : undefined;
}

/** Lines an upper-level summary adds under its stamp, so "✓ Khớp" never hides what is missing. */
export function summaryNotes(
  outcomes: readonly SourceOutcome[],
  twice: readonly CountedTwice[],
): string[] {
  const names = (list: readonly SourceOutcome[]) => list.map((o) => o.name || o.code).join(", ");
  const notGathered = outcomes.filter((o) => o.status !== "gathered");
  const open = outcomes.filter((o) => o.gatheredAt !== undefined && !o.closed);
  const changed = outcomes.filter((o) => o.changed);
  return [
    notGathered.length ? GATHER.notes.notGathered(names(notGathered)) : "",
    open.length ? GATHER.notes.open(names(open)) : "",
    changed.length ? GATHER.notes.changed(names(changed)) : "",
    twice.length ? GATHER.notes.twice(twice.map((t) => t.area).join(", ")) : "",
  ]
    .filter(Boolean)
    .map((line) => clip(line));
}

/** The run line of the status tab while a run goes on, and once it is done. */
export function runLine(startedAt: number, done: number, total: number, finishedAt?: number) {
  const end = finishedAt === undefined ? undefined : formatDateTime(finishedAt);
  return GATHER.run(formatDateTime(startedAt), done, total, end);
}
