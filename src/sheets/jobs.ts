// The jobs behind the menu and the sidebar. Every job that writes holds the document lock, and
// nothing is written when the data it would come from has errors: the officer gets the findings.

import { JOB } from "../core/messages";
import type { Finding } from "../core/read";
import { fingerprint, renderSummary, type SourceCheck, staleFormula } from "../core/render";
import { DEFAULT_PRESET, findPreset } from "../core/roadmaps";
import { COMMUNE_TABS, type Level, ROADMAP_TAB } from "../core/schema";
import { communeParts, summarize } from "../core/summary";
import { formatDateTime } from "../core/text";
import { blockingErrors, type Grid } from "../core/workbook";
import { reshadeSummary, shadeDataTab } from "./highlight";
import { writeSummary } from "./summary";
import { findTab } from "./tabs";
import { ensureTemplate } from "./template";
import { type ReadWorkbook, readWorkbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What a job tells the officer: plain data, no Date, safe to pass through google.script.run. */
export interface JobResult {
  readonly ok: boolean;
  readonly message: string;
  readonly findings?: readonly Finding[];
  /** The tab the job made or changed, for the sidebar to open. */
  readonly sheet?: string;
}

/** Runs `job` holding the document lock; tells the officer when someone else holds it. */
export function withDocumentLock(job: () => JobResult, waitMs = 5000): JobResult {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ok: false, message: JOB.busy };
  try {
    return job();
  } finally {
    lock.releaseLock();
  }
}

function summarizeFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}

/** Kiểm tra dữ liệu: every finding, nothing written. */
export function checkJob(ss: Spreadsheet): JobResult {
  const { findings } = readWorkbook(ss).checked;
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
    const { created, completed } = ensureTemplate(ss, level, preset, values);
    return { ok: true, message: JOB.templateDone(created, completed) };
  });
}

/** Source blocks whose change makes a summary out of date: data tabs' inputs and the roadmap. */
function sourceChecks(read: ReadWorkbook): { checks: SourceCheck[]; counts: [string, number][] } {
  const checks: SourceCheck[] = [];
  const counts: [string, number][] = [];
  const add = (sheet: string, grid: Grid, firstCol: number, lastCol: number) =>
    checks.push({
      sheet,
      firstRow: 2,
      firstCol,
      lastCol,
      ...fingerprint(grid, 2, firstCol, lastCol),
    });
  for (const tab of COMMUNE_TABS) {
    const data = read.grids.data[tab.id];
    const mapped = read.checked.tabs[tab.id];
    if (!data || !mapped) continue;
    const cols = [...mapped.columns.values()];
    add(data.name, data.grid, Math.min(...cols), Math.max(...cols));
    counts.push([data.name, mapped.rows.length]);
  }
  const roadmap = read.grids.roadmap;
  if (roadmap) {
    const sheet = findTab(read.index, "roadmap", ROADMAP_TAB);
    add(sheet?.getName() ?? ROADMAP_TAB, roadmap, 1, roadmap[0]?.length ?? 1);
  }
  return { checks, counts };
}

/** Tạo bảng tổng hợp for a commune and a year. */
export function summaryJob(ss: Spreadsheet, year?: number, now = Date.now()): JobResult {
  return withDocumentLock(() => {
    const read = readWorkbook(ss);
    const { config, roadmap, findings } = read.checked;
    if (config.level !== "Xã") return { ok: false, message: JOB.notCommune(config.level) };
    const y = year ?? config.year;
    if (!y) return { ok: false, message: JOB.noYear, findings };
    const errors = blockingErrors(findings, y);
    if (errors.length)
      return { ok: false, message: JOB.blocked(errors.length, y), findings: errors };
    if (!roadmap) return { ok: false, message: JOB.noRoadmap, findings };
    const summary = summarize(
      communeParts(read.checked.tabs, y),
      roadmap,
      y,
      config.areaName,
      "Toàn xã",
    );
    const { checks, counts } = sourceChecks(read);
    const block = renderSummary(summary, {
      madeAt: formatDateTime(now),
      sources: JOB.stamp.sources(counts),
      staleFormula: staleFormula(checks, JOB.stamp.upToDate, JOB.stamp.outOfDate),
    });
    const written = writeSummary(
      ss,
      read.index,
      block,
      `Tổng hợp xã ${y}`,
      { level: config.level, year: y },
      config.amberPoints,
    );
    return {
      ok: true,
      message: JOB.summaryDone(written.sheet, written.kept),
      sheet: written.sheet,
    };
  });
}

/** Tô màu lại: the shortfall rules of every data tab, for every year in it. */
export function highlightJob(ss: Spreadsheet): JobResult {
  return withDocumentLock(() => {
    const read = readWorkbook(ss);
    const { config, roadmap, tabs } = read.checked;
    if (!roadmap) return { ok: false, message: JOB.noRoadmap, findings: read.checked.findings };
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
    for (const name of read.index.generated.keys()) {
      const sheet = read.index.byName.get(name);
      if (sheet && reshadeSummary(sheet, config.amberPoints)) shaded += 1;
    }
    return { ok: true, message: JOB.highlightDone(shaded) };
  });
}
