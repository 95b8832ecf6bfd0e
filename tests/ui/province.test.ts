// The sidebar in headless Chromium on a seeded province (gathering, its progress and its problems,
// upper-level summary, hierarchy setting) and on a new spreadsheet that has no template yet.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HIERARCHIES } from "../../src/core/model/schema";
import { progressRecorder } from "../../src/sheets/continuation";
import { SERVER_FUNCTIONS } from "../../src/ui/server";
import { projectEnvironment } from "../fixtures/project";
import { seedProvince } from "../fixtures/workbooks";
import { type Env, installGlobals } from "../memory";
import {
  axeViolations,
  capture,
  launch,
  openSidebar,
  type SidebarPage,
  selectFits,
} from "./browser";

const TIMEOUT = 60_000;

let browser: Browser;
let env: Env;
let uninstall: (() => void) | undefined;

beforeAll(async () => {
  browser = await launch();
}, TIMEOUT);
afterAll(async () => {
  await browser?.close();
});

const message = (page: Page) => page.locator("#message");

describe("sidebar on a province", { timeout: TIMEOUT }, () => {
  let s: SidebarPage;
  let province: GoogleAppsScript.Spreadsheet.Spreadsheet;

  beforeAll(async () => {
    env = projectEnvironment({ latency: "none" });
    uninstall = installGlobals(globalThis, env);
    province = seedProvince(env, 3).province;
    s = await openSidebar(browser);
  }, TIMEOUT);
  afterAll(async () => {
    await s?.page.close();
    uninstall?.();
  });

  it("shows the province and the jobs of an upper level", async () => {
    const { page } = s;
    await expect.poll(() => page.locator("h1").textContent()).toBe("Tỉnh Mẫu");
    expect(await page.locator("header").innerText()).toContain("Cấp tỉnh · Năm báo cáo 2026");
    expect(await page.locator("button[data-job]").allInnerTexts()).toEqual([
      "Kiểm tra dữ liệu",
      "Thu thập số liệu cấp dưới năm 2026",
      "Tạo bảng tổng hợp năm 2026",
      "Tạo biểu báo cáo năm 2026",
      "Tô màu lại theo mục tiêu",
      "Tạo hoặc bổ sung mẫu",
    ]);
    // closing is the commune's: no closing line here
    expect(await page.locator("header .closing").isHidden()).toBe(true);
  });

  it("gathers the communes' sheets and opens the completeness tab", async () => {
    const { page } = s;
    const button = page.locator('button[data-job="gather"]');
    expect(await button.innerText()).toBe("Thu thập số liệu cấp dưới năm 2026");
    const release = s.hold();
    await button.click();
    await expect.poll(() => button.innerText()).toBe("Đang chạy…");
    expect(await button.isDisabled()).toBe(true);
    release();
    await expect.poll(() => message(page).innerText()).toContain("Đã thu thập 3/3 nguồn");
    const open = page.getByRole("button", {
      name: "Mở tab “Tình trạng thu thập 2026”",
    });
    await open.click();
    await expect.poll(() => env.ui.selections.at(-1)?.sheet).toBe("Tình trạng thu thập 2026");
    expect(province.getActiveSheet().getName()).toBe("Tình trạng thu thập 2026");
    // the status tab and the three snapshot tabs are the add-on's tabs too
    await expect.poll(() => page.locator(".generated summary").innerText()).toContain("(4)");
  });

  it("builds the province summary from the gathered data", async () => {
    const { page } = s;
    await page.getByRole("button", { name: "Tạo bảng tổng hợp năm 2026" }).click();
    await expect
      .poll(() => message(page).innerText())
      .toContain("Đã tạo tab “Tổng hợp tỉnh 2026”.");
    expect(province.getSheetByName("Tổng hợp tỉnh 2026")).not.toBeNull();
    await page.getByRole("button", { name: "Tô màu lại theo mục tiêu" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Đã tô màu lại");
    await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Số liệu không có lỗi nào.");
  });

  it("asks before changing the level, and a cancelled question leaves the saved choice", async () => {
    const { page } = s;
    await page.locator(".settings > summary").click();
    const level = page.getByLabel("Cấp", { exact: true });
    await level.selectOption("Huyện");
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    const dialog = page.getByRole("alertdialog");
    expect(await dialog.innerText()).toContain("Đổi cấp của bảng tính từ tỉnh sang huyện?");
    await dialog.getByRole("button", { name: "Hủy" }).click();
    await expect.poll(() => message(page).innerText()).toBe("Đã hủy, không có gì thay đổi.");
    expect(await level.inputValue()).toBe("Tỉnh");
    expect(s.calls.some((c) => c.name === "saveSettings")).toBe(false);
    expect(SERVER_FUNCTIONS.getStatus().level).toBe("Tỉnh");
  });

  it("offers the hierarchy setting at this level and saves it", async () => {
    const { page } = s;
    const hierarchy = page.getByLabel("Phân cấp");
    expect(await hierarchy.isVisible()).toBe(true);
    await hierarchy.selectOption(HIERARCHIES[1]);
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Đã lưu");
    expect(SERVER_FUNCTIONS.getStatus().hierarchy).toBe(HIERARCHIES[1]);
    expect(s.errors).toEqual([]);
  });
});

describe("sidebar while gathering, and after a gather with problems", { timeout: TIMEOUT }, () => {
  let s: SidebarPage;
  let province: GoogleAppsScript.Spreadsheet.Spreadsheet;

  beforeAll(async () => {
    env = projectEnvironment({ latency: "none" });
    uninstall = installGlobals(globalThis, env);
    const seeded = seedProvince(env, 5, { villages: 3, units: 2, years: [2026] });
    province = seeded.province;
    // one commune has not shared its sheet, another has an error in its figures
    env.failOpen(seeded.communes[1]?.ss as GoogleAppsScript.Spreadsheet.Spreadsheet, "noAccess");
    const villages = seeded.communes[3]?.ss.getSheetByName("Thôn - TDP");
    const header = villages?.getRange(1, 1, 1, villages.getLastColumn()).getValues()[0] ?? [];
    villages?.getRange(2, header.indexOf("Tổng số hộ") + 1).setValue("abc");
    env.setActive(province);
    s = await openSidebar(browser);
  }, TIMEOUT);
  afterAll(async () => {
    await s?.page.close();
    uninstall?.();
  });

  it("shows how many sources are done while the run goes on (tests/artifacts/sidebar-gathering.png)", async () => {
    const { page } = s;
    await expect.poll(() => page.locator("h1").textContent()).toBe("Tỉnh Mẫu");
    // what the server records while a run is under way (its writes reach the sidebar's polls)
    progressRecorder(() => Date.now())({ running: true, done: 2, total: 5 }, true);
    const release = s.hold("gatherYear");
    const button = page.locator('button[data-job="gather"]');
    await button.click();
    await expect
      .poll(() => message(page).innerText(), { timeout: 15_000 })
      .toBe("Đang thu thập: đã xong 2/5 nguồn. Vui lòng đợi…");
    expect(await button.innerText()).toBe("Đang chạy…");
    expect(s.calls.some((c) => c.name === "getGatherProgress")).toBe(true);
    await capture(page, "sidebar-gathering");
    release();
    await expect.poll(() => message(page).innerText()).toContain("Đã thu thập 3/5 nguồn");
  });

  it("shows problems as a warning naming each source (tests/artifacts/sidebar-gather-problems.png)", async () => {
    const { page } = s;
    expect(await message(page).innerText()).toBe(
      "Đã thu thập 3/5 nguồn; 2 nguồn chưa có số liệu mới.",
    );
    expect(await message(page).getAttribute("class")).toContain("warn");
    const items = page.locator(".findings .finding");
    expect(await items.allInnerTexts()).toEqual([
      expect.stringContaining("Xã Số 2 (20001): Không mở được bảng tính"),
      expect.stringContaining(
        "Xã Số 4 (20003): Có lỗi, chưa lấy số liệu mới — 1 lỗi trong số liệu của địa bàn: Thôn - TDP D2:",
      ),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await capture(page, "sidebar-gather-problems");
    // each source's warning lands on its row of the status tab
    await items.first().click();
    await expect
      .poll(() => env.ui.selections.at(-1))
      .toMatchObject({
        sheet: "Tình trạng thu thập 2026",
        a1: "C9",
      });
    expect(province.getSheetByName("Tình trạng thu thập 2026")).not.toBeNull();
    expect(s.errors).toEqual([]);
  });
});

describe("sidebar on a spreadsheet without the template", { timeout: TIMEOUT }, () => {
  let s: SidebarPage;

  beforeAll(async () => {
    env = projectEnvironment({ latency: "none" });
    uninstall = installGlobals(globalThis, env);
    env.createSpreadsheet("Báo cáo huyện");
    s = await openSidebar(browser);
  }, TIMEOUT);
  afterAll(async () => {
    await s?.page.close();
    uninstall?.();
  });

  it("offers only the template, with a level and a roadmap to choose", async () => {
    const { page } = s;
    await expect.poll(() => page.locator("h1").textContent()).toBe("Chưa đặt tên địa bàn");
    expect(await page.locator("button[data-job]").allInnerTexts()).toEqual([
      "Tạo hoặc bổ sung mẫu",
    ]);
    expect(await page.locator(".jobs").innerText()).toContain(
      "Chọn cấp và lộ trình rồi bấm “Tạo hoặc bổ sung mẫu”.",
    );
    expect(await page.locator(".settings").isHidden()).toBe(true);
    // every roadmap's name is read whole in the list, not clipped at 300 px
    expect(await page.locator("#new-preset option").allInnerTexts()).toEqual([
      "Quốc gia (QĐ 387 và QĐ 677)",
      "Huyện Hải Hậu (Nam Định)",
      "Tỉnh Bắc Giang",
      "Xã Quảng Thạch (Thanh Hóa)",
      "Tự nhập trong tab Lộ trình",
    ]);
    expect(await selectFits(page, "#new-preset")).toBe(true);
    // the measure itself: the title shown before, clipped at 300 px ("…QĐ 677/QĐ-T▾"), does not fit
    const long = "Quốc gia (QĐ 387/QĐ-TTg và QĐ 677/QĐ-TTg)";
    await page.$eval(
      "#new-preset",
      (el, text) => {
        (el as HTMLSelectElement).add(new Option(text, "long"));
      },
      long,
    );
    expect(await selectFits(page, "#new-preset")).toBe(false);
    await page.$eval("#new-preset", (el) => {
      (el as HTMLSelectElement).remove((el as HTMLSelectElement).length - 1);
    });
    expect(await axeViolations(page)).toEqual([]);
    await capture(page, "sidebar-empty");
  });

  it("creates the template for the chosen level, then shows that level's jobs", async () => {
    const { page } = s;
    await page.getByLabel("Cấp của bảng tính").selectOption("Huyện");
    await page.getByLabel("Lộ trình mục tiêu").selectOption("HAIHAU");
    await page.getByRole("button", { name: "Tạo hoặc bổ sung mẫu" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Đã tạo tab: Cấu hình");
    expect(await message(page).innerText()).toContain("Đã bỏ tab trống: Trang tính1.");
    expect(s.calls.find((c) => c.name === "createTemplate")?.args).toBe('["Huyện","HAIHAU"]');
    await expect
      .poll(() => page.locator('button[data-job="gather"]').innerText())
      .toMatch(/^Thu thập số liệu cấp dưới năm \d{4}$/u);
    expect(await page.locator("header").innerText()).toContain("Cấp huyện");
    expect(await page.locator("header").innerText()).toContain("Huyện Hải Hậu");
    // no report year yet: the job says so instead of failing silently
    await page.locator('button[data-job="gather"]').click();
    await expect.poll(() => message(page).innerText()).toContain("Danh sách địa bàn");
    expect(await message(page).getAttribute("class")).toContain("error");
    expect(s.errors).toEqual([]);
  });
});
