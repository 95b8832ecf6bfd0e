// The indicator catalogue of domain.md as data: every rate the add-on knows, with its wording.

import { codeKey, tidy } from "../text";

export type Programme = "QD387" | "QD677";

export interface Indicator {
  /** ASCII id used in formulas and machine rows (CONGDONG the community, CONGDAN the citizen). */
  readonly id: string;
  readonly name: string;
  /** What officers read where space is short: GĐHT, DHHT, CĐHT, ĐVHT; CDHT is the citizen. */
  readonly short: string;
  /** Short unit for "130 / 200 hộ". */
  readonly unit: string;
  readonly programme: Programme;
}

export const PROGRAMMES: Record<Programme, string> = {
  QD387:
    "QĐ 387/QĐ-TTg (25/3/2022): “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị”",
  QD677: "QĐ 677/QĐ-TTg (3/6/2022): “Xây dựng mô hình Công dân học tập”",
};

export const INDICATORS: readonly Indicator[] = [
  { id: "GDHT", short: "GĐHT", name: "Gia đình học tập", unit: "hộ", programme: "QD387" },
  { id: "DHHT", short: "DHHT", name: "Dòng họ học tập", unit: "dòng họ", programme: "QD387" },
  {
    id: "CONGDONG",
    short: "CĐHT",
    name: "Cộng đồng học tập",
    unit: "thôn/TDP",
    programme: "QD387",
  },
  { id: "DVHT", short: "ĐVHT", name: "Đơn vị học tập", unit: "đơn vị", programme: "QD387" },
  {
    id: "CONGDAN_LD",
    short: "CDHT (người lao động)",
    name: "Công dân học tập (người lao động trong GĐHT, DHHT, CĐHT)",
    unit: "người",
    programme: "QD387",
  },
  {
    id: "CONGDAN_CB",
    short: "CDHT (CBCCVC trong ĐVHT)",
    name: "Công dân học tập (CBCCVC, người lao động trong ĐVHT)",
    unit: "người",
    programme: "QD387",
  },
  {
    id: "CT_TTHTCD",
    short: "Lãnh đạo Hội quản lý TTHTCĐ",
    name: "Chủ tịch/Phó Chủ tịch Hội Khuyến học xã tham gia quản lý TTHTCĐ",
    unit: "xã",
    programme: "QD387",
  },
  {
    id: "CB_TTHTCD",
    short: "Cán bộ khuyến học dự TTHTCĐ",
    name: "Cán bộ khuyến học xã tham gia TTHTCĐ và được bồi dưỡng CNTT",
    unit: "cán bộ",
    programme: "QD387",
  },
  {
    id: "QUANTRIET",
    short: "Quán triệt văn kiện",
    name: "Cán bộ, hội viên Hội Khuyến học được quán triệt văn kiện",
    unit: "người",
    programme: "QD387",
  },
  {
    id: "CONGDAN_TAPHUAN",
    short: "Tập huấn tiêu chí CDHT",
    name: "Hội viên được tập huấn tiêu chí Công dân học tập",
    unit: "người",
    programme: "QD677",
  },
  {
    id: "CONGDAN_GD",
    short: "CDHT (người lớn)",
    name: "Công dân học tập (người lớn trong GĐHT, DHHT, CĐHT)",
    unit: "người",
    programme: "QD677",
  },
  {
    id: "CONGDAN_DV",
    short: "CDHT (CBCCVC)",
    name: "Công dân học tập (CBCCVC, người lao động trong ĐVHT cấp xã, huyện)",
    unit: "người",
    programme: "QD677",
  },
  {
    id: "KYNANGSO",
    short: "CDHT có kỹ năng số",
    name: "Công dân học tập có kỹ năng số",
    unit: "người",
    programme: "QD677",
  },
  {
    id: "KYNANGSO_TT",
    short: "CDHT thành thạo kỹ năng số",
    name: "Công dân học tập thành thạo kỹ năng số",
    unit: "người",
    programme: "QD677",
  },
];

export interface Wording {
  readonly numerator: string;
  readonly denominator: string;
}

/**
 * What each rate counts, in the words of the decisions. Read by the build for Help.html and by the
 * tests; the pure call keeps it out of the bundle every custom-function call loads.
 */
export const INDICATOR_WORDING: Readonly<Record<string, Wording>> = /* @__PURE__ */ (() => ({
  GDHT: {
    numerator: "Số hộ gia đình được công nhận “Gia đình học tập”",
    denominator: "Tổng số hộ gia đình trên địa bàn",
  },
  DHHT: {
    numerator: "Số dòng họ được công nhận “Dòng họ học tập”",
    denominator: "Tổng số dòng họ trên địa bàn",
  },
  CONGDONG: {
    numerator: "Số thôn, tổ dân phố được công nhận “Cộng đồng học tập”",
    denominator: "Tổng số thôn, tổ dân phố",
  },
  DVHT: {
    numerator:
      "Số cơ quan, trường học, doanh nghiệp, cơ sở sản xuất được công nhận “Đơn vị học tập”",
    denominator: "Tổng số cơ quan, trường học, doanh nghiệp, cơ sở sản xuất trên địa bàn xã",
  },
  CONGDAN_LD: {
    numerator:
      "Số người lao động trong gia đình, dòng họ, cộng đồng học tập đạt “Công dân học tập”",
    denominator: "Tổng số người lao động trong gia đình, dòng họ, cộng đồng học tập",
  },
  CONGDAN_CB: {
    numerator:
      "Số cán bộ, công chức, viên chức, người lao động trong đơn vị học tập đạt “Công dân học tập”",
    denominator: "Tổng số cán bộ, công chức, viên chức, người lao động trong đơn vị học tập",
  },
  CT_TTHTCD: {
    numerator: "Số xã có Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học tham gia quản lý TTHTCĐ",
    denominator: "Tổng số xã",
  },
  CB_TTHTCD: {
    numerator:
      "Số cán bộ làm công tác khuyến học cấp xã tham gia hoạt động TTHTCĐ và được bồi dưỡng CNTT",
    denominator: "Tổng số cán bộ làm công tác khuyến học cấp xã",
  },
  QUANTRIET: {
    numerator: "Số cán bộ, hội viên Hội Khuyến học được học tập, quán triệt",
    denominator: "Tổng số cán bộ, hội viên Hội Khuyến học",
  },
  CONGDAN_TAPHUAN: {
    numerator: "Số cán bộ, hội viên được tập huấn, quán triệt tiêu chí “Công dân học tập”",
    denominator: "Tổng số cán bộ, hội viên Hội Khuyến học",
  },
  CONGDAN_GD: {
    numerator: "Số người lớn trong gia đình, dòng họ, cộng đồng học tập đạt “Công dân học tập”",
    denominator: "Tổng số người lớn trong gia đình, dòng họ, cộng đồng học tập",
  },
  CONGDAN_DV: {
    numerator: "Số CBCCVC, người lao động trong đơn vị học tập đạt “Công dân học tập”",
    denominator: "Tổng số CBCCVC, người lao động trong đơn vị học tập",
  },
  KYNANGSO: {
    numerator: "Số người đạt “Công dân học tập” có kỹ năng số đáp ứng yêu cầu công việc",
    denominator: "Tổng số người đạt “Công dân học tập”",
  },
  KYNANGSO_TT: {
    numerator:
      "Số người đạt “Công dân học tập” thành thạo kỹ năng số (tự cập nhật tiêu chí trên môi trường số)",
    denominator: "Tổng số người đạt “Công dân học tập”",
  },
}))();

export const INDICATOR_IDS: readonly string[] = INDICATORS.map((i) => i.id);

/** By id and by short form ("CĐHT" is the community), so a roadmap header may use either. */
const BY_KEY = new Map(
  INDICATORS.flatMap((i) => [[codeKey(i.short), i] as const, [codeKey(i.id), i]]),
);

/**
 * "CDHT" without its Đ: officers read it as the learning citizen, older sheets used it for the
 * community. Never guessed; the caller names both choices.
 */
export function isAmbiguousCode(code: unknown): boolean {
  return typeof code === "string" && tidy(code).toUpperCase() === "CDHT";
}

/** Finds an indicator by id or short form, case-insensitively, "Đ" read as "D" ("GĐHT" → GDHT). */
export function findIndicator(code: unknown): Indicator | undefined {
  if (typeof code !== "string" || isAmbiguousCode(code)) return undefined;
  return BY_KEY.get(codeKey(code));
}

/** How an indicator is named where officers read it: "GĐHT — Gia đình học tập", else the name. */
export function indicatorLabel(i: Indicator): string {
  return i.short.includes(" ") ? i.name : `${i.short} — ${i.name}`;
}
