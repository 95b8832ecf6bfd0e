// The validation rules officers need (domain.md): order rules on each row, complete count pairs,
// one row per area and year, consistent names, known village codes, years in the roadmap, and
// year-on-year jumps (warnings only).

import { a1 } from "../a1";
import { CHECK } from "../messages";
import { type Counts, rateOf } from "../model/rates";
import type { Roadmap } from "../model/roadmaps";
import { column, type DataTab, rateColumns } from "../model/schema";
import { rateHeader } from "../model/template";
import { codeIdentity, identityKey, tidy } from "../text";
import { type Finding, type ReadTab, type Row, rowLabel, type Value } from "./read";

const numeric = (v: Value | undefined): number | undefined =>
  typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : undefined;

function at(read: ReadTab, row: Row, key: string): string {
  return a1(row.sheetRow, read.columns.get(key) ?? 1);
}

/** left ≤ right on each row, and both numbers of a count pair present or both blank. */
export function rowRules(read: ReadTab): Finding[] {
  const { tab, sheetName } = read;
  const findings: Finding[] = [];
  for (const row of read.rows) {
    const who = rowLabel(tab, row);
    const push = (key: string, message: string) =>
      findings.push({
        tab: sheetName,
        cell: at(read, row, key),
        severity: "error",
        message,
        year: row.year,
      });
    const flagged = new Set<string>();
    for (const rule of tab.rules) {
      const l = numeric(row.values[rule.left]);
      const r = numeric(row.values[rule.right]);
      // One finding per cell: recognised > registered already says enough when it is also > total.
      if (l === undefined || r === undefined || l <= r || flagged.has(rule.left)) continue;
      flagged.add(rule.left);
      const left = column(tab, rule.left);
      const right = column(tab, rule.right);
      push(
        rule.left,
        left.kind === "mark"
          ? CHECK.markOrder(left.header, right.header, who)
          : CHECK.order(left.header, l, right.header, r, who),
      );
    }
    for (const c of tab.contributions) {
      // Stryker disable next-line ConditionalExpression,StringLiteral: "ROW" is no column, skipped below as missing
      if (c.total === "ROW") continue;
      const hasR = row.values[c.recognized] !== undefined;
      const hasT = row.values[c.total] !== undefined;
      const [filled, missing] = hasR ? [c.recognized, c.total] : [c.total, c.recognized];
      // a deleted column is reported once at its header, not on every row
      if (hasR === hasT || row.invalid.includes(missing) || !read.columns.has(missing)) continue;
      push(
        missing,
        CHECK.pairMissing(column(tab, filled).header, column(tab, missing).header, who),
      );
    }
  }
  return findings;
}

/** One row per area (or per year, for tabs without codes) and consistent names. */
export function identityRules(read: ReadTab): Finding[] {
  const { tab, sheetName } = read;
  const findings: Finding[] = [];
  const first = new Map<string, Row>();
  for (const row of read.rows) {
    if (row.year === undefined) continue;
    const code = tab.codeKey ? row.values[tab.codeKey] : "";
    if (typeof code !== "string") continue;
    const key = `${row.year}|${codeIdentity(code)}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      continue;
    }
    findings.push({
      tab: sheetName,
      cell: at(read, row, tab.codeKey ?? "year"),
      severity: "error",
      message: tab.codeKey
        ? CHECK.duplicateCode(tab.rowNoun, code, row.year, earlier.sheetRow)
        : CHECK.duplicateYear(sheetName, row.year, earlier.sheetRow),
      year: row.year,
    });
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: nameRules skips rows without a code and a typed name
  if (tab.codeKey && tab.nameKey) findings.push(...nameRules(read, tab.codeKey, tab.nameKey));
  return findings;
}

/**
 * Names against codes: a code keeps one name over the years (typed the same way), and within a
 * year one name has one code. Every row is compared, at most one warning per row.
 */
function nameRules(read: ReadTab, codeKey: string, nameKeyCol: string): Finding[] {
  const findings: Finding[] = [];
  const byCode = new Map<string, Row>();
  const byName = new Map<string, Row>();
  for (const row of read.rows) {
    const code = row.values[codeKey];
    const typed = row.raw[nameKeyCol];
    if (typeof code !== "string" || typed === undefined) continue;
    const name = tidy(typed);
    const sameCode = byCode.get(codeIdentity(code));
    const sameName = byName.get(`${row.year}|${identityKey(typed)}`);
    if (!sameCode) byCode.set(codeIdentity(code), row);
    if (!sameName) byName.set(`${row.year}|${identityKey(typed)}`, row);
    const other = sameCode?.raw[nameKeyCol] ?? typed;
    const otherCode = String(sameName?.values[codeKey] ?? code);
    const message =
      identityKey(other) !== identityKey(typed)
        ? CHECK.codeRenamed(code, name, tidy(other), at(read, sameCode as Row, nameKeyCol))
        : other !== typed
          ? CHECK.nameVariant(name, tidy(other), at(read, sameCode as Row, nameKeyCol))
          : codeIdentity(otherCode) !== codeIdentity(code)
            ? CHECK.sameNameTwoCodes(name, code, otherCode, at(read, sameName as Row, codeKey))
            : undefined;
    if (message)
      findings.push({
        tab: read.sheetName,
        cell: at(read, row, nameKeyCol),
        severity: "warning",
        message,
        year: row.year,
      });
  }
  return findings;
}

/** Units placed in a village must name one of the commune's villages of that year. */
export function villageCodeRules(units: ReadTab, villages: ReadTab): Finding[] {
  const known = new Set(
    villages.rows.map((r) => `${r.year}|${codeIdentity(String(r.values.code ?? ""))}`),
  );
  const findings: Finding[] = [];
  for (const row of units.rows) {
    const code = row.values.village;
    if (typeof code !== "string" || row.year === undefined) continue;
    if (!known.has(`${row.year}|${codeIdentity(code)}`))
      findings.push({
        tab: units.sheetName,
        cell: at(units, row, "village"),
        severity: "error",
        message: CHECK.unknownVillage(code, row.year),
        year: row.year,
      });
  }
  return findings;
}

/** One warning per tab and year whose targets the roadmap does not have. */
export function roadmapYearRules(read: ReadTab, roadmap: Roadmap): Finding[] {
  const years = new Set([...roadmap.targets.values()].flatMap((m) => [...m.keys()]));
  const reported = new Set<number>();
  const findings: Finding[] = [];
  for (const row of read.rows) {
    if (row.year === undefined || years.has(row.year) || reported.has(row.year)) continue;
    reported.add(row.year);
    findings.push({
      tab: read.sheetName,
      cell: at(read, row, "year"),
      severity: "warning",
      message: CHECK.yearNotInRoadmap(row.year),
      year: row.year,
    });
  }
  return findings;
}

/** Counts of one contribution on one row, when both numbers are there (and registered, if typed). */
export function rowCounts(row: Row, c: DataTab["contributions"][number]): Counts | undefined {
  if (c.onlyWhen && row.values[c.onlyWhen] !== true) return undefined;
  const recognized = numeric(row.values[c.recognized]);
  const total = c.total === "ROW" ? 1 : numeric(row.values[c.total]);
  if (recognized === undefined || total === undefined) return undefined;
  return { recognized, total, registered: numeric(row.values[c.registered ?? ""]) };
}

/** Year-on-year changes of a row's rates beyond the band are warnings, never errors. */
export function jumpRules(read: ReadTab, bandPoints: number): Finding[] {
  const { tab } = read;
  if (!tab.codeKey) return [];
  const byKey = new Map<string, Row>();
  const key = (row: Row) => codeIdentity(String(row.values[tab.codeKey as string] ?? ""));
  for (const row of read.rows) byKey.set(`${row.year}|${key(row)}`, row);
  const findings: Finding[] = [];
  for (const row of read.rows) {
    if (row.year === undefined) continue;
    const previous = byKey.get(`${row.year - 1}|${key(row)}`);
    if (!previous) continue;
    for (const c of rateColumns(tab)) {
      // Stryker disable next-line ObjectLiteral: rateOf({}) is undefined, as for a zero total
      const now = rateOf(rowCounts(row, c) ?? { recognized: 0, total: 0 });
      // Stryker disable next-line ObjectLiteral: rateOf({}) is undefined, as for a zero total
      const before = rateOf(rowCounts(previous, c) ?? { recognized: 0, total: 0 });
      if (now === undefined || before === undefined) continue;
      if (Math.abs(now - before) * 100 <= bandPoints + 1e-9) continue;
      findings.push({
        tab: read.sheetName,
        cell: at(read, row, c.recognized),
        severity: "warning",
        message: CHECK.jump(
          rateHeader(c),
          rowLabel(tab, { ...row, year: undefined }),
          before,
          row.year - 1,
          now,
          row.year,
          bandPoints,
        ),
        year: row.year,
      });
    }
  }
  return findings;
}
