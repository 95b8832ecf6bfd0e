// "Danh sách công nhận": the annex of the commune's recognition decision, one list per model of the
// households (clans, villages, units, citizens) recognised in a year, by village, ready to print.

import type { ScoringRead } from "../check/scoring";
import { SCORING } from "../messages";
import { MODELS } from "../model/criteria";
import { FORMAT } from "../model/formats";
import { type PrintPage, printPage } from "./print";

/** The recognised of a year in every scoring tab, by village (unit) in the order of `places`. */
export function recognitionPage(
  scorings: readonly ScoringRead[],
  year: number,
  areaName: string,
  /** Code → name of the villages (units) of the year, in their tab's order. */
  places: (codeTab: "villages" | "units") => ReadonlyMap<string, string>,
  /** The same identity as the checks use for codes. */
  identity: (code: string) => string,
): PrintPage | undefined {
  const L = SCORING.list;
  const page = printPage([50, 330, 90, 210]);
  let any = false;
  page.nationalHeader();
  for (const scoring of scorings) {
    const passed = scoring.rows.filter((s) => s.year === year && s.passed);
    if (!passed.length) continue;
    any = true;
    const { spec } = scoring;
    const model = MODELS.find((m) => m.id === spec.model)?.name ?? spec.model;
    page.row([L.title(spec.noun, model, year)], [], "title");
    page.row([L.decision(areaName)], [], "title");
    page.row(["STT", spec.nameHeader, "Tổng điểm", "Ghi chú"], [], "bold");
    const named = places(spec.codeTab);
    const order = [...named.keys()];
    const byPlace = new Map<string, typeof passed>();
    for (const s of passed) {
      const key = identity(s.code);
      byPlace.set(key, [...(byPlace.get(key) ?? []), s]);
    }
    let n = 0;
    const keys = [...byPlace.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const key of keys) {
      const rows = byPlace.get(key) ?? [];
      page.row(
        [L.place(named.get(key) ?? rows[0]?.code ?? key, rows.length, spec.noun)],
        [],
        "bold",
      );
      for (const s of rows)
        page.row(
          [++n, s.name, s.total ?? "", s.form?.name ?? ""],
          [FORMAT.general, FORMAT.text, FORMAT.general],
        );
    }
    page.row([L.total(n, spec.noun)], [], "bold");
    page.row([]);
  }
  if (!any) return undefined;
  page.signatures(L.preparer, [L.signer, L.chair]);
  return page.done();
}
