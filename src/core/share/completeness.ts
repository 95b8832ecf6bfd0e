// The completeness and timeliness tab (DHIS2's reporting-rate summary): expected, gathered, closed
// and on-time sources, in total, per former district and per area. Its rows are also the record a
// cut gathering run resumes from, so each outcome can be read back from its row.

import type { Deadline } from "../check/config";
import type { Area } from "../check/registry";
import { GATHER } from "../messages";
import { FORMAT } from "../model/formats";
import type { Block } from "../report/render";
import { formatDateTime, nameKey } from "../text";
import type { SourceOutcome, SourceStatus } from "./gather";

type Cell = string | number;

export const OUTCOME_HEADER = [
  "Mã địa bàn",
  "Tên địa bàn",
  "Trạng thái",
  "Tình trạng chốt",
  "Chốt lúc",
  "Người chốt",
  "Số liệu thu thập lúc",
  "Số dòng",
  "Chi tiết",
  "Đường dẫn",
  "Lần thu thập",
  "Mốc chốt (ms)",
  "Mốc thu thập (ms)",
];

const FORMATS = /* @__PURE__ */ OUTCOME_HEADER.map((_, i) =>
  i === 7 || i >= 11 ? "0" : FORMAT.text,
);

export function outcomeRow(o: SourceOutcome): Cell[] {
  return [
    o.code,
    o.name,
    GATHER.status[o.status],
    o.timeliness ? GATHER.timeliness[o.timeliness] : "",
    o.closedAt ? formatDateTime(o.closedAt) : "",
    o.closedBy ?? "",
    o.gatheredAt ? formatDateTime(o.gatheredAt) : "",
    o.rows ?? "",
    o.details.join("\n"),
    o.url ?? "",
    o.runId,
    o.closedAt ?? "",
    o.gatheredAt ?? "",
  ];
}

const keyOf = <T extends string>(labels: Record<T, string>, label: unknown): T | undefined =>
  (Object.keys(labels) as T[]).find((k) => labels[k] === label);

/** Reads an outcome back from its row, or undefined for a row that is not one. */
export function parseOutcomeRow(line: readonly unknown[]): SourceOutcome | undefined {
  const [code, name, status, timely, , by, , rows, details, url, runId, closedAt, gatheredAt] =
    line;
  const s = keyOf<SourceStatus>(GATHER.status, status);
  if (typeof code !== "string" || !code || !s) return undefined;
  const t = keyOf(GATHER.timeliness, timely);
  return {
    code,
    name: String(name ?? ""),
    status: s,
    timeliness: t,
    closed: t === "onTime" || t === "late",
    closedAt: typeof closedAt === "number" ? closedAt : undefined,
    closedBy: by ? String(by) : undefined,
    gatheredAt: typeof gatheredAt === "number" ? gatheredAt : undefined,
    rows: typeof rows === "number" ? rows : undefined,
    details: details ? String(details).split("\n") : [],
    url: url ? String(url) : undefined,
    runId: String(runId ?? ""),
  };
}

/** Finds where the outcome table starts (its header row), 0-based, or -1. */
export function outcomeTableStart(grid: readonly (readonly unknown[])[]): number {
  return grid.findIndex(
    (r) =>
      typeof r[0] === "string" &&
      nameKey(r[0]) === nameKey(OUTCOME_HEADER[0] as string) &&
      r[2] === OUTCOME_HEADER[2],
  );
}

interface Tally {
  expected: number;
  gathered: number;
  closed: number;
  onTime: number;
}

function tally(outcomes: readonly SourceOutcome[]): Tally {
  return {
    expected: outcomes.length,
    gathered: outcomes.filter((o) => o.gatheredAt !== undefined).length,
    closed: outcomes.filter((o) => o.closed).length,
    onTime: outcomes.filter((o) => o.timeliness === "onTime").length,
  };
}

function tallyRow(label: string, t: Tally): Cell[] {
  const share = (n: number) => (t.expected ? Math.floor((n * 1000) / t.expected) / 1000 : "");
  return [label, t.expected, t.gathered, t.closed, t.onTime, share(t.gathered), share(t.onTime)];
}

/** Lays out the tab: title, run state, totals (all and per former district), then one row per area. */
export function renderCompleteness(
  year: number,
  outcomes: readonly SourceOutcome[],
  areas: readonly Area[],
  deadline: Deadline,
  runLine: string,
): Pick<Block, "values" | "formats" | "boldRows" | "frozenRows"> {
  const width = OUTCOME_HEADER.length;
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const boldRows: number[] = [];
  const push = (cells: Cell[], f: string[]) => {
    values.push([...cells, ...Array(width - cells.length).fill("")]);
    formats.push([...f, ...Array(width - f.length).fill(FORMAT.text)]);
    return values.length;
  };
  const text = (t: string) => push([t], [FORMAT.text]);
  boldRows.push(text(GATHER.completenessTitle(year)));
  text(`${GATHER.deadline(`${deadline.day}/${deadline.month}/${year}`)}. ${runLine}`);
  push([], []);
  const t = GATHER.totals;
  const tallyFormats = [FORMAT.text, "0", "0", "0", "0", FORMAT.rate, FORMAT.rate];
  boldRows.push(
    push(
      ["", t.expected, t.gathered, t.closed, t.onTime, t.reportingRate, t.onTimeRate],
      tallyFormats.map(() => FORMAT.text),
    ),
  );
  boldRows.push(push(tallyRow("Toàn bộ", tally(outcomes)), tallyFormats));
  const districts = [
    ...new Set(areas.map((a) => a.formerDistrict).filter((d): d is string => Boolean(d))),
  ];
  for (const d of districts) {
    const codes = new Set(areas.filter((a) => a.formerDistrict === d).map((a) => a.code));
    const mine = outcomes.filter((o) => codes.has(o.code));
    if (mine.length) push(tallyRow(d, tally(mine)), tallyFormats);
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
  return { values, formats, boldRows, frozenRows };
}
