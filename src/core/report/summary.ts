// The numbers of a summary tab: the parts of an area (villages and unit groups of a commune, or the
// communes of a province), their counts per indicator, and the area's Σ/Σ total against targets.

import type { ReadTab, Row } from "../check/read";
import { rowCounts } from "../check/rules";
import { VERDICT } from "../messages";
import { INDICATORS, type Indicator } from "../model/indicators";
import {
  type Counts,
  isMet,
  shortfallPoints,
  shownRate,
  stillNeeded,
  sumCounts,
} from "../model/rates";
import { type Roadmap, type Target, targetOf } from "../model/roadmaps";
import { ASSOCIATION, UNIT_TYPES } from "../model/schema";

export type CountsByIndicator = ReadonlyMap<string, Counts>;

export interface SummaryPart {
  readonly label: string;
  readonly counts: CountsByIndicator;
}

export interface SummaryLine {
  readonly label: string;
  readonly counts?: Counts;
  /** The shown rate (cut to 0,1%), when there is a total. */
  readonly rate?: number;
  readonly target?: Target;
  readonly shortfall?: number;
  readonly needed?: number;
  readonly verdict: string;
}

export interface IndicatorSection {
  readonly indicator: Indicator;
  readonly target?: Target;
  readonly total: SummaryLine;
  readonly parts: readonly SummaryLine[];
}

export interface Summary {
  readonly year: number;
  readonly areaName: string;
  /** "Toàn xã", "Toàn tỉnh"… */
  readonly totalLabel: string;
  readonly roadmapName: string;
  readonly sections: readonly IndicatorSection[];
}

export const NO_TARGET = "Không có mục tiêu";
export const NO_DATA = "Chưa có số liệu";

/** Adds one row's counts for each indicator it feeds into `into`. */
function add(into: Map<string, Counts>, id: string, c: Counts | undefined): void {
  if (!c) return;
  const before = into.get(id);
  into.set(id, before ? sumCounts([before, c]) : c);
}

/** One part of a summary: the Σ of its rows' counts for every indicator the rows feed. */
function part(read: ReadTab, rows: readonly Row[], label: string): SummaryPart {
  const counts = new Map<string, Counts>();
  for (const row of rows)
    for (const c of read.tab.contributions) add(counts, c.indicator, rowCounts(row, c));
  return { label, counts };
}

/** The parts of a commune for one year: each village, each unit type, the association. */
export function communeParts(tabs: Partial<Record<string, ReadTab>>, year: number): SummaryPart[] {
  const ofYear = (t: ReadTab) => t.rows.filter((r) => r.year === year);
  const { villages, units, association } = tabs;
  const parts: SummaryPart[] = [];
  for (const row of villages ? ofYear(villages) : [])
    parts.push(part(villages as ReadTab, [row], String(row.values.name ?? row.values.code)));
  for (const type of units ? UNIT_TYPES : []) {
    const rows = ofYear(units as ReadTab).filter((r) => r.values.type === type);
    if (rows.length) parts.push(part(units as ReadTab, rows, `${type} (${rows.length} đơn vị)`));
  }
  for (const row of association ? ofYear(association) : [])
    parts.push(part(association as ReadTab, [row], ASSOCIATION.name));
  return parts;
}

function line(label: string, counts: Counts | undefined, target: Target | undefined): SummaryLine {
  if (!counts || counts.total === 0) return { label, counts, target, verdict: NO_DATA };
  const rate = shownRate(counts);
  if (!target) return { label, counts, rate, verdict: NO_TARGET };
  return {
    label,
    counts,
    rate,
    target,
    shortfall: shortfallPoints(counts, target.value),
    needed: stillNeeded(counts, target.value),
    verdict: isMet(counts, target.value) ? VERDICT.met : VERDICT.notMet,
  };
}

/**
 * Builds the summary: for every indicator that has counts or a target this year, its parts and
 * the Σ/Σ total. Indicators come in catalogue order.
 */
export function summarize(
  parts: readonly SummaryPart[],
  roadmap: Roadmap,
  year: number,
  areaName: string,
  totalLabel: string,
): Summary {
  const sections: IndicatorSection[] = [];
  for (const indicator of INDICATORS) {
    const target = targetOf(roadmap, indicator.id, year);
    const feeding = parts.filter((p) => p.counts.has(indicator.id));
    if (feeding.length === 0 && !target) continue;
    const total = feeding.length
      ? sumCounts(feeding.map((p) => p.counts.get(indicator.id) as Counts))
      : undefined;
    sections.push({
      indicator,
      target,
      total: line(totalLabel, total, target),
      parts: feeding.map((p) => line(p.label, p.counts.get(indicator.id), target)),
    });
  }
  return { year, areaName, totalLabel, roadmapName: roadmap.name, sections };
}

/** An area's own totals per indicator, e.g. a commune's, as one part of the level above. */
export function totalsOf(parts: readonly SummaryPart[]): Map<string, Counts> {
  const totals = new Map<string, Counts>();
  for (const p of parts) for (const [id, c] of p.counts) add(totals, id, c);
  return totals;
}
