// Reading cell values as officers type them in a vi_VN sheet: counts, rates, yes/no marks, years.
// Each reader is also a schema (parse, safeParse) so tabs, roadmaps and sidebar payloads share one
// vocabulary.

import { EXPECT, PROBLEM, problemText } from "./messages";
import { identityKey, visible } from "./text";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Largest count the add-on believes: Vietnam has about 100 million people. */
export const MAX_COUNT = 1_000_000_000;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (problem: string, expected: string): Parsed<never> => ({
  ok: false,
  message: problemText(problem, expected),
});

/** Empty cells arrive as "", a space typed by mistake is still empty. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

const PERCENT_TEXT = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/u;

/**
 * A number typed as text in vi_VN: "1.234" and "1.234.567" (dot groups thousands), "12,5" (comma is
 * the decimal mark), "1.234,5", and "0.85" (a dot that cannot be grouping is a decimal point).
 * Spaces around it are ignored; a space inside ("10 5") is no number, never a guess at 105.
 */
export function numberFromText(text: string): number | null {
  const t = visible(text).trim();
  if (/^[+-]?\d+$/u.test(t)) return Number(t);
  if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+$/u.test(t)) return Number(t.replace(/\./gu, ""));
  if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+,\d+$/u.test(t))
    return Number(t.replace(/\./gu, "").replace(",", "."));
  if (/^[+-]?\d+[.,]\d+$/u.test(t)) return Number(t.replace(",", "."));
  return null;
}

/** "85%", "85,5 %", "85.5%" → 0.85, 0.855, 0.855; anything else → null. */
export function percentFromText(text: string): number | null {
  const m = PERCENT_TEXT.exec(visible(text).trim());
  return m?.[1] ? Number(m[1].replace(",", ".")) / 100 : null;
}

/** A whole number ≥ 0: a count of households, clans, villages, units or people. */
export function parseCount(value: unknown): Parsed<number> {
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "boolean") return fail(PROBLEM.boolean(value), EXPECT.count);
  else if (value instanceof Date) return fail(PROBLEM.date(), EXPECT.count);
  else if (typeof value === "string") {
    if (percentFromText(value) !== null) return fail(PROBLEM.percentInCount(value), EXPECT.count);
    // not a number: NaN fails the finite test below
    n = numberFromText(value) ?? Number.NaN;
  } else return fail(PROBLEM.notNumber(value), EXPECT.count);
  if (!Number.isFinite(n)) return fail(PROBLEM.notNumber(value), EXPECT.count);
  if (n < 0) return fail(PROBLEM.negative(value), EXPECT.count);
  if (!Number.isInteger(n)) return fail(PROBLEM.fractional(value), EXPECT.count);
  if (n > MAX_COUNT) return fail(PROBLEM.tooLarge(value), EXPECT.count);
  return ok(n);
}

/** Points against a criteria item: a number ≥ 0, decimals allowed ("7,5"). */
export function parsePoints(value: unknown): Parsed<number> {
  // text that is no number ("85%", "abc") reads as NaN and fails the finite test
  let n = Number.NaN;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") n = numberFromText(value) ?? Number.NaN;
  if (!Number.isFinite(n)) return fail(PROBLEM.notNumber(value), EXPECT.points);
  if (n < 0) return fail(PROBLEM.negative(value), EXPECT.points);
  return ok(n);
}

/** A rate in [0, 1]: a fraction from a %-formatted cell, "85%", "85,5%" or "0,85". */
export function parseRate(value: unknown): Parsed<number> {
  let n = Number.NaN;
  if (typeof value === "number") n = value;
  else if (typeof value === "string")
    n = percentFromText(value) ?? numberFromText(value) ?? Number.NaN;
  if (!Number.isFinite(n)) return fail(PROBLEM.notRate(value), EXPECT.rate);
  if (n < 0) return fail(PROBLEM.negative(value), EXPECT.rate);
  if (n > 1 + 1e-12) return fail(PROBLEM.rateAboveOne(value), EXPECT.rate);
  return ok(Math.min(n, 1));
}

/**
 * A target: a rate with at most one decimal in percent (85,5%). Finer targets are refused because
 * summaries show rates to 0,1% and colour must agree with what is shown.
 */
export function parseTarget(value: unknown): Parsed<number> {
  const rate = parseRate(value);
  if (!rate.ok) return rate;
  const permille = rate.value * 1000;
  if (Math.abs(permille - Math.round(permille)) > 1e-6)
    return fail(PROBLEM.rateTooPrecise(value), EXPECT.rate);
  return ok(Math.round(permille) / 1000);
}

const words = (list: string) => new Set(list.split("|").map(identityKey));
const YES = words("x|1|true|đạt|dat|có|co");
const NO = words("0|false|chưa đạt|chua dat|không đạt|khong dat|không|khong");

/** A per-item evaluation: recognised (true) or not (false). */
export function parseMark(value: unknown): Parsed<boolean> {
  if (typeof value === "boolean") return ok(value);
  const key =
    // Stryker disable next-line StringLiteral: any text that is no mark word is refused alike
    typeof value === "number" ? String(value) : typeof value === "string" ? identityKey(value) : "";
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail(PROBLEM.notMark(value), EXPECT.mark);
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A calendar year typed as a number or as text. */
export function parseYear(value: unknown): Parsed<number> {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\s*\d{4}\s*$/u.test(value)
        ? Number(value)
        : Number.NaN;
  if (!Number.isInteger(n) || n < MIN_YEAR || n > MAX_YEAR)
    return fail(PROBLEM.notYear(value), EXPECT.year);
  return ok(n);
}

/** A reader in the shape of a schema, its issue message the Vietnamese sentence. */
export interface Schema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  /** The value, or an Error carrying the sentence. */
  parse(value: unknown): T;
}

/** What a schema gives when the value is good. */
export type Output<S> = S extends Schema<infer T> ? T : never;

/**
 * Wraps a reader as a schema. Our own few lines: zod/mini cost 8 KB of the bundle every
 * custom-function call loads, for this wrapper alone.
 */
export function cellSchema<T>(read: (value: unknown) => Parsed<T>): Schema<T> {
  return {
    safeParse(value) {
      const r = read(value);
      return r.ok
        ? { success: true, data: r.value }
        : { success: false, error: { issues: [{ message: r.message }] } };
    },
    parse(value) {
      const r = read(value);
      if (!r.ok) throw new Error(r.message);
      return r.value;
    },
  };
}

/** The cell schemas, by kind. */
export const CELL = {
  count: cellSchema(parseCount),
  rate: cellSchema(parseRate),
  target: cellSchema(parseTarget),
  mark: cellSchema(parseMark),
  year: cellSchema(parseYear),
} as const;

export type CellKind = keyof typeof CELL;

/** Reads a non-blank value with one of the cell schemas. */
export function readCell<K extends CellKind>(
  kind: K,
  value: unknown,
): Parsed<Output<(typeof CELL)[K]>> {
  const result = CELL[kind].safeParse(value);
  if (result.success) return ok(result.data as Output<(typeof CELL)[K]>);
  // Stryker disable next-line OptionalChaining,LogicalOperator: cellSchema always gives exactly one issue
  return { ok: false, message: result.error.issues[0]?.message ?? PROBLEM.notNumber(value) };
}
