// What the sidebar shows, decided without the DOM: findings grouped by tab, the years to offer, the
// jobs that fit the spreadsheet's level and template state. Pure, so it is tested in Node.

import type { Finding } from "../../core/check/read";
import type { OWN_ROADMAP } from "../../core/model/schema";
import type { SidebarStatus } from "../server";

/** The settings value for "the officer keeps their own targets" (checked against the schema's). */
export const OWN: typeof OWN_ROADMAP = "RIENG";

export interface FindingGroup {
  readonly tab: string;
  readonly errors: number;
  readonly warnings: number;
  /** Errors first, then warnings, each in the order the check found them. */
  readonly findings: readonly Finding[];
}

/** Findings by tab: tabs with errors before tabs with only warnings, then in order of discovery. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byTab = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byTab.get(f.tab);
    if (list) list.push(f);
    else byTab.set(f.tab, [f]);
  }
  const groups = [...byTab].map(([tab, list]) => {
    const errors = list.filter((f) => f.severity === "error");
    const warnings = list.filter((f) => f.severity !== "error");
    return {
      tab,
      errors: errors.length,
      warnings: warnings.length,
      findings: [...errors, ...warnings],
    };
  });
  return [...groups.filter((g) => g.errors > 0), ...groups.filter((g) => g.errors === 0)];
}

/** Same rule as the server's selectCell: a tab name and a single A1 cell. */
export function isSelectable(f: Pick<Finding, "tab" | "cell">): boolean {
  return f.tab.length > 0 && /^[A-Z]{1,3}[1-9]\d{0,6}$/u.test(f.cell);
}

/** Years to offer for the jobs, newest first; the report year is always among them. */
export function yearOptions(status: Pick<SidebarStatus, "years" | "year">): number[] {
  const years = new Set(status.years);
  if (status.year) years.add(status.year);
  return [...years].sort((a, b) => b - a);
}

/** The year the jobs start on: the report year; else this year, or the newest year before it,
 * among the years offered (a roadmap runs to 2030, which is rarely the year being reported). */
export function defaultYear(
  status: Pick<SidebarStatus, "years" | "year">,
  thisYear: number,
): number | undefined {
  if (status.year) return status.year;
  const years = yearOptions(status);
  return years.find((y) => y <= thisYear) ?? years[0];
}

export type JobId =
  | "check"
  | "gather"
  | "summary"
  | "report"
  | "highlight"
  | "close"
  | "reopen"
  | "complete"
  | "create";

/** The jobs that fit: a new sheet can only get its template; a commune closes its year; a
 * district or province gathers its lower levels' sheets, in the flavor that serves its level (the
 * commune flavor only checks it). */
export function jobsFor(status: Pick<SidebarStatus, "ready" | "level" | "levels">): JobId[] {
  if (!status.ready) return ["create"];
  if (status.level === "Xã")
    return ["check", "summary", "report", "highlight", "close", "reopen", "complete"];
  return status.levels.includes(status.level)
    ? ["check", "gather", "summary", "report", "highlight", "complete"]
    : ["check"];
}

/** Levels the settings offer: the flavor's, and the sheet's own, so saving never changes it. */
export function levelChoices(status: Pick<SidebarStatus, "level" | "levels">): string[] {
  return status.levels.includes(status.level)
    ? [...status.levels]
    : [status.level, ...status.levels];
}

/** A year's closing state, from the status (a commune's; none elsewhere). */
export function closingOf(
  status: Pick<SidebarStatus, "closings">,
  year: number | undefined,
): SidebarStatus["closings"][number] | undefined {
  return status.closings.find((c) => c.year === year);
}

/** Whether a job's button can be pressed: "Chốt" while the year is open, "Mở lại" once closed. */
export function jobEnabled(
  id: JobId,
  status: Pick<SidebarStatus, "closings">,
  year: number | undefined,
): boolean {
  const closed = closingOf(status, year)?.closed === true;
  if (id === "close") return year !== undefined && !closed;
  if (id === "reopen") return closed;
  return true;
}

/** The title of a preset name, for sentences. */
export function presetTitle(status: Pick<SidebarStatus, "presets">, name: string): string {
  return status.presets.find((p) => p.name === name)?.title ?? name;
}

export interface SettingsForm {
  readonly areaName: string;
  readonly areaCode: string;
  readonly level: string;
  readonly preset: string;
  readonly amberPoints: number;
  readonly jumpPoints: number;
  readonly deadline: string;
  readonly hierarchy: string;
  readonly year: number | undefined;
}

type Saved = Pick<SidebarStatus, "areaName" | "level" | "preset" | "year"> &
  Pick<SettingsForm, "areaCode" | "amberPoints" | "jumpPoints" | "deadline" | "hierarchy">;

/** What the officer changed, and whether the roadmap tab must be refilled from a preset. */
export function settingsChanges(
  status: Saved,
  form: SettingsForm,
): { refill?: string; save: Partial<SettingsForm> } {
  const save: Record<string, string | number> = {};
  let refill: string | undefined;
  for (const key of [
    "areaName",
    "areaCode",
    "level",
    "amberPoints",
    "jumpPoints",
    "deadline",
    "hierarchy",
  ] as const)
    if (form[key] !== status[key]) save[key] = form[key];
  if (form.preset !== status.preset) {
    if (form.preset === OWN) save.preset = form.preset;
    else refill = form.preset;
  }
  if (form.year !== undefined && form.year !== status.year) save.year = form.year;
  return refill ? { refill, save } : { save };
}

/** "05/12" → "5/12" when it is a real day and month, as the status gives the deadline back. */
export function readDeadline(text: string): string | undefined {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/u.exec(text);
  const day = Number(m?.[1]);
  const month = Number(m?.[2]);
  const days = new Date(Date.UTC(2024, month, 0)).getUTCDate();
  return m && month >= 1 && month <= 12 && day >= 1 && day <= days ? `${day}/${month}` : undefined;
}
