// The custom functions straight from src: the shared cases, then whole messages. custom.test.ts
// needs the built bundle (dist/), which the mutation run does not have.

import { describe, expect, it } from "vitest";
import { CUSTOM_FUNCTIONS } from "../../src/functions/custom";
import { customFunctionCases, errorOf } from "./custom.cases";

describe("custom functions of src/functions/custom.ts", () =>
  customFunctionCases(CUSTOM_FUNCTIONS as Record<string, (...args: unknown[]) => unknown>));

const { TILE_GDHT, MUCTIEU, CANTHEM, DANHGIA } = CUSTOM_FUNCTIONS;
const col = (...xs: unknown[]) => xs.map((x) => [x]);
const RATE = "cần một tỷ lệ từ 0% đến 100%, ví dụ 85% hoặc 0,85";
const COUNT = "cần một số nguyên từ 0 trở lên, ví dụ 120 hoặc 1.234";

describe("TILE_* with one range of marks", () => {
  it("names the argument and the cell of an unknown mark", () => {
    expect(errorOf(() => TILE_GDHT(col("đạt", "tốt")))).toBe(
      "TILE_GDHT: đối số so_cong_nhan, hàng 2 cột 1 của vùng: “tốt” không phải là đánh giá đạt/chưa đạt — cần một trong các giá trị: TRUE/FALSE, 1/0, x, đạt/chưa đạt, có/không.",
    );
  });
});

describe("MUCTIEU", () => {
  it("names a missing or bad year", () => {
    expect(errorOf(() => MUCTIEU("GDHT", undefined))).toBe(
      "MUCTIEU: thiếu đối số nam — cần một năm có 4 chữ số, từ 2000 đến 2100.",
    );
    expect(errorOf(() => MUCTIEU("GDHT", "sau"))).toBe(
      "MUCTIEU: đối số nam: “sau” không phải là năm hợp lệ — cần một năm có 4 chữ số, từ 2000 đến 2100.",
    );
  });
  it("uses the national roadmap when the roadmap is left out or blank", () => {
    for (const none of [undefined, "", " "]) expect(MUCTIEU("GDHT", 2025, none)).toBe(0.7);
  });
  it("names the roadmap and the year without a target", () => {
    expect(errorOf(() => MUCTIEU("GDHT", 2021))).toBe(
      "MUCTIEU: lộ trình QUOCGIA không có mục tiêu GĐHT cho năm 2021 — hãy bổ sung vào bảng lộ trình hoặc chọn năm khác.",
    );
  });
});

describe("CANTHEM", () => {
  it("names which argument holds the bad count", () => {
    expect(errorOf(() => CANTHEM(col(1, "x"), col(2, 2), 0.5))).toBe(
      `CANTHEM: đối số so_cong_nhan, hàng 2 cột 1 của vùng: “x” không phải là số — ${COUNT}.`,
    );
    expect(errorOf(() => CANTHEM(col(1, 1), col(2, "y"), 0.5))).toBe(
      `CANTHEM: đối số tong_so, hàng 2 cột 1 của vùng: “y” không phải là số — ${COUNT}.`,
    );
  });
  it("names a missing or bad target", () => {
    expect(errorOf(() => CANTHEM(1, 2, ""))).toBe(`CANTHEM: thiếu đối số muc_tieu — ${RATE}.`);
    expect(errorOf(() => CANTHEM(1, 2, undefined))).toBe(
      `CANTHEM: thiếu đối số muc_tieu — ${RATE}.`,
    );
    expect(errorOf(() => CANTHEM(1, 2, "cao"))).toBe(
      `CANTHEM: đối số muc_tieu: “cao” không phải là tỷ lệ — ${RATE}.`,
    );
  });
});

describe("DANHGIA", () => {
  it("asks for 2 or 3 arguments when one is missing", () => {
    const m =
      "DANHGIA: cần 2 đối số (tỷ lệ; mục tiêu) hoặc 3 đối số (số công nhận; tổng số; mục tiêu).";
    expect(errorOf(() => DANHGIA(0.5, undefined))).toBe(m);
    expect(errorOf(() => DANHGIA(undefined, 0.5))).toBe(m);
  });
  it("names a bad rate and a missing target", () => {
    expect(errorOf(() => DANHGIA("cao", 0.5))).toBe(
      `DANHGIA: đối số thứ nhất (tỷ lệ): “cao” không phải là tỷ lệ — ${RATE}.`,
    );
    expect(errorOf(() => DANHGIA(0.5, ""))).toBe(`DANHGIA: thiếu đối số muc_tieu — ${RATE}.`);
  });
  it("a rate a hair below the target from float noise still meets it", () => {
    expect(DANHGIA(0.65 - 1e-9, 0.65)).toBe("Đạt");
    expect(DANHGIA(0.65 - 1e-8, 0.65)).toBe("Chưa đạt");
  });
  it("names the count arguments by their two-way names", () => {
    expect(errorOf(() => DANHGIA(col(1, "x"), col(2, 2), 0.5))).toContain(
      "DANHGIA: đối số so_cong_nhan_hoac_ty_le, hàng 2 cột 1 của vùng:",
    );
    expect(errorOf(() => DANHGIA(col(1, 1), col(2, "y"), 0.5))).toContain(
      "DANHGIA: đối số tong_so_hoac_muc_tieu, hàng 2 cột 1 của vùng:",
    );
    expect(DANHGIA(col(1, 1), col(2, 2), "50%")).toBe("Đạt");
  });
});
