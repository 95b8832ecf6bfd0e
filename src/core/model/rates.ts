// Rates, Σ/Σ roll-ups and the integer "met / still needed" rule of design.md.
//
// Targets carry at most one decimal in percent, so a target is a whole number of per mille and
// every comparison below is made on integers: no 0.55 × 100 = 55.00000000000001 surprises.

export interface Counts {
  readonly recognized: number;
  readonly total: number;
  /** How many registered (đăng ký), for the models that register; known only when every row says. */
  readonly registered?: number;
}

/**
 * Σ numerators and Σ denominators: the only way rates are combined above the lowest level. The
 * registered count is summed only when every part has one: a partial sum would understate it.
 */
export function sumCounts(parts: Iterable<Counts>): Counts {
  let recognized = 0;
  let total = 0;
  let registered = 0; // NaN once a part has none
  let count = 0;
  for (const p of parts) {
    recognized += p.recognized;
    total += p.total;
    registered += p.registered ?? Number.NaN;
    // Stryker disable next-line AssignmentOperator: count is only tested for being non-zero
    count += 1;
  }
  return count && registered >= 0 ? { recognized, total, registered } : { recognized, total };
}

/** The exact rate, or undefined when there is nothing to divide by. */
export function rateOf(c: Counts): number | undefined {
  return c.total > 0 ? c.recognized / c.total : undefined;
}

/** A target fraction as whole per mille (0.655 → 655). */
export function permille(target: number): number {
  return Math.round(target * 1000);
}

/**
 * The rate as summaries show it: cut (not rounded) to 0,1%, so that a rate displayed as 65,0% is
 * never short of a 65% target and a rate short of it never displays as 65,0%.
 */
export function shownRate(c: Counts): number | undefined {
  return c.total > 0 ? Math.floor((c.recognized * 1000) / c.total) / 1000 : undefined;
}

/** ⌈target × total⌉ on integers: how many recognitions the target asks for. */
export function requiredFor(total: number, target: number): number {
  return Math.floor((permille(target) * total + 999) / 1000);
}

/** How many more recognitions reach the target; 0 when it is met. */
export function stillNeeded(c: Counts, target: number): number {
  return Math.max(0, requiredFor(c.total, target) - c.recognized);
}

/** Met ⇔ recognised ≥ ⌈target × total⌉. */
export function isMet(c: Counts, target: number): boolean {
  return stillNeeded(c, target) === 0;
}

/** How far the shown rate falls short of the target, in percentage points (0 when met). */
export function shortfallPoints(c: Counts, target: number): number {
  if (c.total <= 0) return 0;
  const shown = Math.floor((c.recognized * 1000) / c.total);
  return Math.max(0, permille(target) - shown) / 10;
}
