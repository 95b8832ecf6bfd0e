// The long texts a template carries: what each column and configuration row holds (Sheets shows
// them as data-validation help and beside each configuration value) and where each preset
// roadmap's figures come from; and the words of printed documents. Only the template and report
// jobs need them, so the build writes them into the project file Guidance.html and Code.js, which
// every custom-function cell loads, does without them.

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
  /** The legend beside a data tab's rate columns, one cell each, in the colours it explains. */
  readonly legend: { readonly met: string; readonly near: string; readonly short: string };
  /** The words of printed documents (report/print.ts, report/yearly.ts). */
  readonly print: PrintWords;
}

/**
 * What printed documents say: the national header, the date line, the signers, and the yearly
 * report's tab, title, table and notes. "{year}", "{place}", "{day}", "{month}" are filled in.
 */
export interface PrintWords {
  readonly nation: string;
  readonly motto: string;
  readonly date: string;
  /** Kinds of area dropped from an area's name to get its place: "Xã Quảng Thạch" → "Quảng Thạch". */
  readonly kinds: string;
  readonly tab: string;
  /** Said after the report is made: how to print it. */
  readonly done: string;
  readonly preparer: string;
  readonly sign: string;
  readonly signSeal: string;
  readonly body: string;
  readonly chair: readonly string[];
  readonly title: string;
  readonly subtitle: string;
  /**
   * The table's sections I, II, III: a title, then each indicator's id and row label. The first
   * lists every model, even without figures; the others only indicators with figures or a target.
   */
  readonly sections: readonly (readonly [
    title: string,
    rows: readonly (readonly [string, string])[],
  ])[];
  readonly header: readonly string[];
  readonly byGroup: string;
  readonly groupHeader: readonly string[];
  readonly noGroups: string;
  readonly none: string;
  readonly incomplete: string;
  /** "Ghi chú:", then one note per line. */
  readonly notes: readonly string[];
  /** The note added when a registered count is missing ("chưa đủ"). */
  readonly incompleteNote: string;
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
      "Lộ trình dùng để điền sẵn tab Lộ trình; chọn “Tự nhập trong tab Lộ trình” khi địa phương tự nhập mục tiêu.",
    amber: "Thiếu mục tiêu trong biên độ này thì tô vàng, nhiều hơn thì tô đỏ.",
    jump: "Tỷ lệ tăng hoặc giảm quá mức này so với năm trước thì được nhắc kiểm tra lại.",
    hierarchy: "Từ 1/7/2025 xã báo cáo thẳng lên tỉnh; số liệu cũ có thể qua huyện.",
    deadline: "Ví dụ 10/12: báo cáo nộp sau ngày này là nộp muộn.",
  },
  presets: {
    QUOCGIA:
      "QĐ 387/QĐ-TTg ngày 25/3/2022 và QĐ 677/QĐ-TTg ngày 3/6/2022 của Thủ tướng Chính phủ: mục tiêu năm 2025 và 2030; các năm 2026–2029 nội suy tuyến tính. Lãnh đạo Hội quản lý TTHTCĐ không có mục tiêu 2030; tập huấn tiêu chí CDHT chỉ có mục tiêu 2025.",
    HAIHAU:
      "Kế hoạch của UBND huyện Hải Hậu (Nam Định) thực hiện QĐ 387/QĐ-TTg và QĐ 677/QĐ-TTg: các bảng lộ trình từng năm 2022–2030 (lời văn của kế hoạch ghi một số con số khác bảng; ở đây lấy theo bảng).",
    BACGIANG:
      "Kế hoạch của UBND tỉnh Bắc Giang (nay thuộc tỉnh Bắc Ninh) thực hiện QĐ 387/QĐ-TTg (ICTVietnam, 08/10/2022): năm 2025 như mục tiêu quốc gia, năm 2030 theo kế hoạch của tỉnh; các năm 2026–2029 nội suy tuyến tính.",
    QUANGTHACH:
      "Kế hoạch của UBND xã Quảng Thạch (Quảng Xương, Thanh Hóa) thực hiện Đề án “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng giai đoạn 2021-2030”: mục tiêu 2025 và 2030 (quán triệt văn kiện đọc từ “100% hội viên hội khuyến học được nhận thức đầy đủ”); các năm 2026–2029 nội suy tuyến tính.",
  },
  roadmap: "Mục tiêu dạng tỷ lệ, ví dụ 85% (để trống nếu năm đó không có mục tiêu).",
  legend: {
    met: "Xanh: đạt mục tiêu của năm",
    near: "Vàng: thiếu, trong biên độ cảnh báo",
    short: "Đỏ: thiếu quá biên độ cảnh báo",
  },
  print: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    date: "{place}, ngày {day} tháng {month} năm {year}",
    kinds: "xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh",
    tab: "Biểu báo cáo năm {year}",
    done: "Để in: Tệp → Tải xuống → PDF, khổ A4, hướng dọc.",
    preparer: "Người lập biểu",
    sign: "(Ký, ghi rõ họ tên)",
    signSeal: "(Ký, ghi rõ họ tên, đóng dấu)",
    body: "Hội Khuyến học",
    chair: ["TM. Hội Khuyến học", "Chủ tịch"],
    title: "Biểu báo cáo kết quả xây dựng các mô hình học tập năm {year}",
    subtitle: "(Theo QĐ 387/QĐ-TTg và QĐ 677/QĐ-TTg; mục tiêu lấy từ tab “Lộ trình”)",
    sections: [
      [
        "Gia đình, dòng họ, cộng đồng, đơn vị học tập",
        [
          ["GDHT", "Gia đình học tập (hộ)"],
          ["DHHT", "Dòng họ học tập (dòng họ)"],
          ["CONGDONG", "Cộng đồng học tập (thôn/TDP)"],
          ["DVHT", "Đơn vị học tập (đơn vị)"],
        ],
      ],
      [
        "Công dân học tập",
        [
          ["CONGDAN_LD", "Người lao động trong GĐHT, DHHT, CĐHT"],
          ["CONGDAN_CB", "CBCCVC, người lao động trong ĐVHT"],
          ["CONGDAN_GD", "Người lớn trong GĐHT, DHHT, CĐHT"],
          ["CONGDAN_DV", "CBCCVC, người lao động trong ĐVHT cấp xã, huyện"],
          ["KYNANGSO", "Có kỹ năng số"],
          ["KYNANGSO_TT", "Thành thạo kỹ năng số"],
        ],
      ],
      [
        "Hội Khuyến học",
        [
          ["CT_TTHTCD", "Chủ tịch/Phó Chủ tịch Hội Khuyến học xã tham gia quản lý TTHTCĐ"],
          ["CB_TTHTCD", "Cán bộ khuyến học xã tham gia TTHTCĐ và được bồi dưỡng CNTT"],
          ["QUANTRIET", "Cán bộ, hội viên Hội Khuyến học được quán triệt văn kiện"],
          ["CONGDAN_TAPHUAN", "Hội viên được tập huấn tiêu chí Công dân học tập"],
        ],
      ],
    ],
    header: [
      "TT",
      "Mô hình, chỉ tiêu",
      "Tổng số",
      "Đăng ký",
      "Được công nhận",
      "Tỷ lệ trên tổng số",
      "Tỷ lệ trên đăng ký",
      "Mục tiêu",
      "Đánh giá",
    ],
    byGroup: "Công dân học tập theo nhóm đối tượng",
    groupHeader: ["TT", "Nhóm đối tượng", "Đăng ký", "Được công nhận", "Tỷ lệ trên đăng ký"],
    noGroups: "Bảng tính chưa có số liệu chấm điểm năm {year}, nên phần này để trống.",
    none: "–",
    incomplete: "chưa đủ",
    notes: [
      "Ghi chú:",
      "- Tỷ lệ trên tổng số = số được công nhận / tổng số của địa bàn (mục tiêu và đánh giá theo tỷ lệ này); tỷ lệ trên đăng ký = số được công nhận / số đã đăng ký.",
      "- Tỷ lệ được cắt, không làm tròn, đến 0,1% (11/12 ghi 91,6%).",
    ],
    incompleteNote:
      "- “chưa đủ”: có thôn/TDP hoặc đơn vị chưa nhập số đăng ký nên không cộng được.",
  },
}))();
