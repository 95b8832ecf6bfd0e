import { describe, expect, it } from "vitest";
import { readDataTab } from "../../../src/core/check/read";
import { ASSOCIATION, TEMPLATE_VERSION, UNITS, VILLAGES } from "../../../src/core/model/schema";
import { LOG_HEADER, logRow, yearFingerprint } from "../../../src/core/share/closing";
import { snapshotHeader } from "../../../src/core/share/gather";
import { judgeSource, type SourceContext, type SourceRead } from "../../../src/core/share/source";
import { communeSample } from "../../fixtures/sample";

const NOW = Date.UTC(2026, 11, 12, 2, 0, 0);
const CLOSED = Date.UTC(2026, 11, 5, 2, 0, 0);
const ctx: SourceContext = {
  area: {
    code: "001",
    name: "Xã Một",
    url: "https://docs.google.com/spreadsheets/d/1x/edit",
    sheetRow: 2,
  },
  year: 2026,
  deadline: { day: 10, month: 12 },
  now: NOW,
  runId: String(NOW),
};
const sample = communeSample({ villages: 3, units: 2, years: [2026] });
const tabs = [VILLAGES, UNITS, ASSOCIATION];
const grids = [sample.villages, sample.units, sample.association];
const commune = (villages = sample.villages, log?: unknown[][]): SourceRead => ({
  version: String(TEMPLATE_VERSION),
  commune: true,
  data: {
    villages: { name: VILLAGES.name, grid: villages },
    units: { name: UNITS.name, grid: sample.units },
    association: { name: ASSOCIATION.name, grid: sample.association },
  },
  log,
});
const closedLog = () => {
  const reads = tabs.map((t, i) => readDataTab(t, grids[i] ?? []));
  const fingerprint = yearFingerprint(reads, 2026);
  return [
    LOG_HEADER,
    logRow({ year: 2026, action: "close", by: "xa@x.vn", at: CLOSED, fingerprint }),
  ];
};

describe("judgeSource", () => {
  it("gathers a closed commune whose rows are as they were when closed", () => {
    const r = judgeSource(ctx, commune(sample.villages, closedLog()));
    expect(r.outcome).toMatchObject({ status: "gathered", timeliness: "onTime", changed: false });
    expect(r.outcome.details).toEqual([]);
    expect(r.rows?.villages?.[0]?.[6]).toBe("Đã chốt (xa@x.vn, 05/12/2026 09:00)");
  });

  it("says when a closed year's rows were edited after closing, in the status and the stamp", () => {
    const edited = sample.villages.map((row) => [...row]);
    const households = VILLAGES.columns.findIndex((c) => c.key === "households");
    (edited[1] as (string | number | boolean)[])[households] = 999;
    const r = judgeSource(ctx, commune(edited, closedLog()));
    expect(r.outcome).toMatchObject({ status: "gathered", changed: true });
    expect(r.outcome.details).toEqual([
      "Số liệu năm này đã bị sửa sau khi xã chốt lúc 05/12/2026 09:00 — nhờ xã chốt lại.",
    ]);
    expect(r.rows?.villages?.[0]?.[6]).toBe(
      "Đã chốt (xa@x.vn, 05/12/2026 09:00) — Có — số liệu khác lúc chốt",
    );
  });

  it("refuses another template version and a sheet that is not the add-on's, reading nothing more", () => {
    expect(judgeSource(ctx, { version: "0", commune: true, data: {} }).outcome.status).toBe(
      "wrongVersion",
    );
    expect(judgeSource(ctx, { commune: true, data: {} }).outcome.status).toBe("notAddon");
  });

  it("checks a district's snapshot like data: a row pasted twice keeps the district's new rows out", () => {
    const header = snapshotHeader(VILLAGES);
    const line = (village: string) => {
      const cells: unknown[] = header.map(() => "");
      const set = (h: string, v: unknown) => {
        cells[header.indexOf(h)] = v;
      };
      set("Mã nguồn", "X1");
      set("Mã địa bàn", "X1");
      set("Năm", 2026);
      set("Mã thôn/TDP", village);
      set("Tên thôn/TDP", `Thôn ${village}`);
      set("Tổng số hộ", 10);
      set("Số hộ đạt GĐHT", 5);
      set("Thôn đạt CĐHT", "đạt");
      return cells;
    };
    const district: SourceRead = {
      version: String(TEMPLATE_VERSION),
      commune: false,
      data: {
        villages: { name: "Thu thập 2026 - Thôn - TDP", grid: [header, line("T1"), line("T1")] },
      },
    };
    const r = judgeSource(ctx, district);
    expect(r.outcome.status).toBe("hasErrors");
    expect(r.outcome.details.join(" ")).toContain("trùng dòng 2");
    expect(r.rows).toBeUndefined();
  });
});
