// "Danh sách công nhận": the annex of the commune's recognition decision, one list per model of the
// households (clans, villages, units, citizens) recognised in a year, by village, laid out to print
// with the shared print layout (print.ts) like the yearly report.

import type { ScoringRead } from "../check/scoring";
import { SCORING } from "../messages";
import { MODELS } from "../model/criteria";
import type { PrintWords } from "../model/guidance";
import {
  fitColumns,
  nationalHeader,
  type PrintCell,
  type Printout,
  placeDate,
  printPage,
  signatureBlock,
} from "./print";

export interface RecognitionFacts {
  readonly year: number;
  readonly areaName: string;
  /** When the list is made: its date line. */
  readonly madeAt: number;
  /** Code identity → name of the villages (units) of the year, in their tab's order. */
  readonly places: (codeTab: "villages" | "units") => ReadonlyMap<string, string>;
  /** The identity the checks give a code ("T01" and "t1" are one village). */
  readonly identity: (code: string) => string;
}

const TABLE = { size: 9 } as const;

/** The list, or undefined when no one was recognised in the year. */
export function recognitionList(
  scorings: readonly ScoringRead[],
  facts: RecognitionFacts,
  words: PrintWords,
): Printout | undefined {
  const L = SCORING.list;
  const { year } = facts;
  const lists = scorings.flatMap((scoring) => {
    const passed = scoring.rows.filter((s) => s.year === year && s.passed);
    if (!passed.length) return [];
    const { spec } = scoring;
    const named = facts.places(spec.codeTab);
    const order = [...named.keys()];
    const byPlace = new Map<string, typeof passed>();
    for (const s of passed) {
      const key = facts.identity(s.code);
      byPlace.set(key, [...(byPlace.get(key) ?? []), s]);
    }
    const body: PrintCell[][] = [];
    let n = 0;
    for (const key of [...byPlace.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
      // Stryker disable next-line ArrayDeclaration: unreachable, every key of byPlace holds its rows
      const rows = byPlace.get(key) ?? [];
      // Stryker disable next-line OptionalChaining: rows is never empty (a key comes from a row)
      const place = named.get(key) ?? rows[0]?.code ?? key;
      body.push([{ value: "" }, { value: L.place(place, rows.length, spec.noun), bold: true }]);
      for (const s of rows)
        body.push([
          { value: ++n, align: "center" },
          { value: s.name },
          { value: s.total ?? "", format: "0.##", align: "center" },
          { value: s.form?.name ?? "", wrap: true },
        ]);
    }
    body.push([{ value: "" }, { value: L.total(n, spec.noun), bold: true }]);
    // Stryker disable next-line OptionalChaining: spec.model is a ModelId, always found in MODELS
    const model = MODELS.find((m) => m.id === spec.model)?.name ?? spec.model;
    return [{ title: L.title(spec.noun, model, year), header: L.header(spec.nameHeader), body }];
  });
  if (!lists.length) return undefined;
  const heads = lists.flatMap((l) => [l.header.map((value): PrintCell => ({ value, bold: true }))]);
  const cells = [...heads, ...lists.flatMap((l) => l.body)];
  // the note column (a citizen's group) takes the room left, so the national header's left half
  // (the issuing body) spans the number, name and points columns
  const page = printPage(
    fitColumns(
      [0, 1, 2, 3].map((i) => cells.flatMap((r) => (r[i] ? { ...r[i], ...TABLE } : []))),
      3,
    ),
  );
  nationalHeader(
    page,
    [L.body, facts.areaName],
    [words.nation, words.motto],
    placeDate(words, facts.areaName, facts.madeAt),
  );
  for (const list of lists)
    page
      .blank()
      .text(list.title, { bold: true, size: 12, align: "center" })
      .text(L.decision(facts.areaName), { italic: true, align: "center" })
      .blank()
      .table(list.header, list.body, TABLE);
  page.blank();
  signatureBlock(
    page,
    { titles: [L.preparer], note: words.sign },
    { titles: [L.signer, L.chair], note: words.signSeal },
  );
  return page.build();
}
