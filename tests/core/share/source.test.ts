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

describe("judgeSource: the outcome and rows an officer gets", () => {
  const GATHERED_AT = "12/12/2026 09:00";
  const countOf = (read: SourceRead) =>
    tabs.reduce((n, t, i) => {
      const grid = read.data[t.id]?.grid ?? grids[i] ?? [];
      return n + grid.slice(1).filter((r) => r[0] === 2026).length;
    }, 0);
  const openLog = () => [
    LOG_HEADER,
    logRow({ year: 2026, action: "close", by: "xa@x.vn", at: CLOSED, fingerprint: "x" }),
    logRow({ year: 2026, action: "reopen", by: "xa@x.vn", at: CLOSED + 1 }),
  ];

  it("gives a commune's whole outcome, and stamps each row with the source, its area and its former district", () => {
    const read = commune(sample.villages, closedLog());
    const inDistrict = { ...ctx, area: { ...ctx.area, formerDistrict: "Huyện Cũ" } };
    const r = judgeSource(inDistrict, read);
    expect(r.outcome).toEqual({
      code: "001",
      name: "Xã Một",
      url: ctx.area.url,
      runId: String(NOW),
      status: "gathered",
      closed: true,
      closedAt: CLOSED,
      closedBy: "xa@x.vn",
      timeliness: "onTime",
      changed: false,
      gatheredAt: NOW,
      rows: countOf(read),
      details: [],
    });
    expect(countOf(read)).toBeGreaterThan(3);
    expect(r.rows?.villages?.[0]?.slice(0, 9)).toEqual([
      "001",
      "001",
      "Xã Một",
      "Huyện Cũ",
      ctx.area.url,
      GATHERED_AT,
      "Đã chốt (xa@x.vn, 05/12/2026 09:00)",
      2026,
      "T01",
    ]);
    expect(Object.keys(r.rows ?? {}).sort()).toEqual(["association", "units", "villages"]);
  });

  it("leaves the former district and the link empty when the list has none, and an open year unjudged", () => {
    const noUrl = { ...ctx, area: { code: "001", name: "Xã Một", sheetRow: 2 } };
    const r = judgeSource(noUrl, commune(sample.villages, openLog()));
    expect(r.outcome).toMatchObject({ status: "gathered", closed: false, timeliness: "openLate" });
    expect(r.outcome.changed).toBeUndefined();
    expect(r.rows?.villages?.[0]?.slice(0, 7)).toEqual([
      "001",
      "001",
      "Xã Một",
      "",
      "",
      GATHERED_AT,
      "Chưa chốt",
    ]);
  });

  it("cannot tell edits after closing from a close logged without a fingerprint", () => {
    const log = [LOG_HEADER, logRow({ year: 2026, action: "close", by: "xa@x.vn", at: CLOSED })];
    const r = judgeSource(ctx, commune(sample.villages, log));
    expect(r.outcome).toMatchObject({ status: "gathered", closed: true, timeliness: "onTime" });
    expect(r.outcome.changed).toBeUndefined();
    expect(r.outcome.details).toEqual([]);
  });

  it("says why a sheet is refused, and keeps the figures gathered before", () => {
    expect(judgeSource(ctx, { commune: true, data: {} }).outcome).toEqual({
      code: "001",
      name: "Xã Một",
      url: ctx.area.url,
      runId: String(NOW),
      status: "notAddon",
      details: ["Bảng tính chưa có mẫu của tiện ích — hãy nhờ xã cài tiện ích và tạo mẫu."],
    });
    const previous = {
      code: "001",
      name: "Xã Một",
      status: "gathered" as const,
      details: [],
      runId: "1",
      gatheredAt: CLOSED,
      rows: 7,
    };
    const r = judgeSource({ ...ctx, previous }, { version: "0", commune: true, data: {} });
    expect(r.outcome).toMatchObject({ status: "wrongVersion", gatheredAt: CLOSED, rows: 7 });
    expect(r.outcome.details).toEqual([
      `Mẫu phiên bản 0, cần phiên bản ${TEMPLATE_VERSION} — hãy nhờ xã chạy “Tạo hoặc bổ sung mẫu”.`,
      "Vẫn dùng số liệu thu thập lúc 05/12/2026 09:00.",
    ]);
    expect(r.rows).toBeUndefined();
  });

  it("refuses a commune with errors in its data, naming the first five by tab and cell", () => {
    const big = communeSample({ villages: 8, units: 2, years: [2026] });
    const bad = big.villages.map((row, i) => {
      const copy = [...row];
      const recognized = VILLAGES.columns.findIndex((c) => c.key === "hhRecognized");
      const households = VILLAGES.columns.findIndex((c) => c.key === "households");
      if (i > 0) copy[recognized] = Number(copy[households]) + 1;
      return copy;
    });
    const r = judgeSource(ctx, commune(bad));
    expect(r.outcome.status).toBe("hasErrors");
    const [first, ...listed] = r.outcome.details;
    const n = Number(/^(\d+) lỗi/u.exec(first ?? "")?.[1]);
    expect(n).toBeGreaterThan(5);
    expect(first).toBe(`${n} lỗi trong số liệu của địa bàn:`);
    expect(listed).toHaveLength(5);
    for (const d of listed) expect(d).toMatch(/^Thôn - TDP [A-Z]+\d+: ./u);
    expect(r.rows).toBeUndefined();
  });

  it("refuses a commune missing a data tab, and says which", () => {
    const read = commune();
    const r = judgeSource(ctx, {
      ...read,
      data: { villages: read.data.villages, units: read.data.units },
    });
    expect(r.outcome.status).toBe("hasErrors");
    expect(r.outcome.details.join(" ")).toContain(`${ASSOCIATION.name} A1: Chưa có tab`);
  });

  it("says a source with no rows for the year has no data, without details", () => {
    const other = { ...ctx, year: 2024, deadline: { day: 10, month: 12 } };
    const r = judgeSource(other, commune());
    expect(r.outcome).toMatchObject({ status: "noData", details: [] });
    expect(r.rows).toBeUndefined();
  });

  it("gathers a district's checked snapshot, keeping each row's area and naming the district", () => {
    const header = snapshotHeader(VILLAGES);
    const line = (area: string, village: string) => {
      const values: Record<string, unknown> = {
        "Mã nguồn": area,
        "Mã địa bàn": area,
        "Tên địa bàn": `Xã ${area}`,
        Năm: 2026,
        "Mã thôn/TDP": village,
        "Tên thôn/TDP": `Thôn ${village}`,
        "Tổng số hộ": 10,
        "Số hộ đạt GĐHT": 5,
        "Thôn đạt CĐHT": "đạt",
      };
      return header.map((h) => values[h] ?? "");
    };
    const district: SourceRead = {
      version: String(TEMPLATE_VERSION),
      commune: false,
      data: {
        villages: {
          name: "Thu thập 2026 - Thôn - TDP",
          grid: [header, line("X1", "T1"), line("X2", "T1")],
        },
      },
      log: closedLog(),
    };
    const r = judgeSource(ctx, district);
    expect(r.outcome).toMatchObject({ status: "gathered", rows: 2, closed: true, details: [] });
    // a district's own log has no commune rows to compare: no "changed after closing"
    expect(r.outcome.changed).toBeUndefined();
    expect(r.rows?.villages?.map((row) => row.slice(0, 4))).toEqual([
      ["001", "X1", "Xã X1", "Xã Một"],
      ["001", "X2", "Xã X2", "Xã Một"],
    ]);
  });
});
