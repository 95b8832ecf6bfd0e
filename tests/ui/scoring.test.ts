// Criteria scoring from the sidebar in headless Chromium: the scoring tabs made from a button, the
// scoring tabs' mistakes in the findings list, and the roll-up that asks before replacing typed
// counts, then writes them only after “Đồng ý”.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VILLAGES } from "../../src/core/model/schema";
import { projectEnvironment } from "../fixtures/project";
import {
  FAMILY,
  fillFamilyCriteria,
  households,
  type ScoreRow,
  typeScores,
} from "../fixtures/scoring";
import { seedCommune } from "../fixtures/workbooks";
import { type Env, installGlobals } from "../memory";
import { launch, openSidebar, type SidebarPage } from "./browser";

const TIMEOUT = 90_000;

let browser: Browser;
let env: Env;
let uninstall: () => void;
let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
let s: SidebarPage;

const message = (page: Page) => page.locator("#message");

beforeAll(async () => {
  browser = await launch();
  env = projectEnvironment({ latency: "none" });
  uninstall = installGlobals(globalThis, env);
  ss = seedCommune(env, "Xã Chấm Điểm", { villages: 2 }).ss;
  s = await openSidebar(browser);
}, TIMEOUT);
afterAll(async () => {
  await s?.page.close();
  await browser?.close();
  uninstall?.();
});

describe("scoring from the sidebar", { timeout: TIMEOUT }, () => {
  it("makes the criteria and scoring tabs, then offers the roll-up", async () => {
    const { page } = s;
    await page.getByRole("button", { name: "Tạo hoặc cập nhật tab chấm điểm" }).click();
    await expect
      .poll(() => message(page).innerText())
      .toContain("Đã tạo tab: Bộ tiêu chí, Chấm điểm Công dân");
    await expect
      .poll(() => page.locator("button[data-job]").allInnerTexts())
      .toContain("Cập nhật số đếm năm 2026 từ tab chấm điểm");
    fillFamilyCriteria(ss);
    await page.getByRole("button", { name: "Tạo hoặc cập nhật tab chấm điểm" }).click();
    await expect.poll(() => message(page).innerText()).toContain(`Đã tạo tab: ${FAMILY.tab}`);
  });

  it("lists the scoring tab's mistakes with the other findings", async () => {
    const { page } = s;
    const [a, b] = households(2, 2026) as [ScoreRow, ScoreRow];
    typeScores(ss, FAMILY, [
      { ...a, points: [11, 10, 10, 10, 20, 20, 20] },
      { ...b, code: "T09" },
    ]);
    await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
    await expect.poll(() => page.locator(".findings").innerText()).toContain(FAMILY.tab);
    const text = await page.locator(".findings").innerText();
    expect(text).toContain("lớn hơn điểm tối đa 10");
    expect(text).toContain("“T09” không có trong tab “Thôn - TDP” năm 2026");
  });

  it("asks before replacing typed village counts, and writes only after “Đồng ý”", async () => {
    const { page } = s;
    const sheet = ss.getSheetByName(FAMILY.tab);
    sheet?.getRange(2, 1, sheet.getMaxRows() - 1, sheet.getLastColumn()).clearContent();
    typeScores(ss, FAMILY, households(10, 2026));
    const villages = ss.getSheetByName(VILLAGES.name);
    const before = villages?.getDataRange().getValues();
    const button = page.getByRole("button", { name: "Cập nhật số đếm năm 2026 từ tab chấm điểm" });
    await button.click();
    const dialog = page.getByRole("alertdialog");
    await expect.poll(() => dialog.innerText()).toContain("Ghi đè 2 ô nhập tay");
    expect(await page.locator(".findings").innerText()).toContain("nhập tay, tab");
    await dialog.getByRole("button", { name: "Hủy" }).click();
    expect(villages?.getDataRange().getValues()).toEqual(before);
    await button.click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Đồng ý" }).click();
    await expect.poll(() => message(page).innerText()).toContain("Đã ghi 2 ô số đếm năm 2026");
    expect(s.calls.filter((c) => c.name === "rollupScores").map((c) => c.args)).toEqual([
      "[2026,false]",
      "[2026,false]",
      "[2026,true]",
    ]);
    expect(s.errors).toEqual([]);
  });
});
