// The printed yearly report "Biểu báo cáo năm N" of a commune, district or province: per model its
// total, registered and recognised counts, both rates cut to 0,1% and named by their denominator,
// target and verdict; learning citizens by indicator and by group; the association's indicators.

import { PRINT, REPORT } from "../messages";
import { FORMAT } from "../model/formats";
import { INDICATORS } from "../model/indicators";
import { type Counts, shownRate } from "../model/rates";
import {
  fitColumns,
  nationalHeader,
  type PrintCell,
  type Printout,
  placeDate,
  placeOf,
  printPage,
  signatureBlock,
  titleBlock,
} from "./print";
import { NO_DATA, type Summary, type SummaryLine } from "./summary";

/** Learning citizens of one group in the year, from criteria scoring (plain data). */
export interface CitizenGroup {
  readonly group: string;
  readonly registered: number;
  readonly recognized: number;
}

export interface ReportFacts {
  readonly areaName: string;
  /** When the report is made: its date line. */
  readonly madeAt: number;
}

/** Tables print a point smaller than the text, so a commune's report fits one A4 page. */
const TABLE = { size: 9 } as const;

/** The table's sections: the models that register, the learning citizen, the association. */
const SECTIONS = [
  ["I", REPORT.models, "GDHT DHHT CONGDONG DVHT"],
  ["II", REPORT.citizens, "CONGDAN_LD CONGDAN_CB CONGDAN_GD CONGDAN_DV KYNANGSO KYNANGSO_TT"],
  ["III", REPORT.association, "CT_TTHTCD CB_TTHTCD QUANTRIET CONGDAN_TAPHUAN"],
] as const;

/** A cell that does not apply (no registration for this rate, no target this year). */
const NONE: PrintCell = { value: REPORT.none, align: "center" };
const BLANK: PrintCell = { value: "" };

const rate = (value: number | undefined): PrintCell =>
  value === undefined ? NONE : { value, format: FORMAT.rate };

/** recognised / registered, cut to 0,1% like every rate the add-on shows. */
const onRegistered = (c: Counts) =>
  c.registered ? shownRate({ recognized: c.recognized, total: c.registered }) : undefined;

function lineCells(n: number, label: string, line: SummaryLine, registers: boolean): PrintCell[] {
  const c = line.counts;
  return [
    { value: String(n), align: "center" },
    { value: label, wrap: true },
    c ? { value: c.total } : BLANK,
    c?.registered !== undefined
      ? { value: c.registered }
      : registers && c
        ? { ...NONE, value: REPORT.incomplete }
        : NONE,
    c ? { value: c.recognized } : BLANK,
    c ? rate(line.rate) : BLANK,
    registers && c ? rate(onRegistered(c)) : NONE,
    rate(line.target?.value),
    // "Đạt" / "Chưa đạt" on one line; the longer "Không có mục tiêu" may wrap
    { value: line.verdict, align: "center", wrap: !line.target },
  ];
}

/** A name without its section's words: "Công dân học tập (người lớn …)" → "Người lớn …". */
function within(section: string, name: string): string {
  const rest = name.startsWith(section) ? name.slice(section.length).trim() : name;
  const bare = rest.replace(/^\((.*)\)$/u, "$1");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/**
 * A section of the table: its numeral and title, then a row per indicator (every model always,
 * the others when they have figures or a target); nothing when it has no row.
 */
function rows(summary: Summary, [numeral, title, ids]: (typeof SECTIONS)[number]): PrintCell[][] {
  const always = numeral === "I";
  const out: PrintCell[][] = [];
  for (const indicator of INDICATORS.filter((i) => ids.split(" ").includes(i.id))) {
    const section = summary.sections.find((s) => s.indicator.id === indicator.id);
    if (!section && !always) continue;
    const label = always ? `${indicator.name} (${indicator.unit})` : within(title, indicator.name);
    out.push(
      lineCells(out.length + 1, label, section?.total ?? { label, verdict: NO_DATA }, always),
    );
  }
  const head: PrintCell[] = [
    { value: numeral, bold: true, align: "center" },
    { value: title, bold: true, wrap: true },
  ];
  return out.length ? [head, ...out] : [];
}

function groupRows(groups: readonly CitizenGroup[]): PrintCell[][] {
  return groups.map((g, i) => [
    { value: String(i + 1), align: "center" },
    { value: g.group, wrap: true },
    { value: g.registered },
    { value: g.recognized },
    rate(onRegistered({ recognized: g.recognized, total: g.registered, registered: g.registered })),
  ]);
}

/**
 * Lays out the report of one year from the same summary as the summary tab (so the figures are
 * the same), for the area in `facts`. `citizens` is the scoring roll-up by group; without it the
 * report says there is none instead of inventing numbers.
 */
export function yearlyReport(
  summary: Summary,
  facts: ReportFacts,
  citizens?: readonly CitizenGroup[],
): Printout {
  const table = SECTIONS.flatMap((section) => rows(summary, section));
  const groups = citizens?.length ? groupRows(citizens) : [];
  const cells = (header: readonly string[]) =>
    header.map((value): PrintCell => ({ value, bold: true, wrap: true }));
  const tables = [
    [cells(REPORT.header), ...table],
    [cells(REPORT.groupHeader), ...groups],
  ];
  const widths = fitColumns(
    REPORT.header.map((_, i) => ({
      cells: tables.flatMap((t) => t.flatMap((r) => (r[i] ? { ...r[i], ...TABLE } : []))),
      grow: i === 1,
    })),
  );

  const page = printPage(widths);
  const { year } = summary;
  nationalHeader(
    page,
    [REPORT.body, facts.areaName],
    placeDate(placeOf(facts.areaName), facts.madeAt),
  );
  page.blank();
  titleBlock(page, REPORT.title(year), REPORT.subtitle);
  page.blank();
  page.table(REPORT.header, table, TABLE);
  page.blank().text(REPORT.byGroup, { bold: true });
  if (groups.length) page.table(REPORT.groupHeader, groups, TABLE);
  else page.text(REPORT.noGroups(year), { italic: true });
  page.blank().text(REPORT.notes, { bold: true }).text(REPORT.rates).text(REPORT.cut);
  if (table.some((r) => r[3]?.value === REPORT.incomplete)) page.text(REPORT.incompleteNote);
  page.blank();
  signatureBlock(
    page,
    { titles: [PRINT.preparer], note: PRINT.sign },
    { titles: REPORT.chair, note: PRINT.signSeal },
  );
  return page.build();
}
