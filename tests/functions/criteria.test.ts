// DAT_TIEUCHI straight from src (custom.test.ts also runs the built bundle).

import { describe, expect, it } from "vitest";
import { meetsCriteria } from "../../src/functions/criteria";
import { errorOf } from "./custom.cases";

const HEADER = [
  "Mô hình",
  "Đối tượng",
  "Loại dòng",
  "Nhóm tiêu chí",
  "Mã",
  "Nội dung",
  "Điểm",
  "Ghi chú, nguồn",
];
const M = "Gia đình học tập";
const line = (kind: string, points: number | string, code = "", form = "", model = M) => [
  model,
  form,
  kind,
  "",
  code,
  code ? `Tiêu chí ${code}` : "",
  points,
  "",
];
/** A family set: two items of 50, pass 60. */
const family = [
  HEADER,
  line("Tổng điểm tối đa", 100),
  line("Đạt khi tổng điểm từ", 60),
  line("Tiêu chí", 50, "1"),
  line("Tiêu chí", 50, "2"),
];
const row = (...xs: unknown[]) => [xs];

describe("DAT_TIEUCHI: the set argument", () => {
  it("a blank or missing set names the argument and what it should be", () => {
    const missing =
      "DAT_TIEUCHI: thiếu đối số bo_tieu_chi — cần tên bộ tiêu chí mẫu, ví dụ “CONGDAN”, hoặc vùng dòng của một mô hình trong tab Bộ tiêu chí.";
    for (const blank of [undefined, "", "  ", null])
      expect(errorOf(() => meetsCriteria(row(50, 50), blank))).toBe(missing);
  });
  it("a bare CDHT or a number is no set name", () => {
    expect(errorOf(() => meetsCriteria(row(8), "CDHT"))).toBe(
      "DAT_TIEUCHI: không có bộ tiêu chí “CDHT” — dùng GDHT, DHHT, CONGDONG, DVHT, CONGDAN hoặc vùng trong tab Bộ tiêu chí.",
    );
    expect(errorOf(() => meetsCriteria(row(8), 5))).toContain("không có bộ tiêu chí 5 —");
    expect(errorOf(() => meetsCriteria(row(8), "Làng"))).toContain("không có bộ tiêu chí “Làng”");
  });
  it("an empty range has no model in it", () => {
    expect(errorOf(() => meetsCriteria(row(8), []))).toBe(
      "DAT_TIEUCHI: vùng có 0 mô hình — cần các dòng của đúng một mô hình.",
    );
  });
  it("rows of two models are refused, naming how many", () => {
    const D = "Dòng họ học tập";
    const two = [
      ...family,
      line("Tổng điểm tối đa", 10, "", "", D),
      line("Đạt khi tổng điểm từ", 5, "", "", D),
      line("Tiêu chí", 10, "1", "", D),
    ];
    expect(errorOf(() => meetsCriteria(row(50, 50), two))).toBe(
      "DAT_TIEUCHI: vùng có 2 mô hình — cần các dòng của đúng một mô hình.",
    );
  });
  it("a range whose header lacks a column names the missing column", () => {
    const noPoints = family.map((r) => r.slice(0, 6));
    expect(errorOf(() => meetsCriteria(row(50, 50), noPoints))).toBe(
      "DAT_TIEUCHI: bộ tiêu chí: Tab “” thiếu cột “Điểm” — hãy bấm “Tạo hoặc bổ sung mẫu” để thêm cột, hoặc sửa lại tiêu đề cột cho đúng.",
    );
  });
  it("a flat list is read as a column of rows, like a one-column range", () => {
    const flat = errorOf(() => meetsCriteria(row(8), ["Gia đình học tập", "Tiêu chí"]));
    const column = errorOf(() => meetsCriteria(row(8), [["Gia đình học tập"], ["Tiêu chí"]]));
    expect(flat).toBe(column);
  });
  it("two forms with different rules are refused; with the same rules they score", () => {
    const forms = (pass2: number) => [
      HEADER,
      line("Đối tượng (mẫu phiếu)", "", "", "Hộ A"),
      line("Đối tượng (mẫu phiếu)", "", "", "Hộ B"),
      line("Tổng điểm tối đa", 100),
      line("Đạt khi tổng điểm từ", 60, "", "Hộ A"),
      line("Đạt khi tổng điểm từ", pass2, "", "Hộ B"),
      line("Tiêu chí", 50, "1"),
      line("Tiêu chí", 50, "2"),
    ];
    expect(errorOf(() => meetsCriteria(row(30, 30), forms(70)))).toBe(
      "DAT_TIEUCHI: các đối tượng có quy tắc khác nhau — chọn các dòng của một đối tượng.",
    );
    expect(meetsCriteria(row(30, 30), forms(60))).toBe("Đạt");
  });
});

describe("DAT_TIEUCHI: the points", () => {
  it("full marks on every item are allowed", () => {
    expect(meetsCriteria(row(50, 50), family)).toBe("Đạt");
    expect(meetsCriteria(row(10, 50), family)).toBe("Đạt");
    expect(meetsCriteria(row(10, 49.5), family)).toBe("Chưa đạt");
  });
  it("a blank point names the item and asks for 0", () => {
    expect(errorOf(() => meetsCriteria(row(50, ""), family))).toBe(
      "DAT_TIEUCHI: đối số diem, hàng 1 cột 2 của vùng: thiếu điểm tiêu chí 2 — ghi 0 nếu không được điểm.",
    );
  });
  it("a point above the item's maximum is refused", () => {
    expect(errorOf(() => meetsCriteria(row(50, "50,5"), family))).toBe(
      "DAT_TIEUCHI: đối số diem, hàng 1 cột 2 của vùng: 50,5 lớn hơn điểm tối đa 50 của tiêu chí 2.",
    );
  });
});
