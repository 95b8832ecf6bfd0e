// The custom functions' behaviour, as one set of cases run against each implementation: src
// (custom.more.test.ts, also where dist/ is absent, as in mutation runs) and the built bundles.

import fc from "fast-check";
import { describe, expect, it } from "vitest";

type Fn = (...args: unknown[]) => unknown;

/** Calls a custom function the way Sheets does and returns the #ERROR! message. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected the function to throw");
}

export function customFunctionCases(functions: Record<string, Fn>): void {
  const {
    TILE_GDHT,
    TILE_DHHT,
    TILE_CONGDONG,
    TILE_DVHT,
    TILE_CONGDAN,
    TILE,
    MUCTIEU,
    CANTHEM,
    DANHGIA,
    DAT_TIEUCHI,
  } = functions;

  const col = (...xs: unknown[]) => xs.map((x) => [x]);

  describe("TILE_* with counts", () => {
    it("every rate function returns Σrecognised / Σtotal", () => {
      for (const f of [TILE_GDHT, TILE_DHHT, TILE_CONGDONG, TILE_DVHT, TILE_CONGDAN, TILE]) {
        expect(f?.(130, 200)).toBe(0.65);
        expect(f?.(col(10, 20, 30), col(20, 40, 40))).toBe(0.6);
      }
    });
    it("takes vi_VN text numbers and skips blank rows", () => {
      expect(TILE_GDHT?.(col("1.200", "", 300), col("2.000", "", " 1.000 "))).toBe(0.5);
    });
    it("refuses two ranges of different shapes, naming both shapes", () => {
      // a row against a column
      expect(errorOf(() => TILE?.([[10, 20]], col(50, 50)))).toBe(
        "TILE: vùng so_cong_nhan (1 hàng × 2 cột) và vùng tong_so (2 hàng × 1 cột) khác kích thước — cần cùng kích thước, hoặc một số cho tổng số.",
      );
      // 3 cells against 2, and the same number of cells in another shape
      expect(errorOf(() => TILE_GDHT?.(col(1, 2, 3), col(5, 5)))).toContain(
        "so_cong_nhan (3 hàng × 1 cột) và vùng tong_so (2 hàng × 1 cột)",
      );
      const square = [
        [1, 1],
        [1, 1],
      ];
      expect(errorOf(() => TILE?.(square, col(5, 5, 5, 5)))).toContain(
        "(2 hàng × 2 cột) và vùng tong_so (4 hàng × 1 cột)",
      );
      for (const fn of [
        () => CANTHEM?.(col(1, 2, 3), [[5, 5, 5]], 0.5),
        () => DANHGIA?.(col(1, 2), col(5, 5, 5), 0.5),
      ])
        expect(errorOf(fn)).toContain("khác kích thước");
    });
    it("sums a range against a single number: villages against one commune total", () => {
      expect(TILE_CONGDAN?.(col(10, 20, 30), 120)).toBe(0.5);
      expect(TILE?.(col(10, 20), [[60]])).toBe(0.5);
      expect(TILE?.(15, col(10, 20))).toBe(0.5);
    });
    it("two ranges of different shapes always fail naming both; equal shapes never fail on shape", () => {
      const grid = (rows: number, cols: number, v: number) =>
        Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 1, max: 6 }),
          (r1, c1, r2, c2) => {
            const call = () => TILE?.(grid(r1, c1, 1), grid(r2, c2, 2));
            if ((r1 === r2 && c1 === c2) || r1 * c1 === 1 || r2 * c2 === 1) {
              try {
                call();
              } catch (e) {
                // a single number against a range may still exceed it, never a shape error
                return !(e as Error).message.includes("khác kích thước");
              }
              return true;
            }
            const m = errorOf(call);
            return m.includes(`(${r1} hàng × ${c1} cột)`) && m.includes(`(${r2} hàng × ${c2} cột)`);
          },
        ),
        { numRuns: 60 },
      );
    });
    it("names the cell of a bad count and what is expected", () => {
      const m = errorOf(() => TILE_GDHT?.(col(10, "abc", 5), col(20, 20, 20)));
      expect(m).toContain("TILE_GDHT");
      expect(m).toContain("so_cong_nhan, hàng 2 cột 1");
      expect(m).toContain("“abc” không phải là số");
      expect(m).toContain("cần một số nguyên từ 0 trở lên");
    });
    it.each([
      [-5, "là số âm"],
      [2.5, "không phải là số nguyên"],
      [true, "đúng/sai"],
      ["70%", "phần trăm"],
      [0.7, "không phải là số nguyên"],
    ])("refuses %s as a count", (bad, fragment) => {
      expect(errorOf(() => TILE_DVHT?.(bad, 10))).toContain(fragment);
      expect(errorOf(() => TILE_DVHT?.(5, bad))).toContain("tong_so");
    });
    it("checks recognised ≤ total pair by pair when shapes match", () => {
      const m = errorOf(() => TILE_DHHT?.(col(5, 12), col(10, 10)));
      expect(m).toContain("hàng 2 cột 1");
      expect(m).toContain("số công nhận 12 lớn hơn tổng số 10");
    });
    it("refuses a recognised count whose total is blank", () => {
      expect(errorOf(() => TILE_GDHT?.(col(5, 3), col(10, "")))).toContain(
        "ô tổng số tương ứng đang trống",
      );
    });
    it("refuses a recognised sum above the total sum and a total of 0", () => {
      expect(errorOf(() => TILE?.([[30, 30]], col(50)))).toContain(
        "tổng số công nhận 60 lớn hơn tổng số 50",
      );
      expect(errorOf(() => TILE?.(0, 0))).toContain("tổng số bằng 0");
      expect(errorOf(() => TILE?.(col("", ""), col("", "")))).toContain("tổng số bằng 0");
    });
    it("names a scalar argument without a position", () => {
      expect(errorOf(() => TILE?.("x", 10))).toMatch(/^TILE: đối số so_cong_nhan: “x”/);
    });
    it("never returns outside [0, 1] and never NaN", () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(1000), fc.nat(1000)), { minLength: 1, maxLength: 20 }),
          (pairs) => {
            const r = pairs.map(([a, b]) => [Math.min(a, b)]);
            const t = pairs.map(([a, b]) => [Math.max(a, b)]);
            if (t.every(([x]) => x === 0)) return true;
            const v = TILE?.(r, t) as number;
            return v >= 0 && v <= 1;
          },
        ),
      );
    });
  });

  describe("TILE_* with one range of per-item results", () => {
    it("returns the share recognised; blanks skipped", () => {
      expect(TILE_GDHT?.(col("đạt", "chưa đạt", "", "x", "Không"))).toBe(0.5);
      expect(TILE_CONGDONG?.(col(true, false, true, true))).toBe(0.75);
      expect(TILE_CONGDAN?.(col(1, 0, "CÓ", "ĐẠT".normalize("NFD")))).toBe(0.75);
    });
    it("throws on an unknown mark, with its position", () => {
      const m = errorOf(() => TILE_GDHT?.(col("đạt", "tốt")));
      expect(m).toContain("hàng 2 cột 1");
      expect(m).toContain("“tốt” không phải là đánh giá đạt/chưa đạt");
    });
    it("throws when nothing is left to count", () => {
      expect(errorOf(() => TILE_GDHT?.(col("", " ")))).toContain("toàn ô trống");
    });
  });

  describe("MUCTIEU", () => {
    it("reads presets, case-insensitively, QUOCGIA by default", () => {
      expect(MUCTIEU?.("GDHT", 2025)).toBe(0.7);
      expect(MUCTIEU?.("gdht", "2030", "quocgia")).toBe(0.8);
      expect(MUCTIEU?.("GĐHT", 2026, "")).toBe(0.72);
    });
    it("reads CĐHT and CONGDONG as the community; a bare CDHT names both choices", () => {
      expect(MUCTIEU?.("CĐHT", 2025)).toBe(0.65);
      expect(MUCTIEU?.("congdong", 2030)).toBe(0.75);
      for (const bare of ["CDHT", " cdht "])
        expect(() => MUCTIEU?.(bare, 2025)).toThrow(
          /“CDHT” chưa rõ.*CĐHT.*CONGDONG.*Công dân học tập.*CONGDAN_LD/u,
        );
      expect(MUCTIEU?.("DVHT", 2027, "HAIHAU")).toBe(0.82);
    });
    it("reads a roadmap table from a range", () => {
      const table = [
        ["Năm", "GDHT", "DHHT"],
        [2026, "75%", 0.6],
        [2027, 0.8, ""],
      ];
      expect(MUCTIEU?.("DHHT", 2026, table)).toBe(0.6);
      expect(errorOf(() => MUCTIEU?.("DHHT", 2027, table))).toContain(
        "không có mục tiêu DHHT cho năm 2027",
      );
      expect(
        errorOf(() =>
          MUCTIEU?.("GDHT", 2026, [
            ["Năm", "GDHT"],
            [2026, 75],
          ]),
        ),
      ).toContain("hàng 2 cột 2");
    });
    it("throws for an unknown indicator, roadmap or year without target", () => {
      expect(errorOf(() => MUCTIEU?.("ABC", 2025))).toContain("không có chỉ tiêu");
      expect(errorOf(() => MUCTIEU?.("GDHT", 2025, "HANOI"))).toContain("không có lộ trình");
      expect(errorOf(() => MUCTIEU?.("GDHT", 2021))).toContain("năm 2021");
      expect(errorOf(() => MUCTIEU?.("GDHT", "sau"))).toContain("năm hợp lệ");
    });
  });

  describe("CANTHEM and DANHGIA", () => {
    it("counts what is still needed, 0 when met", () => {
      expect(CANTHEM?.(130, 200, 0.7)).toBe(10);
      expect(CANTHEM?.(130, 200, "70%")).toBe(10);
      expect(CANTHEM?.(150, 200, "70%")).toBe(0);
      expect(CANTHEM?.(col(50, 80), col(100, 100), 0.55)).toBe(0);
      expect(CANTHEM?.(54, 100, 0.55)).toBe(1);
    });
    it("judges with counts on integers and with a rate", () => {
      expect(DANHGIA?.(55, 100, 0.55)).toBe("Đạt");
      expect(DANHGIA?.(54, 100, "55%")).toBe("Chưa đạt");
      expect(DANHGIA?.(0.65, "65%")).toBe("Đạt");
      expect(DANHGIA?.(130 / 200, 0.65)).toBe("Đạt");
      expect(DANHGIA?.(0.6499, 0.65)).toBe("Chưa đạt");
    });
    it("refuses a bad target or a missing argument", () => {
      expect(errorOf(() => CANTHEM?.(1, 2, "cao"))).toContain("muc_tieu");
      expect(errorOf(() => CANTHEM?.(1, 2, ""))).toContain("thiếu đối số muc_tieu");
      expect(errorOf(() => DANHGIA?.(0.5))).toContain("cần 2 đối số");
      expect(errorOf(() => DANHGIA?.(1.5, 0.5))).toContain("lớn hơn 100%");
    });
    it("CANTHEM agrees with DANHGIA", () => {
      fc.assert(
        fc.property(fc.nat(500), fc.nat(500), fc.integer({ min: 0, max: 1000 }), (a, b, p) => {
          const [r, t] = [Math.min(a, b), Math.max(a, b)];
          if (t === 0) return true;
          const needed = CANTHEM?.(r, t, p / 1000);
          return (needed === 0) === (DANHGIA?.(r, t, p / 1000) === "Đạt");
        }),
      );
    });
  });

  describe("DAT_TIEUCHI", () => {
    const row = (...xs: unknown[]) => [xs];
    const tens = (n: number) => Array(10).fill(n);
    const family = [
      [
        "Mô hình",
        "Đối tượng",
        "Loại dòng",
        "Nhóm tiêu chí",
        "Mã",
        "Nội dung",
        "Điểm",
        "Ghi chú, nguồn",
      ],
      ["Gia đình học tập", "", "Tổng điểm tối đa", "", "", "", 100, ""],
      ["Gia đình học tập", "", "Đạt khi tổng điểm từ", "", "", "", 75, ""],
      ["Gia đình học tập", "", "Tiêu chí", "1", "1", "Trẻ em", 30, ""],
      ["Gia đình học tập", "", "Tiêu chí", "2", "2", "Người lớn", 30, ""],
      ["Gia đình học tập", "", "Tiêu chí", "3", "3", "Điều kiện", 20, ""],
      ["Gia đình học tập", "", "Tiêu chí", "4", "4", "Hiệu quả", 20, ""],
    ];

    it("scores one citizen against the preset: 80 points and no indicator below 5", () => {
      expect(DAT_TIEUCHI?.(row(...tens(8)), "CONGDAN")).toBe("Đạt");
      expect(
        DAT_TIEUCHI?.(
          tens(8).map((x) => [x]),
          "congdan",
        ),
      ).toBe("Đạt");
      expect(DAT_TIEUCHI?.(row(...tens(9).slice(1), 4), "CONGDAN")).toBe("Chưa đạt");
      expect(DAT_TIEUCHI?.(row(...tens(7).slice(1), "7,5"), "CONGDAN")).toBe("Chưa đạt");
    });

    it("scores against rows of the Bộ tiêu chí tab, with or without the header row", () => {
      expect(DAT_TIEUCHI?.(row(25, 25, 15, 10), family)).toBe("Đạt");
      expect(DAT_TIEUCHI?.(row(25, 25, 15, 9), family.slice(1))).toBe("Chưa đạt");
    });

    it("names the bad value in Vietnamese", () => {
      expect(errorOf(() => DAT_TIEUCHI?.(row(...tens(8).slice(1)), "CONGDAN"))).toBe(
        "DAT_TIEUCHI: có 9 điểm, bộ tiêu chí có 10 tiêu chí (1, 2, 3, 4, 5, 6, 7, 8, 9, 10) — cần đúng 10 điểm theo thứ tự đó.",
      );
      expect(errorOf(() => DAT_TIEUCHI?.(row(...tens(8).slice(1), 12), "CONGDAN"))).toBe(
        "DAT_TIEUCHI: đối số diem, hàng 1 cột 10 của vùng: 12 lớn hơn điểm tối đa 10 của tiêu chí 10.",
      );
      expect(errorOf(() => DAT_TIEUCHI?.(row(...tens(8).slice(1), "tám"), "CONGDAN"))).toContain(
        "đối số diem, hàng 1 cột 10 của vùng: “tám” không phải là số",
      );
      expect(errorOf(() => DAT_TIEUCHI?.(row(...tens(8)), "LANGVANHOA"))).toContain(
        "không có bộ tiêu chí “LANGVANHOA” — dùng GDHT, DHHT, CONGDONG, DVHT, CONGDAN",
      );
      expect(errorOf(() => DAT_TIEUCHI?.([tens(8), tens(8)], "CONGDAN"))).toContain(
        "vùng 2 hàng × 10 cột",
      );
    });

    it("says what the family preset still lacks instead of guessing it", () => {
      expect(errorOf(() => DAT_TIEUCHI?.(row(10, 10, 10, 10, 20, 20, 20), "GDHT"))).toContain(
        "còn thiếu: điểm tối đa tiêu chí 3; điểm tối đa tiêu chí 4; điểm đạt —",
      );
      const bad = family.map((r, i) => (i === 3 ? [...r.slice(0, 6), "ba mươi", ""] : r));
      expect(errorOf(() => DAT_TIEUCHI?.(row(25, 25, 15, 10), bad))).toContain(
        "“ba mươi” không phải là số",
      );
    });
  });
}
