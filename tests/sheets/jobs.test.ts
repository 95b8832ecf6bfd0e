// The jobs end to end, the way officers run them across levels: the same figures give the same
// results whether the workbooks are vi_VN (decimal comma) or en_US, and whichever flavor of the
// add-on (another Apps Script project) reads what the other wrote.

import { describe, expect, it, vi } from "vitest";
import { gatherJob } from "../../src/sheets/gather";
import {
  checkJob,
  closeYearJob,
  highlightJob,
  summaryJob,
  templateJob,
} from "../../src/sheets/jobs";
import { projectEnvironment } from "../fixtures/project";
import { areaRow, seedCommune, typeConfig, typeRows } from "../fixtures/workbooks";
import { installGlobals } from "../memory";

vi.setConfig({ testTimeout: 60_000 });

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Everything an officer would look at after the whole cycle, in one workbook locale. */
function wholeCycle(locale: string) {
  const env = projectEnvironment({ latency: "none" });
  const uninstall = installGlobals(globalThis, env);
  try {
    const sheet = (ss: Spreadsheet, name: string) => ss.getSheetByName(name) as Sheet;
    /** A tab's values and the colour each cell shows (conditional formats applied). */
    const seen = (s: Sheet, rows = s.getLastRow()) => {
      const range = s.getRange(1, 1, rows, s.getLastColumn());
      return { values: range.getValues(), colours: env.effectiveBackgrounds(range) };
    };
    const out: Record<string, unknown> = {};
    env.scriptId = "commune flavor";
    const communes = [1, 2, 3].map((i) =>
      seedCommune(env, `Xã Số ${i}`, {
        villages: 4,
        units: 3,
        years: [2025, 2026],
        seed: 100 + i,
        code: `2000${i}`,
        locale,
      }),
    );
    communes.forEach(({ ss }, i) => {
      env.setActive(ss);
      const check = checkJob(ss);
      out[`check ${i}`] = [check.ok, check.message, check.findings];
      out[`summary ${i}`] = summaryJob(ss, 2026, env.clock.now());
      out[`colours ${i}`] = highlightJob(ss);
      out[`close ${i}`] = closeYearJob(ss, 2026, env.clock.now());
      out[`summary tab ${i}`] = seen(sheet(ss, "Tổng hợp xã 2026"));
      out[`villages ${i}`] = seen(sheet(ss, "Thôn - TDP"), 12); // rates spill to the last row
    });
    // The province runs the gathering flavor: another Apps Script project than the communes'.
    env.scriptId = "gathering flavor";
    const province = env.createSpreadsheet("Tỉnh Mẫu", { activate: true, locale });
    env.setActive(province);
    expect(templateJob(province, "Tỉnh", "QUOCGIA").ok).toBe(true);
    typeConfig(province, { "Tên địa bàn": "Tỉnh Mẫu", "Mã địa bàn": "01", "Năm báo cáo": "2026" });
    typeRows(
      province,
      { name: "Danh sách địa bàn" },
      communes.map((c, i) => areaRow(`2000${i + 1}`, `Xã Số ${i + 1}`, c.ss.getUrl())),
    );
    for (const c of communes) env.setAccess(c.ss, "view");
    out.gather = gatherJob(province, 2026, { now: () => env.clock.now() });
    out.provinceSummary = summaryJob(province, 2026, env.clock.now());
    out.status = seen(sheet(province, "Tình trạng thu thập 2026"));
    out.provinceTab = seen(sheet(province, "Tổng hợp tỉnh 2026"));
    return out;
  } finally {
    uninstall();
  }
}

describe("the whole cycle in another locale", () => {
  it("template → check → summary → colours → close → gather → province summary: en_US gives what vi_VN gives", () => {
    const vi = wholeCycle("vi_VN");
    expect(vi.gather).toMatchObject({ ok: true });
    expect(vi.provinceSummary).toMatchObject({ ok: true, sheet: "Tổng hợp tỉnh 2026" });
    const tab = vi.provinceTab as { values: unknown[][]; colours: string[][] };
    expect(tab.values.some((r) => r[0] === "Toàn tỉnh")).toBe(true);
    expect(tab.values.filter((r) => /^Xã Số \d$/u.test(String(r[0]))).length).toBeGreaterThan(3);
    expect(String(tab.values[2]?.[0])).toContain("✓");
    expect(new Set(tab.colours.flat()).size).toBeGreaterThan(2); // met, near or short, and white
    expect(wholeCycle("en_US")).toEqual(vi);
  });
});
