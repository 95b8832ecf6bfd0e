// Every Vietnamese sentence of the sidebar itself (the server's messages come from src/core/messages.ts
// inside each job result). Kept in the sidebar's bundle so the server bundle does not grow.

/** "1 lỗi và 2 cảnh báo", "1 lỗi": a count of zero is not said (as the server's countWords). */
const countWords = (errors: number, warnings: number) =>
  [errors ? `${errors} lỗi` : "", warnings ? `${warnings} cảnh báo` : ""]
    .filter(Boolean)
    .join(" và ");

/** The template job's one name, in the menu, the buttons and every message that points to it. */
const TEMPLATE = "Tạo hoặc bổ sung mẫu";

export const T = {
  loading: "Đang tải thông tin bảng tính…",
  loadFailed:
    "Không tải được thông tin bảng tính vì mất kết nối hoặc Google Sheets báo lỗi. Hãy bấm “Thử lại”; nếu vẫn không được, hãy tải lại trang Google Sheets.",
  staleStatus:
    "Chưa cập nhật được thông tin bảng tính vì mất kết nối; những gì ghi ở đây có thể đã cũ.",
  retry: "Thử lại",
  noArea: "Chưa đặt tên địa bàn",
  noAreaHint: "Nhập “Tên địa bàn” trong phần Cài đặt bên dưới.",
  level: (level: string) => `Cấp ${level.toLowerCase()}`,
  reportYear: (year: number | undefined) =>
    year ? `Năm báo cáo ${year}` : "Chưa chọn năm báo cáo",
  roadmap: "Lộ trình",
  dataState: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0
      ? "Số liệu hiện không có lỗi hay cảnh báo nào."
      : `Số liệu hiện có ${countWords(errors, warnings)} — bấm “Kiểm tra dữ liệu” để xem từng ô.`,
  closedState: (year: number, at: string, by: string) =>
    `Số liệu năm ${year}: đã chốt lúc ${at} bởi ${by}.`,
  reopenedState: (year: number, at: string, by: string) =>
    `Số liệu năm ${year}: chưa chốt (đã mở lại lúc ${at} bởi ${by}).`,
  openState: (year: number) => `Số liệu năm ${year}: chưa chốt.`,
  changedAfterClosing: (years: readonly number[]) =>
    `Số liệu năm ${years.join(", ")} đã bị sửa sau khi chốt — bấm “Kiểm tra dữ liệu” để xem.`,

  otherFlavor: (level: string) =>
    `Bảng tính cấp ${level.toLowerCase()}: việc thu thập và tổng hợp số liệu cấp dưới có trong bản tiện ích “Mô hình học tập – Tổng hợp”; bản này dành cho xã nên chỉ kiểm tra được dữ liệu.`,
  notReady: `Bảng tính này chưa có mẫu của tiện ích. Chọn cấp và lộ trình rồi bấm “${TEMPLATE}”.`,
  templateLevel: "Cấp của bảng tính",
  templatePreset: "Lộ trình mục tiêu",
  template: TEMPLATE,
  templateHelp: "Thêm các tab, cột còn thiếu; không đổi ô nào đã nhập.",

  jobsHeading: "Việc cần làm",
  yearLabel: "Năm số liệu",
  yearNone: "(chưa có năm)",
  check: "Kiểm tra dữ liệu",
  summary: (year: string) => `Tạo bảng tổng hợp năm ${year}`,
  report: (year: string) => `Tạo biểu báo cáo năm ${year}`,
  highlight: "Tô màu lại theo mục tiêu",
  close: (year: string) => `Chốt số liệu năm ${year}`,
  reopen: (year: string) => `Mở lại số liệu năm ${year}`,
  gather: (year: string) => `Thu thập số liệu cấp dưới năm ${year}`,
  scoring: "Tạo hoặc cập nhật tab chấm điểm",
  rollup: (year: string) => `Cập nhật số đếm năm ${year} từ tab chấm điểm`,
  recognition: (year: string) => `Tạo danh sách công nhận năm ${year}`,
  running: "Đang chạy…",
  runningLong: (what: string) => `Đang chạy: ${what}. Vui lòng đợi…`,
  gatherProgress: (done: number, total: number) =>
    `Đang thu thập: đã xong ${done}/${total} nguồn. Vui lòng đợi…`,
  reopenConfirm: (year: string) =>
    `Mở lại số liệu năm ${year}? Các dòng năm ${year} sẽ được mở khóa để sửa; cấp trên sẽ thấy năm này chưa chốt cho đến khi bạn chốt lại.`,
  yes: "Đồng ý",
  no: "Hủy",
  cancelled: "Đã hủy, không có gì thay đổi.",
  done: "Đã xong.",
  /** The job's own button still exists, so the officer is pointed to it. */
  transport: (what: string) =>
    `Không nhận được kết quả của “${what}” vì mất kết nối hoặc Google Sheets báo lỗi. Hãy kiểm tra mạng rồi bấm lại “${what}”; nếu vẫn không được, hãy tải lại trang Google Sheets.`,
  selectFailed:
    "Không chọn được ô vì mất kết nối hoặc Google Sheets báo lỗi. Hãy kiểm tra mạng rồi bấm lại.",
  openTab: (tab: string) => `Mở tab “${tab}”`,
  generatedHeading: (n: number) => `Các tab tiện ích đã tạo (${n})`,

  findingsHeading: "Lỗi và cảnh báo",
  findingsFrom: (what: string) => `Kết quả của: ${what}`,
  findingsClean: "Không có lỗi hay cảnh báo nào. Số liệu đã sẵn sàng.",
  findingsNone: "Chưa kiểm tra. Bấm “Kiểm tra dữ liệu” để xem các ô cần sửa.",
  counts: countWords,
  error: "Lỗi",
  warning: "Cảnh báo",
  cellLabel: (cell: string) => `ô ${cell}`,
  findingHint: "Bấm vào một mục để chọn ô đó trong bảng tính.",
  more: (n: number) => `Xem thêm ${n} mục`,
  selected: (tab: string, cell: string) => `Đã chọn ô ${cell} của tab “${tab}”.`,
  opened: (tab: string) => `Đã mở tab “${tab}”.`,
  noTab: "(không rõ tab)",

  settingsHeading: "Cài đặt",
  settingsAreaName: "Tên địa bàn",
  settingsAreaCode: "Mã địa bàn",
  settingsAreaCodeHelp: "Mã đơn vị hành chính; số 0 ở đầu được giữ, ví dụ 00123.",
  settingsLevel: "Cấp",
  settingsPreset: "Lộ trình mục tiêu",
  settingsPresetHelp:
    "Chọn một lộ trình có sẵn sẽ điền lại tab Lộ trình (bảng cũ được giữ để khôi phục); chọn “Tự nhập trong tab Lộ trình” để giữ mục tiêu của địa phương.",
  settingsAmber: "Biên độ cảnh báo (điểm %)",
  settingsAmberHelp: "Thiếu mục tiêu trong biên độ này thì tô vàng, nhiều hơn thì tô đỏ.",
  settingsJump: "Biên độ thay đổi so với năm trước (điểm %)",
  settingsJumpHelp: "Tỷ lệ tăng hoặc giảm quá mức này so với năm trước thì được nhắc kiểm tra lại.",
  settingsDeadline: "Hạn nộp báo cáo (ngày/tháng)",
  settingsDeadlineHelp: "Ví dụ 10/12: chốt sau ngày này là nộp muộn.",
  settingsHierarchy: "Phân cấp",
  settingsYear: "Năm báo cáo",
  save: "Lưu cài đặt",
  nothingChanged: "Không có gì thay đổi.",
  refillConfirm: (preset: string) =>
    `Điền lại tab Lộ trình từ lộ trình ${preset}? Các mục tiêu đang có sẽ được thay; bảng cũ được giữ ở một tab riêng để khôi phục.`,
  levelConfirm: (from: string, to: string) =>
    `Đổi cấp của bảng tính từ ${from.toLowerCase()} sang ${to.toLowerCase()}? Các việc trong thanh bên sẽ đổi theo cấp mới; các tab đang có được giữ nguyên.`,
  restore: "Khôi phục bảng Lộ trình trước",
  restoreHelp: (at: string) => `Bảng Lộ trình trước lần điền lại lúc ${at} đang được giữ.`,
  restoreConfirm: (at: string) =>
    `Đưa bảng Lộ trình trước lần điền lại lúc ${at} trở lại tab Lộ trình? Bảng đang có sẽ được giữ ở tab riêng, có thể khôi phục lại.`,
  badAreaName: "Tên địa bàn cần có chữ, tối đa 100 ký tự, ví dụ Xã Quảng Thạch.",
  badAreaCode: "Mã địa bàn cần chữ số hoặc chữ cái, tối đa 20 ký tự, ví dụ 16150.",
  badAmber: "Biên độ cảnh báo cần một số từ 0 đến 50, ví dụ 5.",
  badJump: "Biên độ thay đổi so với năm trước cần một số từ 0 đến 100, ví dụ 30.",
  badDeadline: "Hạn nộp cần ngày/tháng có thật, ví dụ 10/12.",
  badYear: "Năm báo cáo cần một năm có 4 chữ số, từ 2000 đến 2100.",
  levelChanged: `Đã đổi cấp. Nếu tiện ích báo thiếu tab, hãy bấm “${TEMPLATE}” để thêm các tab của cấp mới.`,
} as const;

/** "Tự kiểm tra tiện ích": each line's name, what đạt and không đạt mean, and what to do. */
export const SELF_CHECK = {
  title: "Tự kiểm tra tiện ích",
  intro:
    "Chạy thử ngay trên bảng tính này, trong một tab tạm tự xóa khi xong, những điều không kiểm tra được bên ngoài Google Sheets.",
  run: "Chạy tự kiểm tra",
  ok: "đạt",
  failed: "không đạt",
  allOk: (n: number) => `Cả ${n} mục đều đạt.`,
  someFailed: (bad: number, n: number) =>
    `${bad} trong ${n} mục không đạt — xem cách xử lý ở từng mục.`,
  seen: "Thấy",
  todo: "Cách xử lý",
  workbook: (locale: string, timeZone: string) => `Bảng tính: ${locale}, múi giờ ${timeZone}.`,
  cleaned: "Đã xóa tab tạm còn lại từ một lần tự kiểm tra trước bị ngắt giữa chừng.",
  notRun: "Các mục khác chưa được kiểm tra vì chưa lấy được khóa.",
  copy: "Sao chép kết quả",
  copied: "Đã sao chép. Dán vào tin nhắn gửi người hỗ trợ.",
  copyByHand: "Chưa sao chép được tự động: chọn hết đoạn chữ dưới đây rồi nhấn Ctrl+C.",
  textLabel: "Kết quả dạng chữ (để gửi người hỗ trợ)",
  lines: {
    rate: {
      name: "Công thức cột tỷ lệ trong tab số liệu",
      ok: "Cột “Tỷ lệ …” tự tính đúng từng dòng, kể cả dòng thêm sau.",
      failed: "Công thức cột tỷ lệ báo lỗi hoặc cho kết quả khác; các cột “Tỷ lệ …” sẽ không đúng.",
      todo: "Dùng tab tổng hợp (không phụ thuộc cột này) và gửi kết quả này cho người hỗ trợ.",
    },
    validation: {
      name: "Kiểm tra khi nhập số đếm",
      ok: "Ô số đếm nhận 3 và báo sai với 2,5 như mong đợi.",
      failed:
        "Quy tắc kiểm tra nhập của cột số đếm chạy sai; Google Sheets sẽ không cảnh báo ô gõ sai.",
      todo: "Bấm “Kiểm tra dữ liệu” để tìm ô sai, và gửi kết quả này cho người hỗ trợ.",
    },
    colours: {
      name: "Công thức tô màu theo mục tiêu",
      ok: "64,9% là thiếu so với mục tiêu 65%, 65,0% là đạt: màu theo đúng số hiển thị.",
      failed: "Công thức tô màu báo lỗi hoặc so sánh sai; màu đỏ, vàng, xanh có thể sai.",
      todo: "Đọc cột “Đánh giá” của tab tổng hợp thay cho màu, và gửi kết quả này cho người hỗ trợ.",
    },
    stale: {
      name: "Dòng báo “Số liệu nguồn đã thay đổi”",
      ok: "Tab tổng hợp tự báo khi số liệu hay mục tiêu của năm đó bị sửa sau khi tạo.",
      failed: "Công thức theo dõi thay đổi báo lỗi hoặc tính khác; dòng này có thể báo sai.",
      todo: "Sau mỗi lần sửa số liệu, bấm lại “Tạo bảng tổng hợp”, và gửi kết quả này cho người hỗ trợ.",
    },
    text: {
      name: "Ô định dạng chữ giữ nguyên nội dung",
      ok: "Tên, mã bắt đầu bằng “=” được giữ là chữ, không thành công thức.",
      failed: "Ô định dạng chữ vẫn biến “=1+1” thành công thức; tên, mã lạ có thể bị hiểu sai.",
      todo: "Tránh gõ tên, mã bắt đầu bằng “=”, “+”, “-”, và gửi kết quả này cho người hỗ trợ.",
    },
    display: {
      name: "Cách hiển thị số",
      ok: "Bảng tính hiện 1.234,5 và 65,5% đúng như tiện ích viết trong các thông báo.",
      failed: "Bảng tính hiện số khác cách tiện ích viết (1.234,5 và 65,5%).",
      todo: "Mở Tệp → Cài đặt, chọn Ngôn ngữ “Việt Nam”. Nếu đã chọn mà vẫn khác, gửi kết quả này cho người hỗ trợ.",
    },
    metadata: {
      name: "Dấu nhận biết tab của tiện ích",
      ok: "Tiện ích tìm lại được dấu nó đặt, nên vẫn nhận ra tab của mình khi bạn đổi tên tab.",
      failed:
        "Tiện ích không tìm lại được dấu vừa đặt; có thể tạo trùng tab tổng hợp hoặc không nhận ra tab đã đổi tên.",
      todo: "Đừng đổi tên các tab của tiện ích, và gửi kết quả này cho người hỗ trợ.",
    },
    rules: {
      name: "Nhận ra quy tắc tô màu của tiện ích",
      ok: "“Tô màu lại” thay đúng quy tắc của tiện ích và giữ các quy tắc riêng của bạn.",
      failed:
        "Tiện ích không nhận ra quy tắc tô màu của chính nó; “Tô màu lại” có thể để quy tắc cũ chồng lên.",
      todo: "Xóa quy tắc cũ ở Định dạng → Định dạng có điều kiện trước khi tô lại, và gửi kết quả này cho người hỗ trợ.",
    },
    lock: {
      name: "Khóa khi chạy việc",
      ok: "Hai người không thể cùng lúc ghi vào bảng tính qua tiện ích.",
      failed:
        "Chưa lấy được khóa: có người khác (hoặc một việc khác) đang chạy trên bảng tính này.",
      todo: "Đợi một phút rồi bấm “Chạy tự kiểm tra” lần nữa.",
    },
    locale: {
      name: "Ngôn ngữ và múi giờ của bảng tính",
      ok: "Việt Nam, giờ Việt Nam (GMT+7): số và thời điểm chốt số liệu hiện đúng.",
      failed:
        "Bảng tính không đặt ngôn ngữ Việt Nam hoặc giờ GMT+7; số và giờ (ví dụ giờ chốt số liệu) sẽ hiện khác.",
      todo: "Mở Tệp → Cài đặt: Ngôn ngữ “Việt Nam”, Múi giờ “(GMT+07:00) Hà Nội”, rồi chạy tự kiểm tra lần nữa.",
    },
  },
} as const;
