import { describe, expect, it } from "vitest";
import {
  argPosition,
  CLOSING,
  CRITERIA_FN,
  CRITERIA_MSG,
  countsText,
  countWords,
  EXPECT,
  GATHER,
  JOB,
  PROBLEM,
  problemText,
  SCORING,
} from "../../src/core/messages";

describe("counts of findings", () => {
  it("a count of zero is not said", () => {
    expect(JOB.checkDone(1, 0)).toBe("Tìm thấy 1 lỗi.");
    expect(JOB.checkDone(0, 2)).toBe("Tìm thấy 2 cảnh báo.");
    expect(JOB.checkDone(3, 1)).toBe("Tìm thấy 3 lỗi và 1 cảnh báo.");
    expect(JOB.checkDone(0, 0)).toBe("Số liệu không có lỗi nào.");
    expect(countWords(12, 0)).toBe("12 lỗi");
  });
});

describe("a cell's message", () => {
  it("says the problem with the value, then what is expected", () => {
    expect(problemText(PROBLEM.negative(-3), EXPECT.count)).toBe(
      "-3 là số âm — cần một số nguyên từ 0 trở lên, ví dụ 120 hoặc 1.234.",
    );
  });
});

describe("counts beside a rate", () => {
  it("recognised / total and the unit, thousands grouped", () => {
    expect(countsText(130, 1200, "hộ")).toBe("130 / 1.200 hộ");
  });
});

describe("closing and gathering", () => {
  it("a closed year's protection starts with its own year's prefix, not another year's", () => {
    const text = CLOSING.protection(2026, "a@b.vn", "10/12/2026 08:00");
    expect(text.startsWith(CLOSING.protectionPrefix(2026))).toBe(true);
    expect(text.startsWith(CLOSING.protectionPrefix(2025))).toBe(false);
    expect(CLOSING.protectionPrefix(2026)).toContain("2026");
  });

  it("a paused gathering says how many sources of how many are done", () => {
    expect(GATHER.paused(37, 200)).toContain("37/200 nguồn");
    expect(GATHER.pausedAuto(37, 200)).toContain("37/200 nguồn");
  });
});

describe("criteria scoring messages name the item, the points and the limit", () => {
  it("help of a points cell gives its maximum with a decimal comma", () => {
    expect(SCORING.pointsHelp("Tham gia học tập", 7.5)).toBe("Tham gia học tập: 0 đến 7,5 điểm.");
  });

  it("the tabs still waiting for criteria are listed", () => {
    expect(SCORING.waiting(["Gia đình học tập", "Dòng họ học tập"])).toContain(
      "Gia đình học tập, Dòng họ học tập",
    );
  });

  it("an unknown unit code names the code and year", () => {
    const text = SCORING.unknownUnit("DV09", 2026);
    expect(text).toContain("“DV09”");
    expect(text).toContain("2026");
  });

  it("points above the maximum name who, the item, the points and the maximum", () => {
    const text = SCORING.aboveMax("Hộ Nguyễn Văn A", "1a", 12.5, 10);
    expect(text).toContain("Hộ Nguyễn Văn A");
    expect(text).toContain("tiêu chí 1a");
    expect(text).toContain("12,5");
    expect(text).toContain("tối đa 10");
  });

  it("missing points list the items and how many are needed", () => {
    const text = SCORING.missing("Hộ B", ["1a", "2b"], 6);
    expect(text).toContain("Hộ B");
    expect(text).toContain("1a, 2b");
    expect(text).toContain("đủ 6 tiêu chí");
  });

  it("points without registration name who", () => {
    expect(SCORING.notRegistered("Hộ C")).toContain("Hộ C có điểm nhưng chưa đăng ký");
  });

  it("a missing verdict column says it is missing", () => {
    expect(SCORING.staleVerdicts([])).toContain("bị thiếu");
    expect(SCORING.staleVerdicts([4, 7])).toContain("dòng 4, 7");
  });

  it("a typed count that differs from the scoring tab names both values and the tab", () => {
    const text = SCORING.typedValue(11, 12, "Chấm điểm GĐHT");
    expect(text).toContain("11");
    expect(text).toContain("12");
    expect(text).toContain("“Chấm điểm GĐHT”");
  });

  it("the roll-up names the year and the number of cells", () => {
    expect(SCORING.rollup.closed(2026)).toContain("Năm 2026 đã chốt");
    expect(SCORING.rollup.nothing(2026)).toContain("năm 2026");
    expect(SCORING.rollup.asks(3)).toContain("3 ô nhập tay");
    expect(SCORING.rollup.question(3)).toContain("Ghi đè 3 ô");
  });

  it("the roll-up's end says what was written, and unscored rows only when there are some", () => {
    expect(SCORING.rollup.done(4, 2026, 0)).toBe("Đã ghi 4 ô số đếm năm 2026 (có ghi chú nguồn).");
    expect(SCORING.rollup.done(0, 2026, 0)).toBe("Số đếm năm 2026 đã khớp tab chấm điểm.");
    const waiting = SCORING.rollup.done(0, 2026, 2);
    expect(waiting).toContain("Số đếm năm 2026 đã khớp");
    expect(waiting).toContain(" 2 dòng đã đăng ký chưa chấm");
  });
});

describe("scoring rows and the roll-up's notes", () => {
  it("a person listed twice names who, the code, the year and the first row", () => {
    const text = SCORING.duplicate("hộ", "Nguyễn Văn A", "T01", 2026, 5);
    expect(text).toContain("“Nguyễn Văn A” (T01) đã có ở dòng 5 năm 2026");
    expect(text).toContain("“Nguyễn Văn A (xóm 2)”");
  });

  it("a count that differs from the scoring tab names the column, both values and the tab", () => {
    const text = SCORING.differs("Số hộ đạt GĐHT", "Thôn Đông năm 2026", 10, 12, "Chấm điểm GĐHT");
    expect(text).toContain("Số hộ đạt GĐHT (Thôn Đông năm 2026) là 10");
    expect(text).toContain("tab “Chấm điểm GĐHT” cho 12");
  });

  it("more recognised than the total names both columns and both counts", () => {
    const text = SCORING.aboveTotal(
      "Chấm điểm GĐHT",
      1300,
      "Số hộ đạt GĐHT",
      "Tổng số hộ",
      1200,
      "Thôn Đông",
    );
    expect(text).toContain("1.300");
    expect(text).toContain("“Số hộ đạt GĐHT” của Thôn Đông");
    expect(text).toContain("“Tổng số hộ” (1.200)");
  });

  it("the roll-up's note starts with its source and gives the value", () => {
    const note = SCORING.rollupNote("Chấm điểm GĐHT", 12);
    expect(SCORING.rollupSource("Chấm điểm GĐHT")).toContain("“Chấm điểm GĐHT”");
    expect(note.startsWith(SCORING.rollupSource("Chấm điểm GĐHT"))).toBe(true);
    expect(note).toContain(" 12.");
  });
});

describe("the list of recognitions", () => {
  const L = SCORING.list;

  it("the title is upper case, naming who, the model and the year", () => {
    expect(L.title("hộ gia đình", "Gia đình học tập", 2026)).toBe(
      "DANH SÁCH HỘ GIA ĐÌNH ĐƯỢC CÔNG NHẬN “GIA ĐÌNH HỌC TẬP” NĂM 2026",
    );
  });

  it("names the area in the decision line, and its columns", () => {
    expect(L.decision("xã Quảng Thạch")).toContain("của UBND xã Quảng Thạch");
    expect(L.header("Tên chủ hộ")).toEqual(["STT", "Tên chủ hộ", "Tổng điểm", "Ghi chú"]);
  });

  it("counts per place and in total, thousands grouped", () => {
    expect(L.place("Thôn Đông", 12, "hộ")).toBe("Thôn Đông: 12 hộ");
    expect(L.total(1234, "hộ")).toBe("Tổng cộng: 1.234 hộ");
  });

  it("names the year and the tab made", () => {
    expect(L.none(2026)).toContain("năm 2026");
    expect(L.done("Danh sách công nhận 2026")).toContain("“Danh sách công nhận 2026”");
    expect(L.tab(2026)).toBe("Danh sách công nhận 2026");
  });
});

describe("the criteria tab's problems name the model and what is wrong", () => {
  it("an unknown model names the value and every model", () => {
    const text = CRITERIA_MSG.unknownModel("Gia đình", ["Gia đình học tập", "Dòng họ học tập"]);
    expect(text).toContain("“Gia đình”");
    expect(text).toContain("Gia đình học tập, Dòng họ học tập");
  });

  it("forms", () => {
    expect(CRITERIA_MSG.formName("Công dân học tập")).toContain("của Công dân học tập");
    const twice = CRITERIA_MSG.duplicateForm("Công dân học tập", "Học sinh");
    expect(twice).toContain("“Học sinh”");
    expect(twice).toContain("Công dân học tập");
    const differ = CRITERIA_MSG.formsDiffer("Công dân học tập", "Học sinh", "Người lao động");
    expect(differ).toContain("“Học sinh”");
    expect(differ).toContain("“Người lao động”");
    expect(differ).toContain("Công dân học tập");
  });

  it("rules and codes", () => {
    const rule = CRITERIA_MSG.duplicateRule("Gia đình học tập", "Đạt khi tổng điểm từ", 7);
    expect(rule).toContain("“Đạt khi tổng điểm từ”");
    expect(rule).toContain("Gia đình học tập");
    expect(rule).toContain("dòng 7");
    expect(CRITERIA_MSG.missingCode("Dòng họ học tập")).toContain("Dòng họ học tập chưa có mã");
  });

  it("an undeclared form and a repeated code", () => {
    const form = CRITERIA_MSG.unknownForm("Công dân học tập", "Học sinh");
    expect(form).toContain("“Học sinh” chưa khai báo cho Công dân học tập");
    const code = CRITERIA_MSG.duplicateCode("Gia đình học tập", "1a", 9);
    expect(code).toContain("“1a” của Gia đình học tập đã có ở dòng 9");
  });

  it("what an incomplete set lacks, and totals that disagree", () => {
    expect(CRITERIA_MSG.noMax("2b")).toContain("tiêu chí 2b");
    expect(CRITERIA_MSG.notReady("Gia đình học tập", "điểm đạt")).toContain(
      "Bộ tiêu chí Gia đình học tập còn thiếu: điểm đạt",
    );
    const pass = CRITERIA_MSG.passAboveTotal("Gia đình học tập", 110, 100);
    expect(pass).toContain("Điểm đạt 110 lớn hơn tổng điểm 100");
    const sum = CRITERIA_MSG.sumMismatch("Gia đình học tập", 100, 95.5);
    expect(sum).toContain("ghi 100");
    expect(sum).toContain("cộng lại 95,5");
  });

  it("an unknown item or group lists the ones there are", () => {
    const item = CRITERIA_MSG.unknownItem("Gia đình học tập", "9z", [
      { code: "1a" },
      { code: "1b" },
    ]);
    expect(item).toContain("“9z”");
    expect(item).toContain("1a, 1b");
    const group = CRITERIA_MSG.unknownGroup("Gia đình học tập", "Nhóm 9", ["Nhóm 1", "Nhóm 2"]);
    expect(group).toContain("“Nhóm 9”");
    expect(group).toContain("Nhóm 1; Nhóm 2");
  });

  it("points", () => {
    const min = CRITERIA_MSG.minAboveMax("Gia đình học tập", "1a", 6, 5);
    expect(min).toContain("Tối thiểu 6");
    expect(min).toContain("tối đa 5");
    expect(min).toContain("tiêu chí 1a");
    expect(min).toContain("Gia đình học tập");
    expect(CRITERIA_MSG.percentAbove100(120)).toContain("120% lớn hơn 100%");
  });
});

describe("DAT_TIEUCHI's errors start with the function and name what is wrong", () => {
  it("ranges and points", () => {
    expect(CRITERIA_FN.setModels("DAT_TIEUCHI", 2)).toMatch(/^DAT_TIEUCHI: vùng có 2 mô hình/u);
    expect(CRITERIA_FN.setForms("DAT_TIEUCHI")).toMatch(/^DAT_TIEUCHI: các đối tượng/u);
    const blank = CRITERIA_FN.pointsBlank("DAT_TIEUCHI", "đối số diem", "2b");
    expect(blank).toMatch(/^DAT_TIEUCHI: đối số diem: /u);
    expect(blank).toContain("tiêu chí 2b");
  });

  it("an unknown set lists the sample sets; a set's problem is passed on", () => {
    const set = CRITERIA_FN.unknownSet("DAT_TIEUCHI", "ABC", ["GIADINH", "CONGDAN"]);
    expect(set).toMatch(/^DAT_TIEUCHI: không có bộ tiêu chí “ABC”/u);
    expect(set).toContain("GIADINH, CONGDAN");
    expect(CRITERIA_FN.setProblem("DAT_TIEUCHI", "X")).toBe("DAT_TIEUCHI: bộ tiêu chí: X");
  });

  it("points above an item's maximum name the value, the maximum and the item", () => {
    const text = CRITERIA_FN.pointsAboveMax("DAT_TIEUCHI", "đối số diem", 12, "1a", 10);
    expect(text).toMatch(/^DAT_TIEUCHI: đối số diem: 12 lớn hơn điểm tối đa 10 của tiêu chí 1a/u);
  });

  it("a criteria set still incomplete names what is missing", () => {
    expect(CRITERIA_FN.setPending("DAT_TIEUCHI", "điểm đạt")).toMatch(
      /^DAT_TIEUCHI: bộ tiêu chí còn thiếu: điểm đạt/u,
    );
  });

  it("points of the wrong shape or number say how many rows, columns and items", () => {
    expect(CRITERIA_FN.pointsShape("DAT_TIEUCHI", 3, 4)).toMatch(
      /^DAT_TIEUCHI: diem là vùng 3 hàng × 4 cột/u,
    );
    const count = CRITERIA_FN.pointsCount("DAT_TIEUCHI", 2, ["1a", "1b", "2a"]);
    expect(count).toMatch(/^DAT_TIEUCHI: có 2 điểm, bộ tiêu chí có 3 tiêu chí \(1a, 1b, 2a\)/u);
    expect(count).toContain("cần đúng 3 điểm");
  });

  it("a single argument is named alone; a value in a range by its row and column", () => {
    expect(argPosition("tong", 1, 1, false)).toBe("đối số tong");
    expect(argPosition("tong", 2, 3, true)).toBe("đối số tong, hàng 2 cột 3 của vùng");
  });
});
