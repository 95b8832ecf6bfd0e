// Criteria sets (bộ tiêu chí) as data: the "Bộ tiêu chí" tab's columns and row kinds, the presets
// written into it (each with its source), and the recognition rule a set's form applies to points.

import { codeKey, tidy } from "../text";
import type { Column, DataTab } from "./schema";

/** The five models a household, clan, village, unit or citizen is scored for. */
export const MODELS = [
  { id: "GDHT", name: "Gia đình học tập", short: "GĐHT" },
  { id: "DHHT", name: "Dòng họ học tập", short: "DHHT" },
  { id: "CONGDONG", name: "Cộng đồng học tập", short: "CĐHT" },
  { id: "DVHT", name: "Đơn vị học tập", short: "ĐVHT" },
  { id: "CONGDAN", name: "Công dân học tập", short: "CDHT" },
] as const;

export type ModelId = (typeof MODELS)[number]["id"];
export type Model = (typeof MODELS)[number];

/**
 * A model by full name ("Gia đình học tập"), short form with its Đ ("GĐHT", "CĐHT") or ASCII id
 * ("GDHT", "CONGDAN"). A bare "CDHT" is refused: officers read it as the citizen, old sheets as the
 * community; the caller names both choices.
 */
export function findModel(value: unknown): Model | "ambiguous" | undefined {
  if (typeof value !== "string") return undefined;
  const upper = tidy(value).toUpperCase();
  if (upper === "CDHT") return "ambiguous";
  return MODELS.find(
    (m) => m.short === upper || codeKey(m.id) === codeKey(value) || m.name.toUpperCase() === upper,
  );
}

/** The tab's columns, in order; rows are read by header text, so an officer may move them. */
export const CRITERIA_TAB = "Bộ tiêu chí";
export const CRITERIA_HEADERS = {
  model: "Mô hình",
  form: "Đối tượng",
  kind: "Loại dòng",
  group: "Nhóm tiêu chí",
  code: "Mã",
  text: "Nội dung",
  points: "Điểm",
  note: "Ghi chú, nguồn",
} as const;
export type CriteriaKey = keyof typeof CRITERIA_HEADERS;

/** What a row of the tab states: an item, the stated total, or one part of the recognition rule. */
export const KIND = {
  item: "Tiêu chí",
  total: "Tổng điểm tối đa",
  pass: "Đạt khi tổng điểm từ",
  itemMin: "Đạt khi mỗi tiêu chí từ",
  groupMin: "Đạt khi mỗi nhóm từ (%)",
  form: "Đối tượng (mẫu phiếu)",
} as const;
export type Kind = keyof typeof KIND;

/** The criteria tab read like a data tab: each row one item, stated total or rule part. (Pure, so
 * Code.js, which ships without scoring's code, leaves it out.) */
export const CRITERIA: DataTab = /* @__PURE__ */ (() => ({
  id: "criteria",
  name: CRITERIA_TAB,
  rowNoun: "dòng",
  nameKey: "text",
  columns: (Object.keys(CRITERIA_HEADERS) as CriteriaKey[]).map(
    (key): Column => ({
      key,
      header: CRITERIA_HEADERS[key],
      kind: key === "points" ? "points" : key === "kind" ? "choice" : "text",
      required: key === "model" || key === "kind",
      choices: key === "kind" ? Object.values(KIND) : undefined,
    }),
  ),
  rules: [],
  contributions: [],
}))();

export interface Item {
  readonly code: string;
  readonly group: string;
  readonly text: string;
  readonly max: number;
}

/** A group rule: the items' sum at least `percent` % of their maxima. */
export interface GroupRule {
  readonly group: string;
  readonly items: readonly number[];
  readonly percent: number;
}

/** One scoring form of a model: its items and recognition rule (one per citizen group). */
export interface Form {
  /** The group of citizens it is for; "" when the model has a single form. */
  readonly name: string;
  readonly items: readonly Item[];
  readonly total: number;
  readonly pass: number;
  /** Per item, the least points it needs (0 when no rule names it). */
  readonly mins: readonly number[];
  readonly groups: readonly GroupRule[];
}

/** A usable criteria set: every form complete and consistent (the check says why otherwise). */
export interface CriteriaSet {
  readonly model: Model;
  readonly forms: readonly Form[];
}

/** Points are compared in thousandths, so 7,3 + 8,1 reaches a 15,4 threshold. */
const milli = (n: number) => Math.round(n * 1000);

/** The recognition rule: total ≥ pass, every item ≥ its minimum, every ruled group ≥ its %. */
export function passes(form: Form, points: readonly number[]): boolean {
  const sum = (ix: readonly number[], of: (i: number) => number) =>
    ix.reduce((s, i) => s + milli(of(i)), 0);
  const got = (i: number) => points[i] ?? 0;
  const max = (i: number) => form.items[i]?.max ?? 0;
  return (
    sum(
      form.items.map((_, i) => i),
      got,
    ) >= milli(form.pass) &&
    form.mins.every((m, i) => milli(got(i)) >= milli(m)) &&
    form.groups.every((g) => sum(g.items, got) * 100 >= Math.round(g.percent * sum(g.items, max)))
  );
}

/** Sheet rows of a preset: [model, form, kind, group, code, text, points, note]. */
export type PresetRow = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  number | "",
  string,
];

type Line = readonly [Kind, string, string, string, number | "", string];

/**
 * The presets written into a new "Bộ tiêu chí" tab, with their sources. Only the learning citizen
 * is complete; the learning family has two confirmed groups; the others are empty structures.
 * (Everything inside the builder: Code.js, which ships without scoring's code, leaves it out.)
 */
export const PRESET_ROWS: readonly PresetRow[] = /* @__PURE__ */ (() => {
  const BY_PROVINCE = "theo văn bản của tỉnh";
  const CONFIRM = `cần xác nhận ${BY_PROVINCE}`;
  const QD448 = "QĐ 448/QĐ-KHVN (2015), Hội Khuyến học Việt Nam";
  const QD324 = "QĐ 324/QĐ-KHVN, Hội Khuyến học Việt Nam";

  /** A model's rows from [kind, group, code, text, points, note] lines. */
  const rows = (model: Model, lines: readonly Line[]): PresetRow[] =>
    lines.map(([kind, ...rest]) => [model.name, "", KIND[kind], ...rest]);

  /** The citizen groups of congdanhoctap.vn, each scored on its own form. */
  const CITIZEN_GROUPS = [
    ["Nông dân, lao động nông thôn", ""],
    ["Công nhân, thợ thủ công, thợ sửa chữa", ""],
    ["Cán bộ, công chức, viên chức", "từ cấp xã trở lên"],
    ["Đối tượng khác", `tên nhóm thứ tư: ${CONFIRM}`],
  ] as const;

  /** An empty structure to fill in: the set's points were not seen in any text read here. */
  const empty = (model: Model): PresetRow[] =>
    rows(model, [
      ["total", "", "", "", "", `Khung trống: nhập tiêu chí, điểm, điểm đạt ${BY_PROVINCE}`],
      ["pass", "", "", "", "", CONFIRM],
      ["item", "", "", "", "", "Mỗi tiêu chí một dòng"],
    ]);

  const child = (code: string, text: string): Line => [
    "item",
    "1. Học tập của trẻ em",
    code,
    text,
    10,
    QD448,
  ];
  const adult = (code: string, text: string, points: number, note = QD448): Line => [
    "item",
    "2. Học tập của người lớn",
    code,
    text,
    points,
    note,
  ];
  const unseen = (code: string, group: string): Line => [
    "item",
    `${code}. ${group}`,
    code,
    group,
    "",
    CONFIRM,
  ];

  const [GDHT, DHHT, CONGDONG, DVHT, CONGDAN] = MODELS;
  return [
    ...rows(CONGDAN, [
      ["total", "", "", "", 100, `${QD324}: 10 chỉ số × 10 điểm`],
      ["pass", "", "", "", 80, QD324],
      ["itemMin", "", "", "", 5, QD324],
    ]),
    ...CITIZEN_GROUPS.map(
      ([name, note]): PresetRow => [CONGDAN.name, name, KIND.form, "", "", "", "", note],
    ),
    ...rows(
      CONGDAN,
      Array.from(
        { length: 10 },
        (_, i): Line => [
          "item",
          "",
          String(i + 1),
          `Chỉ số ${i + 1}`,
          10,
          i
            ? ""
            : "3 nhóm năng lực: tự học; dùng công cụ tương tác; quan hệ xã hội (ghi theo mẫu phiếu)",
        ],
      ),
    ),
    ...rows(GDHT, [
      ["total", "", "", "", 100, `${QD448}: 4 nhóm tiêu chí`],
      ["pass", "", "", "", "", CONFIRM],
      child("1a", "Trẻ em trong độ tuổi đều đi học, hoàn thành phổ cập"),
      child("1b", "Học lực từ trung bình, hạnh kiểm từ khá"),
      child("1c", "Trung thực, lễ phép, tham gia hoạt động địa phương"),
      adult("2a", "Người lớn 19–60 tuổi biết chữ từ bậc 1", 10),
      adult(
        "2b",
        "Người lớn học ít nhất 01 nội dung mỗi năm, và nội dung khác",
        20,
        `Nhóm 2: 30 điểm; chia điểm ${CONFIRM}`,
      ),
      unseen("3", "Điều kiện học tập"),
      unseen("4", "Tác động, hiệu quả của học tập"),
    ]),
    ...empty(DHHT),
    ...empty(CONGDONG),
    ...empty(DVHT),
  ];
})();
