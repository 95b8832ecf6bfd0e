import { describe, expect, it } from "vitest";
import { FORMAT } from "../../../src/core/model/formats";
import { GUIDANCE } from "../../../src/core/model/guidance";
import { INDICATORS } from "../../../src/core/model/indicators";
import type { Counts } from "../../../src/core/model/rates";
import { findPreset, PRESET_NAMES } from "../../../src/core/model/roadmaps";
import { OWN_ROADMAP } from "../../../src/core/model/schema";
import { A4_WIDTH, fill, type Printout, textWidth } from "../../../src/core/report/print";
import { summarize } from "../../../src/core/report/summary";
import { yearlyReport } from "../../../src/core/report/yearly";

const quocgia = findPreset("QUOCGIA") ?? (undefined as never);
const madeAt = Date.UTC(2026, 11, 5, 2); // 05/12/2026 09:00 in Vietnam

/** A summary of one part with the given counts per indicator id. */
function summaryOf(counts: Record<string, Counts>, year = 2026) {
  const parts = [{ label: "Thôn A", counts: new Map(Object.entries(counts)) }];
  return summarize(parts, quocgia, year, "Xã Quảng Thạch", "Toàn xã");
}

const facts = { areaName: "Xã Quảng Thạch", madeAt };
const words = GUIDANCE.print;
const incompleteNote = words.incompleteNote;

/** The row whose label cell (column B) is `label`, as values. */
function rowOf(out: Printout, label: string): (string | number)[] {
  const row = out.values.find((r) => r[1] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

const texts = (out: Printout) =>
  out.values
    .flat()
    .filter((v) => typeof v === "string" && v !== "")
    .join("\n");

describe("the yearly report's table", () => {
  // built inside each test, where a mutant is active (not while the file loads)
  const summary = () =>
    summaryOf({
      GDHT: { recognized: 11, total: 12, registered: 12 },
      DHHT: { recognized: 2, total: 3, registered: 3 },
      DVHT: { recognized: 4, total: 10 }, // a unit left "đăng ký" blank
      CONGDAN_LD: { recognized: 45, total: 100 },
    });
  const report = () => yearlyReport(summary(), facts, words);

  it("gives each model its total, registered, recognised, both rates, target and verdict", () => {
    const out = report();
    expect(rowOf(out, "Gia đình học tập (hộ)")).toEqual([
      1,
      "Gia đình học tập (hộ)",
      12,
      12,
      11,
      0.916,
      0.916,
      0.72,
      "Đạt",
    ]);
    expect(rowOf(out, "Dòng họ học tập (dòng họ)").slice(2)).toEqual([
      3,
      3,
      2,
      0.666,
      0.666,
      0.67,
      "Chưa đạt",
    ]);
  });

  it("cuts rates instead of rounding them: 11/12 prints 91,6% and 2/3 66,6%", () => {
    const out = report();
    const row = out.values.findIndex((r) => r[1] === "Gia đình học tập (hộ)");
    expect(out.formats[row]?.slice(5, 8)).toEqual([FORMAT.rate, FORMAT.rate, FORMAT.rate]);
    expect(out.values[row]?.[5]).toBe(0.916);
  });

  it("names each rate's denominator: total of the area, or those registered", () => {
    const out = report();
    const header = out.values.find((r) => r[0] === "TT");
    expect(header).toEqual(words.header);
    expect(header).toContain("Tỷ lệ trên tổng số");
    expect(header).toContain("Tỷ lệ trên đăng ký");
    expect(texts(out)).toContain("số được công nhận / tổng số của địa bàn");
    expect(texts(out)).toContain("số được công nhận / số đã đăng ký");
  });

  it("lists every model even without figures, and says so", () => {
    const out = report();
    expect(rowOf(out, "Cộng đồng học tập (thôn/TDP)").slice(2)).toEqual([
      "",
      "–",
      "",
      "",
      "–",
      0.67,
      "Chưa có số liệu",
    ]);
  });

  it("says 'chưa đủ' where some rows lack a registered count, and explains it below", () => {
    const out = report();
    const row = rowOf(out, "Đơn vị học tập (đơn vị)");
    expect(row.slice(2, 7)).toEqual([10, "chưa đủ", 4, 0.4, "–"]);
    expect(texts(out)).toContain(incompleteNote);
    const complete = yearlyReport(
      summaryOf({ GDHT: { recognized: 1, total: 2, registered: 2 } }),
      facts,
      words,
    );
    expect(texts(complete)).not.toContain(incompleteNote);
  });

  it("groups indicators under numbered sections, with the other rates named in words", () => {
    const out = report();
    const labels = out.values.map((r) => `${r[0]} ${r[1]}`);
    expect(labels).toContain("I Gia đình, dòng họ, cộng đồng, đơn vị học tập");
    expect(labels).toContain("II Công dân học tập");
    expect(labels).toContain("1 Người lao động trong GĐHT, DHHT, CĐHT");
    expect(labels).toContain("III Hội Khuyến học");
    // a section with no figures and no target is left out
    const none = yearlyReport(summaryOf({ GDHT: { recognized: 1, total: 2 } }, 2035), facts, words);
    expect(none.values.map((r) => r[1])).not.toContain("Hội Khuyến học");
  });

  it("never shows an ASCII id, a preset code or a raw number format", () => {
    const ids = INDICATORS.filter((i) => i.id !== i.short).map((i) => i.id);
    const codes = new RegExp(`\\b(${[...ids, ...PRESET_NAMES, OWN_ROADMAP].join("|")})\\b`, "u");
    const all = yearlyReport(summary(), facts, words, [
      { group: "Nông dân", registered: 3, recognized: 2 },
    ]);
    expect(texts(all)).not.toMatch(codes);
  });
});

describe("the report's words", () => {
  it("list every indicator once, by an id the catalogue knows", () => {
    const ids = words.sections.flatMap(([, rows]) => rows.map(([id]) => id));
    expect([...ids].sort()).toEqual(INDICATORS.map((i) => i.id).sort());
  });
});

describe("the document around the table", () => {
  const report = () => yearlyReport(summaryOf({ GDHT: { recognized: 1, total: 2 } }), facts, words);

  it("opens with the body, the national header, the place and date, then the title", () => {
    const out = report();
    const lines = out.values.map((r) => r.filter((v) => v !== "").join(" | "));
    expect(lines.slice(0, 3)).toEqual([
      "HỘI KHUYẾN HỌC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "XÃ QUẢNG THẠCH | Độc lập - Tự do - Hạnh phúc",
      "Quảng Thạch, ngày 05 tháng 12 năm 2026",
    ]);
    expect(texts(out).replace(/\n/gu, " ")).toContain(
      "BIỂU BÁO CÁO KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2026",
    );
  });

  it("ends with the signatures of the preparer and the chair", () => {
    const out = report();
    const signers = out.values.map((r) => r.filter((v) => v !== "").join(" | "));
    const at = signers.indexOf("NGƯỜI LẬP BIỂU | TM. HỘI KHUYẾN HỌC");
    expect(signers.slice(at + 1, at + 3)).toEqual([
      "(Ký, ghi rõ họ tên) | CHỦ TỊCH",
      "(Ký, ghi rõ họ tên, đóng dấu)",
    ]);
  });

  it("fits A4 portrait, also with a province's large numbers", () => {
    const out = report();
    const big = (n: number): Counts => ({
      recognized: n * 700,
      total: n * 1000,
      registered: n * 900,
    });
    const province = summaryOf(Object.fromEntries(INDICATORS.map((i) => [i.id, big(9_999)])));
    for (const p of [
      out,
      yearlyReport(province, { ...facts, areaName: "Tỉnh Bắc Giang" }, words),
    ]) {
      expect(p.widths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(A4_WIDTH);
      expect(p.widths).toHaveLength(words.header.length);
    }
  });
});

describe("learning citizens per group", () => {
  const summary = () => summaryOf({ GDHT: { recognized: 1, total: 2 } });

  it("are a table of registered, recognised and the rate on registered, cut", () => {
    const out = yearlyReport(summary(), facts, words, [
      { group: "Nông dân, lao động nông thôn", registered: 3, recognized: 2 },
      { group: "Cán bộ, công chức, viên chức", registered: 0, recognized: 0 },
    ]);
    expect(rowOf(out, "Nông dân, lao động nông thôn")).toEqual([
      1,
      "Nông dân, lao động nông thôn",
      3,
      2,
      0.666,
      "",
      "",
      "",
      "",
    ]);
    expect(rowOf(out, "Cán bộ, công chức, viên chức").slice(2, 5)).toEqual([0, 0, "–"]);
    expect(out.values.some((r) => r[1] === "Nhóm đối tượng")).toBe(true);
    expect(out.borders).toHaveLength(2);
    expect(texts(out)).not.toContain(fill(words.noGroups, { year: 2026 }));
  });

  it("without scoring data, the report says so plainly instead of inventing numbers", () => {
    for (const none of [undefined, []]) {
      const out = yearlyReport(summary(), facts, words, none);
      expect(texts(out)).toContain("Bảng tính chưa có số liệu chấm điểm năm 2026");
      expect(out.values.some((r) => r[1] === "Nhóm đối tượng")).toBe(false);
      expect(out.borders).toHaveLength(1);
    }
  });
});

describe("how the report looks on paper", () => {
  const report = (
    citizens = [{ group: "Nông dân, lao động nông thôn", registered: 3, recognized: 2 }],
  ) =>
    yearlyReport(
      summaryOf({
        GDHT: { recognized: 11, total: 12, registered: 12 },
        CONGDAN_LD: { recognized: 45, total: 100 },
        CT_TTHTCD: { recognized: 1, total: 1 }, // no target after 2025
      }),
      facts,
      words,
      citizens,
    );
  /** Index of the row whose first (or, for table rows, second) cell is `text`. */
  const rowAt = (out: Printout, text: string, col = 1) => {
    // text lines may be broken: a line is found by its start
    const i = out.values.findIndex((r) =>
      col ? r[col] === text : String(r[0]) !== "" && text.startsWith(String(r[0])),
    );
    if (i < 0) throw new Error(`no row ${text}`);
    return i;
  };

  it("numbers rows from 1 in each section, under bold roman numerals", () => {
    const out = report();
    const numbers = (label: string) => out.values[rowAt(out, label)]?.[0];
    expect(numbers("Gia đình học tập (hộ)")).toBe(1);
    expect(numbers("Đơn vị học tập (đơn vị)")).toBe(4);
    expect(numbers("Người lao động trong GĐHT, DHHT, CĐHT")).toBe(1);
    expect(numbers("Chủ tịch/Phó Chủ tịch Hội Khuyến học xã tham gia quản lý TTHTCĐ")).toBe(1);
    const heads = ["Gia đình, dòng họ, cộng đồng, đơn vị học tập", "Công dân học tập"];
    for (const [i, title] of [...heads, "Hội Khuyến học"].entries()) {
      const r = rowAt(out, title);
      expect(out.values[r]?.[0]).toBe(["I", "II", "III"][i]);
      expect(out.weights[r]?.slice(0, 2)).toEqual(["bold", "bold"]);
      expect(out.aligns[r]?.[0]).toBe("center");
    }
  });

  it("centres row numbers, dashes and verdicts; wraps labels, and a verdict only when long", () => {
    const out = report();
    const gd = rowAt(out, "Gia đình học tập (hộ)");
    expect(out.aligns[gd]?.[0]).toBe("center");
    expect(out.aligns[gd]?.[8]).toBe("center");
    expect(out.wraps[gd]?.slice(1, 2)).toEqual([true]);
    expect(out.wraps[gd]?.[8]).toBe(false); // "Đạt"
    const empty = rowAt(out, "Cộng đồng học tập (thôn/TDP)");
    expect(out.values[empty]?.[3]).toBe("–");
    expect(out.aligns[empty]?.[3]).toBe("center");
    const free = rowAt(out, "Chủ tịch/Phó Chủ tịch Hội Khuyến học xã tham gia quản lý TTHTCĐ");
    expect(out.values[free]?.[8]).toBe("Không có mục tiêu");
    expect(out.wraps[free]?.[8]).toBe(true);
    const group = rowAt(out, "Nông dân, lao động nông thôn");
    expect(out.aligns[group]?.[0]).toBe("center");
    expect(out.wraps[group]?.[1]).toBe(true);
  });

  it("sets the title in bold capitals, larger and centred, the subtitle in centred italics", () => {
    const out = report();
    const title = rowAt(out, "BIỂU BÁO CÁO KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2026", 0);
    expect([out.weights[title]?.[0], out.sizes[title]?.[0], out.aligns[title]?.[0]]).toEqual([
      "bold",
      12,
      "center",
    ]);
    const sub = rowAt(out, words.subtitle, 0);
    expect([out.styles[sub]?.[0], out.aligns[sub]?.[0]]).toEqual(["italic", "center"]);
    expect(out.weights[rowAt(out, words.byGroup, 0)]?.[0]).toBe("bold");
    expect(out.weights[rowAt(out, "Ghi chú:", 0)]?.[0]).toBe("bold");
    const none = report([]);
    const line = rowAt(none, fill(words.noGroups, { year: 2026 }), 0);
    expect(none.styles[line]?.[0]).toBe("italic");
  });

  it("makes every column wide enough for the words of its bold header", () => {
    const out = report();
    words.header.forEach((h, i) => {
      const longest = Math.max(...h.split(" ").map((w) => textWidth(w, { bold: true, size: 9 })));
      expect(out.widths[i]).toBeGreaterThanOrEqual(longest + 8);
    });
  });

  it("prints words of another guidance as given: a section past III unnumbered, no notes", () => {
    const more = {
      ...words,
      sections: [...words.sections, ["Khác", [["GDHT", "Hộ gia đình"]]] as const],
      notes: [],
    };
    const out = yearlyReport(
      summaryOf({ GDHT: { recognized: 1, total: 2, registered: 2 } }),
      facts,
      more,
    );
    expect(out.values[rowAt(out, "Khác")]?.[0]).toBe("");
    expect(texts(out)).not.toContain("Ghi chú:");
    expect(texts(out)).not.toContain("undefined");
    // between the last line of the table by group and the signatures, only blank rows
    const sign = out.values.findIndex((r) => r[0] === "NGƯỜI LẬP BIỂU");
    const noGroups = fill(words.noGroups, { year: 2026 });
    const lines = out.values.map((r) => r[0] !== "" && noGroups.includes(String(r[0])));
    const last = lines.lastIndexOf(true);
    expect(last).toBeGreaterThan(0);
    expect(
      out.values
        .slice(last + 1, sign)
        .flat()
        .filter(Boolean),
    ).toEqual([]);
  });
});
