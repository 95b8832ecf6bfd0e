// The self-check's layout and verdicts: where each test sits in the temporary tab, what Sheets must
// give back, and the verdict on each assumption ("line"). Light on imports: the sidebar judges.

import { FORMAT } from "../model/formats";

export const PROBE_TAB = "Tự kiểm tra tiện ích (tạm)";
/** A1 of the temporary tab: tells an officer what it is, and marks a leftover of a cut run. */
export const PROBE_NOTE = "Tab tạm của “Tự kiểm tra tiện ích”, tự xóa khi kiểm tra xong.";

/** The assumptions checked, one line each (judge gives them in this order). */
export type CheckId =
  | "rate"
  | "validation"
  | "colours"
  | "stale"
  | "text"
  | "display"
  | "metadata"
  | "rules"
  | "lock"
  | "locale";

export interface CheckLine {
  readonly id: CheckId;
  readonly ok: boolean;
  /** What Sheets gave instead, for whoever supports the officer. */
  readonly seen?: string;
}

// Columns of the probe (A1 holds the note).
export const RATE = 2; // B recognised, C total, D the rate column's header formula
export const SHADE = 5; // E rate, F target, G:I met/near/short as on summaries, J as on data tabs
export const STALE = 11; // K year, L mark, M value; N the staleness formula
export const TEXT = 15; // O2 plain text
export const SHOWN = 16; // P2 1234,5 and P3 65,5%; Q2 a time of day
export const PROBE_WIDTH = 17;
/** Formats set before the values (so "@" keeps "=1+1" as text), from O2. */
export const PROBE_FORMATS = {
  row: 2,
  col: TEXT,
  formats: [
    ["@", "#,##0.0", "HH:mm"],
    [FORMAT.general, FORMAT.rate, FORMAT.general],
  ],
};
/** The shade margin (points) the probe's colour formulas use. */
export const MARGIN = 5;
/** Rate, target, then whether met, near and short hold (rows 2 to 4). */
export const SHADES = [
  [0.649, 0.65, false, true, false], // shown 64,9%: short of 65% within the margin
  [0.65, 0.65, true, false, false],
  [0.5, 0.65, false, false, true],
] as const;
/** Counts typed in B2:C5 for the rate column, and the rates it must show in D2:D5. */
export const RATE_ROWS = [
  [131, 200, 0.655],
  [1, 3, 0.333],
  ["", "", ""],
  ["x", 4, ""],
] as const;

/** Columns read back from A1 (5 rows): everything but the display cells, which hold a date. */
export const PROBE_READ = TEXT;

/**
 * What the adapter read back after writing the probe: plain data (no Date) for google.script.run,
 * judged where it is shown so the server bundle stays small.
 */
export interface ProbeReadings {
  /** A1 down to row 5, PROBE_READ wide. */
  readonly values: readonly (readonly unknown[])[];
  /** The header the rate formula writes, as the template names the column. */
  readonly rateHeader: string;
  /** P2:Q3 as displayed. */
  readonly display: readonly (readonly string[])[];
  /** A count cell took 3 and refused 2,5 under the count rule in reject mode. */
  readonly validation: boolean;
  /** How many of the three shade rules set on the probe were read back as the add-on's. */
  readonly ours: number;
  /** The metadata written on the tab was found again, visible to every script (DOCUMENT). */
  readonly metadata: boolean;
  readonly documentLock: boolean;
  readonly locale: string;
}

const near = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number"
    ? // Stryker disable next-line EqualityOperator: the expected rates (0,655 and 0,333) differ from a double by a multiple of 2^-53, never by exactly 1e-9
      Math.abs(a - b) < 1e-9
    : a === b;
/** Every wanted value was read back (a short read-back misses some). */
const same = (seen: readonly unknown[], want: readonly unknown[]) =>
  want.every((w, i) => near(seen[i], w));
const shown = (xs: readonly unknown[]) => xs.map((x) => String(x)).join("; ");

/** One verdict per assumption; `seen` carries what came back when it was not what was expected. */
export function judge(r: ProbeReadings): CheckLine[] {
  const at = (row: number, col: number) => r.values[row - 1]?.[col - 1];
  const column = (col: number, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => at(from + i, col));
  const line = (id: CheckId, seen: readonly unknown[], want: readonly unknown[]): CheckLine =>
    same(seen, want) ? { id, ok: true } : { id, ok: false, seen: shown(seen) };
  const shades = SHADES.flatMap((_, i) => [2, 3, 4].map((j) => at(i + 2, SHADE + j)));
  const display = [r.display[0]?.[0], r.display[1]?.[0]];
  const time = r.display[0]?.[1];
  return [
    line("rate", column(RATE + 2, 1, 5), [r.rateHeader, ...RATE_ROWS.map((x) => x[2])]),
    { id: "validation", ok: r.validation },
    line("colours", [...shades, at(2, SHADE + 5)], [...SHADES.flatMap((s) => s.slice(2)), true]),
    line("stale", [at(1, STALE + 3)], ["✓"]),
    line("text", [at(2, TEXT)], ["=1+1"]),
    line("display", display, ["1.234,5", "65,5%"]),
    { id: "metadata", ok: r.metadata },
    { id: "rules", ok: r.ours === 3, seen: r.ours === 3 ? undefined : String(r.ours) },
    { id: "lock", ok: r.documentLock },
    line("locale", [r.locale, time], ["vi_VN", "12:00"]),
  ];
}
