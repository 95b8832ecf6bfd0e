// Gathering's entry points, in one place (the district and province flavor only): the sidebar's job
// and its progress poll, and the continuation trigger's handler.

import type { EntryDoc } from "../core/entry";
import { UI } from "../core/messages";
import { type GatherProgress, readProgress } from "../sheets/continuation";
import { continueGather, gatherJob } from "../sheets/gather";
import type { JobResult } from "../sheets/run";
import { withYear } from "./year";

/** Thu thập for the year the sidebar chose (the configuration's year when none). */
export function gatherYear(year: unknown): JobResult {
  return withYear(year, (y) => gatherJob(SpreadsheetApp.getActiveSpreadsheet(), y));
}

/** How far this workbook's gathering has got: the sidebar polls it while the job runs. */
export function getGatherProgress(): GatherProgress {
  return readProgress(Date.now());
}

/** Gathering's functions, by the name google.script.run, the menu or a trigger calls. */
export const GATHER_FUNCTIONS = { gatherYear, getGatherProgress, continueGather } as const;

/** Their docs, for the generated wrappers; build-time only. */
export const GATHER_DOCS: Readonly<Record<keyof typeof GATHER_FUNCTIONS, EntryDoc>> =
  /* @__PURE__ */ (() => ({
    gatherYear: {
      kind: "server",
      summary: UI.menu.gather,
      params: [{ name: "year", type: "number", doc: "Năm." }],
    },
    getGatherProgress: {
      kind: "server",
      summary: "Tiến độ thu thập, cho thanh bên.",
      params: [],
    },
    continueGather: {
      kind: "trigger",
      summary: "Chạy tiếp lần thu thập bị dừng trước giới hạn thời gian.",
      params: [{ name: "event", type: "Object", doc: "Sự kiện của trình kích hoạt." }],
    },
  }))();
