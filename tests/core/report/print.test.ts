import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMAT } from "../../../src/core/model/formats";
import { GUIDANCE } from "../../../src/core/model/guidance";
import {
  A4_WIDTH,
  breakLines,
  fill,
  fitColumns,
  nationalHeader,
  type PrintCell,
  placeDate,
  printPage,
  rightPart,
  signatureBlock,
  textWidth,
} from "../../../src/core/report/print";

/** Vietnam's noon of a day, as epoch milliseconds. */
const noon = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 5);

describe("text width, estimated on the wide side", () => {
  it("grows with the text, the font size and bold", () => {
    expect(textWidth("Gia đình học tập")).toBeGreaterThan(textWidth("Gia đình"));
    expect(textWidth("Gia đình", { size: 12 })).toBeGreaterThan(textWidth("Gia đình"));
    expect(textWidth("Gia đình", { bold: true })).toBeGreaterThan(textWidth("Gia đình"));
  });
  it("reads decomposed and precomposed Vietnamese the same", () => {
    expect(textWidth("Quảng Thạch".normalize("NFD"))).toBe(textWidth("Quảng Thạch"));
  });
});

describe("breaking text into lines", () => {
  it("keeps every word, in order, and every line within the width", () => {
    const words = fc.array(fc.stringMatching(/^[a-zđơưáàảãạ]{1,9}$/u), { maxLength: 40 });
    fc.assert(
      fc.property(words, fc.integer({ min: 120, max: 640 }), (ws, width) => {
        const lines = breakLines(ws.join(" "), width);
        expect(lines.join(" ")).toBe(ws.join(" "));
        for (const line of lines) expect(textWidth(line) + 8).toBeLessThanOrEqual(width);
      }),
    );
  });
});

const num = (value: number, format?: string): PrintCell => ({ value, format });

describe("column widths fitted to A4 portrait", () => {
  it("fill the printable width: numbers as wide as the widest one, the text column takes the rest", () => {
    const widths = fitColumns(
      [
        [{ value: "TT", bold: true }, { value: "1" }],
        [{ value: "Gia đình học tập (hộ)", wrap: true }],
        [{ value: "Tổng số", bold: true, wrap: true }, num(1_234_567)],
        [{ value: "Tỷ lệ", bold: true, wrap: true }, num(0.916, FORMAT.rate)],
      ],
      1,
    );
    expect(widths.reduce((s, w) => s + w, 0)).toBe(A4_WIDTH);
    expect(widths[2]).toBeGreaterThanOrEqual(textWidth("1.234.567") + 8);
    expect(widths[3]).toBeGreaterThanOrEqual(textWidth("91.6%") + 8);
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
  });

  it("never narrow a text column below its longest word", () => {
    const widths = fitColumns(
      [[num(123_456_789_012)], [{ value: "Công dân học tập (người lao động)", wrap: true }]],
      1,
      200,
    );
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth("(người") + 8);
  });

  it("stay within the page for any realistic table: counts up to 100 million, labels of words", () => {
    // Vietnamese words are syllables of at most 7 letters; 10 leaves room for codes and brackets
    const word = fc.stringMatching(/^[A-ZĐƯƠa-zđươáàảãạ()/,]{1,10}$/u);
    const label = fc.array(word, { minLength: 1, maxLength: 20 }).map((ws) => ws.join(" "));
    const count = fc.integer({ min: 0, max: 100_000_000 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(label, count, count, fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 30,
        }),
        (rows) => {
          const widths = fitColumns(
            [
              rows.map((r) => ({ value: r[0], wrap: true })),
              rows.map((r) => num(r[1])),
              rows.map((r) => num(r[2])),
              rows.map((r) => num(r[3], FORMAT.rate)),
            ],
            0,
          );
          expect(widths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(A4_WIDTH);
        },
      ),
    );
  });

  it("puts a right-hand block on the fewest last columns that hold it", () => {
    expect(rightPart([30, 200, 60, 60, 60, 60], 150)).toBe(4);
    expect(rightPart([30, 200, 60, 60, 60, 60], 60)).toBe(6);
    expect(rightPart([30, 200, 60], 1000)).toBe(2);
  });
});

describe("place and date line", () => {
  const words = GUIDANCE.print;
  it("writes the place, then the date in words, with administrative leading zeros", () => {
    expect(placeDate(words, "Xã Quảng Thạch", noon(2026, 12, 5))).toBe(
      "Quảng Thạch, ngày 05 tháng 12 năm 2026",
    );
    expect(placeDate(words, "Tỉnh Bắc Giang", noon(2027, 2, 15))).toBe(
      "Bắc Giang, ngày 15 tháng 02 năm 2027",
    );
    expect(placeDate(words, "Tỉnh Bắc Giang", noon(2027, 3, 9))).toBe(
      "Bắc Giang, ngày 09 tháng 3 năm 2027",
    );
  });
  it("uses Vietnam's date (UTC+7): 18:00 UTC on the 4th is already the 5th", () => {
    expect(placeDate(words, "Huyện Hải Hậu", Date.UTC(2026, 11, 4, 18))).toBe(
      "Hải Hậu, ngày 05 tháng 12 năm 2026",
    );
  });
  it("names the place without the kind of unit, and leaves dots when there is no name", () => {
    const place = (name: string) => placeDate(words, name, noon(2026, 1, 1)).split(",")[0];
    expect(place("Thị trấn Yên Định")).toBe("Yên Định");
    expect(place("Thành phố Hà Nội")).toBe("Hà Nội");
    expect(place("tỉnh Bắc Giang")).toBe("Bắc Giang");
    expect(place("Phường 5")).toBe("Phường 5");
    expect(place("")).toBe("……");
  });
  it("fills named blanks and leaves unknown ones", () => {
    expect(fill("năm {year}, {other}", { year: 2026 })).toBe("năm 2026, {other}");
  });
});

describe("a page with the blocks of an administrative document", () => {
  const widths = [30, 250, 60, 60, 60, 60, 60, 60];
  const page = () => printPage(widths);

  it("national header: the body on the left, country and motto on the right, then place and date", () => {
    const p = page();
    nationalHeader(
      p,
      ["Hội Khuyến học", "Xã Quảng Thạch"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
      "Quảng Thạch, ngày 05 tháng 12 năm 2026",
    );
    const out = p.build();
    const split = out.values[0]?.findIndex((v, i) => i > 0 && v !== "") ?? -1;
    expect(out.values.map((r) => r.filter(Boolean))).toEqual([
      ["HỘI KHUYẾN HỌC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["XÃ QUẢNG THẠCH", "Độc lập - Tự do - Hạnh phúc"],
      ["Quảng Thạch, ngày 05 tháng 12 năm 2026"],
    ]);
    // the right block is wide enough for the country's name in bold, and both halves are merged
    const right = widths.slice(split).reduce((s, w) => s + w, 0);
    expect(right).toBeGreaterThanOrEqual(
      textWidth("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }),
    );
    for (const row of [1, 2])
      expect(out.merges).toEqual(
        expect.arrayContaining([
          { row, column: 1, rows: 1, columns: split },
          { row, column: split + 1, rows: 1, columns: widths.length - split },
        ]),
      );
    expect(out.weights[0]?.[0]).toBe("bold");
    expect(out.styles[2]?.[split]).toBe("italic");
    expect(out.aligns[0]?.[split]).toBe("center");
  });

  it("table: bold, centred, wrapping header, cells in Sheets' own alignment, one border span", () => {
    const p = page().blank();
    p.table(["TT", "Tên"], [[{ value: "1" }, { value: 12 }]], { size: 9 });
    const out = p.build();
    expect(out.borders).toEqual([{ row: 2, column: 1, rows: 2, columns: 2 }]);
    expect(out.weights[1]?.slice(0, 2)).toEqual(["bold", "bold"]);
    expect(out.wraps[1]?.[1]).toBe(true);
    expect(out.aligns[1]?.[1]).toBe("center");
    expect(out.aligns[2]?.[1]).toBe("normal"); // Sheets puts numbers on the right, text on the left
    expect(out.formats[2]?.[1]).toBe(FORMAT.count);
    expect(out.sizes[2]?.[0]).toBe(9);
  });

  it("signature block: the two signers side by side, with room below to sign", () => {
    const p = page();
    signatureBlock(
      p,
      { titles: ["Người lập biểu"], note: "(Ký, ghi rõ họ tên)" },
      { titles: ["TM. Hội Khuyến học", "Chủ tịch"], note: "(Ký, ghi rõ họ tên, đóng dấu)" },
    );
    const out = p.build();
    expect(out.values.slice(0, 3).map((r) => r.filter(Boolean))).toEqual([
      ["NGƯỜI LẬP BIỂU", "TM. HỘI KHUYẾN HỌC"],
      ["(Ký, ghi rõ họ tên)", "CHỦ TỊCH"],
      ["(Ký, ghi rõ họ tên, đóng dấu)"],
    ]);
    expect(out.values.length).toBeGreaterThan(5);
  });

  it("builds rectangular grids of one shape, merged cells never wrapping", () => {
    const p = page();
    p.text("Một dòng chữ rất dài ".repeat(20), { wrap: true });
    p.row({ value: "a", from: 2, to: 2, wrap: true });
    const out = p.build();
    for (const grid of [out.values, out.formats, out.sizes, out.wraps, out.aligns])
      for (const row of grid) expect(row).toHaveLength(widths.length);
    for (const m of out.merges) expect(out.wraps[m.row - 1]?.[m.column - 1]).toBe(false);
    expect(out.wraps.at(-1)?.[1]).toBe(true);
  });
});

describe("text width by kind of character", () => {
  it("sets spaces narrowest, then narrow letters and signs, lower case, capitals, and m, w, %", () => {
    const order = [" ", "i", "a", "A", "m"].map((ch) => textWidth(ch.repeat(10)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(5);
    for (const narrow of ["l", "j", ".", ",", "(", "/", "-"])
      expect(textWidth(narrow.repeat(10))).toBe(textWidth("i".repeat(10)));
    for (const wide of ["w", "M", "W", "%"])
      expect(textWidth(wide.repeat(10))).toBe(textWidth("m".repeat(10)));
    expect(textWidth("Đ".repeat(10))).toBe(textWidth("A".repeat(10)));
    expect(textWidth("đ".repeat(10))).toBe(textWidth("a".repeat(10)));
  });
});

describe("breaking text at the edge", () => {
  it("keeps a line exactly as wide as the room on one line, and ignores extra spaces", () => {
    const room = textWidth("Gia đình học tập") + 8;
    expect(breakLines("Gia đình học tập", room)).toEqual(["Gia đình học tập"]);
    expect(breakLines("Gia đình học tập", room - 1)).toEqual(["Gia đình học", "tập"]);
    expect(breakLines("  Gia  đình\n", 640)).toEqual(["Gia đình"]);
  });
});

describe("column widths for text and numbers", () => {
  it("make a text column as wide as its text on one line, or its longest word when it wraps", () => {
    const words = "Tỷ lệ trên đăng ký";
    const longest = Math.max(...words.split(" ").map((w) => textWidth(w, { bold: true })));
    const widths = fitColumns(
      [
        [{ value: "Tổng số hộ" }],
        [{ value: "x" }],
        [{ value: words, bold: true, wrap: true }, num(0.5, FORMAT.rate)],
      ],
      1,
    );
    expect(widths[0]).toBe(textWidth("Tổng số hộ") + 8);
    expect(widths[2]).toBe(Math.max(longest, textWidth("100,0%")) + 8);
  });

  it("let a text column overflow the page rather than cut its longest word", () => {
    const widths = fitColumns(
      [[num(123_456_789_012)], [{ value: "Công dân học tập (người lao động)", wrap: true }]],
      1,
      100,
    );
    expect(widths[1]).toBe(textWidth("(người") + 8);
  });

  it("never give the left block less than the first column", () => {
    expect(rightPart([30, 200, 60], 280)).toBe(2);
  });
});

describe("page layout details", () => {
  const widths = [30, 250, 60, 60, 60, 60, 60, 60];

  it("measures any run of columns", () => {
    const p = printPage(widths);
    expect(p.span(2, 3)).toBe(310);
    expect(p.span(3)).toBe(360);
    expect(p.span(1)).toBe(640);
  });

  it("writes empty cells around a block as blank text in plain style", () => {
    const out = printPage(widths).row({ value: "a", from: 2, to: 2 }).build();
    expect(out.values[0]).toEqual(["", "a", "", "", "", "", "", ""]);
    expect(out.formats[0]?.slice(0, 2)).toEqual([FORMAT.text, FORMAT.text]);
    expect(out.weights[0]?.[1]).toBe("normal");
    expect(out.styles[0]?.[1]).toBe("normal");
    expect(out.wraps[0]?.[1]).toBe(false);
  });

  it("fits the header's right block to the country's name in bold, on the fewest columns", () => {
    // narrow columns, so a few pixels more or less change the split
    const narrow = [30, 200, ...Array(44).fill(10)];
    const p = printPage(narrow);
    const nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    nationalHeader(p, ["Hội Khuyến học"], [nation, "Độc lập - Tự do - Hạnh phúc"], "Ngày");
    const out = p.build();
    const right = out.merges.find((m) => m.row === 1 && m.column > 1);
    const width = p.span(right?.column ?? 0);
    const need = textWidth(nation, { bold: true }) + 8;
    expect(width).toBeGreaterThanOrEqual(need);
    expect(width - 10).toBeLessThan(need);
    expect(out.aligns[0]?.[0]).toBe("center");
    expect(out.weights[1]?.[(right?.column ?? 0) - 1]).toBe("bold");
  });

  it("breaks a long reporting body into bold capital lines that fit the left block", () => {
    const narrow = [30, 200, ...Array(44).fill(10)];
    const body = [
      "Hội Khuyến học xã Quảng Thạch huyện Quảng Trạch tỉnh Quảng Bình",
      "Ủy ban nhân dân xã Quảng Thạch huyện Quảng Trạch tỉnh Quảng Bình",
    ];
    const p = printPage(narrow);
    nationalHeader(p, body, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập"], "Ngày");
    const out = p.build();
    const split = out.merges.find((m) => m.row === 1 && m.column > 1)?.column ?? 0;
    const left = out.values.map((r) => String(r[0])).filter(Boolean);
    expect(left.join(" ")).toBe(body.join(" ").toUpperCase());
    for (const line of left)
      expect(textWidth(line, { bold: true }) + 8).toBeLessThanOrEqual(p.span(1, split - 1));
    expect(left.length).toBeGreaterThan(4);
    // the right side is blank below the motto, and the date stands alone on its line
    expect(out.values[2]?.slice(split - 1).every((v) => v === "")).toBe(true);
    const date = out.values.findIndex((r) => r.includes("Ngày"));
    expect(out.values[date]?.filter(Boolean)).toEqual(["Ngày"]);
  });

  it("signature block: the right signer on the last columns holding half the page, notes in italics", () => {
    const p = printPage(widths);
    signatureBlock(
      p,
      { titles: ["Người lập biểu", "Kế toán"], note: "(Ký)" },
      { titles: ["Chủ tịch"], note: "(Ký, đóng dấu)" },
    );
    const out = p.build();
    expect(out.merges[1]).toEqual({ row: 1, column: 3, rows: 1, columns: 6 });
    expect(out.values.slice(0, 3).map((r) => [r[0], r[2]])).toEqual([
      ["NGƯỜI LẬP BIỂU", "CHỦ TỊCH"],
      ["KẾ TOÁN", "(Ký, đóng dấu)"],
      ["(Ký)", ""],
    ]);
    expect(out.styles[2]?.[0]).toBe("italic");
    expect(out.styles[1]?.[2]).toBe("italic");
  });
});

describe("place and date, untidy names", () => {
  it("trims the place, and leaves dots for a name of spaces", () => {
    const place = (name: string) => placeDate(GUIDANCE.print, name, noon(2026, 1, 1)).split(",")[0];
    expect(place("Xã Quảng Thạch ")).toBe("Quảng Thạch");
    expect(place("   ")).toBe("……");
  });
});
