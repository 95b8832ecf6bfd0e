// Gathering lower-level sheets, as pure data: who is expected for a year,
// each source's outcome, snapshot rows (stamped with source, time and closing), merging a run into
// the previous snapshot, and the upper level's parts for its summary.

import { isBlank } from "../cells";
import { type ReadTab, type Row, readDataTab, type Value } from "../check/read";
import type { Area } from "../check/registry";
import { GATHER } from "../messages";
import type { Counts } from "../model/rates";
import type { Column, DataTab, DataTabId } from "../model/schema";
import { MARK_VALUES } from "../model/template";
import { communeParts, type SummaryPart, totalsOf } from "../report/summary";
import { codeIdentity, identityKey, nameKey } from "../text";

/** Two-tier local government from 1/7/2025: mergers apply to reports of earlier years. */
export const REFORM_YEAR = 2025;

/** Areas that report for `year`: after the reform, merged-away communes no longer do. */
export function expectedAreas(areas: readonly Area[], year: number): Area[] {
  return areas.filter((a) => !(a.mergedInto && year >= REFORM_YEAR));
}

/** The area a row's counts belong to: the new commune for pre-reform data of a merged one. */
export function reportingCode(code: string, areas: readonly Area[], year: number): string {
  const area = areas.find((a) => codeIdentity(a.code) === codeIdentity(code));
  return area?.mergedInto && year < REFORM_YEAR ? area.mergedInto : (area?.code ?? code);
}

export type SourceStatus = keyof typeof GATHER.status;

export interface SourceOutcome {
  readonly code: string;
  readonly name: string;
  readonly url?: string;
  readonly status: SourceStatus;
  readonly closed?: boolean;
  readonly closedAt?: number;
  readonly closedBy?: string;
  readonly timeliness?: keyof typeof GATHER.timeliness;
  /** The year's rows differ from the fingerprint the commune stored when it closed them. */
  readonly changed?: boolean;
  /** When the rows now in the snapshot were gathered (this run or an earlier one). */
  readonly gatheredAt?: number;
  readonly rows?: number;
  readonly details: readonly string[];
  readonly runId: string;
  /** Apps Script's own message when opening or reading failed, kept for whoever supports the officer. */
  readonly raw?: string;
}

/** The key of an area everywhere gathering compares codes: one identity (spaces, case, Đ, zeros). */
export const areaKey = (code: string): string => codeIdentity(code);

// ---- Snapshot tabs: the source's rows, stamped ----

export const SNAPSHOT_PREFIX: readonly Column[] = [
  {
    key: "sourceCode",
    header: "Mã nguồn",
    kind: "code",
    required: true,
  },
  { key: "areaCode", header: "Mã địa bàn", kind: "code", required: true },
  { key: "areaName", header: "Tên địa bàn", kind: "text" },
  {
    key: "via",
    header: "Thuộc",
    kind: "text",
  },
  { key: "sourceUrl", header: "Đường dẫn nguồn", kind: "text" },
  { key: "gatheredAt", header: "Thu thập lúc", kind: "text" },
  {
    key: "closedState",
    header: "Tình trạng chốt",
    kind: "text",
  },
];

export function snapshotName(tab: DataTab, year: number): string {
  return `Thu thập ${year} - ${tab.name}`;
}

export function snapshotHeader(tab: DataTab): string[] {
  return [...SNAPSHOT_PREFIX, ...tab.columns].map((c) => c.header);
}

/** A cell as the snapshot stores it: counts and years as numbers, marks as their words, text tidy. */
function canonical(column: Column, value: Value | undefined): string | number {
  if (value === undefined) return "";
  if (column.kind === "mark") {
    const words = /đăng ký|tham gia/iu.test(column.header)
      ? MARK_VALUES.registered
      : MARK_VALUES.recognized;
    return value === true ? words[0] : words[1];
  }
  return value as string | number;
}

export interface Stamp {
  readonly sourceCode: string;
  readonly sourceUrl: string;
  readonly gatheredAt: string;
  readonly closedState: string;
}

/** The year's rows of one source tab, each with its area and stamp in front. */
export function snapshotRows(
  read: ReadTab,
  year: number,
  stamp: Stamp,
  area: (row: Row) => { code: string; name: string; via: string },
): (string | number)[][] {
  return read.rows
    .filter((r) => r.year === year)
    .map((r) => {
      const where = area(r);
      return [
        stamp.sourceCode,
        where.code,
        where.name,
        where.via,
        stamp.sourceUrl,
        stamp.gatheredAt,
        stamp.closedState,
        ...read.tab.columns.map((c) => canonical(c, r.values[c.key])),
      ];
    });
}

/** The stamp columns of a snapshot row, read back by header. */
export function snapshotPrefix(
  header: readonly unknown[],
  line: readonly unknown[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of SNAPSHOT_PREFIX) {
    const at = header.findIndex((h) => typeof h === "string" && nameKey(h) === nameKey(c.header));
    out[c.key] = at >= 0 && !isBlank(line[at]) ? String(line[at]) : "";
  }
  return out;
}

/**
 * A snapshot after a run: rows of sources gathered anew replace theirs; every other source keeps
 * its previous rows, so a source that failed this time loses nothing.
 */
export function mergeSnapshot(
  previous: readonly (readonly unknown[])[],
  tab: DataTab,
  fresh: ReadonlyMap<string, (string | number)[][]>,
): unknown[][] {
  const header = snapshotHeader(tab);
  const oldHeader = previous[0] ?? [];
  const replaced = new Set([...fresh.keys()].map(areaKey));
  const kept = previous
    .slice(1)
    .filter((line) => !line.every(isBlank))
    .filter((line) => !replaced.has(areaKey(snapshotPrefix(oldHeader, line).sourceCode ?? "")))
    .map((line) => realign(oldHeader, header, line));
  return [header, ...kept, ...[...fresh.values()].flat()];
}

/** Puts a row read under an older header into the current column order. */
function realign(
  from: readonly unknown[],
  to: readonly string[],
  line: readonly unknown[],
): unknown[] {
  return to.map((h) => {
    const at = from.findIndex((f) => typeof f === "string" && nameKey(f) === nameKey(h));
    return at >= 0 ? (line[at] ?? "") : "";
  });
}

// ---- The upper level's view: parts of its summary from the snapshots ----

export interface SnapshotRead {
  readonly tab: DataTab;
  readonly read: ReadTab;
  /** Stamp columns of each row, by sheet row. */
  readonly prefix: ReadonlyMap<number, Record<string, string>>;
}

/** Reads a snapshot grid: the data columns as the template's, the stamp columns beside. */
export function readSnapshot(
  tab: DataTab,
  grid: readonly (readonly unknown[])[],
  sheetName: string,
): SnapshotRead {
  const read = readDataTab(tab, grid, sheetName);
  // Stryker disable next-line ArrayDeclaration: a grid without a first row has no rows to read either
  const header = grid[0] ?? [];
  const prefix = new Map<number, Record<string, string>>();
  for (const row of read.rows) {
    // Stryker disable next-line ArrayDeclaration: every row read comes from the grid, so its line is there
    prefix.set(row.sheetRow, snapshotPrefix(header, grid[row.sheetRow - 1] ?? []));
  }
  return { tab, read, prefix };
}

/**
 * One part per reporting area (communes, merged ones under their new commune; or districts, for
 * the three-tier hierarchy), each the Σ of its rows' counts.
 */
export function upperParts(
  snapshots: readonly SnapshotRead[],
  areas: readonly Area[],
  year: number,
  byDistrict: boolean,
): SummaryPart[] {
  const groups = new Map<string, Partial<Record<DataTabId, Row[]>>>();
  const labels = new Map<string, string>();
  for (const s of snapshots) {
    for (const row of s.read.rows) {
      if (row.year !== year) continue;
      const p = s.prefix.get(row.sheetRow) ?? {};
      const code = reportingCode(p.areaCode ?? "", areas, year);
      const via = p.via || GATHER.status.noUrl;
      const key = byDistrict ? identityKey(via) : codeIdentity(code);
      const label = byDistrict
        ? via
        : (areas.find((a) => codeIdentity(a.code) === key)?.name ?? (p.areaName || code));
      labels.set(key, label);
      const group = groups.get(key) ?? {};
      group[s.tab.id] = [...(group[s.tab.id] ?? []), row];
      groups.set(key, group);
    }
  }
  // a commune by its code, a district by its name: a row without a code is not "no district"
  const order = (key: string) => {
    const i = areas.findIndex((a) =>
      byDistrict ? identityKey(a.formerDistrict ?? "") === key : codeIdentity(a.code) === key,
    );
    return i < 0 ? areas.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([key, rows]) => {
      const tabs: Partial<Record<string, ReadTab>> = {};
      for (const s of snapshots) {
        const mine = rows[s.tab.id];
        if (mine) tabs[s.tab.id] = { ...s.read, rows: mine };
      }
      const counts: Map<string, Counts> = totalsOf(communeParts(tabs, year));
      return { label: labels.get(key) ?? key, counts };
    });
}
