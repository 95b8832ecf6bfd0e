// What the sidebar calls through google.script.run. Every argument from the browser is checked with
// a zod/mini schema (ui/args.ts); every answer is plain data without Date objects (the transport rejects them).

import type * as z from "zod/mini";
import { parseA1 } from "../core/a1";
import type { EntryDoc } from "../core/entry";
import { SCORING_ACTION, SETTINGS, UI } from "../core/messages";
import { DEFAULT_PRESET, findPreset } from "../core/model/roadmaps";
import {
  HIERARCHIES,
  LEVELS,
  OWN_ROADMAP,
  ROADMAP_CHOICES,
  ROADMAP_TAB,
  roadmapTitle,
} from "../core/model/schema";
import { type ClosingEvent, yearState } from "../core/share/closing";
import { formatDateTime } from "../core/text";
import { changedSinceClosing, readClosingLog } from "../sheets/closing";
import {
  checkJob,
  closeYearJob,
  communeSummaryJob,
  highlightJob,
  reopenYearJob,
  templateJob,
} from "../sheets/jobs";
import { recognitionJob } from "../sheets/recognition";
import { reportJob } from "../sheets/report";
import { rollupJob } from "../sheets/rollup";
import { type JobResult, withDocumentLock } from "../sheets/run";
import { scoringTabsJob } from "../sheets/scoring";
import { type SelfCheckReport, selfCheck } from "../sheets/selfcheck";
import { refillRoadmap, restoreRoadmap, roadmapBackupTime, writeConfig } from "../sheets/settings";
import { generatedTabs } from "../sheets/tabs";
import { readWorkbook } from "../sheets/workbook";
import { Cell, Instant, Level, Preset, Settings, Year } from "./args";

const active = () => SpreadsheetApp.getActiveSpreadsheet();

export interface SidebarStatus {
  /** True once the configuration tab exists. */
  readonly ready: boolean;
  readonly level: string;
  readonly areaName: string;
  readonly year?: number;
  /** Years found in the data tabs and the roadmap, newest first. */
  readonly years: readonly number[];
  readonly preset: string;
  readonly presets: readonly { readonly name: string; readonly title: string }[];
  readonly amberPoints: number;
  readonly jumpPoints: number;
  /** "10/12": the report deadline, day and month. */
  readonly deadline: string;
  readonly areaCode: string;
  readonly hierarchy: string;
  readonly hierarchies: readonly string[];
  /** The levels this flavor serves: the commune flavor only Xã (ui/gathering.ts adds the rest). */
  readonly levels: readonly string[];
  /** Every tab the add-on generated (summaries, gathering, closing log, backups), in tab order. */
  readonly generated: readonly string[];
  /** The closing state of each year that was ever closed (a commune's), oldest first. */
  readonly closings: readonly ClosingState[];
  /** When the roadmap table a refill replaced was kept, if it is (shown, and exact to name it). */
  readonly roadmapBackup?: string;
  readonly roadmapBackupAt?: number;
  /** True once the commune has a scoring tab (“Chấm điểm …”). */
  readonly scoring: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** Closed years whose rows were edited since closing. */
  readonly changedAfterClosing: readonly number[];
}

export interface ClosingState {
  readonly year: number;
  readonly closed: boolean;
  /** The last event: the close when closed, else the reopening; a date-time as text. */
  readonly at: string;
  readonly by: string;
}

/** Each year's state from the closing log's events. */
function closings(events: readonly ClosingEvent[]): ClosingState[] {
  return [...new Set(events.map((e) => e.year))]
    .sort((a, b) => a - b)
    .map((year) => {
      const state = yearState(events, year);
      const last = state.events[state.events.length - 1];
      return { year, closed: state.closed, at: formatDateTime(last?.at ?? 0), by: last?.by ?? "" };
    });
}

/** What the sidebar shows when it opens. */
export function getStatus(): SidebarStatus {
  const read = readWorkbook(active());
  const { config, roadmap, tabs } = read.checked;
  const log = readClosingLog(read.index);
  const changed = changedSinceClosing(read, log);
  const findings = [...read.checked.findings, ...changed];
  const years = new Set<number>();
  for (const t of Object.values(tabs)) for (const r of t?.rows ?? []) if (r.year) years.add(r.year);
  for (const m of roadmap?.targets.values() ?? []) for (const y of m.keys()) years.add(y);
  if (config.year) years.add(config.year);
  const errors = findings.filter((f) => f.severity === "error").length;
  const backup = roadmapBackupTime(read.index);
  return {
    ready: read.grids.config !== undefined,
    level: config.level,
    areaName: config.areaName,
    year: config.year,
    years: [...years].sort((a, b) => b - a),
    preset: config.preset,
    presets: ROADMAP_CHOICES.map((c) => ({ name: c.name, title: c.title })),
    amberPoints: config.amberPoints,
    jumpPoints: config.jumpPoints,
    deadline: `${config.deadline.day}/${config.deadline.month}`,
    areaCode: config.areaCode,
    hierarchy: config.hierarchy,
    hierarchies: [...HIERARCHIES],
    levels: [LEVELS[0]],
    generated: generatedTabs(read.index),
    closings: config.level === "Xã" ? closings(log.events) : [],
    roadmapBackup: backup?.shown,
    roadmapBackupAt: backup?.at,
    scoring: read.checked.scoring.length > 0,
    errors,
    warnings: findings.length - errors,
    changedAfterClosing: changed.map((f) => f.year as number),
  };
}

/** Parses a browser argument; a bad one becomes a job result, never an exception. */
function parse<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  what: string,
): { ok: true; value: T } | { ok: false; result: JobResult } {
  const r = schema.safeParse(value);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, result: { ok: false, message: SETTINGS.invalid(what) } };
}

export function runCheck(): JobResult {
  return checkJob(active());
}

export function createTemplate(level: unknown, preset: unknown): JobResult {
  const l = parse(Level, level, "cấp");
  if (!l.ok) return l.result;
  const p =
    preset === undefined || preset === ""
      ? { ok: true as const, value: undefined }
      : parse(Preset, preset, "lộ trình mẫu");
  if (!p.ok) return p.result;
  const read = readWorkbook(active());
  if (read.grids.config && read.checked.config.level !== l.value)
    return { ok: false, message: SETTINGS.levelMismatch(read.checked.config.level, l.value) };
  const name = p.value && p.value !== OWN_ROADMAP ? p.value : DEFAULT_PRESET;
  return templateJob(active(), l.value, name, p.value ? { preset: p.value } : {});
}

export function buildSummary(year: unknown): JobResult {
  return withYear(year, (y) => communeSummaryJob(active(), y));
}

export function buildReport(year: unknown): JobResult {
  return withYear(year, (y) => reportJob(active(), y));
}

export function refreshHighlighting(): JobResult {
  return highlightJob(active());
}

export function saveSettings(settings: unknown): JobResult {
  const s = parse(Settings, settings, "cài đặt");
  if (!s.ok) return s.result;
  const values: Record<string, string> = {};
  const { level, preset, amberPoints, jumpPoints, hierarchy, year } = s.value;
  const { deadline, areaName, areaCode } = s.value;
  if (level) values.level = level;
  if (preset) values.preset = roadmapTitle(preset);
  if (amberPoints !== undefined) values.amber = String(amberPoints).replace(".", ",");
  if (jumpPoints !== undefined) values.jump = String(jumpPoints).replace(".", ",");
  if (hierarchy) values.hierarchy = hierarchy;
  if (year) values.year = String(year);
  if (deadline) values.deadline = deadline;
  if (areaName) values.areaName = areaName;
  if (areaCode) values.areaCode = areaCode;
  return withDocumentLock(() => ({
    ok: true,
    message: SETTINGS.saved(writeConfig(active(), values)),
  }));
}

/** Refills the roadmap tab from a preset: the sidebar asks the officer to confirm first. */
export function refillRoadmapFromPreset(preset: unknown): JobResult {
  const p = parse(Preset, preset, "lộ trình mẫu");
  if (!p.ok) return p.result;
  const roadmap = findPreset(p.value);
  if (!roadmap) return { ok: false, message: SETTINGS.invalid("lộ trình mẫu") };
  return withDocumentLock(() => ({
    ok: true,
    message: refillRoadmap(active(), roadmap, Date.now()),
    sheet: ROADMAP_TAB,
  }));
}

/** Puts back the roadmap table kept at `keptAt` (the sidebar asks first); pressing again once it is
 * back changes nothing. */
export function restoreRoadmapBackup(keptAt: unknown): JobResult {
  const at = parse(Instant, keptAt, "bảng Lộ trình đã giữ");
  if (!at.ok) return at.result;
  return withDocumentLock(() => restoreRoadmap(active(), Date.now(), at.value));
}

/** Runs a job for the year the sidebar chose; without one, the job takes the configuration's. */
export function withYear(year: unknown, job: (y?: number) => JobResult): JobResult {
  if (year === undefined || year === null || year === "") return job(undefined);
  const y = parse(Year, year, "năm");
  return y.ok ? job(y.value) : y.result;
}

export function closeYear(year: unknown): JobResult {
  return withYear(year, (y) => closeYearJob(active(), y));
}

export function reopenYear(year: unknown): JobResult {
  return withYear(year, (y) => reopenYearJob(active(), y));
}

export function createScoringTabs(): JobResult {
  return scoringTabsJob(active());
}

/** The roll-up; `overwrite` only after the officer agreed to replace typed values. */
export function rollupScores(year: unknown, overwrite: unknown): JobResult {
  return withYear(year, (y) => rollupJob(active(), y, overwrite === true));
}

export function buildRecognitionList(year: unknown): JobResult {
  return withYear(year, (y) => recognitionJob(active(), y));
}

/** Selects the cell of a finding, so the officer lands on it. */
export function selectCell(tab: unknown, cell: unknown): JobResult {
  const c = parse(Cell, { tab, cell }, "ô");
  if (!c.ok) return c.result;
  const sheet = active().getSheetByName(c.value.tab);
  const [row, column] = parseA1(c.value.cell);
  if (!sheet || row > sheet.getMaxRows() || column > sheet.getMaxColumns())
    return { ok: false, message: SETTINGS.noCell(c.value.tab, c.value.cell) };
  sheet.activate();
  sheet.getRange(row, column).activate();
  return { ok: true, message: "", sheet: c.value.tab };
}

/** Opens the sidebar (menu item). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(SETTINGS.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Tự kiểm tra tiện ích, for the sidebar; its words are the sidebar's. */
export function runSelfCheck(): SelfCheckReport {
  return selfCheck(active());
}

/** Opens the sidebar on the self-check (menu item): the page reads the view from its body. */
export function showSelfCheck(): void {
  const page = HtmlService.createHtmlOutputFromFile("Sidebar")
    .getContent()
    .replace("<body>", '<body data-view="self-check">');
  SpreadsheetApp.getUi().showSidebar(
    HtmlService.createHtmlOutput(page).setTitle(UI.menu.selfCheck),
  );
}

/** What google.script.run may call, by name, in both flavors (ui/gathering.ts adds its own). */
export const SERVER_FUNCTIONS = {
  showSidebar,
  getStatus,
  runCheck,
  createTemplate,
  buildSummary,
  buildReport,
  refreshHighlighting,
  saveSettings,
  refillRoadmapFromPreset,
  restoreRoadmapBackup,
  selectCell,
  closeYear,
  reopenYear,
  createScoringTabs,
  rollupScores,
  buildRecognitionList,
  runSelfCheck,
} as const;

const p = (name: string, doc: string, type = "string") => ({ name, type, doc });

/** Their docs, for the generated wrappers; build-time only (pure, so left out of the bundle). */
export const SERVER_DOCS: Readonly<Record<keyof typeof SERVER_FUNCTIONS, EntryDoc>> =
  /* @__PURE__ */ (() => ({
    showSidebar: { kind: "server", summary: UI.menu.sidebar, params: [] },
    getStatus: { kind: "server", summary: "Trạng thái bảng tính cho thanh bên.", params: [] },
    runCheck: { kind: "server", summary: UI.menu.check, params: [] },
    createTemplate: {
      kind: "server",
      summary: "Tạo hoặc bổ sung mẫu.",
      params: [p("level", "Cấp."), p("preset", "Lộ trình mẫu.")],
    },
    buildSummary: {
      kind: "server",
      summary: UI.menu.summary,
      params: [p("year", "Năm.", "number")],
    },
    buildReport: { kind: "server", summary: UI.menu.report, params: [p("year", "Năm.", "number")] },
    refreshHighlighting: { kind: "server", summary: UI.menu.highlight, params: [] },
    saveSettings: {
      kind: "server",
      summary: "Lưu cài đặt.",
      params: [p("settings", "Cài đặt.", "Object")],
    },
    refillRoadmapFromPreset: {
      kind: "server",
      summary: "Điền lại tab Lộ trình.",
      params: [p("preset", "Lộ trình mẫu.")],
    },
    restoreRoadmapBackup: {
      kind: "server",
      summary: "Khôi phục bảng Lộ trình trước lần điền lại.",
      params: [p("keptAt", "Thời điểm bảng đó được giữ.", "number")],
    },
    selectCell: {
      kind: "server",
      summary: "Chọn ô của một lỗi.",
      params: [p("tab", "Tên tab."), p("cell", "Ô, ví dụ D5.")],
    },
    closeYear: { kind: "server", summary: UI.menu.close, params: [p("year", "Năm.", "number")] },
    reopenYear: { kind: "server", summary: UI.menu.reopen, params: [p("year", "Năm.", "number")] },
    createScoringTabs: { kind: "server", summary: SCORING_ACTION.tabs, params: [] },
    rollupScores: {
      kind: "server",
      summary: SCORING_ACTION.rollup,
      params: [p("year", "Năm.", "number"), p("overwrite", "Ghi đè ô nhập tay.", "boolean")],
    },
    buildRecognitionList: {
      kind: "server",
      summary: SCORING_ACTION.list,
      params: [p("year", "Năm.", "number")],
    },
    runSelfCheck: { kind: "server", summary: UI.menu.selfCheck, params: [] },
  }))();
