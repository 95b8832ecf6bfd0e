// The sidebar's decisions without a browser, the transport's value check and the Node end of the
// stand-in: fast unit tests.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callServer } from "../../scripts/preview/rpc";
import { illegalValue } from "../../scripts/preview/wire";
import { inline } from "../../scripts/sidebar";
import type { Finding } from "../../src/core/check/read";
import {
  closingOf,
  defaultYear,
  groupFindings,
  isSelectable,
  jobEnabled,
  jobsFor,
  levelChoices,
  readDeadline,
  settingsChanges,
  yearOptions,
} from "../../src/ui/sidebar/model";
import type { Wire } from "../../src/ui/sidebar/rpc";
import { projectEnvironment } from "../fixtures/project";
import { seedCommune } from "../fixtures/workbooks";
import { installGlobals } from "../memory";

const f = (tab: string, cell: string, severity: "error" | "warning"): Finding => ({
  tab,
  cell,
  severity,
  message: `${tab} ${cell}`,
});

describe("groupFindings", () => {
  it("groups by tab, tabs with errors first, errors before warnings", () => {
    const groups = groupFindings([
      f("Đơn vị", "C2", "warning"),
      f("Thôn - TDP", "D5", "warning"),
      f("Thôn - TDP", "E7", "error"),
      f("Cấu hình", "B3", "error"),
      f("Thôn - TDP", "F9", "error"),
    ]);
    expect(groups.map((g) => [g.tab, g.errors, g.warnings])).toEqual([
      ["Thôn - TDP", 2, 1],
      ["Cấu hình", 1, 0],
      ["Đơn vị", 0, 1],
    ]);
    expect(groups[0]?.findings.map((x) => x.cell)).toEqual(["E7", "F9", "D5"]);
  });
  it("gives no group for no findings", () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe("sidebar choices", () => {
  it("selects only a tab and a single A1 cell, like the server", () => {
    expect(isSelectable({ tab: "Thôn - TDP", cell: "D5" })).toBe(true);
    expect(isSelectable({ tab: "", cell: "D5" })).toBe(false);
    expect(isSelectable({ tab: "X", cell: "D5:E6" })).toBe(false);
    expect(isSelectable({ tab: "X", cell: "A0" })).toBe(false);
  });
  it("offers the report year among the years, newest first", () => {
    expect(yearOptions({ years: [2026, 2025], year: 2027 })).toEqual([2027, 2026, 2025]);
    expect(defaultYear({ years: [2026, 2025], year: 2025 }, 2026)).toBe(2025);
    expect(defaultYear({ years: [2030, 2027, 2026, 2025] }, 2026)).toBe(2026);
    expect(defaultYear({ years: [2030, 2029] }, 2026)).toBe(2030);
    expect(defaultYear({ years: [], year: undefined }, 2026)).toBeUndefined();
  });
  it("shows the jobs that fit the level and the template state", () => {
    const levels = ["Xã", "Huyện", "Tỉnh"];
    expect(jobsFor({ ready: false, level: "Xã", levels })).toEqual(["create"]);
    expect(jobsFor({ ready: true, level: "Xã", levels })).toContain("close");
    expect(jobsFor({ ready: true, level: "Xã", levels })).not.toContain("gather");
    expect(jobsFor({ ready: true, level: "Tỉnh", levels })).toContain("gather");
    expect(jobsFor({ ready: true, level: "Huyện", levels })).not.toContain("reopen");
    // every level prints its yearly report, right after its summary
    for (const level of levels) {
      const jobs = jobsFor({ ready: true, level, levels });
      expect(jobs.indexOf("report")).toBe(jobs.indexOf("summary") + 1);
    }
  });
  it("offers in the commune flavor only what it can do on a district or province sheet", () => {
    const xa = { ready: true, levels: ["Xã"] };
    expect(jobsFor({ ...xa, level: "Xã" })).toEqual(jobsFor({ ...xa, level: "Xã", levels: [] }));
    expect(jobsFor({ ...xa, level: "Tỉnh" })).toEqual(["check"]);
    expect(levelChoices({ level: "Tỉnh", levels: ["Xã"] })).toEqual(["Tỉnh", "Xã"]);
    expect(levelChoices({ level: "Xã", levels: ["Xã"] })).toEqual(["Xã"]);
  });
  it("refills the roadmap for a preset, saves 'own roadmap' and the rest as settings", () => {
    const status = {
      areaName: "Xã A",
      areaCode: "00123",
      level: "Xã",
      preset: "QUOCGIA",
      amberPoints: 5,
      jumpPoints: 30,
      deadline: "10/12",
      hierarchy: "h",
      year: 2026,
    };
    const same = { ...status };
    expect(settingsChanges(status, same)).toEqual({ save: {} });
    expect(settingsChanges(status, { ...same, preset: "HAIHAU", amberPoints: 7.5 })).toEqual({
      refill: "HAIHAU",
      save: { amberPoints: 7.5 },
    });
    expect(settingsChanges(status, { ...same, preset: "RIENG", year: 2025 })).toEqual({
      save: { preset: "RIENG", year: 2025 },
    });
    expect(
      settingsChanges(status, {
        ...same,
        areaName: "Xã B",
        areaCode: "00124",
        jumpPoints: 20,
        deadline: "5/12",
      }),
    ).toEqual({
      save: {
        areaName: "Xã B",
        areaCode: "00124",
        jumpPoints: 20,
        deadline: "5/12",
      },
    });
  });
  it("reads a deadline as a real day and month", () => {
    expect(readDeadline("05/12")).toBe("5/12");
    expect(readDeadline(" 10 / 12 ")).toBe("10/12");
    expect(readDeadline("29/2")).toBe("29/2");
    expect(readDeadline("31/4")).toBeUndefined();
    expect(readDeadline("10/13")).toBeUndefined();
    expect(readDeadline("mười")).toBeUndefined();
  });
  it("offers closing only for an open year and reopening only for a closed one", () => {
    const closings = [
      { year: 2025, closed: true, at: "05/12/2025 09:30", by: "a@x.vn" },
      { year: 2026, closed: false, at: "06/12/2026 10:00", by: "a@x.vn" },
    ];
    const s = { closings };
    expect(closingOf(s, 2025)?.closed).toBe(true);
    expect([jobEnabled("close", s, 2025), jobEnabled("reopen", s, 2025)]).toEqual([false, true]);
    // reopened, and a year never closed: only "Chốt"
    expect([jobEnabled("close", s, 2026), jobEnabled("reopen", s, 2026)]).toEqual([true, false]);
    expect([jobEnabled("close", s, 2027), jobEnabled("reopen", s, 2027)]).toEqual([true, false]);
    // no year chosen: neither
    expect([jobEnabled("close", s, undefined), jobEnabled("reopen", s, undefined)]).toEqual([
      false,
      false,
    ]);
    expect(jobEnabled("summary", s, 2025)).toBe(true);
  });
  it("lets no Date through the wrapper's types", () => {
    const ok: Wire = { a: [1, "x", null, { b: true }] };
    // @ts-expect-error a Date cannot travel through google.script.run
    const bad: Wire = new Date();
    // @ts-expect-error nor a function
    const fn: Wire = () => 1;
    expect([ok, bad, fn]).toHaveLength(3);
  });
});

describe("what google.script.run carries", () => {
  it("refuses a Date, a function, a DOM-like node and a cycle anywhere, and names where", () => {
    expect(illegalValue([1, "a", null, undefined, { b: [true] }])).toBeUndefined();
    expect(illegalValue([{ when: new Date() }])).toBe("0.when (Date)");
    expect(illegalValue({ f: () => 1 })).toBe("f (function)");
    expect(illegalValue([{ nodeType: 1, nodeName: "DIV" }])).toBe("0 (DOM node)");
    expect(illegalValue(new Map())).toBe("(giá trị) (Map)");
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(illegalValue(cycle)).toBe("self (circular reference)");
    const shared = { x: 1 };
    expect(illegalValue([shared, shared])).toBeUndefined();
  });
});

describe("callServer (the Node end of the stand-in)", () => {
  let uninstall: () => void;
  beforeAll(() => {
    const env = projectEnvironment({ latency: "none" });
    uninstall = installGlobals(globalThis, env);
    seedCommune(env);
  });
  afterAll(() => uninstall());

  it("runs a server function with JSON arguments and answers JSON", () => {
    const reply = callServer("getStatus", "[]");
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(JSON.parse(reply.value ?? "null").areaName).toBe("Xã Quảng Thạch");
  });
  it("refuses unknown names and non-array arguments, and reports bad input as the job does", () => {
    expect(callServer("eval", "[]")).toEqual({
      ok: false,
      error: "Script function not found: eval",
    });
    expect(callServer("toString", "[]").ok).toBe(false);
    expect(callServer("getStatus", "{}").ok).toBe(false);
    const bad = callServer("selectCell", '["Thôn - TDP", "D5; DROP"]');
    expect(bad.ok && JSON.parse(bad.value ?? "{}").ok).toBe(false);
  });
  it("fails a call whose result holds a Date, and passes a thrown error on", () => {
    const fns = {
      when: () => ({ at: [new Date(0)] }),
      boom: () => {
        throw new Error("Service Spreadsheets failed");
      },
      nothing: () => undefined,
    };
    expect(callServer("when", "[]", fns)).toEqual({
      ok: false,
      error: "Failed due to illegal value in return value: at.0 (Date)",
    });
    expect(callServer("boom", "[]", fns)).toEqual({
      ok: false,
      error: "Exception: Service Spreadsheets failed",
    });
    expect(callServer("nothing", "[]", fns)).toEqual({ ok: true });
  });
});

describe("inlining the sidebar", () => {
  it("refuses code that would close its tag or load anything from outside", () => {
    const page = "<style>/*STYLE*/</style><script>/*SCRIPT*/</script>";
    expect(inline(page, "a{color:red}", "let $&='$1';")).toBe(
      "<style>a{color:red}</style><script>let $&='$1';</script>",
    );
    expect(() => inline(page, "", 'x="</script>"')).toThrow();
    expect(() => inline(page, "a{background:url(https://x.example/a.png)}", "")).toThrow();
    expect(() => inline(page, "", 'x.src="y"')).toThrow();
  });
});
