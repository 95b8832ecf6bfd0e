// Snapshot tabs checked like source data before any summary uses them: every cell read by its
// column, the row rules, no row twice, and no area counted through two sources.

import { a1 } from "../a1";
import type { Finding, Row } from "../check/read";
import type { Area } from "../check/registry";
import { rowRules } from "../check/rules";
import { GATHER } from "../messages";
import { codeIdentity } from "../text";
import { areaKey, type SnapshotRead } from "./gather";

/** An area whose rows came through two sources: only the first source's rows count. */
export interface CountedTwice {
  readonly area: string;
  readonly kept: string;
  readonly dropped: string;
}

export interface CheckedSnapshots {
  /** The reads with only the rows to count. */
  readonly counted: SnapshotRead[];
  readonly findings: Finding[];
  readonly twice: CountedTwice[];
}

/**
 * Checks snapshot reads. A row pasted twice is an error (the summary is refused until it is gone);
 * an area reached through two sources is a warning and counts once, through the source that comes
 * first in the list of `areas`; rows of a source no longer in that list are a warning too.
 */
export function checkSnapshots(
  snapshots: readonly SnapshotRead[],
  areas?: readonly Area[],
): CheckedSnapshots {
  const order = (code: string) => {
    const i = areas?.findIndex((a) => areaKey(a.code) === areaKey(code)) ?? 0;
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const findings: Finding[] = [];
  const twice = new Map<string, CountedTwice>();
  // which source an area's rows count from: the first in the list of areas, over every tab
  const owner = new Map<string, { source: string; via: string }>();
  for (const s of snapshots)
    for (const row of s.read.rows) {
      const p = s.prefix.get(row.sheetRow) ?? {};
      const area = areaKey(p.areaCode ?? "");
      const source = p.sourceCode ?? "";
      const current = owner.get(area);
      if (!current || order(source) < order(current.source))
        owner.set(area, { source, via: p.via || source });
    }
  const counted = snapshots.map((s) => {
    findings.push(...s.read.findings, ...rowRules(s.read));
    const seen = new Map<string, number>();
    const unknown = new Set<string>();
    const rows: Row[] = [];
    for (const row of s.read.rows) {
      const p = s.prefix.get(row.sheetRow) ?? {};
      const area = areaKey(p.areaCode ?? "");
      const source = p.sourceCode ?? "";
      // Stryker disable next-line StringLiteral: the same text for every row of a tab without codes, so no two keys differ by it
      const code = s.tab.codeKey ? row.values[s.tab.codeKey] : "";
      // Stryker disable next-line StringLiteral: any one text for a blank code keeps blank-code rows equal to each other and apart from real codes
      const key = `${areaKey(source)}|${area}|${row.year}|${codeIdentity(String(code ?? ""))}`;
      const first = seen.get(key);
      const cell = a1(row.sheetRow, 1);
      if (first !== undefined) {
        findings.push({
          tab: s.read.sheetName,
          cell,
          severity: "error",
          message: GATHER.snapshot.pastedTwice(first),
          year: row.year,
        });
        continue;
      }
      seen.set(key, row.sheetRow);
      if (order(source) === Number.POSITIVE_INFINITY && !unknown.has(source)) {
        unknown.add(source);
        findings.push({
          tab: s.read.sheetName,
          cell,
          severity: "warning",
          message: GATHER.snapshot.unknownArea(source),
        });
      }
      const kept = owner.get(area);
      if (!kept || areaKey(source) === areaKey(kept.source)) {
        rows.push(row);
        continue;
      }
      const label = p.areaName || p.areaCode || "";
      const mark = `${area}|${areaKey(source)}`;
      if (!twice.has(mark)) {
        const via = p.via || source;
        twice.set(mark, { area: label, kept: kept.via, dropped: via });
        findings.push({
          tab: s.read.sheetName,
          cell,
          severity: "warning",
          message: GATHER.snapshot.twice(label, via, kept.via),
          year: row.year,
        });
      }
    }
    return { ...s, read: { ...s.read, rows } };
  });
  return { counted, findings, twice: [...twice.values()] };
}
