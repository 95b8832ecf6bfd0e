import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkJob, summaryJob } from "../../src/sheets/jobs";
import { projectEnvironment } from "../fixtures/project";
import { seedCommune } from "../fixtures/workbooks";
import { type Env, installGlobals } from "../memory";

let env: Env;
let uninstall: () => void;
beforeEach(() => {
  env = projectEnvironment({ latency: "none" });
  uninstall = installGlobals(globalThis, env);
});
afterEach(() => uninstall());

describe("smoke", () => {
  it("seeds a commune and checks it clean", () => {
    const { ss } = seedCommune(env);
    const result = checkJob(ss);
    expect(result.findings).toEqual([]);
    expect(result.message).toBe("Số liệu không có lỗi nào.");
    const summary = summaryJob(ss, 2026);
    expect(summary.message).toContain("Tổng hợp xã 2026");
  });
});
