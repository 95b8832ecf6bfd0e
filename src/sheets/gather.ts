// Thu thập: the district or province opens each listed sheet read-only (one open, one read per tab),
// checks it, and copies the year's rows into its snapshot tabs. Every source ends in one status; a
// bad source keeps its previous rows; a run stops before Apps Script's 6-minute limit and resumes.

import type { Deadline } from "../core/check/config";
import type { Finding } from "../core/check/read";
import { type Area, readRegistry } from "../core/check/registry";
import { rowRules } from "../core/check/rules";
import { blockingErrors, type Grid } from "../core/check/workbook";
import { CLOSING, GATHER, JOB } from "../core/messages";
import { FORMAT } from "../core/model/formats";
import {
  COMMUNE_TABS,
  CONFIG_TAB,
  type DataTab,
  ROADMAP_TAB,
  TEMPLATE_VERSION,
} from "../core/model/schema";
import { formatOf } from "../core/model/template";
import { LOG_TAB, readLog, timeliness, yearState } from "../core/share/closing";
import { outcomeTableStart, parseOutcomeRow, renderCompleteness } from "../core/share/completeness";
import {
  expectedAreas,
  mergeSnapshot,
  readSnapshot,
  type SourceOutcome,
  snapshotName,
  snapshotRows,
} from "../core/share/gather";
import { formatDateTime } from "../core/text";
import type { JobResult } from "./run";
import { claimTab, findTab, indexByName, META, mark, readGrid, resizeRows } from "./tabs";
import { readWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface GatherOptions {
  /** Epoch ms now; the simulated clock in tests. */
  readonly now: () => number;
  /** Stop starting new sources after this long (Apps Script stops scripts at 6 minutes). */
  readonly budgetMs?: number;
  /** Write snapshots every this many sources, so a cut run loses little. */
  readonly batch?: number;
}

export const DEFAULT_BUDGET_MS = 5 * 60 * 1000;
const MAX_DETAILS = 5;

export const STATUS_TAB = (year: number) => `Tình trạng thu thập ${year}`;
const RUN_KEY = "mhht.run";

interface Gathered {
  readonly outcome: SourceOutcome;
  /** Snapshot rows by data tab id, when the source gave new rows. */
  readonly rows?: Partial<Record<string, (string | number)[][]>>;
}

/** How Apps Script says a sheet is not shared with us, and that a URL leads nowhere. */
const NO_ACCESS = /permission|access the requested document/iu;
const NOT_FOUND =
  /Unexpected error while getting the method or property openBy|Invalid argument|Bad value|is missing|not found/iu;

const findingText = (f: Finding) => `${f.tab} ${f.cell}: ${f.message}`;

/** A source's tabs, found by their template names (a few calls), or by metadata if renamed. */
function readSource(source: Spreadsheet, year: number) {
  const names: Record<string, string> = { config: CONFIG_TAB, roadmap: ROADMAP_TAB, log: LOG_TAB };
  for (const tab of COMMUNE_TABS) {
    names[tab.id] = tab.name;
    names[`snapshot:${tab.id}`] = snapshotName(tab, year);
  }
  const optional = Object.keys(names).filter((id) => id !== "config");
  const people = { scoring: false }; // scoring tabs stay in the commune
  const read = readWorkbook(source, indexByName(source, names, optional), people);
  const renamed =
    read.checked.config.level === "Xã" && COMMUNE_TABS.some((t) => !read.grids.data[t.id]);
  return renamed ? readWorkbook(source, undefined, people) : read;
}

/** Reads one source. Never throws: every failure is a status. */
export function gatherSource(
  area: Area,
  year: number,
  deadline: Deadline,
  now: number,
  runId: string,
  previous?: SourceOutcome,
): Gathered {
  const base = {
    code: area.code,
    name: area.name,
    url: area.url,
    runId,
    gatheredAt: previous?.gatheredAt,
    rows: previous?.rows,
  };
  const fail = (status: SourceOutcome["status"], details: string[]): Gathered => ({
    outcome: {
      ...base,
      status,
      details: previous?.gatheredAt
        ? [...details, GATHER.detail.keptPrevious(formatDateTime(previous.gatheredAt))]
        : details,
    },
  });
  if (!area.url) return fail("noUrl", [GATHER.detail.noUrl]);
  let source: Spreadsheet;
  try {
    source = SpreadsheetApp.openByUrl(area.url);
  } catch (e) {
    // Only failures that say something about the source become its status; anything else (an
    // outage, the time limit) ends the run, which resumes from what was already written.
    const message = e instanceof Error ? e.message : String(e);
    if (NO_ACCESS.test(message)) return fail("noAccess", [GATHER.detail.noAccess]);
    if (NOT_FOUND.test(message)) return fail("notFound", [GATHER.detail.notFound]);
    throw e;
  }
  const version =
    source
      .getDeveloperMetadata()
      .find((md) => md.getKey() === META.template)
      ?.getValue() ?? undefined;
  if (version === undefined) return fail("notAddon", [GATHER.detail.notAddon]);
  if (version !== String(TEMPLATE_VERSION))
    return fail("wrongVersion", [GATHER.detail.wrongVersion(version, TEMPLATE_VERSION)]);

  const read = readSource(source, year);
  const log = findTab(read.index, "log", LOG_TAB);
  const state = yearState(log ? readLog(readGrid(log)) : [], year);
  const closing = {
    closed: state.closed,
    closedAt: state.closedAt,
    closedBy: state.closedBy,
    timeliness: timeliness(state, deadline, year, now),
  };
  const stamp = {
    sourceCode: area.code,
    sourceUrl: area.url,
    gatheredAt: formatDateTime(now),
    closedState: state.closed
      ? CLOSING.statusClosed(state.closedBy ?? "", formatDateTime(state.closedAt ?? now))
      : CLOSING.statusOpen,
  };
  const rows: Record<string, (string | number)[][]> = {};
  let errors: Finding[];
  if (read.checked.config.level === "Xã") {
    // Targets are the upper level's own; a commune's roadmap tab never stops its counts.
    errors = blockingErrors(read.checked.findings, year).filter((f) => f.tab !== ROADMAP_TAB);
    for (const tab of COMMUNE_TABS) {
      const t = read.checked.tabs[tab.id];
      if (t)
        rows[tab.id] = snapshotRows(t, year, stamp, () => ({
          code: area.code,
          name: area.name,
          via: area.formerDistrict ?? "",
        }));
    }
  } else {
    errors = [];
    for (const tab of COMMUNE_TABS) {
      const sheet = read.index.byName.get(snapshotName(tab, year));
      if (!sheet) continue;
      const snap = readSnapshot(tab, readGrid(sheet), sheet.getName());
      // Village codes repeat across communes: only the row rules apply to a gathered snapshot.
      errors.push(...blockingErrors([...snap.read.findings, ...rowRules(snap.read)], year));
      rows[tab.id] = snapshotRows(snap.read, year, stamp, (r) => {
        const p = snap.prefix.get(r.sheetRow) ?? {};
        return { code: p.areaCode ?? "", name: p.areaName ?? "", via: area.name };
      });
    }
  }
  if (errors.length)
    return {
      outcome: {
        ...base,
        ...closing,
        status: "hasErrors",
        details: [
          GATHER.detail.errors(errors.length),
          ...errors.slice(0, MAX_DETAILS).map(findingText),
          ...(previous?.gatheredAt
            ? [GATHER.detail.keptPrevious(formatDateTime(previous.gatheredAt))]
            : []),
        ],
      },
    };
  const count = Object.values(rows).reduce((n, r) => n + r.length, 0);
  if (count === 0) return fail("noData", []);
  return {
    outcome: { ...base, ...closing, status: "gathered", gatheredAt: now, rows: count, details: [] },
    rows,
  };
}

/**
 * Replaces a tab's contents with one write: rows past the new end are blanked in the same call.
 * Clearing first would leave an empty tab to a run killed between the two calls, and the rows
 * of every source already marked done would be lost.
 */
function overwrite(
  sheet: Sheet,
  values: unknown[][],
  formats: string[][],
  bold: (row: number) => boolean,
): void {
  const width = values[0]?.length ?? 1;
  const rows = Math.max(values.length, sheet.getLastRow(), 1);
  resizeRows(sheet, Math.max(rows, sheet.getMaxRows()));
  const blank = Array(width).fill("");
  const pad = <T>(grid: T[][], fill: T[]) => [
    ...grid,
    ...Array.from({ length: rows - grid.length }, () => fill),
  ];
  sheet
    .getRange(1, 1, rows, width)
    .setNumberFormats(pad(formats, Array(width).fill(FORMAT.text)))
    .setValues(pad(values, blank))
    .setFontWeights(
      Array.from({ length: rows }, (_, r) => Array(width).fill(bold(r + 1) ? "bold" : "normal")),
    );
  resizeRows(sheet, Math.max(values.length, 2));
}

/** A snapshot tab: text as text, counts as numbers. */
function writeSnapshot(sheet: Sheet, tab: DataTab, grid: unknown[][]): void {
  const formats = [...Array(7).fill(FORMAT.text), ...tab.columns.map(formatOf)];
  overwrite(
    sheet,
    grid,
    grid.map(() => formats),
    (r) => r === 1,
  );
  sheet.setFrozenRows(1);
}

function writeStatus(sheet: Sheet, block: ReturnType<typeof renderCompleteness>): void {
  overwrite(sheet, block.values, block.formats, (r) => block.boldRows.includes(r));
  sheet.setFrozenRows(block.frozenRows);
}

interface RunState {
  readonly runId: string;
  readonly finished: boolean;
}

/** Gathers `year` into this (upper-level) workbook; resumes an unfinished run. */
export function gather(
  ss: Spreadsheet,
  wanted: number | undefined,
  options: GatherOptions,
): JobResult & { finished?: boolean; year?: number } {
  const started = options.now();
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const batch = options.batch ?? 25;
  const read = readWorkbook(ss);
  const { config } = read.checked;
  if (config.level === "Xã") return { ok: false, message: GATHER.notUpper };
  const year = wanted ?? config.year;
  if (!year) return { ok: false, message: JOB.noYear };
  const areasTab = read.grids.data.areas;
  const registry = readRegistry(areasTab?.grid ?? [], areasTab?.name);
  const registryErrors = registry.findings.filter((f) => f.severity === "error");
  if (registryErrors.length)
    return { ok: false, message: JOB.blocked(registryErrors.length), findings: registryErrors };
  const expected = expectedAreas(registry.areas, year);
  if (!expected.some((a) => a.url))
    return { ok: false, message: GATHER.noAreas, findings: registry.findings };

  const index = read.index;
  const statusSheet = claimTab(ss, index, STATUS_TAB(year), `gather:${year}`).sheet;
  const statusGrid = readGrid(statusSheet);
  const previous = new Map<string, SourceOutcome>();
  const start = outcomeTableStart(statusGrid);
  if (start >= 0)
    for (const line of statusGrid.slice(start + 1)) {
      const o = parseOutcomeRow(line);
      if (o) previous.set(o.code.toUpperCase(), o);
    }
  const stored = statusSheet
    .getDeveloperMetadata()
    .find((md) => md.getKey() === RUN_KEY)
    ?.getValue();
  const last: RunState | undefined = stored ? (JSON.parse(stored) as RunState) : undefined;
  const runId = last && !last.finished ? last.runId : formatDateTime(started);

  const snapshotSheets = COMMUNE_TABS.map(
    (tab) => claimTab(ss, index, snapshotName(tab, year), `snapshot:${year}:${tab.id}`).sheet,
  );
  const snapshots: Grid[] = snapshotSheets.map(readGrid);
  const fresh = COMMUNE_TABS.map(() => new Map<string, (string | number)[][]>());
  const outcomes = new Map<string, SourceOutcome>();
  for (const a of expected) {
    const before = previous.get(a.code.toUpperCase());
    outcomes.set(
      a.code.toUpperCase(),
      before?.runId === runId
        ? before
        : {
            code: a.code,
            name: a.name,
            url: a.url,
            status: "pending",
            details: [],
            runId,
            gatheredAt: before?.gatheredAt,
            rows: before?.rows,
          },
    );
  }

  const flush = (finished: boolean) => {
    COMMUNE_TABS.forEach((tab, i) => {
      if (!fresh[i]?.size) return;
      const merged = mergeSnapshot(
        snapshots[i] ?? [],
        tab,
        fresh[i] as Map<string, (string | number)[][]>,
      );
      writeSnapshot(snapshotSheets[i] as Sheet, tab, merged);
      snapshots[i] = merged;
      fresh[i]?.clear();
    });
    const list = [...outcomes.values()];
    const done = list.filter((o) => o.status !== "pending").length;
    const line = finished
      ? GATHER.progress.finished(runId, formatDateTime(options.now()))
      : GATHER.progress.running(runId, done, list.length);
    writeStatus(statusSheet, renderCompleteness(year, list, registry.areas, config.deadline, line));
    mark(statusSheet, RUN_KEY, JSON.stringify({ runId, finished } satisfies RunState));
  };

  let sinceFlush = 0;
  let stopped = false;
  for (const area of expected) {
    const key = area.code.toUpperCase();
    if (outcomes.get(key)?.status !== "pending") continue;
    if (options.now() - started > budget) {
      stopped = true;
      break;
    }
    const result = gatherSource(
      area,
      year,
      config.deadline,
      options.now(),
      runId,
      previous.get(key),
    );
    outcomes.set(key, result.outcome);
    COMMUNE_TABS.forEach((tab, i) => {
      const rows = result.rows?.[tab.id];
      if (rows) fresh[i]?.set(area.code, rows);
    });
    if (++sinceFlush >= batch) {
      flush(false);
      sinceFlush = 0;
    }
  }
  flush(!stopped);
  const list = [...outcomes.values()];
  const done = list.filter((o) => o.status !== "pending").length;
  if (stopped)
    return {
      ok: true,
      finished: false,
      year,
      message: GATHER.paused(done, list.length),
      sheet: statusSheet.getName(),
    };
  const gathered = list.filter((o) => o.status === "gathered").length;
  const problems = list.filter((o) => o.status !== "gathered").length;
  return {
    ok: true,
    finished: true,
    year,
    message: GATHER.done(gathered, list.length, problems),
    sheet: statusSheet.getName(),
  };
}
