// The jobs behind the menu and the sidebar. Every job that writes holds the document lock, and
// nothing is written when the data it would come from has errors: the officer gets the findings.

import { cellRow } from "../core/a1";
import type { Finding } from "../core/check/read";
import { readRegistry } from "../core/check/registry";

import type { Grid } from "../core/check/workbook";
import { GATHER, JOB } from "../core/messages";
import { CRITERIA_TAB } from "../core/model/criteria";

import { DEFAULT_PRESET, findPreset } from "../core/model/roadmaps";
import { COMMUNE_TABS, HIERARCHIES, type Level, ROADMAP_TAB } from "../core/model/schema";
import { blockMark, renderSummary, type SourceCheck, staleFormula } from "../core/report/render";
import { communeParts, type Summary, type SummaryPart, summarize } from "../core/report/summary";
import { readOutcomes, summaryNotes } from "../core/share/completeness";
import { readSnapshot, type SnapshotRead, upperParts } from "../core/share/gather";
import { checkSnapshots } from "../core/share/snapshots";
import { formatDateTime } from "../core/text";
import { changedSinceClosing, closeYear, readClosingLog, reopenYear } from "./closing";
import { reshadeSummary, shadeDataTab } from "./highlight";

import { blocked, type JobResult, withDocumentLock } from "./run";
import { ensureScoring } from "./scoring";

import { writeSummary } from "./summary";
import { findTab, generatedSheet, indexTabs, readGrid } from "./tabs";
import { ensureTemplate } from "./template";
import { type ReadWorkbook, readWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function summarizeFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}

/** Kiểm tra dữ liệu: every finding, nothing written. */
export function checkJob(ss: Spreadsheet): JobResult {
  const read = readWorkbook(ss);
  const findings = [
    ...read.checked.findings,
    ...changedSinceClosing(read, readClosingLog(read.index)),
  ];
  const { errors, warnings } = summarizeFindings(findings);
  return { ok: errors === 0, message: JOB.checkDone(errors, warnings), findings };
}

/** Tạo hoặc bổ sung mẫu for a level; the roadmap tab is pre-filled from `presetName`. */
export function templateJob(
  ss: Spreadsheet,
  level: Level,
  presetName = DEFAULT_PRESET,
  values: Record<string, string> = {},
): JobResult {
  return withDocumentLock(() => {
    const preset =
      findPreset(presetName) ??
      (findPreset(DEFAULT_PRESET) as NonNullable<ReturnType<typeof findPreset>>);
    const { created, completed, removed } = ensureTemplate(ss, level, preset, values);
    // Scoring tabs are optional: completed here only once the commune has started scoring.
    const index = indexTabs(ss);
    const scoring =
      level === "Xã" && findTab(index, "criteria", CRITERIA_TAB)
        ? ensureScoring(ss, index)
        : { created: [], completed: [], note: "" };
    const done = JOB.templateDone(
      [...created, ...scoring.created],
      [...completed, ...scoring.completed],
      removed,
    );
    return { ok: true, message: done + scoring.note };
  });
}

/** A block whose change makes a summary out of date (only `year`'s rows when given), marked now. */
function sourceCheck(
  sheet: string,
  grid: Grid,
  firstCol: number,
  lastCol: number,
  year?: SourceCheck["year"],
): SourceCheck {
  return { sheet, firstCol, lastCol, year, mark: blockMark(grid, firstCol, lastCol, year) };
}

/** The roadmap's row for the year: its targets, and their notes. */
function roadmapChecks(read: ReadWorkbook, year: number): SourceCheck[] {
  const grid = read.grids.roadmap;
  if (!grid) return [];
  const name = findTab(read.index, "roadmap", ROADMAP_TAB)?.getName() ?? ROADMAP_TAB;
  return [sourceCheck(name, grid, 1, grid[0]?.length ?? 1, { col: 1, value: year })];
}

interface SummarySources {
  readonly parts: SummaryPart[];
  /** Blocks whose change makes the summary out of date. */
  readonly checks: SourceCheck[];
  /** Tabs and their row counts, for the stamp. */
  readonly counts: [string, number][];
  readonly findings: Finding[];
  /** What the figures do not show, under the stamp. */
  readonly notes?: string[];
  /** Findings of the workbook that do not stop this summary (a bad row of the list of areas). */
  readonly excused?: (f: Finding) => boolean;
  /** What to say when the year has no rows to summarise. */
  readonly empty: string;
}

/** A commune summarises its data tabs' input columns. */
function communeSources(read: ReadWorkbook, year: number): SummarySources {
  const checks: SourceCheck[] = [];
  const counts: [string, number][] = [];
  for (const tab of COMMUNE_TABS) {
    const data = read.grids.data[tab.id];
    const mapped = read.checked.tabs[tab.id];
    if (!data || !mapped) continue;
    const cols = [...mapped.columns.values()];
    const yearCol = mapped.columns.get("year");
    checks.push(
      sourceCheck(
        data.name,
        data.grid,
        Math.min(...cols),
        Math.max(...cols),
        yearCol ? { col: yearCol, value: year } : undefined,
      ),
    );
    counts.push([data.name, mapped.rows.length]);
  }
  checks.push(...roadmapChecks(read, year));
  const parts = communeParts(read.checked.tabs, year);
  return { parts, checks, counts, findings: [], empty: JOB.noRows(year) };
}

/**
 * A district or province summarises the snapshots its gathering made, area by area, once they pass
 * the same checks as source data; its notes name the sources that are missing, unclosed or changed.
 */
export function upperSources(read: ReadWorkbook, year: number): SummarySources {
  const checks: SourceCheck[] = [];
  const counts: [string, number][] = [];
  const snapshots: SnapshotRead[] = [];
  for (const tab of COMMUNE_TABS) {
    const sheet = generatedSheet(read.index, `snapshot:${year}:${tab.id}`);
    if (!sheet) continue;
    const grid = readGrid(sheet);
    const snap = readSnapshot(tab, grid, sheet.getName());
    snapshots.push(snap);
    const yearCol = snap.read.columns.get("year");
    checks.push(
      sourceCheck(
        sheet.getName(),
        grid,
        1,
        grid[0]?.length ?? 1,
        yearCol ? { col: yearCol, value: year } : undefined,
      ),
    );
    counts.push([sheet.getName(), snap.read.rows.length]);
  }
  checks.push(...roadmapChecks(read, year));
  // Read with the workbook already; its findings are in the workbook's check. Its names, order
  // and mergers shape the summary too.
  const areasTab = read.grids.data.areas;
  if (areasTab)
    checks.push(sourceCheck(areasTab.name, areasTab.grid, 1, areasTab.grid[0]?.length ?? 1));
  const { areas } = readRegistry(areasTab?.grid ?? [], areasTab?.name);
  const { config } = read.checked;
  const byDistrict = config.level === "Tỉnh" && config.hierarchy !== HIERARCHIES[0];
  const checked = checkSnapshots(snapshots, areas);
  const status = generatedSheet(read.index, `gather:${year}`);
  const outcomes = status ? readOutcomes(readGrid(status)) : [];
  return {
    parts: upperParts(checked.counted, areas, year, byDistrict),
    checks,
    counts,
    findings: checked.findings,
    notes: summaryNotes(outcomes, checked.twice),
    // a bad row of the list was refused alone when gathering; the notes name it
    excused: (f) => f.tab === areasTab?.name && cellRow(f.cell) > 1,
    empty: GATHER.nothingGathered(year),
  };
}

const TOTAL_LABEL: Record<Level, string> = {
  Xã: "Toàn xã",
  Huyện: "Toàn huyện",
  Tỉnh: "Toàn tỉnh",
};

/** Tạo bảng tổng hợp for a year, every level: a district or province from its snapshots. */
export function summaryJob(ss: Spreadsheet, year?: number, now = Date.now()): JobResult {
  return makeSummary(ss, year, now, upperSources);
}

/**
 * Tạo bảng tổng hợp in the commune flavor: a commune from its data tabs. Upper levels summarise
 * gathered snapshots, which only the gathering flavor has; leaving them out keeps that code out of
 * the commune bundle.
 */
export function communeSummaryJob(ss: Spreadsheet, year?: number, now = Date.now()): JobResult {
  return makeSummary(ss, year, now);
}

/** A year's summary and what it was made from. */
export interface YearSummary {
  readonly read: ReadWorkbook;
  readonly sources: SummarySources;
  readonly summary: Summary;
}

/**
 * Summarises a year (the configuration's when none is given): a commune from its data tabs, a
 * district or province from its snapshots through `upper` (gathering flavor only); refused, with
 * the result that says why, while that year's data has errors. The summary tab and the printed
 * report are both made from it.
 */
export function summarizeYear(
  ss: Spreadsheet,
  year: number | undefined,
  upper?: typeof upperSources,
): YearSummary | JobResult {
  const read = readWorkbook(ss);
  const { config, roadmap, findings } = read.checked;
  const y = year ?? config.year;
  if (!y) return { ok: false, message: JOB.noYear, findings };
  const sources = config.level === "Xã" ? communeSources(read, y) : upper?.(read, y);
  if (!sources) return { ok: false, message: JOB.upperInGathering(config.level) };
  const own = findings.filter((f) => !sources.excused?.(f));
  const refused = blocked([...own, ...sources.findings], y);
  if (refused) return refused;
  if (!sources.parts.length) return { ok: false, message: sources.empty };
  if (!roadmap) return { ok: false, message: JOB.noRoadmap, findings };
  const summary = summarize(sources.parts, roadmap, y, config.areaName, TOTAL_LABEL[config.level]);
  return { read, sources, summary };
}

function makeSummary(
  ss: Spreadsheet,
  year: number | undefined,
  now: number,
  upper?: typeof upperSources,
): JobResult {
  return withDocumentLock(() => {
    const made = summarizeYear(ss, year, upper);
    if (!("summary" in made)) return made;
    const { read, sources, summary } = made;
    const { config } = read.checked;
    const y = summary.year;
    const block = renderSummary(summary, {
      madeAt: formatDateTime(now),
      sources: JOB.stamp.sources(sources.counts),
      staleFormula: staleFormula(sources.checks, JOB.stamp.upToDate, JOB.stamp.outOfDate),
      notes: sources.notes,
    });
    const name = `Tổng hợp ${config.level.toLowerCase()} ${y}`;
    const written = writeSummary(
      ss,
      read.index,
      block,
      name,
      { level: config.level, year: y },
      config.amberPoints,
    );
    // what the summary counted once or left out, shown beside it (gathered snapshots only)
    const warnings = sources.findings.filter((f) => f.severity === "warning");
    return {
      ok: true,
      message: JOB.summaryDone(written.sheet, written.kept),
      sheet: written.sheet,
      ...(warnings.length ? { findings: warnings, warning: true } : {}),
    };
  });
}

/** Tô màu lại: the shortfall rules of every data tab, for every year in it. */
export function highlightJob(ss: Spreadsheet): JobResult {
  return withDocumentLock(() => {
    const read = readWorkbook(ss);
    const { config, roadmap, tabs, findings } = read.checked;
    // colours follow targets and the margin: never from a configuration or data with errors
    const refused = blocked(findings);
    if (refused) return refused;
    if (!roadmap) return { ok: false, message: JOB.noRoadmap, findings };
    let shaded = 0;
    for (const tab of COMMUNE_TABS) {
      const readTab = tabs[tab.id];
      const sheet = findTab(read.index, tab.id, tab.name);
      if (!readTab || !sheet) continue;
      const years = [...new Set([...readTab.rows.map((r) => r.year), config.year])].filter(
        (y): y is number => y !== undefined,
      );
      shadeDataTab(sheet, readTab, roadmap, years, config.amberPoints);
      shaded += 1;
    }
    for (const [name, key] of read.index.generated) {
      const sheet = key.startsWith("summary:") ? read.index.byName.get(name) : undefined;
      if (sheet && reshadeSummary(sheet, config.amberPoints)) shaded += 1;
    }
    return { ok: true, message: JOB.highlightDone(shaded) };
  });
}

/** Chốt số liệu năm N (commune). */
export function closeYearJob(ss: Spreadsheet, year?: number, now = Date.now()): JobResult {
  return withDocumentLock(() => closeYear(ss, year, now));
}

/** Mở lại năm N (commune). */
export function reopenYearJob(ss: Spreadsheet, year?: number, now = Date.now()): JobResult {
  return withDocumentLock(() => reopenYear(ss, year, now));
}
