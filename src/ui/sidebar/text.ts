// Every Vietnamese sentence of the sidebar itself (the server's messages come from src/core/messages.ts
// inside each job result). Kept in the sidebar's bundle so the server bundle does not grow.

export const T = {
  loading: "Đang tải thông tin bảng tính…",
  loadFailed: (detail: string) =>
    `Không tải được thông tin bảng tính: ${detail} Hãy bấm "Thử lại"; nếu vẫn lỗi, tải lại trang Google Sheets.`,
  retry: "Thử lại",
  noArea: "Chưa đặt tên địa bàn",
  noAreaHint: 'Nhập "Tên địa bàn" trong tab Cấu hình.',
  level: (level: string) => `Cấp ${level.toLowerCase()}`,
  reportYear: (year: number | undefined) =>
    year ? `Năm báo cáo ${year}` : "Chưa chọn năm báo cáo",
  roadmap: "Lộ trình",
  dataState: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0
      ? "Số liệu hiện không có lỗi hay cảnh báo nào."
      : `Số liệu hiện có ${errors} lỗi và ${warnings} cảnh báo — bấm "Kiểm tra dữ liệu" để xem từng ô.`,

  otherFlavor: (level: string) =>
    `Bảng tính cấp ${level.toLowerCase()}: việc thu thập và tổng hợp số liệu cấp dưới có trong bản tiện ích “Mô hình học tập – Tổng hợp”; bản này dành cho xã nên chỉ kiểm tra được dữ liệu.`,
  notReady: "Bảng tính này chưa có mẫu của tiện ích. Chọn cấp và lộ trình rồi bấm “Tạo mẫu”.",
  templateLevel: "Cấp của bảng tính",
  templatePreset: "Lộ trình mục tiêu",
  createTemplate: "Tạo mẫu",
  completeTemplate: "Bổ sung mẫu (thêm tab, cột còn thiếu)",

  jobsHeading: "Việc cần làm",
  yearLabel: "Năm số liệu",
  yearNone: "(chưa có năm)",
  check: "Kiểm tra dữ liệu",
  summary: (year: string) => `Tạo bảng tổng hợp năm ${year}`,
  highlight: "Tô màu lại theo mục tiêu",
  close: (year: string) => `Chốt số liệu năm ${year}`,
  reopen: (year: string) => `Mở lại số liệu năm ${year}`,
  gather: (year: string) => `Thu thập số liệu cấp dưới năm ${year}`,
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
  failedTitle: "Chưa làm được",
  transport: (detail: string) =>
    `Không kết nối được với Google Sheets hoặc máy chủ báo lỗi (${detail}). Không có gì được ghi thêm. Hãy kiểm tra mạng rồi bấm lại; nếu vẫn lỗi, tải lại trang.`,
  unknownError: "lỗi không rõ",
  openTab: (tab: string) => `Mở tab “${tab}”`,
  generatedHeading: (n: number) => `Các tab tiện ích đã tạo (${n})`,

  findingsHeading: "Lỗi và cảnh báo",
  findingsFrom: (what: string) => `Kết quả của: ${what}`,
  findingsClean: "Không có lỗi hay cảnh báo nào. Số liệu đã sẵn sàng.",
  findingsNone: 'Chưa kiểm tra. Bấm "Kiểm tra dữ liệu" để xem các ô cần sửa.',
  counts: (errors: number, warnings: number) =>
    [errors ? `${errors} lỗi` : "", warnings ? `${warnings} cảnh báo` : ""]
      .filter(Boolean)
      .join(", "),
  error: "Lỗi",
  warning: "Cảnh báo",
  cellLabel: (cell: string) => `ô ${cell}`,
  findingHint: "Bấm vào một mục để chọn ô đó trong bảng tính.",
  more: (n: number) => `Xem thêm ${n} mục`,
  selected: (tab: string, cell: string) => `Đã chọn ô ${cell} của tab “${tab}”.`,
  opened: (tab: string) => `Đã mở tab “${tab}”.`,
  noTab: "(không rõ tab)",

  settingsHeading: "Cài đặt",
  settingsLevel: "Cấp",
  settingsPreset: "Lộ trình mục tiêu",
  settingsPresetHelp:
    "Chọn một lộ trình có sẵn sẽ điền lại tab Lộ trình; chọn “Tự nhập” để giữ mục tiêu của địa phương.",
  settingsAmber: "Biên độ cảnh báo (điểm %)",
  settingsAmberHelp: "Thiếu mục tiêu trong biên độ này thì tô vàng, nhiều hơn thì tô đỏ.",
  settingsHierarchy: "Phân cấp",
  settingsYear: "Năm báo cáo",
  save: "Lưu cài đặt",
  nothingChanged: "Không có gì thay đổi.",
  refillConfirm: (preset: string) =>
    `Điền lại tab Lộ trình từ lộ trình ${preset}? Các mục tiêu đang có sẽ bị thay.`,
  badAmber: "Biên độ cảnh báo cần một số từ 0 đến 50, ví dụ 5.",
  badYear: "Năm báo cáo cần một năm có 4 chữ số, từ 2000 đến 2100.",
  levelChanged:
    'Đã đổi cấp. Nếu tiện ích báo thiếu tab, hãy bấm "Bổ sung mẫu" để thêm các tab của cấp mới.',
} as const;
