// The printed yearly report "Biểu báo cáo năm N" of a commune, district or province: per model its
// total, registered and recognised counts, both rates cut to 0,1% and named by their denominator,
// target and verdict; learning citizens by indicator and by group; the association's indicators.

import { FORMAT } from "../model/formats";
import type { PrintWords } from "../model/guidance";
import { type Counts, shownRate } from "../model/rates";
import {
  fill,
  fitColumns,
  nationalHeader,
  type PrintCell,
  type Printout,
  placeDate,
  printPage,
  signatureBlock,
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

const BLANK: PrintCell = { value: "" };

/** recognised / registered, cut to 0,1% like every rate the add-on shows. */
const onRegistered = (c: Counts) =>
  c.registered ? shownRate({ recognized: c.recognized, total: c.registered }) : undefined;

/**
 * Lays out the report of one year from the same summary as the summary tab (so the figures are
 * the same), for the area in `facts`, in `words`. `citizens` is the scoring roll-up by group;
 * without it the report says there is none instead of inventing numbers.
 */
export function yearlyReport(
  summary: Summary,
  facts: ReportFacts,
  words: PrintWords,
  citizens: readonly CitizenGroup[] = [],
): Printout {
  const { year } = summary;
  /** A cell that does not apply (no registration for this rate, no target this year). */
  const none: PrintCell = { value: words.none, align: "center" };
  const rate = (value: number | undefined): PrintCell =>
    value === undefined ? none : { value, format: FORMAT.rate };
  const number = (value: number | string): PrintCell => ({ value, align: "center" });

  // sections I, II, III: a title row, then one row per indicator; the models always, with their
  // registered count ("chưa đủ" when a row lacks one) and the rate on it
  const table = words.sections.flatMap(([title, labels], s) => {
    const models = s === 0;
    const out: PrintCell[][] = [];
    for (const [id, label] of labels) {
      const found = summary.sections.find((x) => x.indicator.id === id)?.total;
      if (!found && !models) continue;
      const l: SummaryLine = found ?? { label, verdict: NO_DATA };
      const c = l.counts;
      out.push([
        number(out.length + 1),
        { value: label, wrap: true },
        c ? { value: c.total } : BLANK,
        c?.registered !== undefined
          ? { value: c.registered }
          : models && c
            ? { ...none, value: words.incomplete }
            : none,
        c ? { value: c.recognized } : BLANK,
        c ? rate(l.rate) : BLANK,
        models && c ? rate(onRegistered(c)) : none,
        rate(l.target?.value),
        // "Đạt" / "Chưa đạt" on one line; the longer "Không có mục tiêu" may wrap
        { value: l.verdict, align: "center", wrap: !l.target },
      ]);
    }
    const head = [
      { ...number(["I", "II", "III"][s] ?? ""), bold: true },
      { value: title, bold: true, wrap: true },
    ];
    return out.length ? [head, ...out] : [];
  });
  const groups = citizens.map((g, i) => [
    number(i + 1),
    { value: g.group, wrap: true },
    { value: g.registered },
    { value: g.recognized },
    rate(onRegistered({ ...g, total: g.registered })),
  ]);

  const heads = (header: readonly string[]) =>
    header.map((value): PrintCell => ({ value, bold: true, wrap: true }));
  const all = [heads(words.header), ...table, heads(words.groupHeader), ...groups];
  const page = printPage(
    fitColumns(
      words.header.map((_, i) => all.flatMap((r) => (r[i] ? { ...r[i], ...TABLE } : []))),
      1,
    ),
  );
  nationalHeader(
    page,
    [words.body, facts.areaName],
    [words.nation, words.motto],
    placeDate(words, facts.areaName, facts.madeAt),
  );
  page
    .blank()
    .text(fill(words.title, { year }).toUpperCase(), { bold: true, size: 12, align: "center" })
    .text(words.subtitle, { italic: true, align: "center" })
    .blank()
    .table(words.header, table, TABLE)
    .blank()
    .text(words.byGroup, { bold: true });
  if (groups.length) page.table(words.groupHeader, groups, TABLE);
  else page.text(fill(words.noGroups, { year }), { italic: true });
  const [notes = "", ...lines] = words.notes;
  page.blank().text(notes, { bold: true });
  if (table.some((r) => r[3]?.value === words.incomplete)) lines.push(words.incompleteNote);
  for (const note of lines) page.text(note);
  page.blank();
  signatureBlock(
    page,
    { titles: [words.preparer], note: words.sign },
    { titles: words.chair, note: words.signSeal },
  );
  return page.build();
}
