// Closing a year ("Chốt số liệu năm N") and reopening it: an append-only log tab, read back into
// each year's current state. The level above reads the same log to know what is closed and when.

import { isBlank } from "../cells";
import type { Deadline } from "../check/config";
import type { ReadTab } from "../check/read";
import { CLOSING } from "../messages";

export const LOG_TAB = "Nhật ký chốt số liệu";
/**
 * "Thời điểm" is a date-time cell (the exact instant, shown as a Vietnamese date); "Dấu số liệu"
 * is the fingerprint of the year's rows when closed, for the add-on only (the adapter hides it).
 */
export const LOG_HEADER = ["Năm", "Việc", "Người thực hiện", "Thời điểm", "Dấu số liệu"];
export const LOG_FORMATS = ["0", "@", "@", "dd/MM/yyyy HH:mm:ss", "@"];

export type ClosingAction = "close" | "reopen";

export interface ClosingEvent {
  readonly year: number;
  readonly action: ClosingAction;
  readonly by: string;
  /** Epoch milliseconds. */
  readonly at: number;
  /** yearFingerprint of the year's rows, on a close. */
  readonly fingerprint?: string;
}

export interface YearState {
  readonly closed: boolean;
  /** The last close, when closed. */
  readonly closedAt?: number;
  readonly closedBy?: string;
  /** The fingerprint taken at the last close: data changed since when it differs. */
  readonly fingerprint?: string;
  readonly events: readonly ClosingEvent[];
}

/** One log row for an event: the time as a date-time cell, exact to the second. */
export function logRow(e: ClosingEvent): (string | number | Date)[] {
  return [e.year, CLOSING.action[e.action], e.by, new Date(e.at), e.fingerprint ?? ""];
}

/** A date-time cell as epoch ms (Dates may come from another realm, so no instanceof). */
export function instant(value: unknown): number | undefined {
  const t = (value as { getTime?: () => unknown } | null)?.getTime?.();
  return typeof t === "number" && Number.isFinite(t) ? t : undefined;
}

/** Reads the log grid (header in row 1); rows that do not parse are ignored, never guessed. */
export function readLog(grid: readonly (readonly unknown[])[]): ClosingEvent[] {
  const events: ClosingEvent[] = [];
  for (const row of grid.slice(1)) {
    if (row.every(isBlank)) continue;
    const [year, action, by, when, mark] = row;
    const kind = (Object.keys(CLOSING.action) as ClosingAction[]).find(
      (k) => CLOSING.action[k] === action,
    );
    // logs written before date-time cells kept the exact time as epoch ms in column E
    const at = instant(when) ?? (typeof mark === "number" ? mark : undefined);
    if (typeof year !== "number" || !kind || at === undefined) continue;
    const fingerprint = typeof mark === "string" && mark ? mark : undefined;
    events.push({ year, action: kind, by: String(by ?? ""), at, fingerprint });
  }
  return events;
}

/**
 * A fingerprint of a year's rows in the commune's data tabs: every parsed value of every row of
 * that year, whatever the row order. The commune stores it when closing; the commune and the level
 * above compare it with the rows as they are now to see edits made after closing.
 */
export function yearFingerprint(tabs: readonly ReadTab[], year: number): string {
  const lines: string[] = [];
  for (const t of tabs)
    for (const row of t.rows) {
      if (row.year !== year) continue;
      const cells = t.tab.columns.map(
        (c) => `${c.key}=${JSON.stringify(row.values[c.key] ?? null)}`,
      );
      lines.push(`${t.tab.id}|${cells.join("|")}`);
    }
  lines.sort();
  // FNV-1a over the text, two 32-bit lanes so collisions need ~2^32 distinct years of data
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const text = lines.join("\n");
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x85ebca6b) >>> 0;
  }
  return `${a.toString(36)}.${b.toString(36)}.${lines.length}`;
}

/** A year's state: closed after a close with no later reopen. */
export function yearState(events: readonly ClosingEvent[], year: number): YearState {
  const mine = events.filter((e) => e.year === year).sort((a, b) => a.at - b.at);
  const last = mine[mine.length - 1];
  if (last?.action !== "close") return { closed: false, events: mine };
  return {
    closed: true,
    closedAt: last.at,
    closedBy: last.by,
    fingerprint: last.fingerprint,
    events: mine,
  };
}

/** Closed years whose rows no longer give the fingerprint taken when closing: edited since. */
export function changedYears(
  events: readonly ClosingEvent[],
  tabs: readonly ReadTab[],
): (YearState & { readonly year: number })[] {
  return [...new Set(events.map((e) => e.year))]
    .map((year) => ({ ...yearState(events, year), year }))
    .filter((s) => s.closed && s.fingerprint && s.fingerprint !== yearFingerprint(tabs, s.year));
}

/** The end of the deadline day for a report year, in Vietnam's time (UTC+7), as epoch ms. */
export function deadlineEnd(deadline: Deadline, year: number): number {
  return Date.UTC(year, deadline.month - 1, deadline.day, 23, 59, 59, 999) - 7 * 3_600_000;
}

export type Timeliness = "onTime" | "late" | "openLate" | "open";

/** On time when closed by the deadline; an open year is late once the deadline has passed. */
export function timeliness(
  state: YearState,
  deadline: Deadline,
  year: number,
  now: number,
): Timeliness {
  const end = deadlineEnd(deadline, year);
  if (state.closed) return (state.closedAt ?? 0) <= end ? "onTime" : "late";
  return now > end ? "openLate" : "open";
}
