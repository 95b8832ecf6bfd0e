// The printed yearly report in the preview, as an officer gets it: made from the sidebar, opened,
// then printed to PDF at A4 from the preview's print view (the tab as Sheets' File → Download → PDF
// lays it out). The PDF's pages and text are read back with unpdf.

import type { Browser, FrameLocator, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE } from "../../scripts/preview/print";
import { type Preview, startPreview } from "../../scripts/preview/server";
import { INDICATORS } from "../../src/core/model/indicators";
import { PRESET_NAMES } from "../../src/core/model/roadmaps";
import { OWN_ROADMAP } from "../../src/core/model/schema";
import { launch } from "./browser";

const TIMEOUT = 90_000;
/** A4 in PDF points (1/72 in): 210 × 297 mm. */
const A4_POINTS = [595.28, 841.89];

let preview: Preview;
let browser: Browser;

beforeAll(async () => {
  [preview, browser] = await Promise.all([startPreview({ port: 0 }), launch()]);
}, TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

interface Printed {
  readonly pages: number;
  readonly size: number[];
  readonly text: string;
  /** Cells whose text does not fit (clipped), and the widest table, in CSS pixels. */
  readonly clipped: string[];
  readonly tableWidth: number;
}

/** Opens the print view of a tab of the active workbook and prints it to PDF. */
async function print(url: string): Promise<Printed> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    const { clipped, tableWidth } = await page.evaluate(() => ({
      clipped: Array.from(document.querySelectorAll("td"))
        .filter((td) => td.scrollWidth > td.clientWidth + 1)
        .map((td) => `${td.dataset.a1}: ${td.textContent}`),
      tableWidth: Math.max(...Array.from(document.querySelectorAll("table"), (t) => t.offsetWidth)),
    }));
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(doc, { mergePages: true });
    const first = await doc.getPage(1);
    return { pages: totalPages, size: first.view.slice(2), text, clipped, tableWidth };
  } finally {
    await page.close();
  }
}

/** Ids, preset codes and the "own roadmap" code: none may reach paper. */
const CODES = new RegExp(
  `\\b(${[...INDICATORS.filter((i) => i.id !== i.short).map((i) => i.id), ...PRESET_NAMES, OWN_ROADMAP].join("|")})\\b`,
  "u",
);

function expectOfficialPage(p: Printed, body: string, place: string, year: number): void {
  expect(p.clipped).toEqual([]);
  expect(p.tableWidth).toBeLessThanOrEqual(PAGE.widthPx);
  expect(p.pages).toBe(1);
  expect(p.size[0]).toBeCloseTo(A4_POINTS[0] as number, 0);
  expect(p.size[1]).toBeCloseTo(A4_POINTS[1] as number, 0);
  for (const line of [
    "HỘI KHUYẾN HỌC",
    body,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    `${place}, ngày`,
    "BIỂU BÁO CÁO KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP",
    `NĂM ${year}`,
    "Tỷ lệ trên tổng số",
    "Gia đình học tập (hộ)",
    "Dòng họ học tập (dòng họ)",
    "Cộng đồng học tập (thôn/TDP)",
    "Đơn vị học tập (đơn vị)",
    "Công dân học tập theo nhóm đối tượng",
    "Bảng tính chưa có số liệu chấm điểm năm",
    "Tỷ lệ được cắt, không làm tròn, đến 0,1%",
    "NGƯỜI LẬP BIỂU",
    "CHỦ TỊCH",
  ])
    expect(p.text).toContain(line);
  expect(p.text).not.toMatch(CODES);
}

/** "71,9%": what the sheet shows in a cell of the row labelled `label`. */
function shown(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: string, label: string): string[] {
  const range = ss.getSheetByName(tab)?.getDataRange();
  const row = range?.getValues().findIndex((r) => r[1] === label) ?? -1;
  return range?.getDisplayValues()[row] ?? [];
}

describe("the yearly report printed from the preview", { timeout: TIMEOUT }, () => {
  let page: Page;
  let sidebar: FrameLocator;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(preview.url);
    sidebar = page.frameLocator("#sidebar");
  }, TIMEOUT);
  afterAll(async () => {
    await page?.close();
  });

  it("is made from the sidebar, opened in the view, and prints on one A4 page", async () => {
    await expect.poll(() => sidebar.locator("h1").textContent()).toBe("Xã Quảng Thạch");
    await sidebar.locator("#year").selectOption("2025");
    await sidebar.getByRole("button", { name: "Tạo biểu báo cáo năm 2025" }).click();
    await expect
      .poll(() => sidebar.locator("#message").innerText())
      .toMatch(/^Đã tạo tab .Biểu báo cáo năm 2025.\. Để in: Tệp → Tải xuống → PDF/u);
    await sidebar.getByRole("button", { name: "Mở tab “Biểu báo cáo năm 2025”" }).click();
    await expect
      .poll(() => page.locator(".tabs button.current").innerText())
      .toBe("Biểu báo cáo năm 2025");
    const link = page.getByRole("link", { name: "Xem bản in A4 của tab này" });
    const printed = await print(new URL((await link.getAttribute("href")) ?? "", preview.url).href);
    expectOfficialPage(printed, "XÃ QUẢNG THẠCH", "Quảng Thạch", 2025);
    // the figures on paper are the tab's, rates cut to 0,1%
    const gdht = shown(preview.workbooks.commune, "Biểu báo cáo năm 2025", "Gia đình học tập (hộ)");
    expect(gdht[5]).toMatch(/^\d{1,3},\d%$/u);
    for (const figure of gdht.slice(2, 9)) expect(printed.text).toContain(figure);
  });

  it("prints the province's report on one A4 page too", async () => {
    await page.locator("#book").selectOption({ label: "Mô hình học tập — Tỉnh Mẫu" });
    await expect.poll(() => sidebar.locator("h1").textContent()).toBe("Tỉnh Mẫu");
    const url = new URL(`/print?sheet=${encodeURIComponent("Biểu báo cáo năm 2026")}`, preview.url);
    const printed = await print(url.href);
    expectOfficialPage(printed, "TỈNH MẪU", "Mẫu", 2026);
    const gdht = shown(
      preview.workbooks.province,
      "Biểu báo cáo năm 2026",
      "Gia đình học tập (hộ)",
    );
    for (const figure of gdht.slice(2, 9)) expect(printed.text).toContain(figure);
  });
});

describe("the preview's print view", { timeout: TIMEOUT }, () => {
  const get = async (path: string) => {
    const response = await fetch(new URL(path, preview.url));
    return { status: response.status, text: await response.text() };
  };

  it("shows any tab as text, never as markup, and refuses a tab that does not exist", async () => {
    const ss = preview.workbooks.commune;
    await fetch(new URL("/api/workbook", preview.url), {
      method: "POST",
      body: JSON.stringify({ id: ss.getId() }),
    });
    ss.getSheetByName("Thôn - TDP")?.getRange("C30").setValue("<img src=x onerror=alert(1)>");
    const view = await get(`/print?sheet=${encodeURIComponent("Thôn - TDP")}`);
    expect(view.status).toBe(200);
    expect(view.text).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(view.text).not.toContain("<img");
    expect((await get("/print?sheet=Kh%C3%B4ng%20c%C3%B3")).status).toBe(404);
  });
});
