// The long texts a template carries: what each column and configuration row holds (Sheets shows
// them as data-validation help and beside each configuration value) and where each preset
// roadmap's figures come from. Only the template job needs them, so the build writes them into the
// project file Guidance.html and Code.js, which every custom-function cell loads, does without them.

import { type Column, type ColumnKind, type DataTabId, UNIT_TYPES } from "./schema";

export interface Guidance {
  /** Help of every column of a kind, unless the column has its own. */
  readonly kinds: Readonly<Partial<Record<ColumnKind, string>>>;
  /** A column's own help, by tab id and column key. */
  readonly columns: Readonly<Partial<Record<DataTabId, Readonly<Record<string, string>>>>>;
  /** Help beside each configuration row, by field key. */
  readonly config: Readonly<Record<string, string>>;
  /** The documents a preset roadmap's figures come from, by preset name. */
  readonly presets: Readonly<Record<string, string>>;
  /** Help of the roadmap tab's target cells. */
  readonly roadmap: string;
}

/** A column's help: its own, else its kind's. */
export function columnHelp(guidance: Guidance, tab: DataTabId, column: Column): string {
  return guidance.columns[tab]?.[column.key] ?? guidance.kinds[column.kind] ?? "";
}

/** Build-time data (the pure call keeps it out of the bundles); the template job reads the copy in
 * Guidance.html. */
export const GUIDANCE: Guidance = /* @__PURE__ */ (() => ({
  kinds: {
    year: "Năm đánh giá, 4 chữ số (ví dụ 2026).",
    count: "Số nguyên từ 0 trở lên.",
    mark: "Chọn đạt hoặc chưa đạt (có/không).",
  },
  columns: {
    villages: {
      code: "Mã riêng của thôn, tổ dân phố (ví dụ T01); giữ nguyên qua các năm.",
      name: "Tên thôn, bản, tổ dân phố.",
    },
    units: {
      code: "Mã riêng của đơn vị (ví dụ DV01); giữ nguyên qua các năm.",
      name: "Tên cơ quan, trường học, doanh nghiệp, cơ sở sản xuất.",
      type: `Một trong: ${UNIT_TYPES.join(", ")}.`,
      village: "Mã thôn/TDP nơi đơn vị đóng (không bắt buộc); phải có trong tab Thôn - TDP.",
    },
    areas: {
      code: "Mã đơn vị hành chính của xã (hoặc huyện), giữ số 0 ở đầu.",
      name: "Tên xã, phường (hoặc huyện).",
      url: "Địa chỉ Google Sheet của địa bàn (https://docs.google.com/spreadsheets/d/…).",
      formerDistrict: "Với số liệu trước 1/7/2025: huyện cũ của xã.",
      mergedInto: "Nếu xã đã sáp nhập: mã của xã mới. Tỷ lệ được tính lại từ số cộng dồn.",
      note: "Ghi chú tự do.",
    },
  },
  config: {
    level: "Xã (cả phường, thị trấn, đặc khu), Huyện hoặc Tỉnh.",
    areaName: "Ví dụ: Xã Quảng Thạch.",
    areaCode: "Mã đơn vị hành chính (giữ số 0 ở đầu, ví dụ 00123).",
    year: "Năm đang làm báo cáo, ví dụ 2026.",
    preset:
      "Lộ trình dùng để điền sẵn tab Lộ trình; chọn RIENG khi địa phương tự nhập mục tiêu trong tab Lộ trình.",
    amber: "Thiếu mục tiêu trong biên độ này thì tô vàng, nhiều hơn thì tô đỏ.",
    jump: "Tỷ lệ tăng hoặc giảm quá mức này so với năm trước thì được nhắc kiểm tra lại.",
    hierarchy: "Từ 1/7/2025 xã báo cáo thẳng lên tỉnh; số liệu cũ có thể qua huyện.",
    deadline: "Ví dụ 10/12: báo cáo nộp sau ngày này là nộp muộn.",
  },
  presets: {
    QUOCGIA:
      "QĐ 387/QĐ-TTg ngày 25/3/2022 và QĐ 677/QĐ-TTg ngày 3/6/2022 của Thủ tướng Chính phủ: mục tiêu năm 2025 và 2030; các năm 2026–2029 nội suy tuyến tính. CT_TTHTCD không có mục tiêu 2030; CONGDAN_TAPHUAN chỉ có mục tiêu 2025.",
    HAIHAU:
      "Kế hoạch của UBND huyện Hải Hậu thực hiện QĐ 387/QĐ-TTg và QĐ 677/QĐ-TTg: các bảng lộ trình từng năm 2022–2030 (lời văn của kế hoạch ghi một số con số khác bảng; ở đây lấy theo bảng).",
    BACGIANG:
      "Kế hoạch của UBND tỉnh Bắc Giang thực hiện QĐ 387/QĐ-TTg (ICTVietnam, 08/10/2022): năm 2025 như mục tiêu quốc gia, năm 2030 theo kế hoạch của tỉnh; các năm 2026–2029 nội suy tuyến tính.",
    QUANGTHACH:
      'Kế hoạch của UBND xã Quảng Thạch thực hiện Đề án "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng giai đoạn 2021-2030": mục tiêu 2025 và 2030 (QUANTRIET đọc từ "100% hội viên hội khuyến học được nhận thức đầy đủ"); các năm 2026–2029 nội suy tuyến tính.',
  },
  roadmap: "Mục tiêu dạng tỷ lệ, ví dụ 85% (để trống nếu năm đó không có mục tiêu).",
}))();
