// The sidebar in headless Chromium on a seeded commune, wired to the commune flavor's server
// functions: status, findings and clicking them, every commune job with its progress and result,
// failures of the transport, settings, text-only rendering of sheet values, accessibility
// (axe-core), a screenshot at 300 px, and what it offers on sheets that flavor does not serve.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLAVOR_FUNCTIONS } from "../../scripts/preview/rpc";
import { VILLAGES } from "../../src/core/model/schema";
import { checkJob } from "../../src/sheets/jobs";
import { SERVER_FUNCTIONS } from "../../src/ui/server";
import { groupFindings } from "../../src/ui/sidebar/model";
import { projectEnvironment } from "../fixtures/project";
import { seedCommune, seedProvince, typeConfig } from "../fixtures/workbooks";
import { type Env, installGlobals } from "../memory";
import {
  axeViolations,
  capture,
  launch,
  openSidebar as openAnySidebar,
  type SidebarPage,
  selectFits,
} from "./browser";

/** The commune flavor's sidebar (dist/xa): the same page, its server functions only. */
const openSidebar = (b: Browser, height?: number) => openAnySidebar(b, height, FLAVOR_FUNCTIONS.xa);

const TIMEOUT = 60_000;
const XSS_VILLAGE = "<img src=x onerror=alert(1)>";
const XSS_AREA = '<svg onload="window.__xss=1">Xã An Bình';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

let browser: Browser;
let env: Env;
let uninstall: () => void;
let ss: Spreadsheet;

/** Column letter of a header in the villages tab. */
function col(header: string): string {
  const i = VILLAGES.columns.findIndex((c) => c.header === header);
  return String.fromCharCode(65 + i);
}

/** First sheet row (1-based) of a year in the villages tab, and the row after it. */
function yearRows(year: number): number[] {
  const grid = ss.getSheetByName(VILLAGES.name)?.getDataRange().getValues() ?? [];
  return grid.flatMap((r, i) => (r[0] === year ? [i + 1] : []));
}

beforeAll(async () => {
  browser = await launch();
}, TIMEOUT);
afterAll(async () => {
  await browser?.close();
});

function freshCommune(): void {
  uninstall?.();
  env = projectEnvironment({ latency: "none" });
  uninstall = installGlobals(globalThis, env);
  ss = seedCommune(env).ss;
}

/** The finding buttons as shown: severity word, cell, message. */
async function shownFindings(page: Page): Promise<{ sev: string; cell: string; msg: string }[]> {
  return page.$$eval(".finding", (items) =>
    items.map((el) => ({
      sev: el.querySelector(".sev")?.textContent ?? "",
      cell: el.querySelector(".cell")?.textContent ?? "",
      msg: el.querySelector(".msg")?.textContent ?? "",
    })),
  );
}

const message = (page: Page) => page.locator("#message");

describe("sidebar on a commune", { timeout: TIMEOUT }, () => {
  let s: SidebarPage;

  beforeAll(async () => {
    freshCommune();
    s = await openSidebar(browser);
  }, TIMEOUT);
  afterAll(async () => {
    await s?.page.close();
    uninstall?.();
  });

  const job = (id: string) => s.page.locator(`button[data-job="${id}"]`);

  it("shows the area, level, report year, roadmap and the year's closing state", async () => {
    const { page } = s;
    await expect.poll(() => page.locator("h1").textContent()).toBe("Xã Quảng Thạch");
    const head = await page.locator("header").innerText();
    expect(head).toContain("Cấp xã · Năm báo cáo 2026");
    expect(head).toContain("Lộ trình: Quốc gia (QĐ 387 và QĐ 677)");
    expect(head).toContain("Số liệu năm 2026: chưa chốt.");
    expect(await page.locator("#year").inputValue()).toBe("2026");
    const jobs = await page.locator("button[data-job]").allInnerTexts();
    expect(jobs).toEqual([
      "Kiểm tra dữ liệu",
      "Tạo bảng tổng hợp năm 2026",
      "Tạo biểu báo cáo năm 2026",
      "Tô màu lại theo mục tiêu",
      "Chốt số liệu năm 2026",
      "Mở lại số liệu năm 2026",
      "Tạo hoặc bổ sung mẫu",
    ]);
    // only the action that makes sense: an open year can be closed, not reopened
    expect(await job("close").isDisabled()).toBe(false);
    expect(await job("reopen").isDisabled()).toBe(true);
    expect(s.calls.map((c) => c.name)).toEqual(["getStatus"]);
  });

  it("has a google.script.run whose own keys are the server functions", async () => {
    const keys = await s.page.evaluate(() =>
      Object.keys((window as unknown as { google: { script: { run: object } } }).google.script.run),
    );
    expect(keys).toEqual(Object.keys(SERVER_FUNCTIONS));
  });

  it("reports a clean check plainly, saved as tests/artifacts/sidebar-clean.png", async () => {
    const { page } = s;
    await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Số liệu không có lỗi nào.");
    expect(await message(page).getAttribute("class")).toBe("message ok");
    expect(await page.locator(".clean").innerText()).toBe(
      "Không có lỗi hay cảnh báo nào. Số liệu đã sẵn sàng.",
    );
    await capture(page, "sidebar-clean");
  });

  it("runs the summary with progress on its button, then offers to open the new tab", async () => {
    const { page } = s;
    const button = job("summary");
    const release = s.hold();
    await button.click();
    await expect.poll(() => button.innerText()).toBe("Đang chạy…");
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute("aria-busy")).toBe("true");
    expect(await job("check").isDisabled()).toBe(true);
    expect(await message(page).innerText()).toContain("Đang chạy: Tạo bảng tổng hợp năm 2026");
    release();
    await expect.poll(() => message(page).innerText()).toContain("Đã tạo tab “Tổng hợp xã 2026”.");
    expect(await button.innerText()).toBe("Tạo bảng tổng hợp năm 2026");
    expect(await button.isDisabled()).toBe(false);
    // the buttons come back as the year's state wants them, not all enabled
    expect(await job("reopen").isDisabled()).toBe(true);
    expect(ss.getSheetByName("Tổng hợp xã 2026")).not.toBeNull();
    await page.getByRole("button", { name: "Mở tab “Tổng hợp xã 2026”" }).click();
    await expect.poll(() => env.ui.selections.at(-1)?.sheet).toBe("Tổng hợp xã 2026");
    expect(env.ui.selections.at(-1)?.a1).toBe("A1");
    // the status follows: the generated tab is listed
    await expect.poll(() => page.locator(".generated summary").innerText()).toContain("(1)");
  });

  it("refreshes the highlighting", async () => {
    const { page } = s;
    await page.getByRole("button", { name: "Tô màu lại theo mục tiêu" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Đã tô màu lại");
    expect(await message(page).getAttribute("class")).toContain("ok");
  });

  it("closes the year, shows who closed it and when, and offers only reopening", async () => {
    const { page } = s;
    await job("close").click();
    await expect.poll(() => message(page).innerText()).toContain("Đã chốt số liệu năm 2026");
    const closing = page.locator("header .closing");
    await expect
      .poll(() => closing.innerText())
      .toMatch(
        /^Số liệu năm 2026: đã chốt lúc \d\d\/\d\d\/2026 \d\d:\d\d bởi canbo@example\.com\.$/u,
      );
    expect(await job("close").isDisabled()).toBe(true);
    expect(await job("reopen").isDisabled()).toBe(false);
    // the closing log is a tab the add-on made too
    await expect.poll(() => page.locator(".generated summary").innerText()).toContain("(2)");
    await capture(page, "sidebar-closed");

    // another year has its own state
    await page.locator("#year").selectOption("2025");
    expect(await closing.innerText()).toBe("Số liệu năm 2025: chưa chốt.");
    expect(await job("close").isDisabled()).toBe(false);
    expect(await job("reopen").isDisabled()).toBe(true);
    await page.locator("#year").selectOption("2026");
    expect(await job("reopen").isDisabled()).toBe(false);
  });

  it("reopens it only after the officer confirms", async () => {
    const { page } = s;
    const reopen = job("reopen");
    await reopen.click();
    const dialog = page.getByRole("alertdialog");
    expect(await dialog.innerText()).toContain("Mở lại số liệu năm 2026?");
    await dialog.getByRole("button", { name: "Hủy" }).click();
    await expect.poll(() => message(page).innerText()).toBe("Đã hủy, không có gì thay đổi.");
    expect(s.calls.some((c) => c.name === "reopenYear")).toBe(false);
    // the question disabled every button; cancelling gives back only the ones that make sense
    expect(await job("close").isDisabled()).toBe(true);
    expect(await reopen.isDisabled()).toBe(false);

    await reopen.click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Đồng ý" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Đã mở lại số liệu năm 2026");
    expect(s.calls.filter((c) => c.name === "reopenYear")).toEqual([
      { name: "reopenYear", args: "[2026]" },
    ]);
    await expect
      .poll(() => page.locator("header .closing").innerText())
      .toMatch(/^Số liệu năm 2026: chưa chốt \(đã mở lại lúc .+ bởi canbo@example\.com\)\.$/u);
    expect(await job("close").isDisabled()).toBe(false);
    expect(await reopen.isDisabled()).toBe(true);
  });

  it("completes the template without touching anything, under the action's one name", async () => {
    const { page } = s;
    await page.getByRole("button", { name: "Tạo hoặc bổ sung mẫu" }).click();
    await expect
      .poll(() => message(page).innerText())
      .toContain("Mẫu đã đầy đủ, không cần thêm gì.");
  });

  it("runs the jobs for the year chosen in the list", async () => {
    const { page } = s;
    await page.locator("#year").selectOption("2025");
    await page.getByRole("button", { name: "Tạo bảng tổng hợp năm 2025" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Đã tạo tab “Tổng hợp xã 2025”.");
    expect(s.calls.at(-2)).toEqual({ name: "buildSummary", args: "[2025]" });
    await page.locator("#year").selectOption("2026");
  });

  it("says in Vietnamese when the connection or the server fails", async () => {
    const { page } = s;
    const check = page.getByRole("button", { name: "Kiểm tra dữ liệu" });
    for (const kind of ["network", "server"] as const) {
      s.failNext(kind);
      await check.click();
      await expect
        .poll(() => message(page).innerText())
        .toBe(
          "Không nhận được kết quả của “Kiểm tra dữ liệu” vì mất kết nối hoặc Google Sheets báo lỗi. Hãy kiểm tra mạng rồi bấm lại “Kiểm tra dữ liệu”; nếu vẫn không được, hãy tải lại trang Google Sheets.",
        );
      expect(await message(page).getAttribute("class")).toBe("message error");
      expect(await check.isDisabled()).toBe(false);
    }
  });

  it("keeps a job's own result when the status cannot be read after it", async () => {
    const { page } = s;
    s.failNext("network", "getStatus");
    await page.getByRole("button", { name: "Tô màu lại theo mục tiêu" }).click();
    await expect.poll(() => page.locator("header .stale").isVisible()).toBe(true);
    expect(await message(page).innerText()).toContain("Đã tô màu lại");
    expect(await page.locator("header .stale").innerText()).toContain(
      "Chưa cập nhật được thông tin bảng tính vì mất kết nối",
    );
    // the button the sentence points to is there, and works
    await page.locator("header .stale").getByRole("button", { name: "Thử lại" }).click();
    await expect.poll(() => page.locator("header .stale").isHidden()).toBe(true);
    expect(await message(page).innerText()).toContain("Đã tô màu lại");
  });

  it("saves settings, clearing an error once the value is fixed", async () => {
    const { page } = s;
    await page.locator(".settings > summary").click();
    expect(await page.getByLabel("Phân cấp").isHidden()).toBe(true);
    const note = page.locator(".settings .note");
    await page.getByLabel("Năm báo cáo").fill("1990");
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect.poll(() => note.innerText()).toContain("Năm báo cáo cần một năm");
    expect(await note.getAttribute("class")).toBe("note error");
    expect(await page.getByLabel("Năm báo cáo").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Năm báo cáo").fill("2026");
    expect(await note.isHidden()).toBe(true);

    await page.getByLabel("Biên độ cảnh báo (điểm %)").fill("7,5");
    await page.getByLabel("Tên địa bàn").fill("Xã Quảng Thạch mới");
    await page.getByLabel("Mã địa bàn").fill("00123");
    await page.getByLabel("Hạn nộp báo cáo (ngày/tháng)").fill("05/12");
    await page.getByLabel("Biên độ thay đổi so với năm trước (điểm %)").fill("20");
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Đã lưu");
    expect(await note.innerText()).toContain("Đã lưu");
    const status = SERVER_FUNCTIONS.getStatus();
    expect([
      status.amberPoints,
      status.areaName,
      status.areaCode,
      status.deadline,
      status.jumpPoints,
    ]).toEqual([7.5, "Xã Quảng Thạch mới", "00123", "5/12", 20]);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Xã Quảng Thạch mới");
  });

  it("leaves the roadmap list on the saved choice when the refill is cancelled", async () => {
    const { page } = s;
    const preset = page.getByLabel("Lộ trình mục tiêu");
    await preset.selectOption("HAIHAU");
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Hủy" }).click();
    expect(await preset.inputValue()).toBe("QUOCGIA");
    expect(s.calls.some((c) => c.name === "refillRoadmapFromPreset")).toBe(false);
  });

  it("refills the roadmap after confirming, and can put the previous table back", async () => {
    const { page } = s;
    const before = ss.getSheetByName("Lộ trình")?.getDataRange().getValues();
    await page.getByLabel("Lộ trình mục tiêu").selectOption("HAIHAU");
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    const dialog = page.getByRole("alertdialog");
    expect(await dialog.innerText()).toContain(
      "Điền lại tab Lộ trình từ lộ trình Huyện Hải Hậu (Nam Định)? Các mục tiêu đang có sẽ được thay; bảng cũ được giữ ở một tab riêng để khôi phục.",
    );
    await dialog.getByRole("button", { name: "Đồng ý" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Đã điền lại tab “Lộ trình”");
    expect(await message(page).innerText()).not.toContain("tự nhập");
    expect(s.calls.filter((c) => c.name === "refillRoadmapFromPreset")).toEqual([
      { name: "refillRoadmapFromPreset", args: '["HAIHAU"]' },
    ]);
    await expect.poll(() => page.locator("header").innerText()).toContain("Huyện Hải Hậu");

    const restore = page.getByRole("button", {
      name: "Khôi phục bảng Lộ trình trước",
    });
    await restore.click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Đồng ý" }).click();
    await expect
      .poll(() => message(page).innerText())
      .toContain("Đã khôi phục bảng Lộ trình như trước lần điền lại");
    expect(ss.getSheetByName("Lộ trình")?.getDataRange().getValues()).toEqual(before);
    await expect.poll(() => page.locator("header").innerText()).toContain("Quốc gia");
    expect(await page.getByLabel("Lộ trình mục tiêu").inputValue()).toBe("QUOCGIA");

    await page.getByLabel("Lộ trình mục tiêu").selectOption("RIENG");
    await page.getByLabel("Năm báo cáo").fill("2025");
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Đã lưu");
    expect(s.calls.at(-2)).toEqual({
      name: "saveSettings",
      args: '[{"preset":"RIENG","year":2025}]',
    });
    await expect.poll(() => page.locator("header").innerText()).toContain("Năm báo cáo 2025");
    expect(await page.locator("#year").inputValue()).toBe("2025");
    // what the configuration tab now says: the choice's name, not a code
    expect(SERVER_FUNCTIONS.getStatus().preset).toBe("RIENG");
  });

  it("shows every roadmap's whole name at 300 px, keeps every control inside and passes axe-core", async () => {
    const { page } = s;
    expect(await selectFits(page, ".settings select[aria-describedby]")).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(s.requests).toEqual([]);
  });
});

describe("findings of a commune with entry errors", {
  timeout: TIMEOUT,
}, () => {
  let s: SidebarPage;
  let rows: number[];

  beforeAll(async () => {
    freshCommune();
    rows = yearRows(2026);
    const sheet = ss.getSheetByName(VILLAGES.name) as GoogleAppsScript.Spreadsheet.Sheet;
    const [a, b, c, d] = rows as [number, number, number, number];
    sheet.getRange(`${col("Tổng số hộ")}${a}`).setValue("abc");
    const total = Number(sheet.getRange(`${col("Tổng số hộ")}${b}`).getValue());
    sheet.getRange(`${col("Số hộ đạt GĐHT")}${b}`).setValue(total + 5);
    const code = sheet.getRange(`${col("Mã thôn/TDP")}${a}`).getValue();
    sheet.getRange(`${col("Mã thôn/TDP")}${c}`).setValue(code);
    sheet.getRange(`${col("Tên thôn/TDP")}${d}`).setValue(XSS_VILLAGE);
    typeConfig(ss, { "Tên địa bàn": XSS_AREA });
    s = await openSidebar(browser);
  }, TIMEOUT);
  afterAll(async () => {
    await s?.page.close();
    uninstall?.();
  });

  it("lists them by tab, errors before warnings, with counts", async () => {
    const { page } = s;
    await expect.poll(() => page.locator(".state").innerText()).toContain("lỗi");
    await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
    await page.locator(".finding").first().waitFor();

    const expected = groupFindings(checkJob(ss).findings ?? []);
    const tabs = await page.locator(".group > summary .tab").allInnerTexts();
    expect(tabs).toEqual(expected.map((g) => g.tab));
    const counts = await page.locator(".group > summary .counts").allInnerTexts();
    const first = expected[0] ?? (undefined as never);
    expect(first.errors).toBeGreaterThan(0);
    expect(counts[0]).toBe(
      first.warnings
        ? `(${first.errors} lỗi và ${first.warnings} cảnh báo)`
        : `(${first.errors} lỗi)`,
    );
    // a count of zero is not said
    for (const text of counts) expect(text).not.toMatch(/\b0 (lỗi|cảnh báo)/u);
    const shown = await shownFindings(page);
    const flat = expected.flatMap((g) => g.findings);
    expect(shown).toEqual(
      flat.map((f) => ({
        sev: f.severity === "error" ? "Lỗi" : "Cảnh báo",
        cell: `ô ${f.cell}`,
        msg: f.message,
      })),
    );
    const [a, b, c] = rows as [number, number, number];
    const errorAt = (cell: string) =>
      shown
        .filter((f) => f.cell === `ô ${cell}` && f.sev === "Lỗi")
        .map((f) => f.msg)
        .join("\n");
    expect(errorAt(`${col("Tổng số hộ")}${a}`)).toContain("“abc” không phải là số");
    // above both registered and total: one finding, against registered
    expect(errorAt(`${col("Số hộ đạt GĐHT")}${b}`)).toContain("lớn hơn Số hộ đăng ký GĐHT");
    expect(errorAt(`${col("Mã thôn/TDP")}${c}`)).toContain("đã có ở dòng");
    // within a tab, no warning comes before an error
    const severities = shown.map((f) => f.sev);
    const firstTab = expected[0]?.findings.length ?? 0;
    expect(severities.slice(0, firstTab).join(",")).toMatch(/^(Lỗi,)*(Lỗi|Cảnh báo)(,Cảnh báo)*$/u);
    // errors look like errors: red, not the amber of warnings
    const total = expected.reduce((n, g) => n + g.errors, 0);
    const warnings = expected.reduce((n, g) => n + g.warnings, 0);
    expect(await message(page).innerText()).toBe(
      `Tìm thấy ${total} lỗi${warnings ? ` và ${warnings} cảnh báo` : ""}.`,
    );
    expect(await message(page).getAttribute("class")).toBe("message error");
    expect(await page.locator(".state").innerText()).toBe(
      `Số liệu hiện có ${total} lỗi${warnings ? ` và ${warnings} cảnh báo` : ""} — bấm “Kiểm tra dữ liệu” để xem từng ô.`,
    );
  });

  it("selects the cell of a finding when it is clicked", async () => {
    const { page } = s;
    const cell = `${col("Tổng số hộ")}${rows[0]}`;
    const item = page.locator(".finding", { hasText: `ô ${cell}` }).first();
    await item.click();
    await expect
      .poll(() => env.ui.selections.at(-1))
      .toEqual({
        spreadsheetId: ss.getId(),
        sheet: VILLAGES.name,
        a1: cell,
      });
    expect(ss.getActiveSheet().getName()).toBe(VILLAGES.name);
    expect(ss.getActiveSheet().getActiveRange()?.getA1Notation()).toBe(cell);
    // The server has selected the cell; the sidebar's success handler runs a moment later.
    await expect.poll(() => item.getAttribute("aria-current")).toBe("true");
    await expect
      .poll(() => message(page).innerText())
      .toBe(`Đã chọn ô ${cell} của tab “Thôn - TDP”.`);
  });

  it("says so beside the finding when its tab was renamed since the check", async () => {
    const { page } = s;
    const units = ss.getSheetByName("Đơn vị") as GoogleAppsScript.Spreadsheet.Sheet;
    units.setName("Đơn vị cũ");
    try {
      const group = page.locator(".group", { hasText: "Đơn vị" });
      await group.locator(".finding").first().click();
      const note = group.locator(".note").first();
      await expect.poll(() => note.innerText()).toContain("Không tìm thấy ô");
      expect(await note.getAttribute("class")).toContain("error");
    } finally {
      units.setName("Đơn vị");
    }
  });

  it("shows sheet values that look like HTML as text and runs none of them", async () => {
    const { page } = s;
    expect(await page.locator("h1").textContent()).toBe(XSS_AREA);
    const withName = page.locator(".finding .msg", { hasText: XSS_VILLAGE });
    expect(await withName.count()).toBeGreaterThan(0);
    expect(await page.locator("main img, main svg").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(
      undefined,
    );
    expect(s.dialogs).toEqual([]);
    expect(s.requests).toEqual([]);
  });

  it("lists the errors that block a summary, from the summary job", async () => {
    const { page } = s;
    await page.getByRole("button", { name: "Tạo bảng tổng hợp năm 2026" }).click();
    await expect
      .poll(() => message(page).innerText())
      .toContain("Chưa làm được vì số liệu năm 2026");
    expect(await page.locator(".findings .muted").first().innerText()).toBe(
      "Kết quả của: Tạo bảng tổng hợp năm 2026",
    );
    expect(await page.locator(".finding.warning").count()).toBe(0);
    expect(ss.getSheetByName("Tổng hợp xã 2026")).toBeNull();
  });

  it("passes axe-core with the findings shown, saved as tests/artifacts/sidebar-errors.png", async () => {
    const { page } = s;
    await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Tìm thấy");
    expect(await axeViolations(page)).toEqual([]);
    await capture(page, "sidebar-errors");
    expect(s.errors).toEqual([]);
  });
});

describe("the google.script.run stand-in", { timeout: TIMEOUT }, () => {
  let s: SidebarPage;
  beforeAll(async () => {
    freshCommune();
    s = await openSidebar(browser);
  }, TIMEOUT);
  afterAll(async () => {
    await s?.page.close();
    uninstall?.();
  });

  it("is asynchronous, passes the user object, and fails a call carrying a Date", async () => {
    const out = await s.page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const log: string[] = [];
          const run = (
            window as unknown as {
              google: { script: { run: Record<string, never> } };
            }
          ).google.script.run as unknown as {
            withSuccessHandler(f: (v: unknown, u: unknown) => void): typeof run;
            withFailureHandler(f: (e: Error, u: unknown) => void): typeof run;
            withUserObject(u: unknown): typeof run;
            selectCell(...a: unknown[]): void;
            getStatus(...a: unknown[]): void;
          };
          run
            .withFailureHandler((e, u) => {
              log.push(`failed:${e instanceof Error}:${e.message}:${u}`);
              run
                .withSuccessHandler((v, u2) => {
                  log.push(`ok:${(v as { level: string }).level}:${u2}`);
                  resolve(log);
                })
                .withUserObject("u2")
                .getStatus();
            })
            .withUserObject("u1")
            .selectCell({ when: [new Date()] }, "A1");
          log.push("returned");
        }),
    );
    expect(out[0]).toBe("returned");
    expect(out[1]).toMatch(
      /^failed:true:Failed due to illegal value in property: 0\.when\.0 \(Date\):u1$/u,
    );
    expect(out[2]).toBe("ok:Xã:u2");
    expect(s.calls.filter((c) => c.name === "selectCell")).toEqual([]);
  });
});

describe("sidebar on a commune whose closed year was edited", { timeout: TIMEOUT }, () => {
  let s: SidebarPage;
  beforeAll(async () => {
    freshCommune();
    expect(SERVER_FUNCTIONS.closeYear(2026).ok).toBe(true);
    // an officer edits a closed row through the protection warning
    const [row] = yearRows(2026);
    const sheet = ss.getSheetByName(VILLAGES.name);
    sheet?.getRange(`${col("Số hộ đạt GĐHT")}${row}`).setValue(0);
    s = await openSidebar(browser);
  }, TIMEOUT);
  afterAll(async () => {
    await s?.page.close();
    uninstall?.();
  });

  it("says so in the header, and Kiểm tra dữ liệu shows the warning at the close in the log", async () => {
    const { page } = s;
    await expect
      .poll(() => page.locator("header").innerText())
      .toContain("Số liệu năm 2026 đã bị sửa sau khi chốt — bấm “Kiểm tra dữ liệu” để xem.");
    await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
    await page.locator(".finding").first().waitFor();
    const shown = await shownFindings(page);
    expect(shown.some((f) => f.msg.includes("bị sửa sau khi chốt ("))).toBe(true);
  });
});

describe("the commune flavor's sidebar on sheets it does not serve", { timeout: TIMEOUT }, () => {
  let s: SidebarPage;
  afterAll(() => uninstall?.());

  it("offers a new sheet only the commune's template", async () => {
    uninstall?.();
    env = projectEnvironment({ latency: "none" });
    uninstall = installGlobals(globalThis, env);
    env.createSpreadsheet("Bảng tính mới");
    s = await openSidebar(browser);
    const { page } = s;
    await expect
      .poll(() => page.locator("button[data-job]").allInnerTexts())
      .toEqual(["Tạo hoặc bổ sung mẫu"]);
    const levels = await page.getByLabel("Cấp của bảng tính").locator("option").allInnerTexts();
    expect(levels).toEqual(["Xã"]);
    await s.page.close();
  });

  it("only checks a province's sheet and names the flavor that gathers and summarises", async () => {
    uninstall?.();
    env = projectEnvironment({ latency: "none" });
    uninstall = installGlobals(globalThis, env);
    seedProvince(env, 2);
    s = await openSidebar(browser);
    const { page } = s;
    await expect.poll(() => page.locator("h1").textContent()).toBe("Tỉnh Mẫu");
    expect(await page.locator("button[data-job]").allInnerTexts()).toEqual(["Kiểm tra dữ liệu"]);
    expect(await page.locator(".jobs").innerText()).toContain("“Mô hình học tập – Tổng hợp”");
    // the settings keep the sheet's own level, so saving them never turns it into a commune
    const levels = page.getByLabel("Cấp", { exact: true });
    expect(await levels.locator("option").allTextContents()).toEqual(["Tỉnh", "Xã"]);
    expect(await levels.inputValue()).toBe("Tỉnh");
    expect(s.errors).toEqual([]);
    await s.page.close();
  });
});
