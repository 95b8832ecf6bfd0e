// The district's or province's list of lower-level areas (Danh sách địa bàn): who reports to it
// and where their sheets are, read and checked like any data tab.

import { a1 } from "../a1";
import { REGISTRY } from "../messages";
import { AREAS } from "../model/schema";
import { codeIdentity } from "../text";
import { type Finding, type Row, readDataTab, type Value } from "./read";

export interface Area {
  readonly code: string;
  readonly name: string;
  readonly url?: string;
  readonly formerDistrict?: string;
  readonly mergedInto?: string;
  readonly sheetRow: number;
}

const SHEET_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})/u;

/** A text or code cell's value: readDataTab gives these as text, or leaves them out when blank. */
// Stryker disable next-line ConditionalExpression: text and code cells are never read as numbers
const textOf = (value: Value | undefined) => (typeof value === "string" ? value : undefined);

/** The spreadsheet a link opens: two links differing after the id are the same spreadsheet. */
export function sheetIdOf(url: string): string | undefined {
  return SHEET_URL.exec(url)?.[1];
}

/**
 * Reads the list of lower-level areas and checks it. One spreadsheet under two codes, or `ownId`
 * (the workbook holding the list), would be counted twice: each is an error at its link.
 */
export function readRegistry(
  grid: readonly (readonly unknown[])[],
  sheetName = AREAS.name,
  ownId?: string,
): { areas: Area[]; findings: Finding[] } {
  const read = readDataTab(AREAS, grid, sheetName);
  const findings = [...read.findings];
  const areas: Area[] = [];
  const first = new Map<string, number>();
  const at = (row: Row, key: string) => a1(row.sheetRow, read.columns.get(key) ?? 1);
  for (const row of read.rows) {
    const v = row.values;
    const code = textOf(v.code);
    const name = textOf(v.name);
    if (!code || !name) continue;
    const earlier = first.get(codeIdentity(code));
    if (earlier) {
      findings.push({
        tab: sheetName,
        cell: at(row, "code"),
        severity: "error",
        message: REGISTRY.duplicate(code, earlier),
      });
      continue;
    }
    first.set(codeIdentity(code), row.sheetRow);
    const url = textOf(v.url);
    if (!url)
      findings.push({
        tab: sheetName,
        cell: at(row, "url"),
        severity: "warning",
        message: REGISTRY.noUrl(name),
      });
    else if (!SHEET_URL.test(url))
      findings.push({
        tab: sheetName,
        cell: at(row, "url"),
        severity: "error",
        message: REGISTRY.badUrl(url),
      });
    areas.push({
      code,
      name,
      url: url && SHEET_URL.test(url) ? url : undefined,
      formerDistrict: textOf(v.formerDistrict),
      mergedInto: textOf(v.mergedInto),
      sheetRow: row.sheetRow,
    });
  }
  const bySheet = new Map<string, Area>();
  for (const a of areas) {
    const id = a.url ? sheetIdOf(a.url) : undefined;
    if (!id) continue;
    const first = bySheet.get(id);
    const message =
      id === ownId
        ? REGISTRY.ownSheet
        : first
          ? REGISTRY.sameSheet(first.sheetRow, first.code)
          : undefined;
    const cell = a1(a.sheetRow, read.columns.get("url") ?? 1);
    if (message) findings.push({ tab: sheetName, cell, severity: "error", message });
    else bySheet.set(id, a);
  }
  const codes = new Set(areas.map((a) => codeIdentity(a.code)));
  for (const a of areas) {
    if (!a.mergedInto) continue;
    const cell = a1(a.sheetRow, read.columns.get("mergedInto") ?? 1);
    if (codeIdentity(a.mergedInto) === codeIdentity(a.code))
      findings.push({
        tab: sheetName,
        cell,
        severity: "error",
        message: REGISTRY.selfMerge(a.code),
      });
    else if (!codes.has(codeIdentity(a.mergedInto)))
      findings.push({
        tab: sheetName,
        cell,
        severity: "error",
        message: REGISTRY.unknownMerge(a.mergedInto),
      });
  }
  return { areas, findings };
}
