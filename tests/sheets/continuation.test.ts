// How a paused gathering run goes on: per workbook, by hand as an add-on, by a trigger in a bound
// script that respects the workbook's lock and ends quietly when the workbook is out of reach.

import { afterEach, describe, expect, it } from "vitest";
import {
  clearContinuation,
  isBoundScript,
  pendingYear,
  progressRecorder,
  readProgress,
  scheduleContinuation,
} from "../../src/sheets/continuation";
import { continueGather, gatherJob } from "../../src/sheets/gather";
import { projectEnvironment } from "../fixtures/project";
import { seedProvince } from "../fixtures/workbooks";
import { type Deployment, type Env, installGlobals } from "../memory";
import { allValues } from "./helpers";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

let undo: (() => void) | undefined;
afterEach(() => undo?.());

function environment(deployment: Deployment): Env {
  const e = projectEnvironment({ latency: "none", deployment });
  undo = installGlobals(globalThis, e);
  return e;
}

/** A bound province whose gathering stopped before the time limit (3 of 6 sources done). */
function paused(e: Env): Spreadsheet {
  const { province } = seedProvince(e, 6, { villages: 2, units: 1, years: [2026] });
  e.latency.open = 40;
  const r = gatherJob(province, 2026, { now: () => e.clock.now(), budgetMs: 100_000 });
  expect(r.message).toMatch(/^Đã thu thập 3\/6 nguồn thì dừng/u);
  e.latency.open = 0;
  return province;
}

const run = (e: Env) => {
  const results: ReturnType<typeof continueGather>[] = [];
  const ran = e.runNextTrigger({
    continueGather: (ev) => results.push(continueGather(ev, { now: () => e.clock.now() })),
  });
  return { ran, result: results[0] };
};

describe("the kind of deployment", () => {
  it("is told apart by how the script was installed", () => {
    environment("addon");
    expect(isBoundScript()).toBe(false);
    undo?.();
    environment("bound");
    expect(isBoundScript()).toBe(true);
  });

  it("as an add-on, a paused run leaves no trigger and no record: the officer presses again", () => {
    const e = environment("addon");
    const province = paused(e);
    expect(e.triggers).toEqual([]);
    expect(pendingYear(province.getId())).toBeUndefined();
    expect(scheduleContinuation(province, 2026)).toBe(false);
  });
});

describe("a paused run is kept per workbook", () => {
  it("so one officer's two workbooks never overwrite each other's", () => {
    const e = environment("bound");
    const a = e.createSpreadsheet("Tỉnh A");
    const b = e.createSpreadsheet("Tỉnh B");
    expect(scheduleContinuation(a, 2026)).toBe(true);
    expect(scheduleContinuation(b, 2025)).toBe(true);
    expect([pendingYear(a.getId()), pendingYear(b.getId())]).toEqual([2026, 2025]);
    clearContinuation(a.getId());
    expect([pendingYear(a.getId()), pendingYear(b.getId())]).toEqual([undefined, 2025]);
  });

  it("and a trigger Apps Script refuses to make leaves the officer the button", () => {
    const e = environment("bound");
    const a = e.createSpreadsheet("Tỉnh A");
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().after(1000).create();
    expect(scheduleContinuation(a, 2026)).toBe(false);
  });
});

describe("issue 9, class 7: the continuation trigger", () => {
  it("waits for the workbook's own lock: an officer's run holding it is never written beside", () => {
    const e = environment("bound");
    const province = paused(e);
    e.setActive(null);
    e.holdLock("document", { spreadsheet: province });
    const before = allValues(province);
    const { result } = run(e);
    expect(result).toEqual({
      ok: false,
      message:
        "Một người khác đang chạy một việc của tiện ích trên bảng tính này. Hãy đợi một lát rồi bấm lại.",
    });
    expect(allValues(province)).toEqual(before);
    // it tries again later
    expect(e.triggers.filter((t) => !t.fired).map((t) => t.handler)).toEqual(["continueGather"]);
    e.releaseHeldLock("document", province);
    expect(run(e).result).toMatchObject({ ok: true, message: "Đã thu thập 6/6 nguồn." });
    expect(e.triggers).toEqual([]);
  });

  it.each([
    ["deleted", (e: Env, ss: Spreadsheet) => e.deleteSpreadsheet(ss)],
    ["no longer shared", (e: Env, ss: Spreadsheet) => e.setAccess(ss, "none")],
  ] as const)("ends quietly with a status when the workbook is %s", (_, cut) => {
    const e = environment("bound");
    const province = paused(e);
    const id = province.getId();
    cut(e, province);
    e.setActive(null);
    const { ran, result } = run(e);
    expect(ran).toBeDefined();
    expect(result).toEqual({
      ok: false,
      message: "Bảng tính đã bị xóa hoặc không còn được chia sẻ: đã hủy việc tự chạy tiếp.",
    });
    expect(e.triggers).toEqual([]);
    expect(pendingYear(id)).toBeUndefined();
  });

  it("does nothing when the officer already finished the run by hand", () => {
    const e = environment("bound");
    const province = paused(e);
    expect(gatherJob(province, 2026, { now: () => e.clock.now() }).message).toBe(
      "Đã thu thập 6/6 nguồn.",
    );
    expect(e.triggers).toEqual([]);
    const before = allValues(province);
    expect(run(e).ran).toBeUndefined();
    expect(allValues(province)).toEqual(before);
  });
});

describe("progress", () => {
  it("says a run is going on only while it is, and forgets a killed one", () => {
    const e = environment("addon");
    e.createSpreadsheet("Tỉnh");
    const now = Date.UTC(2026, 11, 5);
    expect(readProgress(now)).toEqual({ running: false, done: 0, total: 0 });
    const record = progressRecorder(() => now, 10_000);
    record({ running: true, done: 3, total: 9 }, true);
    record({ running: true, done: 4, total: 9 });
    // writes are spaced out: the second came too soon
    expect(readProgress(now)).toEqual({ running: true, done: 3, total: 9 });
    expect(readProgress(now + 8 * 60_000).running).toBe(false);
  });
});
