// "Tự kiểm tra tiện ích" in the sidebar: the link at its foot and the menu item run it, every line
// is shown with its verdict, meaning and what to do, and the whole result can be copied as text.

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selfCheck } from "../../src/sheets/selfcheck";
import { MENU_HANDLERS } from "../../src/ui/menu";
import { reportLines, reportText } from "../../src/ui/sidebar/selfcheck";
import { SELF_CHECK } from "../../src/ui/sidebar/text";
import { projectEnvironment } from "../fixtures/project";
import { seedCommune } from "../fixtures/workbooks";
import { type Env, installGlobals } from "../memory";
import { axeViolations, launch, openSidebar, sidebarSource } from "./browser";

const TIMEOUT = 60_000;
let browser: Browser;
let env: Env;
let uninstall: () => void;

beforeAll(async () => {
  browser = await launch();
  env = projectEnvironment({ latency: "none" });
  uninstall = installGlobals(globalThis, env);
  seedCommune(env);
}, TIMEOUT);
afterAll(async () => {
  await browser?.close();
  uninstall?.();
});

describe("the self-check's words", () => {
  it("give every line a verdict and its meaning; a failed one what was seen and what to do", () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const text = reportText(selfCheck(ss), "05/12/2026 09:00");
    const lines = text.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "Tự kiểm tra tiện ích — 05/12/2026 09:00",
      "Bảng tính: vi_VN, múi giờ Asia/Ho_Chi_Minh.",
      "Cả 10 mục đều đạt.",
    ]);
    expect(lines.slice(3).map((l) => l.split(":")[1]?.split(".")[0])).toEqual(
      Array(10).fill(" đạt"),
    );
    env.unparsable = (f) => f.includes("ROW(");
    const bad = selfCheck(ss);
    env.unparsable = null;
    expect(reportLines(bad).filter((l) => !l.ok)).toEqual([
      { id: "stale", ok: false, seen: "#ERROR!" },
    ]);
    const stale = reportText(bad, "").split("\n")[6];
    expect(stale).toBe(
      `4. ${SELF_CHECK.lines.stale.name}: không đạt. ${SELF_CHECK.lines.stale.failed} Thấy: #ERROR!. Cách xử lý: ${SELF_CHECK.lines.stale.todo}`,
    );
    expect(reportText(bad, "")).toContain("1 trong 10 mục không đạt");
  });
});

describe("the self-check in the sidebar", { timeout: TIMEOUT }, () => {
  it("runs from the link at the foot of the sidebar, lists each line, and copies the result", async () => {
    const s = await openSidebar(browser);
    const { page } = s;
    await expect.poll(() => page.locator("h1").textContent()).toBe("Xã Quảng Thạch");
    await page.getByText(SELF_CHECK.title, { exact: true }).click();
    await page.getByRole("button", { name: SELF_CHECK.run }).click();
    await expect.poll(() => page.locator(".check").count()).toBe(10);
    expect(await page.locator(".check.bad").count()).toBe(0);
    expect(await page.locator("#message").innerText()).toContain("Cả 10 mục đều đạt.");
    const text = await page.locator(".selfcheck textarea").inputValue();
    expect(text).toMatch(/^Tự kiểm tra tiện ích — /u);
    expect(text.split("\n")).toHaveLength(13);
    await page.getByRole("button", { name: SELF_CHECK.copy }).click();
    await expect
      .poll(() => page.locator('.selfcheck p[role="status"]').innerText())
      .toMatch(/Đã sao chép|Ctrl\+C/u);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(s.calls.map((c) => c.name)).toContain("runSelfCheck");
    expect(s.errors).toEqual([]);
    expect(
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((x) => x.getName()),
    ).not.toContain("Tự kiểm tra tiện ích (tạm)");
    await page.close();
  });

  it("runs at once when opened from the menu item", async () => {
    env.htmlFiles.Sidebar = sidebarSource();
    MENU_HANDLERS.menuSelfCheck?.();
    const shown = env.ui.sidebars.at(-1);
    expect(shown?.title).toBe("Tự kiểm tra tiện ích");
    expect(shown?.content).toBe(sidebarSource().replace("<body>", '<body data-view="self-check">'));
    const s = await openSidebar(browser, 900, undefined, shown?.content);
    await expect.poll(() => s.page.locator(".check.ok").count()).toBe(10);
    expect(await s.page.locator(".selfcheck").getAttribute("open")).not.toBeNull();
    expect(s.errors).toEqual([]);
    await s.page.close();
  });
});
