// Reading one lower-level sheet: how few calls it takes, and how every failure, in any language, at
// open or in the middle of reading, ends as that source's own status with the message kept.

import { describe, expect, it } from "vitest";
import type { Area } from "../../src/core/check/registry";
import { VILLAGES } from "../../src/core/model/schema";
import { closeYearJob } from "../../src/sheets/jobs";
import { gatherSource } from "../../src/sheets/source";
import { seedCommune } from "../fixtures/workbooks";
import type { Env } from "../memory";
import { tab, useEnvironment } from "./helpers";

const env = useEnvironment();
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NOW = Date.UTC(2026, 11, 12, 2, 0, 0);
const small = { villages: 3, units: 2, years: [2026] } as const;

function commune(e: Env): Spreadsheet {
  const { ss } = seedCommune(e, "Xã Một", { ...small, code: "001" });
  e.setAccess(ss, "view");
  return ss;
}
const areaOf = (ss: Spreadsheet | string): Area => ({
  code: "001",
  name: "Xã Một",
  url: typeof ss === "string" ? ss : ss.getUrl(),
  sheetRow: 2,
});
const gatherOne = (ss: Spreadsheet | string) =>
  gatherSource({
    area: areaOf(ss),
    year: 2026,
    deadline: { day: 10, month: 12 },
    now: NOW,
    runId: "r",
  });

describe("reading one source", () => {
  it("takes one open, the template version, then one lookup and one read per tab", () => {
    const e = env();
    const ss = commune(e);
    e.setAccess(ss, "edit");
    closeYearJob(ss, 2026, NOW - 86_400_000);
    e.setAccess(ss, "view");
    const url = ss.getUrl();
    e.calls.reset();
    const { outcome, rows } = gatherOne(url);
    expect(outcome.status).toBe("gathered");
    expect(rows?.villages).toHaveLength(3);
    expect(e.calls.byMethod).toEqual({
      "SpreadsheetApp.openByUrl": 1,
      "Spreadsheet.getDeveloperMetadata": 1,
      "DeveloperMetadata.getKey": 1,
      "DeveloperMetadata.getValue": 1,
      // the three data tabs and the closing log (names and codes come from the list)
      "Spreadsheet.getSheetByName": 4,
      "Sheet.getSheetValues": 4,
    });
  });

  it("still finds a data tab an officer renamed, by the add-on's mark", () => {
    const e = env();
    const ss = commune(e);
    e.setAccess(ss, "edit");
    tab(ss, VILLAGES.name).setName("Các thôn");
    e.setAccess(ss, "view");
    const { outcome, rows } = gatherOne(ss);
    expect(outcome.status).toBe("gathered");
    expect(rows?.villages).toHaveLength(3);
  });

  it.each([
    ["vi", "noAccess", "Bạn không có quyền truy cập tài liệu yêu cầu."],
    ["en", "noAccess", "You do not have permission to access the requested document."],
    ["vi", "deleted", "bị thiếu (có thể tài liệu đã bị xóa?)"],
    ["en", "deleted", "is missing (perhaps it was deleted"],
    ["vi", "transient", "Service Spreadsheets failed while accessing document with id"],
  ] as const)(
    "a %s failure to open (%s) is the source's status, Apps Script's words kept",
    (language, kind, words) => {
      const e = env();
      e.language = language;
      const ss = commune(e);
      e.failOpen(ss, kind);
      const { outcome, rows } = gatherOne(ss);
      expect(outcome.status).toBe("openFailed");
      expect(outcome.raw).toContain(words);
      // what the officer reads is Vietnamese and gives every likely cause
      expect(outcome.details.join(" ")).toContain("chưa chia sẻ quyền Xem");
      expect(outcome.details.join(" ")).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/u);
      expect(rows).toBeUndefined();
    },
  );

  it("a sheet deleted for good, or a link to nothing, is a status too", () => {
    const e = env();
    const ss = commune(e);
    e.deleteSpreadsheet(ss);
    expect(gatherOne(ss.getUrl()).outcome.status).toBe("openFailed");
    const nowhere = "https://docs.google.com/spreadsheets/d/1khongtontaiXXXXXXXX/edit";
    expect(gatherOne(nowhere).outcome.status).toBe("openFailed");
  });

  // after the open: metadata (3 calls), then a lookup and a read per tab
  it.each([0, 3, 4, 5, 6, 7, 8, 9])(
    "a sheet that opened fine but keeps failing after %i of its calls is a status",
    (after) => {
      const e = env();
      const ss = commune(e);
      const [url, id] = [ss.getUrl(), ss.getId()];
      e.failReads(ss, after);
      const { outcome, rows } = gatherOne(url);
      expect(outcome.status).toBe("readFailed");
      expect(outcome.raw).toBe(
        `Service Spreadsheets failed while accessing document with id ${id}.`,
      );
      expect(outcome.details.join(" ")).toContain("Google tạm lỗi");
      expect(rows).toBeUndefined();
      e.heal(ss);
    },
  );

  it("a read that fails once is read again another way, and the source is gathered", () => {
    const e = env();
    const ss = commune(e);
    const url = ss.getUrl();
    // metadata 3, the three lookups: the 7th call reads the first data tab
    e.failReads(ss, 6, 1);
    expect(gatherOne(url).outcome.status).toBe("gathered");
  });

  it("reads a tab with nothing in it (where the one-call read has no block to give)", () => {
    const e = env();
    const ss = commune(e);
    e.setAccess(ss, "edit");
    tab(ss, "Hội Khuyến học xã").clear();
    e.setAccess(ss, "view");
    const { outcome } = gatherOne(ss);
    expect(outcome.status).toBe("hasErrors");
    expect(outcome.details.join(" ")).toContain("Hội Khuyến học xã");
  });
});
