import { describe, expect, it, vi } from "vitest";
import { HIERARCHIES, UNITS, VILLAGES } from "../../src/core/model/schema";
import { continueGather, gatherJob } from "../../src/sheets/gather";
import { checkJob, closeYearJob, summaryJob, templateJob } from "../../src/sheets/jobs";
import { META } from "../../src/sheets/tabs";
import { getGatherProgress } from "../../src/ui/gathering";
import { projectEnvironment } from "../fixtures/project";
import { gatheredState, gatherWithCut } from "../fixtures/resume";
import { areaRow, seedCommune, seedProvince, typeConfig, typeRows } from "../fixtures/workbooks";
import { type Env, installGlobals } from "../memory";
import { col, tab, useEnvironment } from "./helpers";

const env = useEnvironment();
vi.setConfig({ testTimeout: 30_000 });
const DAY = 86_400_000;
const small = { villages: 3, units: 2, years: [2025, 2026] } as const;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const gatherNow = (e: Env, ss: Spreadsheet, year = 2026, budgetMs?: number) =>
  gatherJob(ss, year, { now: () => e.clock.now(), budgetMs });

/** The status tab's outcome rows, by area code: [status, closing]. */
function statuses(ss: Spreadsheet, year = 2026): Record<string, [string, string]> {
  const grid = tab(ss, `Tình trạng thu thập ${year}`).getDataRange().getValues();
  const start = grid.findIndex((r) => r[0] === "Mã địa bàn");
  return Object.fromEntries(
    grid.slice(start + 1).map((r) => [String(r[0]), [String(r[2]), String(r[3])]]),
  );
}

/** A province of 30 communes whose sheets end in every status a source can have. */
function provinceInEveryState(e: Env) {
  const { province, communes } = seedProvince(e, 30, small);
  const c = (n: number) => communes[n - 1]?.ss as Spreadsheet;
  const v = (n: number) => tab(c(n), VILLAGES.name);
  // Closed on time (5/12), closed late (11/12), the rest still open at gathering (12/12).
  for (let n = 1; n <= 10; n++) expect(closeYearJob(c(n), 2026, e.clock.now()).ok).toBe(true);
  e.clock.advance(6 * DAY);
  for (const n of [11, 12]) expect(closeYearJob(c(n), 2026, e.clock.now()).ok).toBe(true);
  e.clock.advance(DAY);
  v(21)
    .getRange(5, col(v(21), "Tổng số hộ"))
    .setValue("abc"); // has errors
  e.setAccess(c(22), "none"); // no access
  const registry = tab(province, "Danh sách địa bàn");
  registry
    .getRange(24, 3)
    .setValue("https://docs.google.com/spreadsheets/d/1khongtontaiXXXXXXXXXXXXXXXXXXXX/edit"); // not found (row 24 = commune 23)
  const plain = e.createSpreadsheet("Bảng tính khác", { activate: false });
  registry.getRange(25, 3).setValue(plain.getUrl()); // not a sheet of this add-on
  const md = c(25)
    .getDeveloperMetadata()
    .find((m) => m.getKey() === META.template);
  md?.setValue("0"); // wrong template version
  registry.getRange(27, 3).setValue(""); // no URL (commune 26)
  v(27).getRange(5, 1, 3, 17).clearContent(); // no 2026 rows
  const u27 = tab(c(27), UNITS.name);
  u27.getRange(4, 1, 2, 11).clearContent();
  tab(c(27), "Hội Khuyến học xã").getRange(3, 1, 1, 7).clearContent();
  v(28)
    .getRange(5, col(v(28), "Tên thôn/TDP"))
    .setValue('=IMPORTXML("http://evil","//a")'); // hostile text
  v(28)
    .getRange(6, col(v(28), "Tên thôn/TDP"))
    .setValue("<img src=x onerror=alert(1)>");
  v(29)
    .getRange(5, col(v(29), "Tổng số hộ"))
    .setValue(5e9); // hostile number
  for (const x of communes) if (x.ss !== c(22)) e.setAccess(x.ss, "view"); // read-only for the province
  e.setActive(province);
  return { province, communes, c };
}

describe("gathering a province of 30 communes", () => {
  it("ends every source in one clear status and copies only good rows", () => {
    const e = env();
    const { province } = provinceInEveryState(e);
    const result = gatherNow(e, province);
    expect(result.ok).toBe(true);
    expect(result.message).toBe(
      "Đã thu thập 22/30 nguồn; 8 nguồn chưa có số liệu mới; 10 nguồn cần xem lại.",
    );
    // a gather with problems is a warning that names each source, at its row of the status tab
    expect(result).toMatchObject({ ok: true, warning: true });
    expect(result.findings).toHaveLength(18);
    expect(result.findings).toContainEqual({
      tab: "Tình trạng thu thập 2026",
      cell: "C28",
      severity: "warning",
      message: expect.stringMatching(/^Xã Số 21 \(20020\): Có lỗi, chưa lấy số liệu mới — 1 lỗi/u),
    });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ message: "Xã Số 13 (20012): Chưa chốt, đã quá hạn" }),
    );
    const s = statuses(province);
    expect(s["20000"]).toEqual(["Đã thu thập", "Đúng hạn"]);
    expect(s["20010"]).toEqual(["Đã thu thập", "Chốt muộn"]);
    expect(s["20012"]).toEqual(["Đã thu thập", "Chưa chốt, đã quá hạn"]);
    expect(s["20020"]?.[0]).toBe("Có lỗi, chưa lấy số liệu mới");
    expect(s["20021"]?.[0]).toBe("Không mở được bảng tính");
    expect(s["20022"]?.[0]).toBe("Không mở được bảng tính");
    expect(s["20023"]?.[0]).toBe("Không phải bảng tính của tiện ích");
    expect(s["20024"]?.[0]).toBe("Sai phiên bản mẫu");
    expect(s["20025"]?.[0]).toBe("Chưa có đường dẫn");
    expect(s["20026"]?.[0]).toBe("Không có số liệu năm này");
    expect(s["20027"]).toEqual(["Đã thu thập", "Chưa chốt, đã quá hạn"]);
    expect(s["20028"]?.[0]).toBe("Có lỗi, chưa lấy số liệu mới");
    const grid = tab(province, "Tình trạng thu thập 2026").getDataRange().getValues();
    const detail = grid.find((r) => r[0] === "20020")?.[9];
    expect(String(detail)).toContain("Thôn - TDP D5");
    expect(String(detail)).toContain("“abc” không phải là số");
    expect(grid.find((r) => r[0] === "Toàn bộ")?.slice(1, 8)).toEqual([
      30, 22, 12, 10, 0.733, 0.333, 0,
    ]);
  });

  it("writes gathered text as text, stamped with source, time and closing state", () => {
    const e = env();
    const { province, c } = provinceInEveryState(e);
    gatherNow(e, province);
    const snapshot = tab(province, "Thu thập 2026 - Thôn - TDP");
    const grid = snapshot.getDataRange().getValues();
    expect(grid[0]?.slice(0, 8)).toEqual([
      "Mã nguồn",
      "Mã địa bàn",
      "Tên địa bàn",
      "Thuộc",
      "Đường dẫn nguồn",
      "Thu thập lúc",
      "Tình trạng chốt",
      "Năm",
    ]);
    expect(grid.length - 1).toBe(22 * 3);
    const hostile = grid.findIndex((r) => r[9] === '=IMPORTXML("http://evil","//a")');
    expect(hostile).toBeGreaterThan(0);
    expect(snapshot.getRange(hostile + 1, 10).getFormula()).toBe("");
    expect(grid.some((r) => r[9] === "<img src=x onerror=alert(1)>")).toBe(true);
    const first = grid[1] as unknown[];
    expect(first.slice(0, 7)).toEqual([
      "20000",
      "20000",
      "Xã Số 1",
      "",
      c(1).getUrl(),
      "12/12/2026 09:00",
      "Đã chốt (canbo@example.com, 05/12/2026 09:00)",
    ]);
  });

  it("never writes into a lower level's sheet (they are shared read-only)", () => {
    const e = env();
    const { province, communes } = provinceInEveryState(e);
    const before = communes.map((x) =>
      x.ss.getId() === communes[21]?.ss.getId()
        ? null
        : x.ss.getSheets().map((s) => s.getDataRange().getValues()),
    );
    expect(gatherNow(e, province).ok).toBe(true);
    const after = communes.map((x) =>
      x.ss.getId() === communes[21]?.ss.getId()
        ? null
        : x.ss.getSheets().map((s) => s.getDataRange().getValues()),
    );
    expect(after).toEqual(before);
  });

  it("one bad source never erases its previous snapshot; a fixed one comes in next time", () => {
    const e = env();
    const { province, c } = provinceInEveryState(e);
    gatherNow(e, province);
    const v1 = tab(c(1), VILLAGES.name);
    e.setAccess(c(1), "edit");
    v1.getRange(5, col(v1, "Tổng số hộ")).setValue(-1);
    const v21 = tab(c(21), VILLAGES.name);
    e.setAccess(c(21), "edit");
    v21.getRange(5, col(v21, "Tổng số hộ")).setValue(400);
    e.setActive(province);
    e.clock.advance(DAY);
    gatherNow(e, province);
    const s = statuses(province);
    expect(s["20000"]?.[0]).toBe("Có lỗi, chưa lấy số liệu mới");
    expect(s["20020"]?.[0]).toBe("Đã thu thập");
    const grid = tab(province, "Thu thập 2026 - Thôn - TDP").getDataRange().getValues();
    expect(grid.filter((r) => r[0] === "20000")).toHaveLength(3);
    expect(grid.filter((r) => r[0] === "20000").every((r) => r[5] === "12/12/2026 09:00")).toBe(
      true,
    );
    expect(grid.filter((r) => r[0] === "20020")).toHaveLength(3);
    const detail = tab(province, "Tình trạng thu thập 2026")
      .getDataRange()
      .getValues()
      .find((r) => r[0] === "20000")?.[9];
    expect(String(detail)).toContain("Vẫn dùng số liệu thu thập lúc 12/12/2026 09:00");
  });

  it("summarises the province from the snapshots: one row per commune, Σ/Σ total", () => {
    const e = env();
    const { province, communes } = provinceInEveryState(e);
    gatherNow(e, province);
    const result = summaryJob(province, 2026, e.clock.now());
    expect(result).toMatchObject({ ok: true, sheet: "Tổng hợp tỉnh 2026" });
    const summary = tab(province, "Tổng hợp tỉnh 2026").getDataRange().getValues();
    const gathered = [...Array.from({ length: 20 }, (_, i) => i), 27, 29].map(
      (i) => communes[i]?.sample as NonNullable<(typeof communes)[number]["sample"]>,
    );
    let recognized = 0;
    let total = 0;
    for (const sample of gathered)
      for (const r of sample.villages.slice(1).filter((x) => x[0] === 2026)) {
        recognized += Number(r[5]);
        total += Number(r[3]);
      }
    const overview = summary.find((r) => String(r[0]).startsWith("GĐHT"));
    expect(overview?.slice(2, 4)).toEqual([recognized, total]);
    expect(summary.some((r) => r[0] === "Xã Số 1")).toBe(true);
    expect(summary.some((r) => r[0] === "Toàn tỉnh")).toBe(true);
    const ct = summary.find((r) => String(r[0]).startsWith("Chủ tịch/Phó Chủ tịch Hội"));
    expect(ct?.slice(2, 4)).toEqual([22, 22]);
  });
});

describe("merged communes and district sheets", () => {
  it("rebuilds a merged commune's pre-2025 rate from summed counts, never an average", () => {
    const e = env();
    const a = seedCommune(e, "Xã Cũ A", {
      villages: 2,
      units: 1,
      years: [2024],
      code: "A01",
      seed: 1,
    });
    const b = seedCommune(e, "Xã Cũ B", {
      villages: 4,
      units: 1,
      years: [2024],
      code: "B01",
      seed: 2,
    });
    const n = seedCommune(e, "Xã Mới", {
      villages: 6,
      units: 2,
      years: [2026],
      code: "N01",
      seed: 3,
    });
    const province = e.createSpreadsheet("Tỉnh");
    e.setActive(province);
    seedProvinceTemplate(province);
    typeRows(province, { name: "Danh sách địa bàn" }, [
      areaRow("A01", "Xã Cũ A", a.ss.getUrl(), { formerDistrict: "Huyện Cũ", mergedInto: "N01" }),
      areaRow("B01", "Xã Cũ B", b.ss.getUrl(), { formerDistrict: "Huyện Cũ", mergedInto: "N01" }),
      areaRow("N01", "Xã Mới", n.ss.getUrl()),
    ]);
    expect(gatherNow(e, province, 2024).ok).toBe(true);
    const s = statuses(province, 2024);
    expect(s.A01?.[0]).toBe("Đã thu thập");
    expect(s.N01?.[0]).toBe("Không có số liệu năm này");
    expect(summaryJob(province, 2024, e.clock.now()).ok).toBe(true);
    const grid = tab(province, "Tổng hợp tỉnh 2024").getDataRange().getValues();
    const rows = [...a.sample.villages.slice(1), ...b.sample.villages.slice(1)];
    const recognized = rows.reduce((x, r) => x + Number(r[5]), 0);
    const total = rows.reduce((x, r) => x + Number(r[3]), 0);
    const merged = grid.find((r) => r[0] === "Xã Mới");
    expect(merged?.slice(2, 5)).toEqual([
      recognized,
      total,
      Math.floor((recognized * 1000) / total) / 1000,
    ]);
    expect(grid.some((r) => r[0] === "Xã Cũ A")).toBe(false);
    // After the reform the merged-away communes are no longer expected.
    expect(gatherNow(e, province, 2026).message).toBe("Đã thu thập 1/1 nguồn.");
  });

  it("a province rolls up from district sheets that gathered their communes", () => {
    const e = env();
    const district = seedProvince(e, 3, small);
    const districtSheet = district.province;
    districtSheet.rename("Huyện Mẫu");
    tab(districtSheet, "Cấu hình").getRange(2, 2).setValue("Huyện");
    e.setActive(districtSheet);
    expect(gatherNow(e, districtSheet).message).toBe("Đã thu thập 3/3 nguồn.");
    const province = e.createSpreadsheet("Tỉnh");
    e.setActive(province);
    seedProvinceTemplate(province);
    typeRows(province, { name: "Danh sách địa bàn" }, [
      areaRow("H1", "Huyện Mẫu", districtSheet.getUrl()),
    ]);
    tab(province, "Cấu hình").getRange(9, 2).setValue("Xã → Huyện → Tỉnh (trước 1/7/2025)");
    const r = gatherNow(e, province);
    expect(r.message).toBe("Đã thu thập 1/1 nguồn.");
    const snap = tab(province, "Thu thập 2026 - Thôn - TDP").getDataRange().getValues();
    expect(snap.length - 1).toBe(9);
    expect(new Set(snap.slice(1).map((r) => r[1]))).toEqual(new Set(["20000", "20001", "20002"]));
    expect(snap.slice(1).every((r) => r[0] === "H1" && r[3] === "Huyện Mẫu")).toBe(true);
    expect(summaryJob(province, 2026, e.clock.now()).ok).toBe(true);
    const grid = tab(province, "Tổng hợp tỉnh 2026").getDataRange().getValues();
    expect(grid.some((r) => r[0] === "Huyện Mẫu")).toBe(true);
  });
});

/** A province template without communes. */
function seedProvinceTemplate(ss: Spreadsheet) {
  templateJob(ss, "Tỉnh");
  tab(ss, "Cấu hình").getRange(3, 2).setValue("Tỉnh Mẫu");
}

describe("the 6-minute limit", () => {
  /** A province of 8 communes on a slow day: 40 s to open each sheet, so a run takes 3 of them. */
  function slowProvince(e: Env) {
    const { province } = seedProvince(e, 8, small);
    e.latency.open = 40;
    return province;
  }

  it("as an add-on: stops before it, says how far it got, and pressing again resumes exactly", () => {
    const e = env();
    const province = slowProvince(e);
    const first = gatherNow(e, province, 2026, 100_000);
    expect(first.message).toBe(
      "Đã thu thập 3/8 nguồn thì dừng trước giới hạn 6 phút của Google. Hãy bấm “Thu thập số liệu cấp dưới” lần nữa để thu thập tiếp; các nguồn đã xong được giữ nguyên.",
    );
    // no trigger: an add-on's would not run within the hour
    expect(e.triggers).toEqual([]);
    expect(statuses(province)["20007"]?.[0]).toBe("Chưa thu thập (lần chạy chưa xong)");
    e.calls.reset();
    expect(gatherNow(e, province, 2026, 100_000).message).toMatch(/^Đã thu thập 6\/8 nguồn thì/u);
    // the second run opened only the sources the first had not reached
    expect(e.calls.count("SpreadsheetApp.openBy")).toBe(3);
    e.latency.open = 1;
    expect(gatherNow(e, province).message).toBe("Đã thu thập 8/8 nguồn.");
    expect(Object.values(statuses(province)).every(([s]) => s === "Đã thu thập")).toBe(true);
    const snap = tab(province, "Thu thập 2026 - Thôn - TDP").getDataRange().getValues();
    expect(snap.length - 1).toBe(8 * 3);
  });

  it("as a bound script: leaves itself a trigger, and the trigger finishes the run", () => {
    const e = projectEnvironment({ latency: "none", deployment: "bound" });
    const undo = installGlobals(globalThis, e);
    try {
      const province = slowProvince(e);
      const first = gatherNow(e, province, 2026, 100_000);
      expect(first.message).toMatch(
        /^Đã thu thập 3\/8 nguồn thì dừng trước giới hạn 6 phút của Google; phần còn lại tự chạy tiếp/u,
      );
      expect(e.triggers.map((t) => t.handler)).toEqual(["continueGather"]);
      e.latency.open = 1;
      e.setActive(null);
      const results: unknown[] = [];
      e.runNextTrigger({ continueGather: (ev) => results.push(continueGather(ev)) }, 90_000);
      expect(results).toEqual([
        expect.objectContaining({ ok: true, message: "Đã thu thập 8/8 nguồn." }),
      ]);
      expect(Object.values(statuses(province)).every(([s]) => s === "Đã thu thập")).toBe(true);
      expect(e.triggers).toEqual([]);
      expect(e.userStore().size).toBe(0);
    } finally {
      undo();
    }
  });
});

describe("a run cut at any point and resumed", () => {
  it("ends with exactly the snapshot of an uninterrupted run: nothing doubled, nothing lost", () => {
    const fresh = () => {
      const e = projectEnvironment({ latency: "none" });
      const undo = installGlobals(globalThis, e);
      const { province } = seedProvince(e, 6, { villages: 2, units: 1, years: [2026] });
      return { e, province, undo };
    };
    const ref = fresh();
    ref.e.calls.reset();
    expect(gatherWithCut(ref.e, ref.province, 2026, undefined, 2)).toBe(1);
    const total = ref.e.calls.total;
    const expected = gatheredState(ref.province, 2026);
    ref.undo();
    expect(Object.values(expected)[0]?.length).toBe(1 + 6 * 2);
    // Snapshots are flushed every 2 sources here, so cuts land inside every kind of write.
    const step = Math.max(1, Math.floor(total / 30));
    for (let cut = 1; cut < total; cut += step) {
      const run = fresh();
      const runs = gatherWithCut(run.e, run.province, 2026, cut, 2);
      expect(runs, `cut at call ${cut}`).toBe(2);
      expect(gatheredState(run.province, 2026), `cut at call ${cut} of ${total}`).toEqual(expected);
      run.undo();
    }
  }, 120_000);
});

describe("entry checks of a district or province", () => {
  it("check the list of areas: duplicate codes, bad links, unknown merge targets, missing links", () => {
    const e = env();
    const { province, communes } = seedProvince(e, 2, small);
    typeRows(
      province,
      { name: "Danh sách địa bàn" },
      [
        areaRow("20000", "Xã Trùng Mã", communes[1]?.ss.getUrl() ?? ""),
        areaRow("30000", "Xã Sai Link", "http://example.com/bang-tinh"),
        areaRow("40000", "Xã Sáp Nhập", "", { mergedInto: "99999" }),
      ],
      4,
    );
    const findings = checkJob(province).findings ?? [];
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          tab: "Danh sách địa bàn",
          cell: "A4",
          severity: "error",
          message: expect.stringContaining("Mã “20000” đã có ở dòng 2"),
        }),
        expect.objectContaining({
          tab: "Danh sách địa bàn",
          cell: "C5",
          severity: "error",
          message: expect.stringContaining("không phải địa chỉ Google Sheet"),
        }),
        expect.objectContaining({
          tab: "Danh sách địa bàn",
          cell: "E6",
          severity: "error",
          message: expect.stringContaining("Mã sáp nhập “99999”"),
        }),
        expect.objectContaining({
          tab: "Danh sách địa bàn",
          cell: "C6",
          severity: "warning",
          message: expect.stringContaining("chưa có đường dẫn"),
        }),
      ]),
    );
    // each bad row is refused alone; the communes listed well are gathered
    const result = gatherNow(e, province);
    expect(result).toMatchObject({ ok: true, warning: true });
    // each refused row is shown at its own cell of the list, to be fixed there
    expect(
      result.findings?.filter((f) => f.tab === "Danh sách địa bàn").map((f) => f.cell),
    ).toEqual(["A4", "C5", "E6"]);
    const s = statuses(province);
    expect(s["20001"]?.[0]).toBe("Đã thu thập");
    expect(s["30000"]?.[0]).toBe("Dòng danh sách có lỗi, không thu thập");
    expect(s["40000"]?.[0]).toBe("Dòng danh sách có lỗi, không thu thập");
    const rows = tab(province, "Tình trạng thu thập 2026").getDataRange().getValues();
    const dup = rows.filter((r) => r[0] === "20000");
    expect(dup.map((r) => r[2])).toEqual(["Đã thu thập", "Dòng danh sách có lỗi, không thu thập"]);
    expect(String(dup[1]?.[9])).toContain("Mã “20000” đã có ở dòng 2");
  });
});

/** Σ recognised and Σ households of the year's villages of some communes, as a summary shows them. */
function villageTotals(samples: readonly { villages: unknown[][] }[], year = 2026): number[] {
  let recognized = 0;
  let total = 0;
  for (const s of samples)
    for (const r of s.villages.slice(1).filter((x) => x[0] === year)) {
      recognized += Number(r[5]);
      total += Number(r[3]);
    }
  return [recognized, total];
}
const overviewOf = (ss: Spreadsheet, name: string) =>
  tab(ss, name)
    .getDataRange()
    .getValues()
    .find((r) => String(r[0]).startsWith("GĐHT"))
    ?.slice(2, 4);
const ENGLISH = /Service|permission|Document|missing|Unexpected|failed/u;

describe("issue 9, class 1: one source never stops the run", () => {
  it("failures at open or mid-read, in any language, end in each source's own status", () => {
    const e = env();
    const { province, communes } = seedProvince(e, 6, small);
    const c = (n: number) => communes[n - 1]?.ss as Spreadsheet;
    e.failOpen(c(1), "noAccess");
    e.language = "en";
    e.failOpen(c(2), "transient");
    e.deleteSpreadsheet(c(3));
    e.failReads(c(4), 5);
    e.setActive(province);
    const result = gatherNow(e, province);
    expect(result.ok).toBe(true);
    const s = statuses(province);
    expect(["20000", "20001", "20002", "20003", "20004", "20005"].map((k) => s[k]?.[0])).toEqual([
      "Không mở được bảng tính",
      "Không mở được bảng tính",
      "Không mở được bảng tính",
      "Không đọc hết được bảng tính",
      "Đã thu thập",
      "Đã thu thập",
    ]);
    // Apps Script's own words are kept, in a column of the add-on's that stays hidden
    const sheet = tab(province, "Tình trạng thu thập 2026");
    const grid = sheet.getDataRange().getValues();
    expect(grid.find((r) => r[0] === "20001")?.[12]).toContain("Service Spreadsheets failed");
    expect(grid.find((r) => r[0] === "20000")?.[12]).toContain("You do not have permission");
    expect(sheet.isColumnHiddenByUser(12) && sheet.isColumnHiddenByUser(13)).toBe(true);
    // what the officer reads is Vietnamese only
    const visible = grid.map((r) => r.slice(0, 11).join(" ")).join("\n");
    expect(visible).not.toMatch(ENGLISH);
    expect(JSON.stringify(result)).not.toMatch(ENGLISH);
    expect(result.findings?.map((f) => f.message.slice(0, 18))).toEqual([
      "Xã Số 1 (20000): K",
      "Xã Số 2 (20001): K",
      "Xã Số 3 (20002): K",
      "Xã Số 4 (20003): K",
    ]);
  });

  it("a passing failure is tried once more in the same run", () => {
    const e = env();
    const { province, communes } = seedProvince(e, 3, small);
    e.failOpen(communes[0]?.ss as Spreadsheet, "transient", 1);
    e.setActive(province);
    expect(gatherNow(e, province).message).toBe("Đã thu thập 3/3 nguồn.");
  });

  it("a source that keeps failing never blocks the ones after it, in this run or the next", () => {
    const e = env();
    const { province, communes } = seedProvince(e, 5, small);
    e.failOpen(communes[0]?.ss as Spreadsheet, "transient");
    e.setActive(province);
    e.latency.open = 40;
    expect(gatherNow(e, province, 2026, 100_000).message).toMatch(/^Đã thu thập 3\/5 nguồn thì/u);
    e.calls.reset();
    expect(gatherNow(e, province, 2026, 100_000).message).toBe(
      "Đã thu thập 4/5 nguồn; 1 nguồn chưa có số liệu mới.",
    );
    // the resumed run went on with the sources not reached, not with the failing one
    expect(e.calls.count("SpreadsheetApp.openBy")).toBe(2);
    e.latency.open = 1;
    e.clock.advance(DAY);
    expect(gatherNow(e, province).message).toMatch(/^Đã thu thập 4\/5 nguồn; 1 nguồn chưa/u);
  });
});

describe("a list with a refused row, resumed", () => {
  it("keeps the row refused and the area of the same code gathered", () => {
    const e = env();
    const { province, communes } = seedProvince(e, 4, small);
    typeRows(
      province,
      { name: "Danh sách địa bàn" },
      [areaRow("20000", "Xã Số 1 (lặp mã)", communes[1]?.ss.getUrl() ?? "")],
      6,
    );
    e.latency.open = 40;
    expect(gatherNow(e, province, 2026, 100_000).message).toMatch(/^Đã thu thập 3\/4 nguồn thì/u);
    e.latency.open = 1;
    expect(gatherNow(e, province).message).toMatch(/^Đã thu thập 4\/5 nguồn; 1 nguồn chưa/u);
    const rows = tab(province, "Tình trạng thu thập 2026").getDataRange().getValues();
    expect(rows.filter((r) => r[0] === "20000").map((r) => r[2])).toEqual([
      "Đã thu thập",
      "Dòng danh sách có lỗi, không thu thập",
    ]);
  });
});

describe("issue 9, class 2: nothing counted twice", () => {
  it("refuses the same spreadsheet under a second code and the province's own workbook, run after run", () => {
    const e = env();
    const { province, communes } = seedProvince(e, 2, small);
    typeRows(
      province,
      { name: "Danh sách địa bàn" },
      [
        areaRow("30000", "Xã Số 1 (lặp)", `${communes[0]?.ss.getUrl()}#gid=0`),
        areaRow("40000", "Tỉnh Mẫu", province.getUrl()),
      ],
      4,
    );
    for (let run = 0; run < 2; run++) {
      e.clock.advance(DAY);
      expect(gatherNow(e, province).ok).toBe(true);
    }
    const s = statuses(province);
    expect(s["30000"]?.[0]).toBe("Dòng danh sách có lỗi, không thu thập");
    expect(s["40000"]?.[0]).toBe("Dòng danh sách có lỗi, không thu thập");
    const snap = tab(province, "Thu thập 2026 - Thôn - TDP").getDataRange().getValues();
    expect(new Set(snap.slice(1).map((r) => r[0]))).toEqual(new Set(["20000", "20001"]));
    expect(summaryJob(province, 2026, e.clock.now()).ok).toBe(true);
    expect(overviewOf(province, "Tổng hợp tỉnh 2026")).toEqual(
      villageTotals(communes.map((x) => x.sample)),
    );
    // the gathering names the spreadsheet listed twice, and the workbook itself, at their cells
    const last = gatherNow(e, province);
    expect(last.findings).toContainEqual(
      expect.objectContaining({ cell: "C4", message: expect.stringContaining("Cùng bảng tính") }),
    );
    expect(last.findings).toContainEqual(
      expect.objectContaining({ cell: "C5", message: expect.stringContaining("chính bảng tính") }),
    );
    // and "Kiểm tra dữ liệu" says so before any gathering
    const checked = checkJob(province).findings ?? [];
    for (const cell of ["C4", "C5"])
      expect(checked).toContainEqual(
        expect.objectContaining({ tab: "Danh sách địa bàn", cell, severity: "error" }),
      );
  });

  it("counts a commune reached through two district sheets once, and says so", () => {
    const e = env();
    const { province: districtA, communes } = seedProvince(e, 3, small);
    districtA.rename("Huyện A");
    typeConfig(districtA, { Cấp: "Huyện", "Tên địa bàn": "Huyện A" });
    expect(gatherNow(e, districtA).message).toBe("Đã thu thập 3/3 nguồn.");
    const districtB = e.createSpreadsheet("Huyện B");
    e.setActive(districtB);
    templateJob(districtB, "Huyện");
    typeConfig(districtB, { "Tên địa bàn": "Huyện B", "Năm báo cáo": "2026" });
    typeRows(districtB, { name: "Danh sách địa bàn" }, [
      areaRow("20002", "Xã Số 3", communes[2]?.ss.getUrl() ?? ""),
    ]);
    expect(gatherNow(e, districtB).message).toBe("Đã thu thập 1/1 nguồn.");
    const province = e.createSpreadsheet("Tỉnh");
    e.setActive(province);
    seedProvinceTemplate(province);
    typeConfig(province, { "Năm báo cáo": "2026", "Phân cấp": HIERARCHIES[1] });
    typeRows(province, { name: "Danh sách địa bàn" }, [
      areaRow("H1", "Huyện A", districtA.getUrl()),
      areaRow("H2", "Huyện B", districtB.getUrl()),
    ]);
    expect(gatherNow(e, province).message).toBe("Đã thu thập 2/2 nguồn.");
    const summary = summaryJob(province, 2026, e.clock.now());
    expect(summary).toMatchObject({ ok: true, warning: true });
    expect(summary.findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: "Xã Số 3 có số liệu qua cả Huyện B và Huyện A — chỉ tính một lần, theo Huyện A.",
      }),
    ]);
    expect(overviewOf(province, "Tổng hợp tỉnh 2026")).toEqual(
      villageTotals(communes.map((x) => x.sample)),
    );
    const grid = tab(province, "Tổng hợp tỉnh 2026").getDataRange().getValues();
    expect(grid.map((r) => r[0])).toContain(
      "⚠ Có số liệu qua hai nguồn, chỉ tính một lần: Xã Số 3.",
    );
  });

  it("refuses a summary over a row pasted twice or a count overwritten with text, until fixed", () => {
    const e = env();
    const { province, communes } = seedProvince(e, 2, small);
    gatherNow(e, province);
    const snap = tab(province, "Thu thập 2026 - Thôn - TDP");
    const grid = snap.getDataRange().getValues();
    snap.insertRowsAfter(snap.getMaxRows(), 1);
    snap.getRange(grid.length + 1, 1, 1, grid[0]?.length ?? 1).setValues([grid[1] as unknown[]]);
    const pasted = summaryJob(province, 2026, e.clock.now());
    expect(pasted.ok).toBe(false);
    expect(pasted.findings).toContainEqual(
      expect.objectContaining({
        cell: `A${grid.length + 1}`,
        message: expect.stringContaining("trùng dòng 2"),
      }),
    );
    e.clock.advance(DAY);
    gatherNow(e, province);
    const households = grid[0]?.indexOf("Tổng số hộ") ?? -1;
    snap.getRange(3, households + 1).setValue("ba trăm");
    const text = summaryJob(province, 2026, e.clock.now());
    expect(text.ok).toBe(false);
    expect(text.findings).toContainEqual(
      expect.objectContaining({
        tab: "Thu thập 2026 - Thôn - TDP",
        cell: `${String.fromCharCode(65 + households)}3`,
        message: expect.stringContaining("“ba trăm” không phải là số"),
      }),
    );
    e.clock.advance(DAY);
    gatherNow(e, province);
    expect(summaryJob(province, 2026, e.clock.now()).ok).toBe(true);
    expect(overviewOf(province, "Tổng hợp tỉnh 2026")).toEqual(
      villageTotals(communes.map((x) => x.sample)),
    );
  });
});

describe("issue 9, class 6: a closed year edited afterwards", () => {
  it("shows in the status tab, the job's warnings and the upper summary; an untouched one does not", () => {
    const e = env();
    const { province, communes } = seedProvince(e, 3, small);
    const [one, two] = communes.map((x) => x.ss);
    for (const ss of [one, two] as Spreadsheet[]) {
      e.setActive(ss);
      expect(closeYearJob(ss, 2026, e.clock.now()).ok).toBe(true);
    }
    // an officer edits a closed row through the protection warning
    const v = tab(one as Spreadsheet, VILLAGES.name);
    const row =
      v
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 2026) + 1;
    v.getRange(row, col(v, "Tổng số hộ")).setValue(777);
    e.setActive(province);
    const result = gatherNow(e, province);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(
          /^Xã Số 1 \(20000\): Số liệu năm này đã bị sửa sau khi xã chốt lúc/u,
        ),
      }),
    );
    const grid = tab(province, "Tình trạng thu thập 2026").getDataRange().getValues();
    expect(grid.find((r) => r[0] === "20000")?.[6]).toBe("Có — số liệu khác lúc chốt");
    expect(grid.find((r) => r[0] === "20001")?.[6]).toBe("");
    expect(grid.find((r) => r[0] === "Toàn bộ")?.[7]).toBe(1);
    const snap = tab(province, "Thu thập 2026 - Thôn - TDP").getDataRange().getValues();
    expect(String(snap.find((r) => r[0] === "20000")?.[6])).toContain("số liệu khác lúc chốt");
    expect(summaryJob(province, 2026, e.clock.now()).ok).toBe(true);
    const summary = tab(province, "Tổng hợp tỉnh 2026")
      .getDataRange()
      .getValues()
      .map((r) => r[0]);
    expect(summary).toContain("⚠ Đã sửa số liệu sau khi chốt: Xã Số 1.");
    expect(summary).toContain("⚠ Chưa chốt số liệu: Xã Số 3.");
  });
});

describe("issue 9, class 8: Sheets' 50,000 characters", () => {
  it("shortens long names and details where they are built", () => {
    const e = env();
    const { province, communes } = seedProvince(e, 2, small);
    const long = `Xã ${"rất dài ".repeat(7000)}`;
    tab(province, "Danh sách địa bàn").getRange(2, 2).setValue(long.slice(0, 50_000));
    // its sheet cannot be opened: the name goes into the warnings and the summary's notes
    e.failOpen(communes[0]?.ss as Spreadsheet, "noAccess");
    const v = tab(communes[1]?.ss as Spreadsheet, VILLAGES.name);
    e.setAccess(communes[1]?.ss as Spreadsheet, "edit");
    v.getRange(3, col(v, "Tổng số hộ")).setValue(`${"9".repeat(200)} hộ`);
    e.setActive(province);
    const result = gatherNow(e, province);
    summaryJob(province, 2026, e.clock.now());
    for (const sheet of province.getSheets())
      for (const row of sheet.getDataRange().getValues())
        for (const cell of row) expect(String(cell).length).toBeLessThanOrEqual(50_000);
    for (const f of result.findings ?? []) expect(f.message.length).toBeLessThanOrEqual(50_000);
  });
});

describe("progress while gathering", () => {
  it("is recorded as the run goes, so the sidebar can show n/N sources", () => {
    const e = env();
    const { province } = seedProvince(e, 4, small);
    const seen: string[] = [];
    const now = () => {
      const p = PropertiesService.getDocumentProperties().getProperty("mhht.gather.progress");
      if (p)
        seen.push(
          JSON.stringify((({ running, done, total }) => ({ running, done, total }))(JSON.parse(p))),
        );
      e.clock.advance(6_000);
      return e.clock.now();
    };
    gatherJob(province, 2026, { now });
    const distinct = [...new Set(seen)];
    expect(distinct[0]).toBe('{"running":true,"done":0,"total":4}');
    expect(distinct).toContain('{"running":true,"done":2,"total":4}');
    expect(getGatherProgress()).toEqual({ running: false, done: 4, total: 4 });
  });
});
