// The local preview: its HTTP server on a random port (page, one RPC, one job, escaping, errors),
// then the page in Chromium: the sidebar in its frame drives the workbook view.

import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Preview, startPreview } from "../../scripts/preview/server";
import { launch } from "./browser";

const TIMEOUT = 90_000;

let preview: Preview;

beforeAll(async () => {
  preview = await startPreview({ port: 0 });
}, TIMEOUT);
afterAll(async () => {
  await preview?.close();
});

async function rpc(name: string, args: unknown[]): Promise<{ ok: boolean; value?: unknown }> {
  const response = await fetch(new URL("/rpc", preview.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, args: JSON.stringify(args) }),
  });
  expect(response.status).toBe(200);
  const reply = (await response.json()) as {
    ok: boolean;
    value?: string;
    error?: string;
  };
  return reply.ok
    ? {
        ok: true,
        value: reply.value === undefined ? undefined : JSON.parse(reply.value),
      }
    : { ok: false, value: reply.error };
}

const get = async (path: string) => {
  const response = await fetch(new URL(path, preview.url));
  return { status: response.status, text: await response.text() };
};

describe("preview server", { timeout: TIMEOUT }, () => {
  it("serves the page: the sample workbook beside the sidebar", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.text).toContain('<iframe id="sidebar"');
    expect(page.text).toContain("Mô hình học tập — Xã Quảng Thạch");
    expect(page.text).toContain('data-sheet="Thôn - TDP"');
    const sidebar = await get("/sidebar");
    expect(sidebar.text).toContain("gas-stand-in");
    expect(sidebar.text.indexOf("gas-stand-in")).toBeLessThan(sidebar.text.indexOf("<body>"));
  });

  it("answers an RPC and runs a job through it", async () => {
    const status = await rpc("getStatus", []);
    expect(status.ok).toBe(true);
    expect(status.value).toMatchObject({
      level: "Xã",
      areaName: "Xã Quảng Thạch",
      year: 2026,
    });
    const job = await rpc("buildSummary", [2025]);
    expect(job).toEqual({
      ok: true,
      value: {
        ok: true,
        message: "Đã tạo tab “Tổng hợp xã 2025”.",
        sheet: "Tổng hợp xã 2025",
      },
    });
    expect((await get("/view")).text).toContain('data-sheet="Tổng hợp xã 2025"');
    const blocked = await rpc("buildSummary", [2026]);
    expect(blocked.value).toMatchObject({ ok: false });
    expect(JSON.stringify(blocked.value)).toContain("hai trăm");
  });

  it("shows sheet values as escaped text", async () => {
    const edit = await fetch(new URL("/api/edit", preview.url), {
      method: "POST",
      body: JSON.stringify({ a1: "C3", value: "<img src=x onerror=alert(1)>" }),
    });
    expect(edit.status).toBe(200);
    const view = (await get("/view")).text;
    expect(view).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(view).not.toContain("<img");
  });

  it("refuses unknown functions, bad bodies and unknown paths", async () => {
    expect(await rpc("eval", [])).toEqual({
      ok: false,
      value: "Script function not found: eval",
    });
    const bad = await fetch(new URL("/rpc", preview.url), {
      method: "POST",
      body: "{",
    });
    expect(bad.status).toBe(400);
    expect((await get("/nope")).status).toBe(404);
  });
});

describe("preview in the browser", { timeout: TIMEOUT }, () => {
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(preview.url);
    sidebar = page.frameLocator("#sidebar");
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  const version = () => page.locator("#workbook").getAttribute("data-version");
  const message = () => sidebar.locator("#message").innerText();

  it("shows the selected cell of a clicked finding in the workbook view", async () => {
    await expect.poll(() => sidebar.locator("h1").textContent()).toBe("Xã Quảng Thạch");
    await sidebar.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
    const finding = sidebar.locator(".finding.error").first();
    await finding.waitFor();
    const cell = ((await finding.locator(".cell").innerText()) ?? "").replace("ô ", "");
    const before = await version();
    await finding.click();
    await expect.poll(version).not.toBe(before);
    await expect.poll(() => page.locator("td.sel").getAttribute("data-a1")).toBe(cell);
    expect(await page.locator(".formula .addr").innerText()).toBe(cell);
    expect(await page.locator(".tabs button.current").innerText()).toBe("Thôn - TDP");
  });

  it("fixes the cell in the view, and the next check is clean of that error", async () => {
    await page.locator("#cell-input").fill("250");
    await page.locator("#edit button").click();
    await expect.poll(() => page.locator("td.sel").innerText()).toBe("250");
    await sidebar.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
    await expect.poll(message).toContain("Tìm thấy");
    expect(await sidebar.locator(".finding", { hasText: "hai trăm" }).count()).toBe(0);
  });

  it("runs the commune's jobs and redraws the view after each", async () => {
    // the sample's other entry errors are still there: colouring is refused, with the list
    await sidebar.locator('button[data-job="highlight"]').click();
    await expect.poll(message).toContain("Chưa làm được vì số liệu còn");
    expect(await sidebar.locator(".findings .muted").first().innerText()).toBe(
      "Kết quả của: Tô màu lại theo mục tiêu",
    );
    // and so is closing 2026
    await sidebar.locator('button[data-job="close"]').click();
    await expect.poll(message).toContain("Chưa làm được vì số liệu năm 2026");
    expect(await sidebar.locator(".findings .muted").first().innerText()).toBe(
      "Kết quả của: Chốt số liệu năm 2026",
    );
    // 2025 is clean: it closes and reopens
    await sidebar.locator("#year").selectOption("2025");
    const before = await version();
    await sidebar.locator('button[data-job="close"]').click();
    await expect.poll(message).toContain("Đã chốt số liệu năm 2025");
    await expect.poll(version).not.toBe(before);
    await sidebar.locator('button[data-job="reopen"]').click();
    await sidebar.getByRole("button", { name: "Đồng ý" }).click();
    await expect.poll(message).toContain("Đã mở lại số liệu năm 2025");
    await sidebar.locator('button[data-job="summary"]').click();
    await expect.poll(message).toContain("Đã tạo tab “Tổng hợp xã 2025”.");
  });

  it("switches to the province: the sidebar follows, gathering and the summary work", async () => {
    await page.locator("#book").selectOption({ label: "Mô hình học tập — Tỉnh Mẫu" });
    await expect.poll(() => sidebar.locator("h1").textContent()).toBe("Tỉnh Mẫu");
    await sidebar.locator('button[data-job="gather"]').click();
    await expect.poll(message).toContain("Đã thu thập");
    await sidebar.getByRole("button", { name: "Mở tab “Tình trạng thu thập 2026”" }).click();
    await expect
      .poll(() => page.locator(".tabs button.current").innerText())
      .toBe("Tình trạng thu thập 2026");
    await sidebar.locator('button[data-job="summary"]').click();
    await expect.poll(message).toContain("Đã tạo tab “Tổng hợp tỉnh 2026”.");
    await sidebar.getByRole("button", { name: "Mở tab “Tổng hợp tỉnh 2026”" }).click();
    await expect
      .poll(() => page.locator(".tabs button.current").innerText())
      .toBe("Tổng hợp tỉnh 2026");
    expect(await page.locator(".chart svg rect").count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });
});
