import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Counts,
  isMet,
  rateOf,
  requiredFor,
  shortfallPoints,
  shownRate,
  stillNeeded,
  sumCounts,
} from "../../../src/core/model/rates";

/** An area's counts: total ≥ recognised ≥ 0. */
const counts = fc
  .tuple(fc.nat({ max: 100_000 }), fc.nat({ max: 100_000 }))
  .map(([a, b]): Counts => ({ recognized: Math.min(a, b), total: Math.max(a, b) }));
/** Targets as officers set them: 0,1% steps. */
const target = fc.integer({ min: 0, max: 1000 }).map((p) => p / 1000);

describe("the integer met rule", () => {
  it("55 of 100 meets 55% although 0.55 × 100 is 55.00000000000001 in floating point", () => {
    expect(0.55 * 100).not.toBe(55);
    expect(requiredFor(100, 0.55)).toBe(55);
    expect(isMet({ recognized: 55, total: 100 }, 0.55)).toBe(true);
    expect(isMet({ recognized: 54, total: 100 }, 0.55)).toBe(false);
  });
  it("computes still-needed as ⌈target × total⌉ − recognised", () => {
    expect(stillNeeded({ recognized: 130, total: 200 }, 0.7)).toBe(10);
    expect(stillNeeded({ recognized: 0, total: 3 }, 0.5)).toBe(2);
    expect(stillNeeded({ recognized: 150, total: 200 }, 0.7)).toBe(0);
    expect(stillNeeded({ recognized: 1, total: 7 }, 0.655)).toBe(4);
  });
  it("met ⇔ still needed is 0", () => {
    fc.assert(fc.property(counts, target, (c, t) => isMet(c, t) === (stillNeeded(c, t) === 0)));
  });
  it("met ⇔ the exact rational rate reaches the target", () => {
    fc.assert(
      fc.property(
        counts.filter((c) => c.total > 0),
        fc.integer({ min: 0, max: 1000 }),
        (c, p) =>
          // recognised / total ≥ p / 1000  ⇔  1000 × recognised ≥ p × total, all integers
          isMet(c, p / 1000) === 1000 * c.recognized >= p * c.total,
      ),
    );
  });
  it("adding the still-needed recognitions always meets the target", () => {
    fc.assert(
      fc.property(counts, target, (c, t) => {
        const more = stillNeeded(c, t);
        return isMet({ recognized: c.recognized + more, total: c.total }, t);
      }),
    );
  });
  it("the shown rate agrees with the verdict, so a cell shown as 65,0% is never short of 65%", () => {
    fc.assert(
      fc.property(
        counts.filter((c) => c.total > 0),
        target,
        (c, t) => {
          const shown = shownRate(c) as number;
          return shown >= t === isMet(c, t);
        },
      ),
    );
    expect(shownRate({ recognized: 1299, total: 2000 })).toBe(0.649);
    expect(shownRate({ recognized: 1300, total: 2000 })).toBe(0.65);
  });
  it("shortfall is in percentage points of the shown rate, 0 when met", () => {
    expect(shortfallPoints({ recognized: 130, total: 200 }, 0.7)).toBe(5);
    expect(shortfallPoints({ recognized: 150, total: 200 }, 0.7)).toBe(0);
    expect(shortfallPoints({ recognized: 1299, total: 2000 }, 0.65)).toBe(0.1);
  });
});

describe("Σ/Σ roll-up", () => {
  it("a rate is always within [0, 1]", () => {
    fc.assert(
      fc.property(
        counts.filter((c) => c.total > 0),
        (c) => {
          const r = rateOf(c) as number;
          return r >= 0 && r <= 1;
        },
      ),
    );
  });
  it("splitting an area into parts never changes its Σ/Σ rate", () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 1, maxLength: 30 }), fc.nat(), (parts, cut) => {
        const whole = sumCounts(parts);
        const k = cut % (parts.length + 1);
        const left = sumCounts(parts.slice(0, k));
        const right = sumCounts(parts.slice(k));
        const rejoined = sumCounts([left, right]);
        return (
          rejoined.recognized === whole.recognized &&
          rejoined.total === whole.total &&
          rateOf(rejoined) === rateOf(whole)
        );
      }),
    );
  });
  it("is not the average of rates", () => {
    const parts = [
      { recognized: 1, total: 1 },
      { recognized: 0, total: 99 },
    ];
    expect(rateOf(sumCounts(parts))).toBe(0.01);
  });
  it("has no rate for a total of 0", () => {
    expect(rateOf({ recognized: 0, total: 0 })).toBeUndefined();
    expect(shownRate({ recognized: 0, total: 0 })).toBeUndefined();
  });
});

describe("registered counts in a roll-up", () => {
  it("are summed when every part has one", () => {
    expect(
      sumCounts([
        { recognized: 5, total: 10, registered: 8 },
        { recognized: 1, total: 4, registered: 2 },
      ]),
    ).toEqual({ recognized: 6, total: 14, registered: 10 });
  });
  it("are unknown when any part lacks one, whatever its place: a partial sum would understate", () => {
    const known = { recognized: 5, total: 10, registered: 8 };
    const unknown = { recognized: 1, total: 4 };
    expect(sumCounts([known, unknown])).toEqual({ recognized: 6, total: 14 });
    expect(sumCounts([unknown, known])).toEqual({ recognized: 6, total: 14 });
    expect(sumCounts([known, unknown, known])).not.toHaveProperty("registered");
  });
  it("never appear from nothing: no parts, or parts without them, have none", () => {
    expect(sumCounts([])).toEqual({ recognized: 0, total: 0 });
    expect(sumCounts([])).not.toHaveProperty("registered");
    expect(sumCounts([{ recognized: 1, total: 2 }])).not.toHaveProperty("registered");
  });
});

describe("edges of the roll-up and the shortfall", () => {
  it("a registered count of 0 is known, not missing", () => {
    expect(sumCounts([{ recognized: 0, total: 5, registered: 0 }])).toEqual({
      recognized: 0,
      total: 5,
      registered: 0,
    });
  });
  it("an area with nothing to count falls short by 0 points, never NaN", () => {
    expect(shortfallPoints({ recognized: 0, total: 0 }, 0.7)).toBe(0);
  });
});
