// The custom functions officers type in cells (=TILE_GDHT(...) and friends): their implementations
// and, in the same records, the JSDoc the build writes above each top-level wrapper.

import { isBlank, readCell } from "../core/cells";
import type { EntryDoc, EntryParam } from "../core/entry";
import { EXPECT, FN, VERDICT } from "../core/messages";
import { MODELS } from "../core/model/criteria";
import { findIndicator, INDICATOR_IDS, isAmbiguousCode } from "../core/model/indicators";
import { isMet, rateOf, stillNeeded } from "../core/model/rates";
import {
  DEFAULT_PRESET,
  findPreset,
  PRESET_NAMES,
  parseRoadmapTable,
  type Roadmap,
  targetOf,
} from "../core/model/roadmaps";
import { countMarks, sumPairs } from "./args";
import { meetsCriteria } from "./criteria";

const RANGE = "number|Array<Array<number>>";

const RATE_PARAMS = (what: string): readonly EntryParam[] => [
  {
    name: "so_cong_nhan",
    type: RANGE,
    doc: `Số ${what} được công nhận (số hoặc vùng ô); hoặc, khi không có tong_so, vùng đánh giá từng ${what}: đạt/chưa đạt.`,
  },
  {
    name: "tong_so",
    type: RANGE,
    doc: `Tổng số ${what} (số hoặc vùng ô cùng kích thước).`,
  },
];

/** Σrecognised / Σtotal, or the share of "đạt" marks when only one argument is given. */
function rate(fn: string) {
  return (recognized: unknown, total?: unknown): number => {
    const counts =
      total === undefined
        ? countMarks(fn, recognized, "so_cong_nhan")
        : sumPairs(fn, recognized, total, ["so_cong_nhan", "tong_so"]);
    return rateOf(counts) as number;
  };
}

function rateDoc(what: string, summary: string, example: string): EntryDoc {
  return {
    kind: "custom",
    summary,
    params: RATE_PARAMS(what),
    returns: "Tỷ lệ từ 0 đến 1 (định dạng ô theo % để hiển thị 65%).",
    example,
  };
}

function readTarget(fn: string, value: unknown): number {
  // Stryker disable next-line ConditionalExpression: isBlank(undefined) is true, so the first test only repeats it
  if (value === undefined || isBlank(value))
    throw new Error(FN.missingArg(fn, "muc_tieu", EXPECT.rate));
  const target = readCell("target", value);
  if (!target.ok) throw new Error(FN.cellError(fn, "đối số muc_tieu", target.message));
  return target.value;
}

function roadmapArg(fn: string, value: unknown): Roadmap {
  if (Array.isArray(value)) {
    const table = parseRoadmapTable(value);
    if (!table.ok) throw new Error(FN.roadmapTable(fn, table.message));
    return table.value;
  }
  // Stryker disable next-line ConditionalExpression: isBlank(undefined) is true, so the first test only repeats it
  const roadmap = findPreset(value === undefined || isBlank(value) ? DEFAULT_PRESET : value);
  if (!roadmap) throw new Error(FN.unknownRoadmap(fn, value, PRESET_NAMES));
  return roadmap;
}

/** MUCTIEU(indicator; year; [roadmap]): the year's target as a fraction. */
export function target(indicator: unknown, year: unknown, roadmap?: unknown): number {
  const fn = "MUCTIEU";
  const found = findIndicator(indicator);
  if (isAmbiguousCode(indicator)) throw new Error(FN.ambiguousIndicator(fn));
  if (!found) throw new Error(FN.unknownIndicator(fn, indicator, INDICATOR_IDS));
  if (year === undefined) throw new Error(FN.missingArg(fn, "nam", EXPECT.year));
  const y = readCell("year", year);
  if (!y.ok) throw new Error(FN.cellError(fn, "đối số nam", y.message));
  const map = roadmapArg(fn, roadmap);
  const t = targetOf(map, found.id, y.value);
  if (!t) throw new Error(FN.noTarget(fn, found.short, y.value, map.name));
  return t.value;
}

/** CANTHEM(recognised; total; target): recognitions still needed, 0 when met. */
export function stillNeededFn(recognized: unknown, total: unknown, goal: unknown): number {
  const fn = "CANTHEM";
  const counts = sumPairs(fn, recognized, total, ["so_cong_nhan", "tong_so"]);
  return stillNeeded(counts, readTarget(fn, goal));
}

/** DANHGIA(recognised; total; target) or DANHGIA(rate; target): “Đạt” or “Chưa đạt”. */
export function verdict(a: unknown, b: unknown, c?: unknown): string {
  const fn = "DANHGIA";
  if (a === undefined || b === undefined) throw new Error(FN.rateArgs(fn));
  if (c === undefined) {
    const r = readCell("rate", a);
    if (!r.ok) throw new Error(FN.cellError(fn, "đối số thứ nhất (tỷ lệ)", r.message));
    const goal = readTarget(fn, b);
    // A rate computed by Sheets may carry float noise (0.6499999999); targets have 0,1% steps.
    return r.value + 1e-9 >= goal ? VERDICT.met : VERDICT.notMet;
  }
  const counts = sumPairs(fn, a, b, ["so_cong_nhan_hoac_ty_le", "tong_so_hoac_muc_tieu"]);
  return isMet(counts, readTarget(fn, c)) ? VERDICT.met : VERDICT.notMet;
}

const COUNT_PARAMS: readonly EntryParam[] = [
  { name: "so_cong_nhan", type: RANGE, doc: "Số được công nhận: một số hoặc một vùng ô." },
  { name: "tong_so", type: RANGE, doc: "Tổng số: một số hoặc một vùng ô cùng kích thước." },
];

const TARGET_PARAM: EntryParam = {
  name: "muc_tieu",
  type: "number|string",
  doc: 'Mục tiêu dạng tỷ lệ: 70%, "70%" hoặc 0,7 (có thể lấy từ MUCTIEU).',
};

/** The custom functions by the name officers type. */
export const CUSTOM_FUNCTIONS = {
  TILE_GDHT: rate("TILE_GDHT"),
  TILE_DHHT: rate("TILE_DHHT"),
  TILE_CONGDONG: rate("TILE_CONGDONG"),
  TILE_DVHT: rate("TILE_DVHT"),
  TILE_CONGDAN: rate("TILE_CONGDAN"),
  TILE: rate("TILE"),
  MUCTIEU: target,
  CANTHEM: stillNeededFn,
  DANHGIA: verdict,
  DAT_TIEUCHI: meetsCriteria,
} as const;

export type CustomName = keyof typeof CUSTOM_FUNCTIONS;

/**
 * Formula help for each custom function. Only the build and the tests read it; the pure call
 * lets esbuild leave it out of dist/Code.js, which every custom-function call loads.
 */
export const CUSTOM_DOCS: Readonly<Record<CustomName, EntryDoc>> = /* @__PURE__ */ (() => ({
  TILE_GDHT: rateDoc(
    "hộ gia đình",
    "Tỷ lệ hộ gia đình được công nhận “Gia đình học tập” = tổng số hộ được công nhận / tổng số hộ.",
    "=TILE_GDHT(E2:E13; C2:C13)",
  ),
  TILE_DHHT: rateDoc(
    "dòng họ",
    "Tỷ lệ dòng họ được công nhận “Dòng họ học tập” = tổng số dòng họ được công nhận / tổng số dòng họ.",
    "=TILE_DHHT(H2:H13; F2:F13)",
  ),
  TILE_CONGDONG: rateDoc(
    "thôn, tổ dân phố",
    "Tỷ lệ thôn, tổ dân phố được công nhận “Cộng đồng học tập” (cộng đồng học tập, không phải công dân học tập).",
    "=TILE_CONGDONG(K2:K13)",
  ),
  TILE_DVHT: rateDoc(
    "đơn vị",
    "Tỷ lệ cơ quan, trường học, doanh nghiệp, cơ sở sản xuất được công nhận “Đơn vị học tập”.",
    "=TILE_DVHT(D2:D16)",
  ),
  TILE_CONGDAN: rateDoc(
    "người",
    "Tỷ lệ người đạt danh hiệu “Công dân học tập” = số người đạt / tổng số người thuộc diện đánh giá.",
    "=TILE_CONGDAN(M2:M13; L2:L13)",
  ),
  TILE: rateDoc(
    "đối tượng",
    "Tỷ lệ chung = tổng số được công nhận / tổng số, dùng cho mọi chỉ tiêu.",
    "=TILE(130; 200)",
  ),
  MUCTIEU: {
    kind: "custom",
    summary:
      "Mục tiêu của một chỉ tiêu trong một năm theo lộ trình (mặc định lộ trình quốc gia QUOCGIA).",
    params: [
      {
        name: "chi_tieu",
        type: "string",
        doc: `Chỉ tiêu: tên ngắn như ở hàng tiêu đề tab Lộ trình (GĐHT, CĐHT, CDHT (người lao động)…) hoặc mã: ${INDICATOR_IDS.join(", ")}.`,
      },
      { name: "nam", type: "number", doc: "Năm, ví dụ 2026." },
      {
        name: "lo_trinh",
        type: "string|Array<Array<string|number>>",
        doc: `Không bắt buộc. Tên lộ trình có sẵn (${PRESET_NAMES.join(", ")}) hoặc vùng ô chứa bảng lộ trình (hàng đầu: Năm và các chỉ tiêu, tên ngắn hoặc mã).`,
      },
    ],
    returns: "Mục tiêu dạng tỷ lệ từ 0 đến 1.",
    example: '=MUCTIEU("GDHT"; 2026; "HAIHAU")',
  },
  CANTHEM: {
    kind: "custom",
    summary: "Số cần được công nhận thêm để đạt mục tiêu (0 nếu đã đạt).",
    params: [...COUNT_PARAMS, TARGET_PARAM],
    returns: "Số nguyên ≥ 0.",
    example: "=CANTHEM(130; 200; 70%)",
  },
  DANHGIA: {
    kind: "custom",
    summary:
      "Đánh giá “Đạt” hoặc “Chưa đạt” so với mục tiêu: DANHGIA(số công nhận; tổng số; mục tiêu) hoặc DANHGIA(tỷ lệ; mục tiêu).",
    params: [
      {
        name: "so_cong_nhan_hoac_ty_le",
        type: RANGE,
        doc: "Số được công nhận (số hoặc vùng ô), hoặc tỷ lệ nếu chỉ dùng 2 đối số.",
      },
      {
        name: "tong_so_hoac_muc_tieu",
        type: RANGE,
        doc: "Tổng số (số hoặc vùng ô), hoặc mục tiêu nếu chỉ dùng 2 đối số.",
      },
      { ...TARGET_PARAM, doc: `${TARGET_PARAM.doc} Bỏ trống khi dùng dạng 2 đối số.` },
    ],
    returns: "“Đạt” hoặc “Chưa đạt”.",
    example: '=DANHGIA(130; 200; "70%")',
  },
  DAT_TIEUCHI: {
    kind: "custom",
    summary:
      'Kiểm tra nhanh một hộ (dòng họ, thôn, đơn vị, người) theo bộ tiêu chí: "Đạt" hoặc "Chưa đạt". Chấm cả danh sách ở tab chấm điểm, không đặt hàm này ở từng dòng.',
    params: [
      {
        name: "diem",
        type: RANGE,
        doc: "Điểm từng tiêu chí, theo thứ tự của bộ tiêu chí: một hàng hoặc một cột.",
      },
      {
        name: "bo_tieu_chi",
        type: "string|Array<Array<string|number>>",
        doc: `Bộ mẫu (${MODELS.map((m) => m.id).join(", ")}) hoặc vùng các dòng của một mô hình trong tab Bộ tiêu chí.`,
      },
    ],
    returns: '"Đạt" hoặc "Chưa đạt".',
    example: '=DAT_TIEUCHI(F2:O2; "CONGDAN")',
  },
}))();
