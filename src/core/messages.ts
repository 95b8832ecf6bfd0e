// The catalogue of every Vietnamese sentence the add-on shows, so wording stays consistent and can
// be reviewed in one read. Functions take the facts and return the sentence.

import { formatCount, formatPercent, showValue } from "./text";

/** The menu and sidebar action most messages point to. */
const RUN_TEMPLATE = 'hãy bấm "Tạo hoặc bổ sung mẫu"';

/** "CDHT" without Đ could be either model: say both choices, never guess. */
const AMBIGUOUS_CDHT =
  '"CDHT" chưa rõ là mô hình nào — gõ "CĐHT" hoặc "CONGDONG" cho Cộng đồng học tập (thôn, tổ dân phố); với Công dân học tập dùng mã CONGDAN_LD, CONGDAN_CB, CONGDAN_GD hoặc CONGDAN_DV.';

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
  noTarget: (fn: string, indicator: string, year: number, roadmap: string) =>
    `${fn}: lộ trình ${roadmap} không có mục tiêu ${indicator} cho năm ${year} — hãy bổ sung vào bảng lộ trình hoặc chọn năm khác.`,
  roadmapTable: (fn: string, text: string) => `${fn}: bảng lộ trình: ${text}`,
  setExpected:
    'cần tên bộ tiêu chí mẫu, ví dụ "CONGDAN", hoặc vùng các dòng của một mô hình trong tab Bộ tiêu chí',
  unknownSet: (fn: string, v: unknown, names: readonly string[]) =>
    `${fn}: không có bộ tiêu chí ${showValue(v)} — hãy dùng ${names.join(", ")} hoặc chọn vùng các dòng của một mô hình trong tab Bộ tiêu chí.`,
  setProblem: (fn: string, text: string) => `${fn}: bộ tiêu chí: ${text}`,
  setPending: (fn: string, what: string) =>
    `${fn}: bộ tiêu chí chưa đủ để chấm điểm, còn thiếu: ${what} — hãy điền trong tab Bộ tiêu chí (cần xác nhận theo văn bản của tỉnh) rồi chọn vùng các dòng đó.`,
  setModels: (fn: string, models: readonly string[]) =>
    `${fn}: vùng bộ tiêu chí ${models.length ? `có ${models.length} mô hình (${models.join(", ")})` : "không có mô hình nào"} — hãy chọn các dòng của đúng một mô hình.`,
  setForms: (fn: string, forms: readonly string[]) =>
    `${fn}: các đối tượng (${forms.join("; ")}) có quy tắc khác nhau — hãy chọn các dòng của một đối tượng.`,
  pointsShape: (fn: string, rows: number, cols: number) =>
    `${fn}: đối số diem là vùng ${rows} hàng × ${cols} cột — cần điểm của một đối tượng trên một hàng hoặc một cột; để chấm cả danh sách, hãy dùng tab chấm điểm.`,
  pointsCount: (fn: string, n: number, codes: readonly string[]) =>
    `${fn}: có ${n} điểm nhưng bộ tiêu chí có ${codes.length} tiêu chí (${codes.join(", ")}) — cần đúng ${codes.length} điểm, theo thứ tự đó.`,
  pointsBlank: (fn: string, where: string, code: string) =>
    `${fn}: ${where}: chưa có điểm tiêu chí ${code} — ${EXPECT.points} (ghi 0 nếu không được điểm).`,
  pointsAboveMax: (fn: string, where: string, v: number, code: string, max: number) =>
    `${fn}: ${where}: ${showValue(v)} lớn hơn điểm tối đa ${showValue(max)} của tiêu chí ${code} — cần từ 0 đến ${showValue(max)}.`,
  rateArgs: (fn: string) =>
    `${fn}: cần 2 đối số (tỷ lệ; mục tiêu) hoặc 3 đối số (số công nhận; tổng số; mục tiêu).`,
} as const;

export const ROADMAP = {
  noHeader: () =>
    `ô đầu tiên của hàng tiêu đề phải là "Năm", các ô tiếp theo là mã chỉ tiêu (ví dụ GDHT, DHHT).`,
  ambiguousCode: (col: number) => `cột ${col} của hàng tiêu đề: ${AMBIGUOUS_CDHT}`,
  unknownCode: (col: number, v: unknown) =>
    `cột ${col} của hàng tiêu đề có mã ${showValue(v)} không phải mã chỉ tiêu nào.`,
  duplicateCode: (col: number, code: string) => `cột ${col}: mã ${code} xuất hiện hai lần.`,
  duplicateYear: (row: number, year: number) => `hàng ${row}: năm ${year} xuất hiện hai lần.`,
  cell: (row: number, col: number, text: string) => `hàng ${row} cột ${col}: ${text}`,
  empty: () => "bảng không có năm nào — hãy nhập ít nhất một hàng dưới tiêu đề.",
  interpolated: (from: number, to: number) => `nội suy tuyến tính giữa năm ${from} và năm ${to}`,
} as const;

export const VERDICT = { met: "Đạt", notMet: "Chưa đạt" } as const;

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
    highlight: "Tô màu lại theo mục tiêu",
    close: "Chốt số liệu năm báo cáo",
    reopen: "Mở lại số liệu năm báo cáo",
    gather: "Thu thập số liệu cấp dưới (năm báo cáo)",
    functionHelp: "Hướng dẫn các hàm",
  },
  functionHelpTitle: "Các hàm tính tỷ lệ mô hình học tập",
  resultTitle: { ok: "Đã xong", failed: "Chưa làm được" },
  /** How a finding reads outside the sidebar: tab and cell first. */
  findingLine: (tab: string, cell: string, severity: string, message: string) =>
    `${severity === "error" ? "Lỗi" : "Cảnh báo"} — tab "${tab}", ô ${cell}: ${message}`,
  moreFindings: (n: number) => `… và ${n} mục nữa (mở bảng điều khiển để xem hết).`,
} as const;

/** Entry checks: each sentence says what is wrong and what is expected; tab and cell travel beside. */
export const CHECK = {
  missingTab: (tab: string) => `Chưa có tab "${tab}" — ${RUN_TEMPLATE} để tạo tab này.`,
  missingColumn: (tab: string, header: string) =>
    `Tab "${tab}" thiếu cột "${header}" — ${RUN_TEMPLATE} để thêm cột, hoặc sửa lại tiêu đề cột cho đúng.`,
  cell: (header: string, who: string, text: string) => `${header} (${who}): ${text}`,
  required: (header: string, who: string) =>
    `${header} (${who}): ô đang trống — cần nhập giá trị cho ô này.`,
  notChoice: (header: string, who: string, v: unknown, choices: readonly string[]) =>
    `${header} (${who}): ${showValue(v)} không có trong danh sách — cần một trong: ${choices.join(", ")}.`,
  order: (left: string, l: number, right: string, r: number, who: string) =>
    `${left} (${formatCount(l)}) lớn hơn ${right} (${formatCount(r)}) ở ${who} — ${left} phải nhỏ hơn hoặc bằng ${right}.`,
  markOrder: (left: string, right: string, who: string) =>
    `${who} được ghi "${left}" nhưng chưa "${right}" — hãy kiểm tra lại: chỉ công nhận khi đã đăng ký.`,
  pairMissing: (filled: string, missing: string, who: string) =>
    `Đã có "${filled}" nhưng chưa nhập "${missing}" ở ${who} — cần nhập cả hai số, hoặc để trống cả hai.`,
  duplicateCode: (noun: string, code: string, year: number, firstRow: number) =>
    `Mã ${noun} "${code}" đã có ở dòng ${firstRow} cho năm ${year} — mỗi ${noun} chỉ một dòng mỗi năm.`,
  duplicateYear: (tab: string, year: number, firstRow: number) =>
    `Năm ${year} đã có ở dòng ${firstRow} của tab "${tab}" — mỗi năm chỉ một dòng.`,
  unknownVillage: (code: string, year: number) =>
    `Mã thôn/TDP "${code}" không có trong tab "Thôn - TDP" năm ${year} — cần mã của một thôn, tổ dân phố của xã.`,
  nameVariant: (name: string, other: string, otherCell: string) =>
    `Tên "${name}" giống "${other}" (ô ${otherCell}) nhưng khác cách gõ dấu hoặc khoảng trắng — hãy gõ thống nhất để số liệu không bị tách làm hai.`,
  codeRenamed: (code: string, name: string, other: string, otherCell: string) =>
    `Mã "${code}" mang tên "${name}" nhưng ở ô ${otherCell} lại là "${other}" — một mã chỉ dùng cho một địa bàn; hãy kiểm tra lại mã hoặc tên.`,
  sameNameTwoCodes: (name: string, code: string, other: string, otherCell: string) =>
    `Tên "${name}" có hai mã: "${code}" và "${other}" (ô ${otherCell}) — nếu là cùng một địa bàn, hãy dùng một mã.`,
  yearNotInRoadmap: (year: number) =>
    `Năm ${year} không có trong tab "Lộ trình" nên không so được với mục tiêu — hãy thêm năm ${year} vào tab Lộ trình nếu cần.`,
  jump: (
    indicator: string,
    who: string,
    from: number,
    fromYear: number,
    to: number,
    toYear: number,
    band: number,
  ) =>
    `Tỷ lệ ${indicator} của ${who} thay đổi từ ${formatPercent(from)} (${fromYear}) sang ${formatPercent(to)} (${toYear}), quá ${band} điểm % — hãy kiểm tra lại số liệu.`,
  roadmapCell: (text: string) => `Bảng lộ trình: ${text}`,
  config: {
    missingRow: (label: string) => `Thiếu dòng "${label}" — ${RUN_TEMPLATE} để thêm dòng này.`,
    required: (label: string) => `"${label}" đang trống — cần nhập giá trị.`,
    notChoice: (label: string, v: unknown, choices: readonly string[]) =>
      `"${label}": ${showValue(v)} không hợp lệ — cần một trong: ${choices.join(", ")}.`,
    points: (label: string, v: unknown) =>
      `"${label}": ${showValue(v)} không hợp lệ — cần một số điểm % từ 0 đến 100, ví dụ 5.`,
    deadline: (label: string, v: unknown) =>
      `"${label}": ${showValue(v)} không hợp lệ — cần ngày/tháng, ví dụ 10/12.`,
    year: (label: string, text: string) => `"${label}": ${text}`,
  },
} as const;

/** What jobs tell the officer when they end. */
export const JOB = {
  busy: "Một người khác đang chạy một việc của tiện ích trên bảng tính này. Hãy đợi một lát rồi bấm lại.",
  blocked: (errors: number, year?: number) =>
    `Chưa làm được vì số liệu${year ? ` năm ${year}` : ""} còn ${errors} lỗi. Không có gì được ghi vào bảng tính. Hãy sửa các lỗi trong danh sách rồi chạy lại.`,
  noYear:
    'Chưa chọn năm — hãy nhập "Năm báo cáo" trong tab Cấu hình hoặc chọn năm trong thanh bên.',
  noRoadmap:
    'Chưa đọc được tab "Lộ trình" nên không có mục tiêu để so sánh — hãy sửa các lỗi của tab Lộ trình.',
  templateDone: (
    created: readonly string[],
    completed: readonly string[],
    waiting: readonly string[] = [],
  ) =>
    [
      created.length === 0 && completed.length === 0
        ? "Mẫu đã đầy đủ, không cần thêm gì."
        : [
            created.length ? `Đã tạo tab: ${created.join(", ")}.` : "",
            completed.length ? `Đã bổ sung: ${completed.join("; ")}.` : "",
            "Không ô nào đã nhập bị thay đổi.",
          ]
            .filter(Boolean)
            .join(" "),
      waiting.length
        ? `Tab chấm điểm của ${waiting.join(", ")} sẽ được tạo khi bộ tiêu chí của mô hình đó có đủ tiêu chí, điểm tối đa và điểm đạt trong tab “Bộ tiêu chí”.`
        : "",
    ]
      .filter(Boolean)
      .join(" "),
  summaryDone: (sheet: string, renamedFrom?: string) =>
    `Đã tạo tab "${sheet}".${renamedFrom ? ` Tab "${renamedFrom}" có sẵn không phải do tiện ích tạo nên được giữ nguyên.` : ""}`,
  highlightDone: (tabs: number) => `Đã tô màu lại ${tabs} tab theo mục tiêu và biên độ cảnh báo.`,
  checkDone: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0
      ? "Số liệu không có lỗi nào."
      : `Tìm thấy ${errors} lỗi và ${warnings} cảnh báo.`,
  stamp: {
    upToDate: "✓ Khớp với số liệu hiện tại.",
    outOfDate:
      '⚠ Số liệu nguồn đã thay đổi sau khi tạo bảng này — hãy bấm "Tạo bảng tổng hợp" để cập nhật.',
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
  noConfig: `Chưa có tab "Cấu hình" — ${RUN_TEMPLATE} trước.`,
  noConfigRow: (label: string) =>
    `Tab "Cấu hình" thiếu dòng "${label}" — ${RUN_TEMPLATE} để thêm dòng này.`,
  noRoadmap: `Chưa có tab "Lộ trình" — ${RUN_TEMPLATE} trước.`,
  saved: (changed: readonly string[]) =>
    changed.length ? `Đã lưu: ${changed.join(", ")}.` : "Không có gì thay đổi.",
  refilled: (preset: string) =>
    `Đã điền lại tab "Lộ trình" từ lộ trình ${preset}. Các mục tiêu tự nhập trước đó đã được thay.`,
  invalid: (what: string) => `Giá trị không hợp lệ: ${what}. Hãy chọn lại trong thanh bên.`,
  levelMismatch: (current: string, wanted: string) =>
    `Bảng tính đang đặt cấp "${current}" trong tab Cấu hình, nên không tạo mẫu cấp "${wanted}". Nếu muốn đổi cấp, hãy đổi trong phần Cài đặt trước.`,
  noCell: (tab: string, cell: string) =>
    `Không tìm thấy ô ${cell} của tab "${tab}" — có thể tab đã bị đổi tên hoặc xóa.`,
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
  /** Every closed-year protection starts with this, which is how "Mở lại" finds them. */
  protectionPrefix: CLOSING_PREFIX,
  protection: (year: number, by: string, at: string) =>
    `${CLOSING_PREFIX(year)} (${by}, ${at}). Muốn sửa, hãy "Mở lại" trong thanh bên.`,
  statusLabel: (year: number) => `Trạng thái năm ${year}`,
  statusClosed: (by: string, at: string) => `Đã chốt (${by}, ${at})`,
  statusOpen: "Chưa chốt",
  statusReopened: (at: string) => `Đã mở lại lúc ${at}, chưa chốt lại`,
} as const;

export const GATHER = {
  status: {
    gathered: "Đã thu thập",
    noData: "Không có số liệu năm này",
    hasErrors: "Có lỗi, chưa lấy số liệu mới",
    noAccess: "Không có quyền xem bảng tính",
    notFound: "Không tìm thấy bảng tính",
    notAddon: "Không phải bảng tính của tiện ích",
    wrongVersion: "Sai phiên bản mẫu",
    noUrl: "Chưa có đường dẫn",
    pending: "Chưa thu thập (lần chạy chưa xong)",
  },
  timeliness: {
    onTime: "Đúng hạn",
    late: "Chốt muộn",
    openLate: "Chưa chốt, đã quá hạn",
    open: "Chưa chốt",
  },
  detail: {
    wrongVersion: (found: string, wanted: number) =>
      `Mẫu phiên bản ${found || "(không rõ)"}, cần phiên bản ${wanted} — hãy nhờ xã chạy "Tạo hoặc bổ sung mẫu".`,
    noAccess: "Hãy nhờ xã chia sẻ bảng tính (quyền Xem) với tài khoản đang thu thập.",
    notFound: "Đường dẫn sai hoặc bảng tính đã bị xóa — hãy kiểm tra cột Đường dẫn bảng tính.",
    notAddon: "Bảng tính chưa có mẫu của tiện ích — hãy nhờ xã cài tiện ích và tạo mẫu.",
    noUrl: "Hãy nhập đường dẫn bảng tính của địa bàn vào tab Danh sách địa bàn.",
    keptPrevious: (at: string) => `Vẫn dùng số liệu thu thập lúc ${at}.`,
    errors: (n: number) => `${n} lỗi trong số liệu của địa bàn:`,
  },
  registry: {
    badUrl: (v: string) =>
      `Đường dẫn "${v}" không phải địa chỉ Google Sheet — cần dạng https://docs.google.com/spreadsheets/d/…`,
    noUrl: (name: string) =>
      `${name} chưa có đường dẫn bảng tính — địa bàn này sẽ không được thu thập.`,
    duplicate: (code: string, row: number) =>
      `Mã "${code}" đã có ở dòng ${row} — mỗi địa bàn chỉ một dòng.`,
    unknownMerge: (code: string) =>
      `Mã sáp nhập "${code}" không có trong danh sách — cần mã của một địa bàn trong tab này.`,
    selfMerge: (code: string) => `Địa bàn "${code}" không thể sáp nhập vào chính nó.`,
    unknownSnapshotArea: (code: string, tab: string) =>
      `Tab "${tab}" có số liệu của mã "${code}" không còn trong Danh sách địa bàn.`,
  },
  progress: {
    running: (runId: string, done: number, total: number) =>
      `Lần thu thập ${runId}: đã xong ${done}/${total} nguồn, đang tiếp tục.`,
    finished: (runId: string, at: string) => `Lần thu thập ${runId}: hoàn tất lúc ${at}.`,
  },
  done: (gathered: number, expected: number, problems: number) =>
    `Đã thu thập ${gathered}/${expected} nguồn${problems ? `; ${problems} nguồn có vấn đề (xem tab tình trạng)` : ""}.`,
  paused: (done: number, total: number) =>
    `Đã thu thập ${done}/${total} nguồn thì dừng trước giới hạn 6 phút của Google; phần còn lại sẽ tự chạy tiếp sau 1 phút (hoặc bấm "Thu thập" lần nữa).`,
  noAreas:
    'Tab "Danh sách địa bàn" chưa có địa bàn nào có đường dẫn — hãy nhập mã, tên và đường dẫn bảng tính của từng xã.',
  notUpper: "Việc thu thập chỉ dành cho bảng tính cấp huyện hoặc tỉnh.",
  completenessTitle: (year: number) => `TÌNH TRẠNG THU THẬP NĂM ${year}`,
  totals: {
    expected: "Số nguồn dự kiến",
    gathered: "Đã có số liệu",
    closed: "Đã chốt",
    onTime: "Chốt đúng hạn",
    reportingRate: "Tỷ lệ có báo cáo",
    onTimeRate: "Tỷ lệ đúng hạn",
  },
  deadline: (d: string) => `Hạn nộp: ${d}`,
} as const;

/** The names of the scoring actions, the same in the menu, the sidebar and every message. */
export const SCORING_ACTION = {
  tabs: "Tạo hoặc cập nhật tab chấm điểm",
  rollup: "Cập nhật số đếm từ tab chấm điểm",
  list: "Tạo danh sách công nhận",
} as const;

/** Criteria scoring: the "Bộ tiêu chí" tab, the "Chấm điểm …" tabs, the roll-up and DAT_TIEUCHI. */
export const SCORING = {
  /** What the verdict column shows besides Đạt / Chưa đạt. */
  word: { unscored: "Chưa chấm", missing: "Thiếu điểm", invalid: "Điểm chưa hợp lệ" },
  codeHelp: "Mã thôn/TDP (hoặc mã đơn vị) như trong tab Thôn - TDP (hoặc Đơn vị).",
  nameHelp: "Họ tên chủ hộ, tên dòng họ, thôn, đơn vị hoặc người. Không nhập số CCCD.",
  registeredHelp: "có: đã đăng ký năm này; để trống hoặc không: chưa đăng ký.",
  pointsHelp: (text: string, max: number) => `${text}: từ 0 đến ${showValue(max)} điểm.`,
  noteHelp: "Ghi chú tự do.",
  communeOnly:
    "Chấm điểm theo bộ tiêu chí chỉ dành cho bảng tính cấp xã: hộ, dòng họ, đơn vị và công dân được chấm điểm và lưu ở xã; cấp trên chỉ nhận số đếm.",
  idNumber:
    "Ô có dãy số giống số CMND/CCCD — tiện ích không cần và không lưu số định danh; hãy xóa số này (tên và mã thôn là đủ).",
  unknownUnit: (code: string, year: number) =>
    `Mã đơn vị "${code}" không có trong tab "Đơn vị" năm ${year} — cần mã của một đơn vị của xã.`,
  duplicate: (noun: string, name: string, code: string, year: number, row: number) =>
    `${noun[0]?.toUpperCase()}${noun.slice(1)} “${name}” (mã ${code}) đã có ở dòng ${row} năm ${year} — mỗi ${noun} chỉ một dòng mỗi năm; nếu là hai ${noun} khác nhau, hãy ghi thêm để phân biệt, ví dụ “${name} (xóm 2)”.`,
  aboveMax: (who: string, code: string, points: number, max: number) =>
    `${who}: điểm tiêu chí ${code} là ${showValue(points)}, lớn hơn điểm tối đa ${showValue(max)} — cần từ 0 đến ${showValue(max)}.`,
  missing: (who: string, codes: readonly string[], count: number) =>
    `${who}: chưa có điểm tiêu chí ${codes.join(", ")} — cần chấm đủ ${count} tiêu chí (ghi 0 nếu không được điểm nào).`,
  notRegistered: (who: string) =>
    `${who} đã có điểm nhưng chưa đăng ký — chỉ chấm điểm khi đã đăng ký: ghi “có” ở cột Đăng ký, hoặc xóa điểm.`,
  noVerdictColumn: (tab: string) =>
    `Tab "${tab}" thiếu cột "Kết quả" — hãy bấm “${SCORING_ACTION.tabs}” để thêm lại.`,
  staleVerdicts: (n: number, rows: readonly number[]) =>
    `Cột "Kết quả" khác với bộ tiêu chí hiện tại ở ${n} dòng (dòng ${rows.join(", ")}${n > rows.length ? ", …" : ""}) — có thể tab Bộ tiêu chí vừa được sửa: hãy bấm “${SCORING_ACTION.tabs}” để cập nhật công thức.`,
  differs: (header: string, who: string, have: unknown, want: number | string, tab: string) =>
    `${header} (${who}) là ${showValue(have)} nhưng tab "${tab}" cho ${showValue(want)} — hãy bấm “${SCORING_ACTION.rollup}” để ghi lại, hoặc kiểm tra tab chấm điểm.`,
  aboveTotal: (
    tab: string,
    n: number,
    header: string,
    totalHeader: string,
    total: number,
    who: string,
    year: number,
  ) =>
    `Tab "${tab}" cho ${formatCount(n)} ở cột “${header}” của ${who} năm ${year}, nhiều hơn “${totalHeader}” (${formatCount(total)}) — hãy kiểm tra tổng số hoặc các dòng của tab chấm điểm.`,
  rollupNote: (tab: string, value: unknown) =>
    `Tính từ tab “${tab}”: ${String(value)}. Sửa tay ô này thì lần cập nhật sau sẽ hỏi trước khi ghi đè.`,
  typedValue: (have: unknown, want: number | string, tab: string) =>
    `Ô đang có ${showValue(have)} (nhập tay), tab "${tab}" cho ${showValue(want)} — chỉ ghi đè khi bạn đồng ý.`,
  rollup: {
    noScoring:
      "Chưa có tab chấm điểm nào có số đếm để cập nhật (Gia đình, Dòng họ, Cộng đồng, Đơn vị) — hãy bấm “Tạo hoặc cập nhật tab chấm điểm” trước.",
    closed: (year: number) =>
      `Số liệu năm ${year} đã chốt nên không ghi số đếm mới — muốn cập nhật, hãy “Mở lại” năm ${year} trước.`,
    nothing: (year: number) =>
      `Các tab chấm điểm chưa có dòng nào của năm ${year} cho một thôn, đơn vị trong tab Thôn - TDP, Đơn vị — không có gì để ghi.`,
    asks: (n: number) =>
      `Chưa ghi gì: ${n} ô đang có số nhập tay khác với số tính từ tab chấm điểm (xem danh sách).`,
    question: (n: number) =>
      `Ghi đè ${n} ô nhập tay bằng số tính từ tab chấm điểm? Các ô khác vẫn giữ nguyên.`,
    done: (changed: number, year: number, waiting: number) =>
      `${changed ? `Đã ghi ${changed} ô số đếm năm ${year} từ các tab chấm điểm (mỗi ô có ghi chú nguồn).` : `Số đếm năm ${year} đã khớp với các tab chấm điểm, không cần ghi gì.`}${waiting ? ` ${waiting} dòng đã đăng ký nhưng chưa chấm điểm được tính là chưa đạt.` : ""}`,
  },
  criteria: {
    unknownModel: (v: unknown) =>
      `${showValue(v)} không phải mô hình nào — cần một trong: Gia đình học tập, Dòng họ học tập, Cộng đồng học tập, Đơn vị học tập, Công dân học tập.`,
    ambiguousModel:
      '"CDHT" chưa rõ là mô hình nào — ghi “Cộng đồng học tập” (CĐHT, thôn, tổ dân phố) hoặc “Công dân học tập”.',
    formName: (model: string) =>
      `Dòng “Đối tượng (mẫu phiếu)” của ${model} chưa ghi tên đối tượng — cần tên nhóm, ví dụ “Nông dân, lao động nông thôn”.`,
    duplicateForm: (model: string, form: string) =>
      `Đối tượng “${form}” của ${model} được khai báo hai lần — mỗi đối tượng chỉ một dòng.`,
    unknownForm: (model: string, form: string) =>
      `Đối tượng “${form}” chưa được khai báo cho ${model} — thêm một dòng “Đối tượng (mẫu phiếu)” với tên này, hoặc để trống để áp dụng cho mọi đối tượng.`,
    formsDiffer: (model: string, a: string, b: string) =>
      `Đối tượng “${a}” của ${model} có mã tiêu chí khác đối tượng “${b}” — mọi đối tượng cần cùng các mã tiêu chí (điểm tối đa có thể khác).`,
    duplicateRule: (model: string, kind: string, row: number) =>
      `Dòng “${kind}” của ${model} đã có ở dòng ${row} — chỉ giữ một dòng (hoặc một dòng cho mỗi đối tượng).`,
    missingCode: (model: string) =>
      `Tiêu chí của ${model} chưa có mã — cần một mã ngắn, ví dụ 1a, dùng làm tên cột điểm.`,
    duplicateCode: (model: string, code: string, row: number) =>
      `Mã tiêu chí “${code}” của ${model} đã có ở dòng ${row} — mỗi tiêu chí cần một mã riêng.`,
    noMax: (code: string) => `điểm tối đa của tiêu chí ${code}`,
    noItems: "các tiêu chí",
    noTotal: "tổng điểm tối đa",
    noPass: "điểm đạt (dòng “Đạt khi tổng điểm từ”)",
    noRows: "chưa có dòng nào trong tab Bộ tiêu chí",
    notReady: (model: string, what: string) =>
      `Bộ tiêu chí ${model} chưa đủ để chấm điểm, còn thiếu: ${what} — hãy điền trong tab “Bộ tiêu chí” (cần xác nhận theo văn bản của tỉnh).`,
    passAboveTotal: (model: string, pass: number, total: number) =>
      `Điểm đạt ${showValue(pass)} của ${model} lớn hơn tổng điểm tối đa ${showValue(total)} — không ai đạt được; điểm đạt cần nhỏ hơn hoặc bằng tổng điểm.`,
    sumMismatch: (model: string, stated: number, sum: number) =>
      `Tổng điểm tối đa của ${model} ghi ${showValue(stated)} nhưng điểm tối đa các tiêu chí cộng lại ${showValue(sum)} — sửa điểm các tiêu chí hoặc tổng điểm cho khớp.`,
    unknownItem: (model: string, code: string, items: readonly { code: string }[]) =>
      `Quy tắc nêu tiêu chí “${code}” nhưng ${model} không có tiêu chí này — cần một mã trong: ${items.map((i) => i.code).join(", ")}; hoặc để trống để áp dụng cho mọi tiêu chí.`,
    minAboveMax: (model: string, code: string, min: number, max: number) =>
      `Điểm tối thiểu ${showValue(min)} lớn hơn điểm tối đa ${showValue(max)} của tiêu chí ${code} (${model}) — không ai đạt được.`,
    unknownGroup: (model: string, group: string, groups: readonly string[]) =>
      `Quy tắc nêu nhóm “${group}” nhưng ${model} không có nhóm này — cần một trong: ${groups.join("; ") || "(chưa có nhóm nào)"}; hoặc để trống để áp dụng cho mọi nhóm.`,
    percentAbove100: (model: string, v: number) =>
      `${showValue(v)}% lớn hơn 100% (${model}) — cần một tỷ lệ từ 0 đến 100, ví dụ 50.`,
  },
} as const;
