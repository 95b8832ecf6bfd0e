// The catalogue of every Vietnamese sentence the add-on shows, so wording stays consistent and can
// be reviewed in one read. Functions take the facts and return the sentence.

import { formatCount, formatPercent, showValue } from "./text";

/** The menu and sidebar action most messages point to. */
const RUN_TEMPLATE = "hãy bấm “Tạo hoặc bổ sung mẫu”";

/** "CDHT" without Đ could be either model: say both choices, never guess. */
const AMBIGUOUS_CDHT =
  "“CDHT” chưa rõ là mô hình nào — gõ “CĐHT” hoặc “CONGDONG” cho Cộng đồng học tập (thôn, tổ dân phố); với Công dân học tập dùng mã CONGDAN_LD, CONGDAN_CB, CONGDAN_GD hoặc CONGDAN_DV.";

/** What a cell should hold, said the way an officer would say it. */
export const EXPECT = {
  count: "cần một số nguyên từ 0 trở lên, ví dụ 120 hoặc 1.234",
  rate: "cần một tỷ lệ từ 0% đến 100%, ví dụ 85% hoặc 0,85",
  mark: "cần một trong các giá trị: TRUE/FALSE, 1/0, x, đạt/chưa đạt, có/không",
  year: "cần một năm có 4 chữ số, từ 2000 đến 2100",
  points: "cần một số điểm từ 0 trở lên, ví dụ 8 hoặc 7,5",
} as const;

/** Problems with one value, independent of where it is. Each pairs with an EXPECT line. */
export const PROBLEM = {
  notNumber: (v: unknown) => `${showValue(v)} không phải là số`,
  negative: (v: unknown) => `${showValue(v)} là số âm`,
  fractional: (v: unknown) =>
    `${showValue(v)} không phải là số nguyên (nếu ô đang định dạng phần trăm, hãy nhập số đếm)`,
  boolean: (v: unknown) => `${showValue(v)} là giá trị đúng/sai, không phải số đếm`,
  percentInCount: (v: unknown) => `${showValue(v)} là tỷ lệ phần trăm, không phải số đếm`,
  date: () => "ô chứa ngày tháng",
  tooLarge: (v: unknown) => `${showValue(v)} lớn quá mức có thể có (trên 1 tỷ)`,
  rateAboveOne: (v: unknown) =>
    `${showValue(v)} lớn hơn 100% (nếu muốn ghi 85%, hãy nhập 85% hoặc 0,85)`,
  rateTooPrecise: (v: unknown) => `${showValue(v)} có quá một chữ số thập phân sau dấu phẩy của %`,
  notRate: (v: unknown) => `${showValue(v)} không phải là tỷ lệ`,
  notMark: (v: unknown) => `${showValue(v)} không phải là đánh giá đạt/chưa đạt`,
  notYear: (v: unknown) => `${showValue(v)} không phải là năm hợp lệ`,
} as const;

/** "problem — expected", the shape of every cell-level message. */
export function problemText(problem: string, expected: string): string {
  return `${problem} — ${expected}.`;
}

/** Where a value sits inside a custom-function argument (a range arrives as a 2D array). */
export function argPosition(param: string, row: number, col: number, isRange: boolean): string {
  return isRange ? `đối số ${param}, hàng ${row} cột ${col} của vùng` : `đối số ${param}`;
}

export const FN = {
  cellError: (fn: string, where: string, text: string) => `${fn}: ${where}: ${text}`,
  recognizedWithoutTotal: (fn: string, where: string, v: unknown) =>
    `${fn}: ${where}: có số công nhận ${showValue(v)} nhưng ô tổng số tương ứng đang trống — hãy nhập tổng số.`,
  pairAboveTotal: (fn: string, where: string, r: number, t: number) =>
    `${fn}: ${where}: số công nhận ${formatCount(r)} lớn hơn tổng số ${formatCount(t)} — số công nhận không được vượt tổng số.`,
  sumAboveTotal: (fn: string, r: number, t: number) =>
    `${fn}: tổng số công nhận ${formatCount(r)} lớn hơn tổng số ${formatCount(t)} — số công nhận không được vượt tổng số.`,
  shapeMismatch: (fn: string, a: string, b: string) =>
    `${fn}: vùng ${a} và vùng ${b} khác kích thước — cần cùng kích thước, hoặc một số cho tổng số.`,
  zeroTotal: (fn: string) =>
    `${fn}: tổng số bằng 0 hoặc chưa nhập nên không tính được tỷ lệ — hãy nhập tổng số lớn hơn 0.`,
  nothingToCount: (fn: string) =>
    `${fn}: vùng không có ô đánh giá nào (toàn ô trống) — hãy nhập đạt/chưa đạt cho từng dòng.`,
  missingArg: (fn: string, param: string, expected: string) =>
    `${fn}: thiếu đối số ${param} — ${expected}.`,
  ambiguousIndicator: (fn: string) => `${fn}: ${AMBIGUOUS_CDHT}`,
  unknownIndicator: (fn: string, v: unknown, codes: readonly string[]) =>
    `${fn}: không có chỉ tiêu ${showValue(v)} — hãy dùng một mã trong danh sách: ${codes.join(", ")}.`,
  unknownRoadmap: (fn: string, v: unknown, names: readonly string[]) =>
    `${fn}: không có lộ trình ${showValue(v)} — hãy dùng ${names.join(", ")} hoặc chọn vùng chứa bảng lộ trình.`,
  noTarget: (fn: string, short: string, year: number, roadmap: string) =>
    `${fn}: lộ trình ${roadmap} không có mục tiêu ${short} cho năm ${year} — hãy bổ sung vào bảng lộ trình hoặc chọn năm khác.`,
  roadmapTable: (fn: string, text: string) => `${fn}: bảng lộ trình: ${text}`,
  rateArgs: (fn: string) =>
    `${fn}: cần 2 đối số (tỷ lệ; mục tiêu) hoặc 3 đối số (số công nhận; tổng số; mục tiêu).`,
} as const;

export const ROADMAP = {
  noHeader: () =>
    `ô đầu tiên của hàng tiêu đề phải là “Năm”, các ô tiếp theo là chỉ tiêu (ví dụ GĐHT, DHHT).`,
  ambiguousCode: (col: number) => `cột ${col} của hàng tiêu đề: ${AMBIGUOUS_CDHT}`,
  unknownCode: (col: number, v: unknown) =>
    `cột ${col} của hàng tiêu đề có mã ${showValue(v)} không phải mã chỉ tiêu nào.`,
  duplicateCode: (col: number, short: string) => `cột ${col}: chỉ tiêu ${short} xuất hiện hai lần.`,
  duplicateYear: (row: number, year: number) => `hàng ${row}: năm ${year} xuất hiện hai lần.`,
  cell: (row: number, col: number, text: string) => `hàng ${row} cột ${col}: ${text}`,
  empty: () => "bảng không có năm nào — hãy nhập ít nhất một hàng dưới tiêu đề.",
  interpolated: (from: number, to: number) => `nội suy tuyến tính giữa năm ${from} và năm ${to}`,
} as const;

export const VERDICT = { met: "Đạt", notMet: "Chưa đạt" } as const;

/** "1 lỗi và 2 cảnh báo", "1 lỗi": a count of zero is not said. */
export function countWords(errors: number, warnings: number): string {
  return [errors ? `${errors} lỗi` : "", warnings ? `${warnings} cảnh báo` : ""]
    .filter(Boolean)
    .join(" và ");
}

/** "130 / 200 hộ": counts stay beside every rate. */
export function countsText(recognized: number, total: number, unit: string): string {
  return `${formatCount(recognized)} / ${formatCount(total)} ${unit}`;
}

export const UI = {
  menu: {
    sidebar: "Mở bảng điều khiển",
    check: "Kiểm tra dữ liệu",
    templateCommune: "Tạo hoặc bổ sung mẫu cho xã",
    templateDistrict: "Tạo hoặc bổ sung mẫu cho huyện",
    templateProvince: "Tạo hoặc bổ sung mẫu cho tỉnh",
    summary: "Tạo bảng tổng hợp năm báo cáo",
    report: "Tạo biểu báo cáo năm báo cáo",
    highlight: "Tô màu lại theo mục tiêu",
    close: "Chốt số liệu năm báo cáo",
    reopen: "Mở lại số liệu năm báo cáo",
    gather: "Thu thập số liệu cấp dưới (năm báo cáo)",
    functionHelp: "Hướng dẫn các hàm",
    selfCheck: "Tự kiểm tra tiện ích",
  },
  functionHelpTitle: "Các hàm tính tỷ lệ mô hình học tập",
  resultTitle: { ok: "Đã xong", failed: "Chưa làm được" },
  /** How a finding reads outside the sidebar: tab and cell first. */
  findingLine: (tab: string, cell: string, severity: string, message: string) =>
    `${severity === "error" ? "Lỗi" : "Cảnh báo"} — tab “${tab}”, ô ${cell}: ${message}`,
  moreFindings: (n: number) => `… và ${n} mục nữa (mở bảng điều khiển để xem hết).`,
} as const;

/** Entry checks: each sentence says what is wrong and what is expected; tab and cell travel beside. */
export const CHECK = {
  missingTab: (tab: string) => `Chưa có tab “${tab}” — ${RUN_TEMPLATE} để tạo tab này.`,
  missingColumn: (tab: string, header: string) =>
    `Tab “${tab}” thiếu cột “${header}” — ${RUN_TEMPLATE} để thêm cột, hoặc sửa lại tiêu đề cột cho đúng.`,
  /** A column header or a configuration row there twice: `what` names it, `first` the first. */
  twice: (what: string, first: string) =>
    `${what} có hai lần (${first} và ở đây) — hãy xóa hoặc đổi tên một chỗ.`,
  cell: (header: string, who: string, text: string) => `${header} (${who}): ${text}`,
  required: (header: string, who: string) =>
    `${header} (${who}): ô đang trống — cần nhập giá trị cho ô này.`,
  notChoice: (header: string, who: string, v: unknown, choices: readonly string[]) =>
    `${header} (${who}): ${showValue(v)} không có trong danh sách — cần một trong: ${choices.join(", ")}.`,
  order: (left: string, l: number, right: string, r: number, who: string) =>
    `${left} (${formatCount(l)}) lớn hơn ${right} (${formatCount(r)}) ở ${who} — ${left} phải nhỏ hơn hoặc bằng ${right}.`,
  markOrder: (left: string, right: string, who: string) =>
    `${who} được ghi “${left}” nhưng chưa “${right}” — hãy kiểm tra lại: chỉ công nhận khi đã đăng ký.`,
  pairMissing: (filled: string, missing: string, who: string) =>
    `Đã có “${filled}” nhưng chưa nhập “${missing}” ở ${who} — cần nhập cả hai số, hoặc để trống cả hai.`,
  duplicateCode: (noun: string, code: string, year: number, firstRow: number) =>
    `Mã ${noun} “${code}” đã có ở dòng ${firstRow} cho năm ${year} — mỗi ${noun} chỉ một dòng mỗi năm.`,
  duplicateYear: (tab: string, year: number, firstRow: number) =>
    `Năm ${year} đã có ở dòng ${firstRow} của tab “${tab}” — mỗi năm chỉ một dòng.`,
  unknownVillage: (code: string, year: number) =>
    `Mã thôn/TDP “${code}” không có trong tab “Thôn - TDP” năm ${year} — cần mã của một thôn, tổ dân phố của xã.`,
  nameVariant: (name: string, other: string, otherCell: string) =>
    `Tên “${name}” giống “${other}” (ô ${otherCell}) nhưng khác cách gõ dấu hoặc khoảng trắng — hãy gõ thống nhất để số liệu không bị tách làm hai.`,
  codeRenamed: (code: string, name: string, other: string, otherCell: string) =>
    `Mã “${code}” mang tên “${name}” nhưng ở ô ${otherCell} lại là “${other}” — một mã chỉ dùng cho một địa bàn; hãy kiểm tra lại mã hoặc tên.`,
  sameNameTwoCodes: (name: string, code: string, other: string, otherCell: string) =>
    `Tên “${name}” có hai mã: “${code}” và “${other}” (ô ${otherCell}) — nếu là cùng một địa bàn, hãy dùng một mã.`,
  yearNotInRoadmap: (year: number) =>
    `Năm ${year} không có trong tab “Lộ trình” nên không so được với mục tiêu — hãy thêm năm ${year} vào tab Lộ trình nếu cần.`,
  /** `rate` names what is divided by what, as the rate column's header does. */
  jump: (
    rate: string,
    who: string,
    from: number,
    fromYear: number,
    to: number,
    toYear: number,
    band: number,
  ) =>
    `${rate} của ${who} thay đổi từ ${formatPercent(from)} (${fromYear}) sang ${formatPercent(to)} (${toYear}), quá ${band} điểm % — hãy kiểm tra lại số liệu.`,
  roadmapCell: (text: string) => `Bảng lộ trình: ${text}`,
  config: {
    missingRow: (label: string) => `Thiếu dòng “${label}” — ${RUN_TEMPLATE} để thêm dòng này.`,
    required: (label: string) => `“${label}” đang trống — cần nhập giá trị.`,
    notChoice: (label: string, v: unknown, choices: readonly string[]) =>
      `“${label}”: ${showValue(v)} không hợp lệ — cần một trong: ${choices.join(", ")}.`,
    points: (label: string, v: unknown) =>
      `“${label}”: ${showValue(v)} không hợp lệ — cần một số điểm % từ 0 đến 100, ví dụ 5.`,
    deadline: (label: string, v: unknown) =>
      `“${label}”: ${showValue(v)} không hợp lệ — cần ngày/tháng, ví dụ 10/12.`,
    year: (label: string, text: string) => `“${label}”: ${text}`,
  },
} as const;

/** What jobs tell the officer when they end. */
export const JOB = {
  busy: "Một người khác đang chạy một việc của tiện ích trên bảng tính này. Hãy đợi một lát rồi bấm lại.",
  blocked: (errors: number, year?: number) =>
    `Chưa làm được vì số liệu${year ? ` năm ${year}` : ""} còn ${errors} lỗi. Không có gì được ghi vào bảng tính. Hãy sửa các lỗi trong danh sách rồi chạy lại.`,
  noYear:
    "Chưa chọn năm — hãy nhập “Năm báo cáo” trong tab Cấu hình hoặc chọn năm trong thanh bên.",
  noRows: (year: number) =>
    `Năm ${year} chưa có dòng nào trong các tab “Thôn - TDP”, “Đơn vị”, “Hội Khuyến học xã” — hãy nhập trước.`,
  noRoadmap:
    "Chưa đọc được tab “Lộ trình” nên không có mục tiêu để so sánh — hãy sửa các lỗi của tab Lộ trình.",
  upperInGathering: (level: string) =>
    `Bảng tính này là cấp ${level.toLowerCase()}: bảng tổng hợp cấp huyện, tỉnh được làm từ số liệu thu thập của cấp dưới, việc chỉ có trong bản tiện ích “Mô hình học tập – Tổng hợp”. Bản đang dùng là bản dành cho xã.`,
  templateDone: (created: readonly string[], completed: readonly string[], removed: string[]) =>
    created.length === 0 && completed.length === 0
      ? "Mẫu đã đầy đủ, không cần thêm gì."
      : [
          created.length ? `Đã tạo tab: ${created.join(", ")}.` : "",
          completed.length ? `Đã bổ sung: ${completed.join("; ")}.` : "",
          removed.length ? `Đã bỏ tab trống: ${removed.join(", ")}.` : "",
          "Không ô nào đã nhập bị thay đổi.",
        ]
          .filter(Boolean)
          .join(" "),
  scoringUnavailable: (detail: string) =>
    `Không nạp được phần chấm điểm theo bộ tiêu chí (${detail}); các việc khác vẫn dùng được — hãy cài lại tiện ích.`,
  summaryDone: (sheet: string, renamedFrom?: string) =>
    `Đã tạo tab “${sheet}”.${renamedFrom ? ` Tab “${renamedFrom}” có sẵn không phải do tiện ích tạo nên được giữ nguyên.` : ""}`,
  highlightDone: (tabs: number) => `Đã tô màu lại ${tabs} tab theo mục tiêu và biên độ cảnh báo.`,
  checkDone: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0
      ? "Số liệu không có lỗi nào."
      : `Tìm thấy ${countWords(errors, warnings)}.`,
  /** Said where rates are shown: summaries and the legend of data tabs. */
  cutRates:
    "Các tỷ lệ được cắt (không làm tròn) đến 0,1% để màu và đánh giá khớp với số hiển thị: 11/12 hiện 91,6%.",
  stamp: {
    upToDate: "✓ Khớp với số liệu hiện tại.",
    outOfDate:
      "⚠ Số liệu nguồn đã thay đổi sau khi tạo bảng này — hãy bấm “Tạo bảng tổng hợp” để cập nhật.",
    sources: (tabs: readonly [string, number][]) =>
      tabs.map(([name, rows]) => `tab ${name} (${rows} dòng)`).join(", "),
  },
  protection: {
    header: "Dòng tiêu đề do tiện ích tạo — sửa có thể làm tiện ích không đọc được số liệu.",
    rates: "Cột tỷ lệ do tiện ích tính tự động.",
    generated: "Tab do tiện ích tạo; mọi thay đổi sẽ mất khi tạo lại.",
  },
} as const;

export const SETTINGS = {
  noConfig: `Chưa có tab “Cấu hình” — ${RUN_TEMPLATE} trước.`,
  noConfigRow: (label: string) =>
    `Tab “Cấu hình” thiếu dòng “${label}” — ${RUN_TEMPLATE} để thêm dòng này.`,
  noRoadmap: `Chưa có tab “Lộ trình” — ${RUN_TEMPLATE} trước.`,
  saved: (changed: readonly string[]) =>
    changed.length ? `Đã lưu: ${changed.join(", ")}.` : "Không có gì thay đổi.",
  /** Whether the old targets were typed or a preset's, the table is kept: the message says so. */
  refilled: (preset: string, backup: string) =>
    `Đã điền lại tab “Lộ trình” từ lộ trình ${preset}. Bảng mục tiêu trước đó được giữ ở tab “${backup}”; bấm “Khôi phục bảng Lộ trình trước” để lấy lại.`,
  restored: (at: string, backup: string) =>
    `Đã khôi phục bảng Lộ trình như trước lần điền lại lúc ${at}. Bảng vừa thay được giữ ở tab “${backup}”.`,
  noBackup: "Không có bảng Lộ trình nào để khôi phục.",
  alreadyRestored: "Bảng Lộ trình đó đã được khôi phục rồi; không có gì thay đổi.",
  backupTooLarge:
    "Bảng Lộ trình quá lớn để tiện ích đổi chỗ an toàn với bảng đã giữ — hãy chép tay các năm cần khôi phục từ tab “Lộ trình trước khi điền lại”.",
  backupNote: (at: string, preset: string) =>
    `Bảng Lộ trình được thay lúc ${at} (lộ trình khi đó: ${preset}).`,
  invalid: (what: string) => `Giá trị không hợp lệ: ${what}. Hãy chọn lại trong thanh bên.`,
  levelMismatch: (current: string, wanted: string) =>
    `Bảng tính đang đặt cấp “${current}” trong tab Cấu hình, nên không tạo mẫu cấp “${wanted}”. Nếu muốn đổi cấp, hãy đổi trong phần Cài đặt trước.`,
  noCell: (tab: string, cell: string) =>
    `Không tìm thấy ô ${cell} của tab “${tab}” — có thể tab đã bị đổi tên hoặc xóa.`,
  sidebarTitle: "Mô hình học tập",
} as const;

const CLOSING_PREFIX = (year: number) => `Số liệu năm ${year} đã chốt`;

export const CLOSING = {
  action: { close: "Chốt số liệu", reopen: "Mở lại" },
  unknownUser: "(không rõ tài khoản)",
  closed: (year: number, by: string, at: string) =>
    `Đã chốt số liệu năm ${year} (${by}, ${at}). Các dòng năm ${year} đã được khóa (sửa sẽ có cảnh báo).`,
  reopened: (year: number) => `Đã mở lại số liệu năm ${year}. Nhật ký vẫn giữ lần chốt trước.`,
  alreadyClosed: (year: number) => `Số liệu năm ${year} đã được chốt từ trước.`,
  notClosed: (year: number) => `Số liệu năm ${year} chưa được chốt nên không cần mở lại.`,
  changed: (year: number, at: string) =>
    `Số liệu năm ${year} bị sửa sau khi chốt (${at}) — hãy “Mở lại” rồi “Chốt số liệu” lại, hoặc trả lại như cũ.`,
  /** Every closed-year protection starts with this, which is how "Mở lại" finds them. */
  protectionPrefix: CLOSING_PREFIX,
  protection: (year: number, by: string, at: string) =>
    `${CLOSING_PREFIX(year)} (${by}, ${at}). Muốn sửa, hãy bấm “Mở lại số liệu năm ${year}” trong thanh bên.`,
  statusLabel: (year: number) => `Trạng thái năm ${year}`,
  statusClosed: (by: string, at: string) => `Đã chốt (${by}, ${at})`,
  statusOpen: "Chưa chốt",
  statusReopened: (at: string) => `Đã mở lại lúc ${at}, chưa chốt lại`,
} as const;

/** The list of areas (registry) a district or province keeps; its own object, so the commune
 * flavor's check of it does not pull every gathering sentence into that bundle. */
export const REGISTRY = {
  sameSheet: (row: number, code: string) =>
    `Cùng bảng tính với dòng ${row} (mã “${code}”) — mỗi bảng tính chỉ liệt kê một lần.`,
  ownSheet: "Đây là chính bảng tính này (danh sách địa bàn của nó) — cần bảng tính của cấp dưới.",
  badUrl: (v: string) =>
    `Đường dẫn “${v}” không phải địa chỉ Google Sheet — cần dạng https://docs.google.com/spreadsheets/d/…`,
  noUrl: (name: string) =>
    `${name} chưa có đường dẫn bảng tính — địa bàn này sẽ không được thu thập.`,
  duplicate: (code: string, row: number) =>
    `Mã “${code}” đã có ở dòng ${row} — mỗi địa bàn chỉ một dòng.`,
  unknownMerge: (code: string) =>
    `Mã sáp nhập “${code}” không có trong danh sách — cần mã của một địa bàn trong tab này.`,
  selfMerge: (code: string) => `Địa bàn “${code}” không thể sáp nhập vào chính nó.`,
} as const;

/** The gathering job's button, as officers see it in the sidebar and the menu. */
const GATHER_BUTTON = "“Thu thập số liệu cấp dưới”";
const STOPPED = (done: number, total: number) =>
  `Đã thu thập ${done}/${total} nguồn thì dừng trước giới hạn 6 phút của Google`;

export const GATHER = {
  status: {
    gathered: "Đã thu thập",
    noData: "Không có số liệu năm này",
    hasErrors: "Có lỗi, chưa lấy số liệu mới",
    openFailed: "Không mở được bảng tính",
    readFailed: "Không đọc hết được bảng tính",
    notAddon: "Không phải bảng tính của tiện ích",
    wrongVersion: "Sai phiên bản mẫu",
    noUrl: "Chưa có đường dẫn",
    refused: "Dòng danh sách có lỗi, không thu thập",
    pending: "Chưa thu thập (lần chạy chưa xong)",
  },
  timeliness: {
    onTime: "Đúng hạn",
    late: "Chốt muộn",
    openLate: "Chưa chốt, đã quá hạn",
    open: "Chưa chốt",
  },
  /** The status tab's column for edits made after closing. */
  changed: "Có — số liệu khác lúc chốt",
  detail: {
    wrongVersion: (found: string, wanted: number) =>
      `Mẫu phiên bản ${found || "(không rõ)"}, cần phiên bản ${wanted} — hãy nhờ xã chạy “Tạo hoặc bổ sung mẫu”.`,
    openFailed:
      "Đường dẫn sai, bảng tính đã bị xóa, chưa chia sẻ quyền Xem cho tài khoản này, hoặc Google tạm lỗi — hãy kiểm tra rồi thu thập lại.",
    // a plain literal: a template with a value would keep GATHER in bundles that never use it
    readFailed: "Google tạm lỗi khi đang đọc bảng tính này — hãy thu thập lại.",
    notAddon: "Bảng tính chưa có mẫu của tiện ích — hãy nhờ xã cài tiện ích và tạo mẫu.",
    noUrl: "Hãy nhập đường dẫn bảng tính của địa bàn vào tab Danh sách địa bàn.",
    keptPrevious: (at: string) => `Vẫn dùng số liệu thu thập lúc ${at}.`,
    errors: (n: number) => `${n} lỗi trong số liệu của địa bàn:`,
    changed: (at: string) =>
      `Số liệu năm này đã bị sửa sau khi xã chốt lúc ${at} — nhờ xã chốt lại.`,
  },
  /** A refused row's stand-in code in the status tab, when it has none. */
  row: (row: number) => `(dòng ${row})`,
  snapshot: {
    unknownArea: (code: string) => `Mã nguồn “${code}” không còn trong Danh sách địa bàn.`,
    pastedTwice: (row: number) =>
      `Dòng này trùng dòng ${row} (cùng địa bàn, mã, năm) — hãy xóa dòng thừa hoặc thu thập lại.`,
    twice: (area: string, via: string, first: string) =>
      `${area} có số liệu qua cả ${via} và ${first} — chỉ tính một lần, theo ${first}.`,
  },
  /** The status tab's line about the run: when it started, how far it got or when it ended. */
  run: (start: string, done: number, total: number, end?: string) =>
    `Lần thu thập bắt đầu lúc ${start}: ${end ? `hoàn tất lúc ${end}` : `đã xong ${done}/${total} nguồn, chưa xong`}.`,
  done: (gathered: number, expected: number, missing: number, others: number) =>
    `Đã thu thập ${gathered}/${expected} nguồn${missing ? `; ${missing} nguồn chưa có số liệu mới` : ""}${others ? `; ${others} nguồn cần xem lại` : ""}.`,
  /** Past one execution, as an add-on: no trigger runs sooner than an hour, so the officer resumes. */
  paused: (done: number, total: number) =>
    `${STOPPED(done, total)}. Hãy bấm ${GATHER_BUTTON} lần nữa để thu thập tiếp; các nguồn đã xong được giữ nguyên.`,
  /** Past one execution, as a script bound to the workbook: a trigger resumes it. */
  pausedAuto: (done: number, total: number) =>
    `${STOPPED(done, total)}; phần còn lại tự chạy tiếp sau ít phút (hoặc bấm ${GATHER_BUTTON} lần nữa).`,
  /** The continuation trigger found the workbook gone or no longer shared. */
  unreachable: "Bảng tính đã bị xóa hoặc không còn được chia sẻ: đã hủy việc tự chạy tiếp.",
  /** One source's line in the job's list of problems. */
  problem: (name: string, code: string, what: string) => `${name} (${code}): ${what}`,
  noAreas:
    "Tab “Danh sách địa bàn” chưa có địa bàn nào có đường dẫn — hãy nhập mã, tên và đường dẫn bảng tính của từng xã.",
  nothingGathered: (year: number) =>
    `Chưa có số liệu năm ${year} của cấp dưới — hãy bấm “Thu thập số liệu cấp dưới” trước.`,
  notUpper: "Việc thu thập chỉ dành cho bảng tính cấp huyện hoặc tỉnh.",
  completenessTitle: (year: number) => `TÌNH TRẠNG THU THẬP NĂM ${year}`,
  totals: {
    expected: "Số nguồn dự kiến",
    gathered: "Đã có số liệu",
    closed: "Đã chốt",
    onTime: "Chốt đúng hạn",
    reportingRate: "Tỷ lệ có báo cáo",
    onTimeRate: "Tỷ lệ đúng hạn",
    changed: "Sửa sau khi chốt",
  },
  all: "Toàn bộ",
  deadline: (d: string) => `Hạn nộp: ${d}`,
  /** Notes under an upper-level summary's stamp: what its figures do not show. */
  notes: {
    notGathered: (list: string) => `⚠ Chưa có số liệu mới của: ${list}.`,
    open: (list: string) => `⚠ Chưa chốt số liệu: ${list}.`,
    changed: (list: string) => `⚠ Đã sửa số liệu sau khi chốt: ${list}.`,
    twice: (list: string) => `⚠ Có số liệu qua hai nguồn, chỉ tính một lần: ${list}.`,
  },
} as const;

/** The names of the scoring actions, the same in the menu, the sidebar and every message. */
export const SCORING_ACTION = {
  tabs: "Tạo hoặc cập nhật tab chấm điểm",
  rollup: "Cập nhật số đếm từ tab chấm điểm",
  list: "Tạo danh sách công nhận",
} as const;

const PRESS_TABS = `bấm “${SCORING_ACTION.tabs}”`;
const PROVINCE = "theo văn bản của tỉnh";

/**
 * Criteria scoring: the "Bộ tiêu chí" tab, the "Chấm điểm …" tabs, the roll-up, the list and
 * DAT_TIEUCHI. Pure, so Code.js (which ships without scoring's code) leaves it out.
 */
export const SCORING = /* @__PURE__ */ (() => ({
  /** What the verdict column shows besides Đạt / Chưa đạt. */
  word: { unscored: "Chưa chấm", missing: "Thiếu điểm", invalid: "Điểm chưa hợp lệ" },
  pointsHelp: (text: string, max: number) => `${text}: 0 đến ${showValue(max)} điểm.`,
  waiting: (models: readonly string[]) =>
    ` Tab chấm điểm ${models.join(", ")} sẽ có khi tab “Bộ tiêu chí” đủ tiêu chí, điểm tối đa, điểm đạt.`,
  communeOnly: "Chấm điểm theo bộ tiêu chí chỉ dùng ở bảng tính cấp xã; cấp trên chỉ nhận số đếm.",
  idNumber: "Có dãy số giống số CMND/CCCD — tiện ích không cần số này, hãy xóa.",
  unknownUnit: (code: string, year: number) =>
    `Mã đơn vị “${code}” không có trong tab “Đơn vị” năm ${year} — cần mã một đơn vị của xã.`,
  duplicate: (noun: string, name: string, code: string, year: number, row: number) =>
    `“${name}” (${code}) đã có ở dòng ${row} năm ${year} — mỗi ${noun} một dòng; nếu là ${noun} khác, ghi thêm để phân biệt, ví dụ “${name} (xóm 2)”.`,
  aboveMax: (who: string, code: string, points: number, max: number) =>
    `${who}: tiêu chí ${code} được ${showValue(points)}, lớn hơn điểm tối đa ${showValue(max)}.`,
  missing: (who: string, codes: readonly string[], count: number) =>
    `${who}: chưa có điểm tiêu chí ${codes.join(", ")} — cần đủ ${count} tiêu chí (0 nếu không được điểm).`,
  notRegistered: (who: string) =>
    `${who} có điểm nhưng chưa đăng ký — ghi “có” ở cột Đăng ký, hoặc xóa điểm.`,
  staleVerdicts: (rows: readonly (number | string)[]) =>
    `Cột “Kết quả” ${rows.length ? `khác bộ tiêu chí hiện tại ở dòng ${rows.join(", ")}` : "bị thiếu"} — ${PRESS_TABS} để cập nhật.`,
  differs: (header: string, who: string, have: unknown, want: number | string, tab: string) =>
    `${header} (${who}) là ${showValue(have)}, tab “${tab}” cho ${showValue(want)} — bấm “${SCORING_ACTION.rollup}” hoặc kiểm tra tab chấm điểm.`,
  aboveTotal: (tab: string, n: number, header: string, total: string, limit: number, who: string) =>
    `Tab “${tab}” cho ${formatCount(n)} ở “${header}” của ${who}, nhiều hơn “${total}” (${formatCount(limit)}) — kiểm tra tổng số hoặc tab chấm điểm.`,
  /** Every note the roll-up writes starts with this. */
  rollupSource: (tab: string) => `Tính từ tab “${tab}”:`,
  rollupNote: (tab: string, value: unknown) =>
    `${SCORING.rollupSource(tab)} ${String(value)}. Sửa tay thì lần cập nhật sau sẽ hỏi trước khi ghi đè.`,
  typedValue: (have: unknown, want: number | string, tab: string) =>
    `Ô có ${showValue(have)} nhập tay, tab “${tab}” cho ${showValue(want)}.`,
  rollup: {
    noScoring: `Chưa có tab chấm điểm hộ, dòng họ, thôn hay đơn vị — ${PRESS_TABS} trước.`,
    closed: (year: number) => `Năm ${year} đã chốt — “Mở lại” năm ${year} rồi mới cập nhật số đếm.`,
    nothing: (year: number) =>
      `Tab chấm điểm chưa có dòng nào năm ${year} của một thôn, đơn vị — không có gì để ghi.`,
    asks: (n: number) => `Chưa ghi gì: ${n} ô nhập tay khác số từ tab chấm điểm.`,
    question: (n: number) => `Ghi đè ${n} ô nhập tay bằng số từ tab chấm điểm?`,
    done: (changed: number, year: number, waiting: number) =>
      `${changed ? `Đã ghi ${changed} ô số đếm năm ${year} (có ghi chú nguồn).` : `Số đếm năm ${year} đã khớp tab chấm điểm.`}${waiting ? ` ${waiting} dòng đã đăng ký chưa chấm được tính là chưa đạt.` : ""}`,
  },
  list: {
    title: (noun: string, model: string, year: number) =>
      `DANH SÁCH ${noun.toUpperCase()} ĐƯỢC CÔNG NHẬN “${model.toUpperCase()}” NĂM ${year}`,
    decision: (area: string) =>
      `(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của UBND ${area})`,
    header: (name: string) => ["STT", name, "Tổng điểm", "Ghi chú"],
    place: (name: string, n: number, noun: string) => `${name}: ${n} ${noun}`,
    total: (n: number, noun: string) => `Tổng cộng: ${formatCount(n)} ${noun}`,
    body: "Ủy ban nhân dân",
    preparer: "Người lập danh sách",
    signer: "TM. Ủy ban nhân dân",
    chair: "Chủ tịch",
    none: (year: number) =>
      `Các tab chấm điểm chưa có ai đạt năm ${year} (đã đăng ký, chấm đủ điểm, đạt bộ tiêu chí) — chưa có gì để lập danh sách.`,
    done: (tab: string) =>
      `Đã tạo tab “${tab}” để in kèm quyết định công nhận: Tệp → Tải xuống → PDF, khổ A4, hướng dọc.`,
    tab: (year: number) => `Danh sách công nhận ${year}`,
  },
}))();

/** The criteria tab's problems (check/criteria.ts): what DAT_TIEUCHI says too, so Code.js has it. */
export const CRITERIA_MSG = /* @__PURE__ */ (() => ({
  unknownModel: (v: unknown, names: readonly string[]) =>
    `${showValue(v)} không phải mô hình — cần một trong: ${names.join(", ")}.`,
  ambiguousModel: "“CDHT” chưa rõ — ghi “Cộng đồng học tập” hoặc “Công dân học tập”.",
  formName: (model: string) => `Dòng đối tượng của ${model} chưa có tên — cần tên nhóm đối tượng.`,
  duplicateForm: (model: string, form: string) =>
    `Đối tượng “${form}” của ${model} đã khai báo — mỗi đối tượng một dòng.`,
  unknownForm: (model: string, form: string) =>
    `Đối tượng “${form}” chưa khai báo cho ${model} — thêm dòng “Đối tượng (mẫu phiếu)”, hoặc để trống.`,
  formsDiffer: (model: string, a: string, b: string) =>
    `“${a}” có mã tiêu chí khác “${b}” (${model}) — mọi đối tượng cần cùng mã tiêu chí.`,
  duplicateRule: (model: string, kind: string, row: number) =>
    `“${kind}” của ${model} đã có ở dòng ${row} — chỉ một dòng (hoặc một dòng mỗi đối tượng).`,
  missingCode: (model: string) => `Tiêu chí của ${model} chưa có mã — cần mã ngắn, ví dụ 1a.`,
  duplicateCode: (model: string, code: string, row: number) =>
    `Mã “${code}” của ${model} đã có ở dòng ${row} — mỗi tiêu chí một mã.`,
  noMax: (code: string) => `điểm tối đa tiêu chí ${code}`,
  noItems: "các tiêu chí",
  noTotal: "tổng điểm tối đa",
  noPass: "điểm đạt",
  noRows: "mọi dòng",
  notReady: (model: string, what: string) =>
    `Bộ tiêu chí ${model} còn thiếu: ${what} — điền trong tab “Bộ tiêu chí” (${PROVINCE}).`,
  passAboveTotal: (model: string, pass: number, total: number) =>
    `Điểm đạt ${showValue(pass)} lớn hơn tổng điểm ${showValue(total)} (${model}) — cần nhỏ hơn hoặc bằng.`,
  sumMismatch: (model: string, stated: number, sum: number) =>
    `Tổng điểm ${model} ghi ${showValue(stated)}, các tiêu chí cộng lại ${showValue(sum)} — cần bằng nhau.`,
  unknownItem: (model: string, code: string, items: readonly { code: string }[]) =>
    `${model} không có tiêu chí “${code}” — cần một trong: ${items.map((i) => i.code).join(", ")}; trống là mọi tiêu chí.`,
  minAboveMax: (model: string, code: string, min: number, max: number) =>
    `Tối thiểu ${showValue(min)} lớn hơn điểm tối đa ${showValue(max)} của tiêu chí ${code} (${model}).`,
  unknownGroup: (model: string, group: string, groups: readonly string[]) =>
    `${model} không có nhóm “${group}” — cần một trong: ${groups.join("; ")}; trống là mọi nhóm.`,
  percentAbove100: (v: number) => `${showValue(v)}% lớn hơn 100% — cần từ 0 đến 100.`,
}))();

/** DAT_TIEUCHI's errors. */
export const CRITERIA_FN = /* @__PURE__ */ (() => ({
  setExpected:
    "cần tên bộ tiêu chí mẫu, ví dụ “CONGDAN”, hoặc vùng dòng của một mô hình trong tab Bộ tiêu chí",
  unknownSet: (fn: string, v: unknown, names: readonly string[]) =>
    `${fn}: không có bộ tiêu chí ${showValue(v)} — dùng ${names.join(", ")} hoặc vùng trong tab Bộ tiêu chí.`,
  setProblem: (fn: string, text: string) => `${fn}: bộ tiêu chí: ${text}`,
  setPending: (fn: string, what: string) =>
    `${fn}: bộ tiêu chí còn thiếu: ${what} — điền trong tab Bộ tiêu chí rồi chọn vùng đó.`,
  setModels: (fn: string, n: number) =>
    `${fn}: vùng có ${n} mô hình — cần các dòng của đúng một mô hình.`,
  setForms: (fn: string) =>
    `${fn}: các đối tượng có quy tắc khác nhau — chọn các dòng của một đối tượng.`,
  pointsShape: (fn: string, rows: number, cols: number) =>
    `${fn}: diem là vùng ${rows} hàng × ${cols} cột — cần một hàng hoặc một cột; chấm cả danh sách ở tab chấm điểm.`,
  pointsCount: (fn: string, n: number, codes: readonly string[]) =>
    `${fn}: có ${n} điểm, bộ tiêu chí có ${codes.length} tiêu chí (${codes.join(", ")}) — cần đúng ${codes.length} điểm theo thứ tự đó.`,
  pointsBlank: (fn: string, where: string, code: string) =>
    `${fn}: ${where}: thiếu điểm tiêu chí ${code} — ghi 0 nếu không được điểm.`,
  pointsAboveMax: (fn: string, where: string, v: number, code: string, max: number) =>
    `${fn}: ${where}: ${showValue(v)} lớn hơn điểm tối đa ${showValue(max)} của tiêu chí ${code}.`,
}))();
