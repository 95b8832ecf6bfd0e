// What the gathering flavor (district, province: dist/tonghop) adds to the commune flavor's entry
// points: gathering (the job, its progress for the sidebar's poll, the continuation trigger),
// summaries of gathered snapshots, the templates above the commune, their menu. The commune flavor
// never imports this file, so its bundle opens no other spreadsheet and makes no trigger
// (tests/build/scopes.test.ts reads both bundles).

import type { EntryDoc } from "../core/entry";
import { UI } from "../core/messages";
import { LEVELS } from "../core/model/schema";
import { type GatherProgress, readProgress } from "../sheets/continuation";
import { continueGather, gatherJob } from "../sheets/gather";
import { summaryJob, upperSources } from "../sheets/jobs";
import { reportJob } from "../sheets/report";
import type { JobResult } from "../sheets/run";
import { showResult, templateFor } from "./menu";
import { getStatus, SERVER_FUNCTIONS, type SidebarStatus, withYear } from "./server";

const active = () => SpreadsheetApp.getActiveSpreadsheet();

/** Thu thập for the year the sidebar chose (the configuration's year when none). */
export function gatherYear(year: unknown): JobResult {
  return withYear(year, (y) => gatherJob(active(), y));
}

/** How far this workbook's gathering has got: the sidebar polls it while the job runs. */
export function getGatherProgress(): GatherProgress {
  return readProgress(Date.now());
}

/** Every level's summary: a district or province summarises its gathered snapshots. */
export function buildSummary(year: unknown): JobResult {
  return withYear(year, (y) => summaryJob(active(), y));
}

/** Every level's printed yearly report, from the same summary. */
export function buildReport(year: unknown): JobResult {
  return withYear(year, (y) => reportJob(active(), y, { upper: upperSources }));
}

/** The sidebar offers every level's template here. */
export function getStatusAllLevels(): SidebarStatus {
  return { ...getStatus(), levels: [...LEVELS] };
}

/** Replacing or joining the commune flavor's google.script.run functions. */
const OWN_FUNCTIONS = {
  getStatus: getStatusAllLevels,
  buildSummary,
  buildReport,
  gatherYear,
  getGatherProgress,
  continueGather,
} as const;

/** What google.script.run may call in the gathering flavor. */
export const GATHERING_FUNCTIONS = { ...SERVER_FUNCTIONS, ...OWN_FUNCTIONS } as const;

/** Its menu handlers, replacing or joining the commune flavor's. */
export const GATHERING_HANDLERS: Record<string, () => void> = {
  menuTemplateDistrict: templateFor("Huyện"),
  menuTemplateProvince: templateFor("Tỉnh"),
  menuSummary: () => showResult(buildSummary(undefined)),
  menuReport: () => showResult(buildReport(undefined)),
  menuGather: () => showResult(gatherYear(undefined)),
};

const YEAR = { name: "year", type: "number", doc: "Năm." } as const;

/** Docs of the functions it adds (the ones it replaces keep theirs); build-time only. */
export const GATHERING_DOCS: Readonly<
  Record<"gatherYear" | "getGatherProgress" | "continueGather", EntryDoc>
> = /* @__PURE__ */ (() => ({
  gatherYear: { kind: "server", summary: UI.menu.gather, params: [YEAR] },
  getGatherProgress: { kind: "server", summary: "Tiến độ thu thập, cho thanh bên.", params: [] },
  continueGather: {
    kind: "trigger",
    summary: "Chạy tiếp lần thu thập bị dừng trước giới hạn thời gian.",
    params: [{ name: "event", type: "Object", doc: "Sự kiện của trình kích hoạt." }],
  },
}))();
