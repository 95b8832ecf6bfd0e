// Snapshot tabs checked like source data before any summary uses them: every cell read by its
// column, the row rules, no row twice, and no area counted through two sources.

import { a1 } from "../a1";
import type { Finding, Row } from "../check/read";
import { rowRules } from "../check/rules";
import { GATHER } from "../messages";
import { codeIdentity } from "../text";
import { areaKey, type SnapshotRead } from "./gather";

/** An area whose rows came through two sources: only the first source's rows count. */
export interface CountedTwice {
  readonly area: string;
  readonly kept: string;
  readonly dropped: string;
  /** The dropped source's code, as its snapshot rows carry it. */
  readonly droppedCode: string;
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
 * first in `order` (the list of areas).
 */
export function checkSnapshots(
  snapshots: readonly SnapshotRead[],
  order: (sourceCode: string) => number,
): CheckedSnapshots {
  const findings: Finding[] = [];
  const twice = new Map<string, CountedTwice>();
  // which source an area's rows count from: the first in the list of areas, over every tab
  const owner = new Map<string, string>();
  for (const s of snapshots)
    for (const row of s.read.rows) {
      const p = s.prefix.get(row.sheetRow) ?? {};
      const area = areaKey(p.areaCode ?? "");
      const source = p.sourceCode ?? "";
      const current = owner.get(area);
      if (current === undefined || order(source) < order(current)) owner.set(area, source);
    }
  const counted = snapshots.map((s) => {
    findings.push(...s.read.findings, ...rowRules(s.read));
    const seen = new Map<string, number>();
    const rows: Row[] = [];
    for (const row of s.read.rows) {
      const p = s.prefix.get(row.sheetRow) ?? {};
      const area = areaKey(p.areaCode ?? "");
      const source = p.sourceCode ?? "";
      const code = s.tab.codeKey ? row.values[s.tab.codeKey] : "";
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
      const kept = owner.get(area) ?? "";
      if (areaKey(source) === areaKey(kept)) {
        rows.push(row);
        continue;
      }
      const label = p.areaName || p.areaCode || "";
      const mark = `${area}|${areaKey(source)}`;
      if (!twice.has(mark)) {
        const via = p.via || source;
        const keptVia = viaOf(snapshots, kept) || kept;
        twice.set(mark, { area: label, kept: keptVia, dropped: via, droppedCode: source });
        findings.push({
          tab: s.read.sheetName,
          cell,
          severity: "warning",
          message: GATHER.snapshot.twice(label, via, keptVia),
          year: row.year,
        });
      }
    }
    return { ...s, read: { ...s.read, rows } };
  });
  return { counted, findings, twice: [...twice.values()] };
}

/** How the snapshot names a source (its "Thuộc" column), from any of its rows. */
function viaOf(snapshots: readonly SnapshotRead[], source: string): string {
  for (const s of snapshots)
    for (const p of s.prefix.values())
      if (areaKey(p.sourceCode ?? "") === areaKey(source) && p.via) return p.via;
  return "";
}
