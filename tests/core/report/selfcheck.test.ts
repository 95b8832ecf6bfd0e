import { describe, expect, it } from "vitest";
import {
  type CheckLine,
  judge,
  PROBE_READ,
  type ProbeReadings,
} from "../../../src/core/report/selfcheck";

const HEADER = "Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)";

/**
 * What Sheets gives back from a probe that behaved: A1:O5 (rates in D, met/near/short in G:I,
 * the data-tab shade in J2, the staleness mark in N1, plain text in O2), P2:Q3 as displayed.
 */
function grid(): unknown[][] {
  const rows = Array.from({ length: 5 }, () => Array<unknown>(PROBE_READ).fill(""));
  const put = (a1: string, v: unknown) => {
    const col = (a1.charCodeAt(0) - 64) as number;
    (rows[Number(a1.slice(1)) - 1] as unknown[])[col - 1] = v;
  };
  put("A1", "Tab tạm");
  put("D1", HEADER);
  put("D2", 0.655);
  put("D3", 0.333);
  // D4, D5: blank counts and a typo give no rate
  put("G2", false);
  put("H2", true);
  put("I2", false);
  put("G3", true);
  put("H3", false);
  put("I3", false);
  put("G4", false);
  put("H4", false);
  put("I4", true);
  put("J2", true);
  put("N1", "✓");
  put("O2", "=1+1");
  return rows;
}

function good(change: Partial<ProbeReadings> = {}): ProbeReadings {
  return {
    values: grid(),
    rateHeader: HEADER,
    display: [
      ["1.234,5", "12:00"],
      ["65,5%", ""],
    ],
    validation: true,
    ours: 3,
    metadata: true,
    documentLock: true,
    locale: "vi_VN",
    ...change,
  };
}

/** The readings with one cell of A1:O5 changed. */
function withCell(a1: string, v: unknown): ProbeReadings {
  const values = grid();
  (values[Number(a1.slice(1)) - 1] as unknown[])[a1.charCodeAt(0) - 65] = v;
  return good({ values });
}

const line = (lines: CheckLine[], id: CheckLine["id"]) => lines.find((l) => l.id === id);
const failed = (r: ProbeReadings) =>
  judge(r)
    .filter((l) => !l.ok)
    .map((l) => l.id);

describe("Tự kiểm tra tiện ích: the verdict on each assumption", () => {
  it("passes every line, in the order the sidebar shows them, with nothing to report", () => {
    expect(judge(good())).toStrictEqual([
      { id: "rate", ok: true },
      { id: "validation", ok: true },
      { id: "colours", ok: true },
      { id: "stale", ok: true },
      { id: "text", ok: true },
      { id: "display", ok: true },
      { id: "metadata", ok: true },
      { id: "rules", ok: true, seen: undefined },
      { id: "lock", ok: true },
      { id: "locale", ok: true },
    ]);
  });

  it("rate: the header formula's header and the rates D2:D5, cut to three decimals", () => {
    expect(failed(good({ rateHeader: "Tỷ lệ khác" }))).toEqual(["rate"]);
    expect(line(judge(good({ rateHeader: "Tỷ lệ khác" })), "rate")).toEqual({
      id: "rate",
      ok: false,
      seen: `${HEADER}; 0.655; 0.333; ; `,
    });
    // rounded instead of cut: 131/200 is 0,655 either way, 1/3 is 0,333 only when cut
    expect(line(judge(withCell("D3", 0.334)), "rate")).toEqual({
      id: "rate",
      ok: false,
      seen: `${HEADER}; 0.655; 0.334; ; `,
    });
    expect(failed(withCell("D2", 0.656))).toEqual(["rate"]);
    expect(failed(withCell("D1", "Tỷ lệ"))).toEqual(["rate"]);
    // a rate for blank counts or for a typo is wrong, even a zero
    expect(line(judge(withCell("D4", 0)), "rate")).toEqual({
      id: "rate",
      ok: false,
      seen: `${HEADER}; 0.655; 0.333; 0; `,
    });
    expect(failed(withCell("D5", "#VALUE!"))).toEqual(["rate"]);
    expect(failed(withCell("D5", 0))).toEqual(["rate"]);
    // a rate that came back as text is not a number the shading can read
    expect(failed(withCell("D2", "0.655"))).toEqual(["rate"]);
    expect(failed(withCell("D3", "0,333"))).toEqual(["rate"]);
  });

  it("rate: float noise from the division is no difference", () => {
    expect(failed(withCell("D2", 131 / 200))).toEqual([]);
    expect(failed(withCell("D3", 0.333 + 1e-12))).toEqual([]);
    expect(failed(withCell("D3", 0.333 - 1e-12))).toEqual([]);
    expect(failed(withCell("D3", 0.333 + 1e-8))).toEqual(["rate"]);
    expect(failed(withCell("D3", 0.333 - 1e-8))).toEqual(["rate"]);
  });

  it("colours: each of met, near and short in G2:I4, and the data tabs' shade in J2", () => {
    for (const a1 of ["G2", "H2", "I2", "G3", "H3", "I3", "G4", "H4", "I4", "J2"]) {
      const values = grid();
      const row = values[Number(a1.slice(1)) - 1] as unknown[];
      const col = a1.charCodeAt(0) - 65;
      const flipped = withCell(a1, !row[col]);
      expect([a1, failed(flipped)]).toEqual([a1, ["colours"]]);
    }
    expect(line(judge(withCell("H2", false)), "colours")).toEqual({
      id: "colours",
      ok: false,
      seen: "false; false; false; true; false; false; false; false; true; true",
    });
    // a formula error, or a 1 for TRUE, is not a colour rule that holds
    expect(failed(withCell("J2", "#ERROR!"))).toEqual(["colours"]);
    expect(failed(withCell("G3", 1))).toEqual(["colours"]);
    // the rates and targets beside them are not judged here
    expect(failed(withCell("E2", 0.5))).toEqual([]);
    expect(failed(withCell("K2", 0.5))).toEqual([]);
  });

  it("stale: the mark in N1 says up to date", () => {
    expect(line(judge(withCell("N1", "⚠")), "stale")).toEqual({
      id: "stale",
      ok: false,
      seen: "⚠",
    });
    expect(failed(withCell("N2", "⚠"))).toEqual([]);
    expect(failed(withCell("M1", "⚠"))).toEqual([]);
  });

  it("text: O2 keeps “=1+1” as text", () => {
    expect(line(judge(withCell("O2", 2)), "text")).toEqual({ id: "text", ok: false, seen: "2" });
    expect(failed(withCell("O3", 2))).toEqual([]);
  });

  it("display: 1234,5 and 65,5% shown the Vietnamese way", () => {
    const us = good({
      display: [
        ["1,234.5", "12:00"],
        ["65.5%", ""],
      ],
    });
    expect(line(judge(us), "display")).toEqual({
      id: "display",
      ok: false,
      seen: "1,234.5; 65.5%",
    });
    expect(
      failed(
        good({
          display: [
            ["1.234,5", "12:00"],
            ["65,6%", ""],
          ],
        }),
      ),
    ).toEqual(["display"]);
    // the cells beside them are not the ones judged
    expect(
      failed(
        good({
          display: [
            ["1.234,5", "12:00"],
            ["65,5%", "x"],
          ],
        }),
      ),
    ).toEqual([]);
  });

  it("locale: vi_VN and noon in Vietnam's time", () => {
    expect(line(judge(good({ locale: "en_US" })), "locale")).toEqual({
      id: "locale",
      ok: false,
      seen: "en_US; 12:00",
    });
    const paris = good({
      display: [
        ["1.234,5", "06:00"],
        ["65,5%", ""],
      ],
    });
    expect(line(judge(paris), "locale")).toEqual({
      id: "locale",
      ok: false,
      seen: "vi_VN; 06:00",
    });
  });

  it("validation, metadata and lock: as the adapter found them", () => {
    expect(failed(good({ validation: false }))).toEqual(["validation"]);
    expect(failed(good({ metadata: false }))).toEqual(["metadata"]);
    expect(failed(good({ documentLock: false }))).toEqual(["lock"]);
    expect(line(judge(good({ validation: false })), "validation")).toStrictEqual({
      id: "validation",
      ok: false,
    });
  });

  it("rules: all three shade rules read back as the add-on's, and how many were", () => {
    expect(line(judge(good({ ours: 2 })), "rules")).toEqual({ id: "rules", ok: false, seen: "2" });
    expect(line(judge(good({ ours: 4 })), "rules")).toEqual({ id: "rules", ok: false, seen: "4" });
    expect(line(judge(good({ ours: 0 })), "rules")).toEqual({ id: "rules", ok: false, seen: "0" });
    expect(line(judge(good()), "rules")).toStrictEqual({ id: "rules", ok: true, seen: undefined });
  });

  it("reads nothing it was not given as a pass, and does not fail on a short read", () => {
    const empty = good({ values: [], display: [] });
    expect(failed(empty)).toEqual(["rate", "colours", "stale", "text", "display", "locale"]);
    const lines = judge(empty);
    expect(line(lines, "rate")?.seen).toBe(`undefined; undefined; undefined; undefined; undefined`);
    expect(line(lines, "display")?.seen).toBe("undefined; undefined");
    expect(line(lines, "locale")?.seen).toBe("vi_VN; undefined");
    // one row only: the header is there, the rest is missing
    const oneRow = good({ values: grid().slice(0, 1), display: [["1.234,5"]] });
    const short = judge(oneRow);
    expect(line(short, "rate")?.seen).toBe(`${HEADER}; undefined; undefined; undefined; undefined`);
    expect(line(short, "stale")?.ok).toBe(true);
    expect(line(short, "display")?.seen).toBe("1.234,5; undefined");
    expect(line(short, "locale")?.seen).toBe("vi_VN; undefined");
  });
});
