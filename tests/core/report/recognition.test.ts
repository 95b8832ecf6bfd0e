import { describe, expect, it } from "vitest";
import type { Scored, ScoringRead } from "../../../src/core/check/scoring";
import type { Form } from "../../../src/core/model/criteria";
import { GUIDANCE } from "../../../src/core/model/guidance";
import { SCORING_SPECS, type ScoringSpec } from "../../../src/core/model/scoring";
import { A4_WIDTH, type Printout, textWidth } from "../../../src/core/report/print";
import { recognitionList } from "../../../src/core/report/recognition";
import { codeIdentity, formatCount } from "../../../src/core/text";

const spec = (model: ScoringSpec["model"]) =>
  SCORING_SPECS.find((s) => s.model === model) as ScoringSpec;
function scored(code: string, name: string, total: number, more: Partial<Scored> = {}): Scored {
  return {
    row: {} as never,
    year: 2026,
    code,
    name,
    registered: true,
    points: [],
    unscored: false,
    complete: true,
    total,
    passed: true,
    ...more,
  };
}
const scoring = (model: ScoringSpec["model"], rows: Scored[]): ScoringRead => ({
  spec: spec(model),
  read: {} as never,
  rows,
  findings: [],
});
const VILLAGES = new Map([
  ["t1", "Thôn Đông"],
  ["t2", "Thôn Tây"],
  ["t3", "Thôn Nam"],
]);
const UNITS = new Map([["dv1", "Trường Tiểu học"]]);
const facts = {
  year: 2026,
  areaName: "Xã Quảng Thạch",
  madeAt: Date.UTC(2026, 11, 5, 2),
  places: (t: "villages" | "units") => (t === "villages" ? VILLAGES : UNITS),
  identity: codeIdentity,
};
const words = GUIDANCE.print;

const list = (scorings: ScoringRead[], more: Partial<typeof facts> = {}) => {
  const out = recognitionList(scorings, { ...facts, ...more }, words);
  if (!out) throw new Error("no list");
  return out;
};

/** Each row's non-empty values, joined. */
const lines = (out: Printout) => out.values.map((r) => r.filter((v) => v !== "").join(" | "));

/** The rows of the printout whose first cell is a row number, as [number, name, points, note]. */
const numbered = (out: Printout) => out.values.filter((r) => typeof r[0] === "number");

/** The row whose text is `text`, by index. */
const rowOf = (out: Printout, text: string) => {
  const i = lines(out).indexOf(text);
  if (i < 0) throw new Error(`no row ${text}`);
  return i;
};

const households = () =>
  scoring("GDHT", [
    scored("T02", "Nguyễn Văn An", 92),
    scored("T01", "Trần Thị Bình", 88.5),
    scored("t2", "Lê Văn Cường", 90),
    scored("T03", "Phạm Dũng", 70, { passed: false }),
    scored("T03", "Phạm Em", 95, { year: 2025 }),
  ]);
const citizens = () =>
  scoring("CONGDAN", [
    scored("T01", "Hoàng Thị Phương", 80, { form: { name: "Nông dân" } as Form }),
  ]);

describe("Danh sách công nhận", () => {
  it("lays out the annex: national header, then per model a title, the decision line and a table, then signers", () => {
    const out = list([households(), citizens()]);
    expect(lines(out)).toEqual([
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "XÃ QUẢNG THẠCH | Độc lập - Tự do - Hạnh phúc",
      "Quảng Thạch, ngày 05 tháng 12 năm 2026",
      "",
      "DANH SÁCH HỘ ĐƯỢC CÔNG NHẬN “GIA ĐÌNH HỌC TẬP” NĂM",
      "2026",
      "(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của UBND Xã Quảng",
      "Thạch)",
      "",
      "STT | Tên chủ hộ | Tổng điểm | Ghi chú",
      "Thôn Đông: 1 hộ",
      "1 | Trần Thị Bình | 88.5",
      "Thôn Tây: 2 hộ",
      "2 | Nguyễn Văn An | 92",
      "3 | Lê Văn Cường | 90",
      "Tổng cộng: 3 hộ",
      "",
      "DANH SÁCH NGƯỜI ĐƯỢC CÔNG NHẬN “CÔNG DÂN HỌC TẬP”",
      "NĂM 2026",
      "(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của UBND Xã Quảng",
      "Thạch)",
      "",
      "STT | Họ và tên | Tổng điểm | Ghi chú",
      "Thôn Đông: 1 người",
      "1 | Hoàng Thị Phương | 80 | Nông dân",
      "Tổng cộng: 1 người",
      "",
      "NGƯỜI LẬP DANH SÁCH | TM. ỦY BAN NHÂN DÂN",
      "(Ký, ghi rõ họ tên) | CHỦ TỊCH",
      "(Ký, ghi rõ họ tên, đóng dấu)",
      "",
      "",
      "",
    ]);
    // each table bordered from its header to its total, on the four columns
    expect(out.borders).toEqual([
      {
        row: rowOf(out, "STT | Tên chủ hộ | Tổng điểm | Ghi chú") + 1,
        column: 1,
        rows: 7,
        columns: 4,
      },
      {
        row: rowOf(out, "STT | Họ và tên | Tổng điểm | Ghi chú") + 1,
        column: 1,
        rows: 4,
        columns: 4,
      },
    ]);
  });

  it("lists only those recognised in the year, by village in the village tab's order, one village for T02 and t2", () => {
    const out = list([households()]);
    expect(numbered(out).map((r) => r[1])).toEqual([
      "Trần Thị Bình",
      "Nguyễn Văn An",
      "Lê Văn Cường",
    ]);
    const scrambled = scoring("GDHT", [
      scored("T03", "Hộ Nam", 90),
      scored("T01", "Hộ Đông", 90),
      scored("T02", "Hộ Tây", 90),
      scored("T03", "Hộ Nam 2", 90),
    ]);
    expect(lines(list([scrambled])).filter((l) => l.startsWith("Thôn"))).toEqual([
      "Thôn Đông: 1 hộ",
      "Thôn Tây: 1 hộ",
      "Thôn Nam: 2 hộ",
    ]);
    expect(numbered(list([scrambled])).map((r) => r[1])).toEqual([
      "Hộ Đông",
      "Hộ Tây",
      "Hộ Nam",
      "Hộ Nam 2",
    ]);
  });

  it("numbers the rows across villages, from 1 again in each model's list, and counts them", () => {
    const out = list([households(), citizens()]);
    expect(numbered(out).map((r) => r[0])).toEqual([1, 2, 3, 1]);
    const many = scoring(
      "GDHT",
      Array.from({ length: 1000 }, (_, i) => scored(i % 2 ? "T01" : "T02", `Hộ ${i}`, 90)),
    );
    const big = lines(list([many]));
    expect(big).toContain("Thôn Đông: 500 hộ");
    expect(big).toContain("Tổng cộng: 1.000 hộ");
    expect(numbered(list([many])).at(-1)?.[0]).toBe(1000);
  });

  it("names a unit from the unit tab, and a code not found there as typed", () => {
    const units = scoring("DVHT", [scored("DV01", "Trường Tiểu học", 91)]);
    expect(lines(list([units]))).toContain("Trường Tiểu học: 1 đơn vị");
    expect(lines(list([units])).join(" ")).toContain(
      "DANH SÁCH ĐƠN VỊ ĐƯỢC CÔNG NHẬN “ĐƠN VỊ HỌC TẬP” NĂM 2026",
    );
    const stray = scoring("DVHT", [scored("DV 09", "Trạm Y tế", 85)]);
    expect(lines(list([stray]))).toContain("DV 09: 1 đơn vị");
  });

  it("prints points as typed (88,5), centred, a citizen's group in the note column, wrapping", () => {
    const out = list([households(), citizens()]);
    const i = out.values.findIndex((r) => r[1] === "Trần Thị Bình");
    expect(out.values[i]).toEqual([1, "Trần Thị Bình", 88.5, ""]);
    expect(out.formats[i]?.[2]).toBe("0.##");
    expect(out.aligns[i]).toEqual(["center", "normal", "center", "normal"]);
    expect(out.wraps[i]).toEqual([false, false, false, true]);
    expect(out.weights[i]).toEqual(["normal", "normal", "normal", "normal"]);
    expect(out.sizes[i]).toEqual([9, 9, 9, 9]);
    const j = out.values.findIndex((r) => r[1] === "Hoàng Thị Phương");
    expect(out.values[j]?.[3]).toBe("Nông dân");
    // a row without a total leaves its points blank
    const blank = scoring("GDHT", [scored("T01", "Hộ Chưa Cộng", 0, { total: undefined })]);
    expect(numbered(list([blank]))[0]).toEqual([1, "Hộ Chưa Cộng", "", ""]);
  });

  it("sets each village's line and the total in bold, in the table's font", () => {
    const out = list([households()]);
    for (const text of ["Thôn Đông: 1 hộ", "Tổng cộng: 3 hộ"]) {
      const i = rowOf(out, text);
      expect(out.values[i]?.slice(0, 2)).toEqual(["", text]);
      expect(out.weights[i]?.slice(0, 2)).toEqual(["normal", "bold"]);
      expect(out.sizes[i]?.slice(0, 2)).toEqual([9, 9]);
    }
    const head = rowOf(out, "STT | Tên chủ hộ | Tổng điểm | Ghi chú");
    expect(out.weights[head]).toEqual(["bold", "bold", "bold", "bold"]);
    expect(out.aligns[head]).toEqual(["center", "center", "center", "center"]);
    expect(out.sizes[head]).toEqual([9, 9, 9, 9]);
  });

  it("sets the title bold at 12 points and the decision line in italics, both centred", () => {
    const out = list([households()]);
    for (const text of ["DANH SÁCH HỘ ĐƯỢC CÔNG NHẬN “GIA ĐÌNH HỌC TẬP” NĂM", "2026"]) {
      const i = rowOf(out, text);
      expect([out.weights[i]?.[0], out.sizes[i]?.[0], out.aligns[i]?.[0]]).toEqual([
        "bold",
        12,
        "center",
      ]);
    }
    const d = rowOf(out, "Thạch)");
    expect([
      out.styles[d]?.[0],
      out.weights[d]?.[0],
      out.sizes[d]?.[0],
      out.aligns[d]?.[0],
    ]).toEqual(["italic", "normal", 10, "center"]);
  });

  it("fits A4: number, name and points columns as wide as their widest entry, the note column the rest", () => {
    const long = scoring("GDHT", [
      scored("T01", "Nguyễn Thị Phương Thảo Quỳnh Anh", 100),
      scored("T01", "Hộ B", 88.5),
    ]);
    for (const out of [list([households(), citizens()]), list([long])]) {
      const table = out.values
        .map((r, i) => ({ r, i }))
        .filter(
          ({ r, i }) => typeof r[0] === "number" || r[0] === "STT" || out.sizes[i]?.[1] === 9,
        );
      const widest = (c: number) =>
        Math.max(
          ...table
            .filter(({ r }) => r[c] !== "")
            .map(({ r, i }) => {
              const v = r[c] as string | number;
              const text = typeof v === "number" ? formatCount(v) : v;
              return textWidth(text, { size: 9, bold: out.weights[i]?.[c] === "bold" }) + 8;
            }),
        );
      expect(out.widths.slice(0, 3)).toEqual([widest(0), widest(1), widest(2)]);
      expect(out.widths.reduce((s, w) => s + w, 0)).toBe(A4_WIDTH);
    }
  });

  it("makes no list when nobody was recognised in the year", () => {
    expect(recognitionList([], facts, words)).toBeUndefined();
    const none = scoring("GDHT", [
      scored("T01", "Hộ Chưa Đạt", 60, { passed: false }),
      scored("T01", "Hộ Năm Trước", 90, { year: 2025 }),
    ]);
    expect(recognitionList([none], facts, words)).toBeUndefined();
    // a model without anyone recognised gets no list of its own
    const out = list([none, citizens()]);
    expect(lines(out).filter((l) => l.startsWith("DANH SÁCH"))).toEqual([
      "DANH SÁCH NGƯỜI ĐƯỢC CÔNG NHẬN “CÔNG DÂN HỌC TẬP”",
    ]);
    expect(out.borders).toHaveLength(1);
    // the year asked for is the one listed
    expect(numbered(list([none], { year: 2025 })).map((r) => r[1])).toEqual(["Hộ Năm Trước"]);
    expect(lines(list([none], { year: 2025 }))).toContain("Tổng cộng: 1 hộ");
  });
});
