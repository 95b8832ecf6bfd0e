// Criteria scoring's code shipped as the project file Scoring.html: what happens when it cannot be
// loaded (a file of its own: the module is loaded once per run, as in Apps Script).

import { describe, expect, it } from "vitest";
import { CRITERIA_TAB } from "../../src/core/model/criteria";
import { checkJob, summaryJob, templateJob } from "../../src/sheets/jobs";
import { createScoringTabs } from "../../src/ui/server";
import { projectEnvironment } from "../fixtures/project";
import { seedCommune } from "../fixtures/workbooks";
import { installGlobals } from "../memory";

describe("criteria scoring's own code (Scoring.html)", () => {
  it("is loaded only by a commune that scores, and its absence stops nothing else", () => {
    // "(" is not JavaScript: the file is there but its code does not load
    const fresh = projectEnvironment({ latency: "none", htmlFiles: { Scoring: "(" } });
    const undo = installGlobals(globalThis, fresh);
    try {
      const { ss } = seedCommune(fresh, "Xã Không Nạp", { villages: 2 });
      expect(checkJob(ss).findings).toEqual([]);
      expect(summaryJob(ss, 2026).ok).toBe(true);
      ss.insertSheet(CRITERIA_TAB);
      const check = checkJob(ss);
      expect(check.findings).toEqual([
        expect.objectContaining({
          tab: CRITERIA_TAB,
          severity: "warning",
          message: expect.stringContaining("Không nạp được phần chấm điểm"),
        }),
      ]);
      expect(summaryJob(ss, 2026).ok).toBe(true);
      expect(createScoringTabs()).toMatchObject({ ok: false });
      expect(templateJob(ss, "Xã").message).toContain("Không nạp được phần chấm điểm");
    } finally {
      undo();
    }
  });
});
