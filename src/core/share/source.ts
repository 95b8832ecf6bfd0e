// One lower-level source judged from what was read of it: its status (every failure is one), the
// year's rows stamped for the snapshot, its closing state, and whether its rows changed after closing.

import type { Deadline } from "../check/config";
import type { Finding } from "../check/read";
import type { Area } from "../check/registry";
import { blockingErrors, checkWorkbook, type Grid, type WorkbookGrids } from "../check/workbook";
import { CLOSING, GATHER } from "../messages";
import { COMMUNE_TABS, CONFIG_TAB, ROADMAP_TAB, TEMPLATE_VERSION } from "../model/schema";
import { clip, formatDateTime } from "../text";
import { readLog, timeliness, yearFingerprint, yearState } from "./closing";
import { readSnapshot, type SourceOutcome, snapshotRows } from "./gather";
import { checkSnapshots } from "./snapshots";

const MAX_DETAILS = 5;

/** What was read of a source: the template version, then (when it fits) its tabs. */
export interface SourceRead {
  /** The template version the source carries; undefined when it has none. */
  readonly version?: string;
  /** A commune (it has data tabs), not a district (it has snapshot tabs). */
  readonly commune: boolean;
  /** A commune's data tabs, or a district's snapshot tabs for the year, by data tab id. */
  readonly data: WorkbookGrids["data"];
  readonly log?: Grid;
}

export interface Gathered {
  readonly outcome: SourceOutcome;
  /** Snapshot rows by data tab id, when the source gave new rows. */
  readonly rows?: Partial<Record<string, (string | number)[][]>>;
}

export interface SourceContext {
  readonly area: Area;
  readonly year: number;
  readonly deadline: Deadline;
  readonly now: number;
  readonly runId: string;
  /** The source's outcome in the status tab before this run. */
  readonly previous?: SourceOutcome;
}

/** Whether a version read from a source is this add-on's template, so its tabs are worth reading. */
export const versionFits = (version: string | undefined): boolean =>
  version === String(TEMPLATE_VERSION);

const findingText = (f: Finding) => `${f.tab} ${f.cell}: ${f.message}`;

/** Who an outcome is about, in a run: the fields every outcome starts with. */
export const outcomeOf = (area: Area, runId: string) => ({
  code: area.code,
  name: area.name,
  url: area.url,
  runId,
});

/** An outcome without new rows: the previous snapshot rows stay, and the details say so. */
export function failed(
  ctx: SourceContext,
  status: SourceOutcome["status"],
  details: string[],
  extra: Partial<SourceOutcome> = {},
): Gathered {
  const { area, previous } = ctx;
  const kept = previous?.gatheredAt
    ? [GATHER.detail.keptPrevious(formatDateTime(previous.gatheredAt))]
    : [];
  return {
    outcome: {
      ...outcomeOf(area, ctx.runId),
      gatheredAt: previous?.gatheredAt,
      rows: previous?.rows,
      ...extra,
      status,
      details: [...details, ...kept],
    },
  };
}

/** Judges a source from what was read of it. Never throws on bad data: every problem is a status. */
export function judgeSource(ctx: SourceContext, read: SourceRead): Gathered {
  const { area, year, now } = ctx;
  if (read.version === undefined) return failed(ctx, "notAddon", [GATHER.detail.notAddon]);
  if (!versionFits(read.version))
    return failed(ctx, "wrongVersion", [
      GATHER.detail.wrongVersion(read.version, TEMPLATE_VERSION),
    ]);
  const { commune } = read;
  // read as a commune (no configuration read: the defaults); only the data tabs count
  const checked = checkWorkbook({ data: commune ? read.data : {} });
  const tabs = COMMUNE_TABS.flatMap((t) => checked.tabs[t.id] ?? []);
  const state = yearState(read.log ? readLog(read.log) : [], year);
  const changed =
    commune && state.closed && state.fingerprint !== undefined
      ? yearFingerprint(tabs, year) !== state.fingerprint
      : undefined;
  const closing: Partial<SourceOutcome> = {
    closed: state.closed,
    closedAt: state.closedAt,
    closedBy: state.closedBy,
    timeliness: timeliness(state, ctx.deadline, year, now),
    changed,
  };
  const closedAt = formatDateTime(state.closedAt ?? now);
  const stamp = {
    sourceCode: area.code,
    sourceUrl: area.url ?? "",
    gatheredAt: formatDateTime(now),
    closedState: clip(
      state.closed
        ? `${CLOSING.statusClosed(state.closedBy ?? "", closedAt)}${changed ? ` — ${GATHER.changed}` : ""}`
        : CLOSING.statusOpen,
    ),
  };
  const rows: Record<string, (string | number)[][]> = {};
  let errors: Finding[];
  if (commune) {
    // Targets are the upper level's own, names and codes come from its list: a commune's roadmap
    // and configuration tabs never stop its counts.
    errors = blockingErrors(checked.findings, year).filter(
      (f) => f.tab !== ROADMAP_TAB && f.tab !== CONFIG_TAB,
    );
    for (const t of tabs)
      rows[t.tab.id] = snapshotRows(t, year, stamp, () => ({
        code: area.code,
        name: area.name,
        via: area.formerDistrict ?? "",
      }));
  } else {
    // A district's snapshots are checked like any data before their rows are taken.
    const snaps = COMMUNE_TABS.flatMap((tab) => {
      const s = read.data[tab.id];
      return s ? [readSnapshot(tab, s.grid, s.name)] : [];
    });
    const verdict = checkSnapshots(snaps);
    errors = blockingErrors(verdict.findings, year);
    for (const snap of verdict.counted)
      rows[snap.tab.id] = snapshotRows(snap.read, year, stamp, (r) => {
        const p = snap.prefix.get(r.sheetRow) ?? {};
        return { code: p.areaCode ?? "", name: p.areaName ?? "", via: area.name };
      });
  }
  if (errors.length)
    return failed(
      ctx,
      "hasErrors",
      [GATHER.detail.errors(errors.length), ...errors.slice(0, MAX_DETAILS).map(findingText)],
      closing,
    );
  const count = Object.values(rows).reduce((n, r) => n + r.length, 0);
  if (count === 0) return failed(ctx, "noData", [], closing);
  const details = changed ? [GATHER.detail.changed(closedAt)] : [];
  return {
    outcome: {
      ...outcomeOf(area, ctx.runId),
      ...closing,
      status: "gathered",
      gatheredAt: now,
      rows: count,
      details,
    },
    rows,
  };
}
