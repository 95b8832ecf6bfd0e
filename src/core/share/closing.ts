// Closing a year ("Chốt số liệu năm N") and reopening it: an append-only log tab, read back into
// each year's current state. The level above reads the same log to know what is closed and when.

import { isBlank } from "../cells";
import type { Deadline } from "../check/config";
import { CLOSING } from "../messages";
import { formatDateTime } from "../text";

export const LOG_TAB = "Nhật ký chốt số liệu";
export const LOG_HEADER = ["Năm", "Việc", "Người thực hiện", "Thời điểm", "Mốc thời gian (ms)"];

export type ClosingAction = "close" | "reopen";

export interface ClosingEvent {
  readonly year: number;
  readonly action: ClosingAction;
  readonly by: string;
  /** Epoch milliseconds. */
  readonly at: number;
}

export interface YearState {
  readonly closed: boolean;
  /** The last close, when closed. */
  readonly closedAt?: number;
  readonly closedBy?: string;
  readonly events: readonly ClosingEvent[];
}

/** One log row for an event; the time is kept both readable and exact. */
export function logRow(e: ClosingEvent): (string | number)[] {
  return [e.year, CLOSING.action[e.action], e.by, formatDateTime(e.at), e.at];
}

/** Reads the log grid (header in row 1); rows that do not parse are ignored, never guessed. */
export function readLog(grid: readonly (readonly unknown[])[]): ClosingEvent[] {
  const events: ClosingEvent[] = [];
  for (const row of grid.slice(1)) {
    if (row.every(isBlank)) continue;
    const [year, action, by, , at] = row;
    const kind = (Object.keys(CLOSING.action) as ClosingAction[]).find(
      (k) => CLOSING.action[k] === action,
    );
    if (typeof year !== "number" || !kind || typeof at !== "number") continue;
    events.push({ year, action: kind, by: String(by ?? ""), at });
  }
  return events;
}

/** A year's state: closed after a close with no later reopen. */
export function yearState(events: readonly ClosingEvent[], year: number): YearState {
  const mine = events.filter((e) => e.year === year).sort((a, b) => a.at - b.at);
  const last = mine[mine.length - 1];
  if (last?.action !== "close") return { closed: false, events: mine };
  return { closed: true, closedAt: last.at, closedBy: last.by, events: mine };
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
