// The catalogue of every Vietnamese sentence the add-on shows, so wording stays consistent and can
// be reviewed in one read. Functions take the facts and return the sentence.

import { formatCount, formatPercent, showValue } from "./text";

/** What a cell should hold, said the way an officer would say it. */
export const EXPECT = {
  count: "cần một số nguyên từ 0 trở lên, ví dụ 120 hoặc 1.234",
  rate: "cần một tỷ lệ từ 0% đến 100%, ví dụ 85% hoặc 0,85",
  mark: "cần một trong các giá trị: TRUE/FALSE, 1/0, x, đạt/chưa đạt, có/không",
  year: "cần một năm có 4 chữ số, từ 2000 đến 2100",
  text: "cần nhập chữ",
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
  blank: () => "ô đang trống",
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
  unknownIndicator: (fn: string, v: unknown, codes: readonly string[]) =>
    `${fn}: không có chỉ tiêu ${showValue(v)} — hãy dùng một mã trong danh sách: ${codes.join(", ")}.`,
  unknownRoadmap: (fn: string, v: unknown, names: readonly string[]) =>
    `${fn}: không có lộ trình ${showValue(v)} — hãy dùng ${names.join(", ")} hoặc chọn vùng chứa bảng lộ trình.`,
  noTarget: (fn: string, indicator: string, year: number, roadmap: string) =>
    `${fn}: lộ trình ${roadmap} không có mục tiêu ${indicator} cho năm ${year} — hãy bổ sung vào bảng lộ trình hoặc chọn năm khác.`,
  roadmapTable: (fn: string, text: string) => `${fn}: bảng lộ trình: ${text}`,
  rateArgs: (fn: string) =>
    `${fn}: cần 2 đối số (tỷ lệ; mục tiêu) hoặc 3 đối số (số công nhận; tổng số; mục tiêu).`,
} as const;

export const ROADMAP = {
  noHeader: () =>
    `ô đầu tiên của hàng tiêu đề phải là "Năm", các ô tiếp theo là mã chỉ tiêu (ví dụ GDHT, DHHT).`,
  unknownCode: (col: number, v: unknown) =>
    `cột ${col} của hàng tiêu đề có mã ${showValue(v)} không phải mã chỉ tiêu nào.`,
  duplicateCode: (col: number, code: string) => `cột ${col}: mã ${code} xuất hiện hai lần.`,
  duplicateYear: (row: number, year: number) => `hàng ${row}: năm ${year} xuất hiện hai lần.`,
  cell: (row: number, col: number, text: string) => `hàng ${row} cột ${col}: ${text}`,
  empty: () => "bảng không có năm nào — hãy nhập ít nhất một hàng dưới tiêu đề.",
  interpolated: (from: number, to: number) => `nội suy tuyến tính giữa năm ${from} và năm ${to}`,
} as const;

export const VERDICT = { met: "Đạt", notMet: "Chưa đạt" } as const;

/** "130 / 200 hộ, 65%": counts stay beside the rate. */
export function countsWithRate(recognized: number, total: number, unit: string): string {
  const rate = total > 0 ? `, ${formatPercent(recognized / total)}` : "";
  return `${formatCount(recognized)} / ${formatCount(total)} ${unit}${rate}`;
}

export const UI = {
  menu: {
    functionHelp: "Hướng dẫn các hàm",
  },
  functionHelpTitle: "Các hàm tính tỷ lệ mô hình học tập",
  entry: {
    onOpen: "Tạo trình đơn của tiện ích khi mở bảng tính.",
    onInstall: "Tạo trình đơn ngay khi cài tiện ích.",
    showFunctionHelp: "Mở hướng dẫn các hàm tính tỷ lệ.",
  },
} as const;
