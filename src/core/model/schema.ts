// The tabs the add-on creates and reads, as data: columns, what each holds, the order rules between
// them (DHIS2-style left ≤ right) and how rows feed the indicators.

import { codeKey, nameKey } from "../text";
import { DEFAULT_PRESET, PRESETS } from "./roadmaps";

/** Bump when a template's columns change; gathering refuses sheets of another version. */
export const TEMPLATE_VERSION = 1;

export type ColumnKind = "year" | "code" | "text" | "count" | "mark" | "choice";

export interface Column {
  readonly key: string;
  readonly header: string;
  readonly kind: ColumnKind;
  readonly required?: boolean;
  readonly choices?: readonly string[];
}

/** left ≤ right on the same row (marks read as 1/0, so "đạt ⇒ đăng ký" is the same rule). */
export interface OrderRule {
  readonly left: string;
  readonly right: string;
}

/** How one row feeds one indicator: Σ recognised / Σ total over the rows of the area. */
export interface Contribution {
  readonly indicator: string;
  readonly recognized: string;
  /** A count column, or "ROW" when each row is one item (a village, a unit, the association). */
  readonly total: string | "ROW";
  /** Only rows whose mark in this column is true count (people in learning units). */
  readonly onlyWhen?: string;
  /** The registration column (đăng ký) of the models that register, for the printed report. */
  readonly registered?: string;
}

export type DataTabId = "villages" | "units" | "association" | "areas";

export interface DataTab {
  readonly id: DataTabId;
  readonly name: string;
  /** What one row is, for messages: "thôn/TDP", "đơn vị". */
  readonly rowNoun: string;
  readonly columns: readonly Column[];
  /** Column identifying an area within a year; absent when the tab has one row per year. */
  readonly codeKey?: string;
  readonly nameKey?: string;
  /** Column grouping rows in summaries (unit type); rows are listed one by one otherwise. */
  readonly groupKey?: string;
  readonly rules: readonly OrderRule[];
  readonly contributions: readonly Contribution[];
}

const YEAR: Column = {
  key: "year",
  header: "Năm",
  kind: "year",
  required: true,
};
const count = (key: string, header: string, required = false): Column => ({
  key,
  header,
  kind: "count",
  required,
});
const mark = (key: string, header: string, required = false): Column => ({
  key,
  header,
  kind: "mark",
  required,
});

export const UNIT_TYPES = ["Cơ quan", "Trường học", "Doanh nghiệp", "Cơ sở sản xuất", "Khác"];

export const VILLAGES: DataTab = {
  id: "villages",
  name: "Thôn - TDP",
  rowNoun: "thôn/TDP",
  codeKey: "code",
  nameKey: "name",
  columns: [
    YEAR,
    {
      key: "code",
      header: "Mã thôn/TDP",
      kind: "code",
      required: true,
    },
    {
      key: "name",
      header: "Tên thôn/TDP",
      kind: "text",
      required: true,
    },
    count("households", "Tổng số hộ", true),
    count("hhRegistered", "Số hộ đăng ký GĐHT"),
    count("hhRecognized", "Số hộ đạt GĐHT", true),
    count("clans", "Tổng số dòng họ"),
    count("clansRegistered", "Số dòng họ đăng ký DHHT"),
    count("clansRecognized", "Số dòng họ đạt DHHT"),
    mark("cdhtRegistered", "Thôn đăng ký CĐHT"),
    mark("cdhtRecognized", "Thôn đạt CĐHT", true),
    count("workers", "Người lao động trong GĐHT, DHHT, CĐHT"),
    count("workersCitizen", "Người lao động đạt CDHT"),
    count("adults", "Người lớn trong GĐHT, DHHT, CĐHT"),
    count("adultsCitizen", "Người lớn đạt CDHT"),
    count("digital", "CDHT có kỹ năng số"),
    count("proficient", "CDHT thành thạo kỹ năng số"),
  ],
  rules: [
    { left: "hhRecognized", right: "hhRegistered" },
    { left: "hhRegistered", right: "households" },
    { left: "hhRecognized", right: "households" },
    { left: "clansRecognized", right: "clansRegistered" },
    { left: "clansRegistered", right: "clans" },
    { left: "clansRecognized", right: "clans" },
    { left: "cdhtRecognized", right: "cdhtRegistered" },
    { left: "workersCitizen", right: "workers" },
    { left: "adultsCitizen", right: "adults" },
    { left: "digital", right: "adultsCitizen" },
    { left: "proficient", right: "digital" },
  ],
  contributions: [
    {
      indicator: "GDHT",
      recognized: "hhRecognized",
      total: "households",
      registered: "hhRegistered",
    },
    {
      indicator: "DHHT",
      recognized: "clansRecognized",
      total: "clans",
      registered: "clansRegistered",
    },
    {
      indicator: "CONGDONG",
      recognized: "cdhtRecognized",
      total: "ROW",
      registered: "cdhtRegistered",
    },
    { indicator: "CONGDAN_LD", recognized: "workersCitizen", total: "workers" },
    { indicator: "CONGDAN_GD", recognized: "adultsCitizen", total: "adults" },
    { indicator: "KYNANGSO", recognized: "digital", total: "adultsCitizen" },
    { indicator: "KYNANGSO_TT", recognized: "proficient", total: "adultsCitizen" },
  ],
};

export const UNITS: DataTab = {
  id: "units",
  name: "Đơn vị",
  rowNoun: "đơn vị",
  codeKey: "code",
  nameKey: "name",
  groupKey: "type",
  columns: [
    YEAR,
    {
      key: "code",
      header: "Mã đơn vị",
      kind: "code",
      required: true,
    },
    {
      key: "name",
      header: "Tên đơn vị",
      kind: "text",
      required: true,
    },
    {
      key: "type",
      header: "Loại đơn vị",
      kind: "choice",
      required: true,
      choices: UNIT_TYPES,
    },
    {
      key: "village",
      header: "Thuộc thôn/TDP (mã)",
      kind: "code",
    },
    mark("dvhtRegistered", "Đăng ký ĐVHT"),
    mark("dvhtRecognized", "Đạt ĐVHT", true),
    count("staff", "Số CBCCVC, người lao động"),
    count("staffCitizen", "Số CBCCVC, người lao động đạt CDHT"),
    count("digital", "CDHT có kỹ năng số"),
    count("proficient", "CDHT thành thạo kỹ năng số"),
  ],
  rules: [
    { left: "dvhtRecognized", right: "dvhtRegistered" },
    { left: "staffCitizen", right: "staff" },
    { left: "digital", right: "staffCitizen" },
    { left: "proficient", right: "digital" },
  ],
  contributions: [
    {
      indicator: "DVHT",
      recognized: "dvhtRecognized",
      total: "ROW",
      registered: "dvhtRegistered",
    },
    {
      indicator: "CONGDAN_CB",
      recognized: "staffCitizen",
      total: "staff",
      onlyWhen: "dvhtRecognized",
    },
    {
      indicator: "CONGDAN_DV",
      recognized: "staffCitizen",
      total: "staff",
      onlyWhen: "dvhtRecognized",
    },
    { indicator: "KYNANGSO", recognized: "digital", total: "staffCitizen" },
    { indicator: "KYNANGSO_TT", recognized: "proficient", total: "staffCitizen" },
  ],
};

export const ASSOCIATION: DataTab = {
  id: "association",
  name: "Hội Khuyến học xã",
  rowNoun: "năm",
  columns: [
    YEAR,
    mark("chairInCentre", "Chủ tịch/PCT Hội tham gia quản lý TTHTCĐ"),
    count("officers", "Tổng số cán bộ làm công tác khuyến học xã"),
    count("officersTrained", "Cán bộ tham gia TTHTCĐ và được bồi dưỡng CNTT"),
    count("members", "Tổng số cán bộ, hội viên Hội Khuyến học"),
    count("membersBriefed", "Cán bộ, hội viên được quán triệt văn kiện"),
    count("membersTrainedCitizen", "Cán bộ, hội viên được tập huấn tiêu chí CDHT"),
  ],
  rules: [
    { left: "officersTrained", right: "officers" },
    { left: "membersBriefed", right: "members" },
    { left: "membersTrainedCitizen", right: "members" },
  ],
  contributions: [
    { indicator: "CT_TTHTCD", recognized: "chairInCentre", total: "ROW" },
    { indicator: "CB_TTHTCD", recognized: "officersTrained", total: "officers" },
    { indicator: "QUANTRIET", recognized: "membersBriefed", total: "members" },
    { indicator: "CONGDAN_TAPHUAN", recognized: "membersTrainedCitizen", total: "members" },
  ],
};

export const COMMUNE_TABS: readonly DataTab[] = [VILLAGES, UNITS, ASSOCIATION];

/** Per-row rate columns the template adds after the inputs: one per count/count contribution. */
export function rateColumns(tab: DataTab): readonly Contribution[] {
  const seen = new Set<string>();
  return tab.contributions.filter((c) => {
    const key = `${c.recognized}/${c.total}`;
    if (c.total === "ROW" || seen.has(key) || c.indicator.startsWith("KYNANGSO")) return false;
    seen.add(key);
    return true;
  });
}

export function column(tab: DataTab, key: string): Column {
  const found = tab.columns.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key} in ${tab.id}`);
  return found;
}

// ---- Configuration tab: one labelled value per row ----

export const LEVELS = ["Xã", "Huyện", "Tỉnh"] as const;
export type Level = (typeof LEVELS)[number];

export const HIERARCHIES = [
  "Xã → Tỉnh (từ 1/7/2025)",
  "Xã → Huyện → Tỉnh (trước 1/7/2025)",
] as const;

export interface ConfigField {
  readonly key: string;
  readonly label: string;
  readonly choices?: readonly string[];
  /** Written when the template creates the row; never over what an officer typed. */
  readonly initial: string;
}

export const CONFIG_TAB = "Cấu hình";
export const ROADMAP_TAB = "Lộ trình";
export const AREAS_TAB = "Danh sách địa bàn";

/** The roadmap choice saying the officer keeps their own targets in the roadmap tab. */
export const OWN_ROADMAP = "RIENG";

export interface RoadmapChoice {
  /** Preset code, or OWN_ROADMAP: values the add-on passes around, never shown. */
  readonly name: string;
  /** What the configuration cell holds and the sidebar shows. */
  readonly title: string;
}

export const ROADMAP_CHOICES: readonly RoadmapChoice[] = [
  ...PRESETS,
  { name: OWN_ROADMAP, title: "Tự nhập trong tab Lộ trình" },
];

/** The choice a configuration value means: its title, or the code older sheets hold (QUOCGIA). */
export function findRoadmapChoice(value: unknown): RoadmapChoice | undefined {
  const text = String(value);
  return ROADMAP_CHOICES.find(
    (c) => nameKey(c.title) === nameKey(text) || c.name === codeKey(text),
  );
}

/** The title of a roadmap choice by code, for the configuration cell. */
export const roadmapTitle = (name: string): string =>
  ROADMAP_CHOICES.find((c) => c.name === name)?.title ?? name;

export const CONFIG_FIELDS: readonly ConfigField[] = [
  {
    key: "level",
    label: "Cấp",
    choices: LEVELS,
    initial: "Xã",
  },
  { key: "areaName", label: "Tên địa bàn", initial: "" },
  {
    key: "areaCode",
    label: "Mã địa bàn",
    initial: "",
  },
  { key: "year", label: "Năm báo cáo", initial: "" },
  {
    key: "preset",
    label: "Lộ trình mẫu",
    choices: ROADMAP_CHOICES.map((c) => c.title),
    initial: roadmapTitle(DEFAULT_PRESET),
  },
  {
    key: "amber",
    label: "Biên độ cảnh báo (điểm %)",
    initial: "5",
  },
  {
    key: "jump",
    label: "Biên độ thay đổi so với năm trước (điểm %)",
    initial: "30",
  },
  {
    key: "hierarchy",
    label: "Phân cấp",
    choices: HIERARCHIES,
    initial: HIERARCHIES[0],
  },
  {
    key: "deadline",
    label: "Hạn nộp báo cáo (ngày/tháng)",
    initial: "10/12",
  },
];

// ---- District or province: the list of lower-level areas and where their sheets are ----

export const AREA_COLUMNS: readonly Column[] = [
  {
    key: "code",
    header: "Mã địa bàn",
    kind: "code",
    required: true,
  },
  {
    key: "name",
    header: "Tên địa bàn",
    kind: "text",
    required: true,
  },
  {
    key: "url",
    header: "Đường dẫn bảng tính",
    kind: "text",
  },
  {
    key: "formerDistrict",
    header: "Huyện (cũ)",
    kind: "text",
  },
  {
    key: "mergedInto",
    header: "Sáp nhập vào (mã)",
    kind: "code",
  },
  { key: "note", header: "Ghi chú", kind: "text" },
];

export const AREAS: DataTab = {
  id: "areas",
  name: AREAS_TAB,
  rowNoun: "địa bàn",
  codeKey: "code",
  nameKey: "name",
  columns: AREA_COLUMNS,
  rules: [],
  contributions: [],
};
