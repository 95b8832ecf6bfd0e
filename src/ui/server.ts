// What the sidebar calls through google.script.run. Every argument from the browser is checked with
// a zod/mini schema; every answer is plain data without Date objects (the transport rejects them).

import * as z from "zod/mini";
import type { EntryPoint } from "../core/entry";
import { SETTINGS, UI } from "../core/messages";
import { DEFAULT_PRESET, findPreset, PRESETS } from "../core/roadmaps";
import { HIERARCHIES, LEVELS, type Level, OWN_ROADMAP } from "../core/schema";
import {
  checkJob,
  highlightJob,
  type JobResult,
  summaryJob,
  templateJob,
  withDocumentLock,
} from "../sheets/jobs";
import { refillRoadmap, writeConfig } from "../sheets/settings";
import { readWorkbook } from "../sheets/workbook";

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
  readonly hierarchy: string;
  readonly hierarchies: readonly string[];
  readonly levels: readonly string[];
  /** Generated summary tabs. */
  readonly summaries: readonly string[];
  readonly errors: number;
  readonly warnings: number;
}

/** What the sidebar shows when it opens. */
export function getStatus(): SidebarStatus {
  const read = readWorkbook(active());
  const { config, roadmap, tabs, findings } = read.checked;
  const years = new Set<number>();
  for (const t of Object.values(tabs)) for (const r of t?.rows ?? []) if (r.year) years.add(r.year);
  for (const m of roadmap?.targets.values() ?? []) for (const y of m.keys()) years.add(y);
  if (config.year) years.add(config.year);
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    ready: read.grids.config !== undefined,
    level: config.level,
    areaName: config.areaName,
    year: config.year,
    years: [...years].sort((a, b) => b - a),
    preset: config.preset,
    presets: [
      ...PRESETS.map((p) => ({ name: p.name, title: p.title })),
      { name: OWN_ROADMAP, title: "Tự nhập mục tiêu trong tab Lộ trình" },
    ],
    amberPoints: config.amberPoints,
    hierarchy: config.hierarchy,
    hierarchies: [...HIERARCHIES],
    levels: [...LEVELS],
    summaries: [...read.index.generated.keys()],
    errors,
    warnings: findings.length - errors,
  };
}

const LevelSchema = z.enum(LEVELS);
const PresetSchema = z.enum([OWN_ROADMAP, ...PRESETS.map((p) => p.name)]);
const YearSchema = z.int().check(z.gte(2000), z.lte(2100));
const SettingsSchema = z.strictObject({
  level: z.optional(LevelSchema),
  preset: z.optional(PresetSchema),
  amberPoints: z.optional(z.number().check(z.gte(0), z.lte(50))),
  hierarchy: z.optional(z.enum(HIERARCHIES)),
  year: z.optional(YearSchema),
});
const CellSchema = z.strictObject({
  tab: z.string().check(z.minLength(1), z.maxLength(100)),
  cell: z.string().check(z.regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/u)),
});

export type Settings = z.infer<typeof SettingsSchema>;

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
  const l = parse(LevelSchema, level, "cấp");
  if (!l.ok) return l.result;
  const p = parse(z.optional(PresetSchema), preset, "lộ trình mẫu");
  if (!p.ok) return p.result;
  const read = readWorkbook(active());
  if (read.grids.config && read.checked.config.level !== l.value)
    return { ok: false, message: SETTINGS.levelMismatch(read.checked.config.level, l.value) };
  const name = p.value && p.value !== OWN_ROADMAP ? p.value : DEFAULT_PRESET;
  return templateJob(active(), l.value as Level, name, p.value ? { preset: p.value } : {});
}

export function buildSummary(year: unknown): JobResult {
  const y = parse(z.optional(YearSchema), year ?? undefined, "năm");
  return y.ok ? summaryJob(active(), y.value) : y.result;
}

export function refreshHighlighting(): JobResult {
  return highlightJob(active());
}

export function saveSettings(settings: unknown): JobResult {
  const s = parse(SettingsSchema, settings, "cài đặt");
  if (!s.ok) return s.result;
  const values: Record<string, string> = {};
  const { level, preset, amberPoints, hierarchy, year } = s.value;
  if (level) values.level = level;
  if (preset) values.preset = preset;
  if (amberPoints !== undefined) values.amber = String(amberPoints).replace(".", ",");
  if (hierarchy) values.hierarchy = hierarchy;
  if (year) values.year = String(year);
  return withDocumentLock(() => ({
    ok: true,
    message: SETTINGS.saved(writeConfig(active(), values)),
  }));
}

/** Refills the roadmap tab from a preset: the sidebar asks the officer to confirm first. */
export function refillRoadmapFromPreset(preset: unknown): JobResult {
  const p = parse(PresetSchema, preset, "lộ trình mẫu");
  if (!p.ok) return p.result;
  const roadmap = findPreset(p.value);
  if (!roadmap) return { ok: false, message: SETTINGS.invalid("lộ trình mẫu") };
  return withDocumentLock(() => {
    refillRoadmap(active(), roadmap);
    writeConfig(active(), { preset: roadmap.name });
    return { ok: true, message: SETTINGS.refilled(roadmap.name), sheet: "Lộ trình" };
  });
}

/** Selects the cell of a finding, so the officer lands on it. */
export function selectCell(tab: unknown, cell: unknown): JobResult {
  const c = parse(CellSchema, { tab, cell }, "ô");
  if (!c.ok) return c.result;
  const sheet = active().getSheetByName(c.value.tab);
  if (!sheet) return { ok: false, message: SETTINGS.noCell(c.value.tab, c.value.cell) };
  sheet.activate();
  sheet.getRange(c.value.cell).activate();
  return { ok: true, message: "", sheet: c.value.tab };
}

/** Opens the sidebar (menu item). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(SETTINGS.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

const p = (name: string, doc: string, type = "string") => ({ name, type, doc });

/** The server entry points, with the parameter names the wrappers declare. */
export const SERVER_ENTRIES: readonly EntryPoint[] = [
  { name: "showSidebar", kind: "server", summary: UI.menu.sidebar, params: [], impl: showSidebar },
  {
    name: "getStatus",
    kind: "server",
    summary: "Trạng thái bảng tính cho thanh bên.",
    params: [],
    impl: getStatus,
  },
  { name: "runCheck", kind: "server", summary: UI.menu.check, params: [], impl: runCheck },
  {
    name: "createTemplate",
    kind: "server",
    summary: "Tạo hoặc bổ sung mẫu.",
    params: [p("level", "Cấp: Xã, Huyện hoặc Tỉnh."), p("preset", "Lộ trình mẫu.")],
    impl: createTemplate,
  },
  {
    name: "buildSummary",
    kind: "server",
    summary: UI.menu.summary,
    params: [p("year", "Năm.", "number")],
    impl: buildSummary,
  },
  {
    name: "refreshHighlighting",
    kind: "server",
    summary: UI.menu.highlight,
    params: [],
    impl: refreshHighlighting,
  },
  {
    name: "saveSettings",
    kind: "server",
    summary: "Lưu cài đặt vào tab Cấu hình.",
    params: [p("settings", "Các giá trị cài đặt.", "Object")],
    impl: saveSettings,
  },
  {
    name: "refillRoadmapFromPreset",
    kind: "server",
    summary: "Điền lại tab Lộ trình từ lộ trình mẫu.",
    params: [p("preset", "Lộ trình mẫu.")],
    impl: refillRoadmapFromPreset,
  },
  {
    name: "selectCell",
    kind: "server",
    summary: "Chọn ô của một lỗi.",
    params: [p("tab", "Tên tab."), p("cell", "Ô, ví dụ D5.")],
    impl: selectCell,
  },
];
