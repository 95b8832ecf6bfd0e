// One pass over all of a workbook's tabs: configuration, roadmap and data tabs read and checked
// against every rule, giving the parsed workbook and the list of findings.

import { a1, parseA1 } from "../a1";
import { CHECK } from "../messages";
import { type Roadmap, readRoadmapTable } from "../model/roadmaps";
import { AREAS_TAB, COMMUNE_TABS, CONFIG_TAB, type DataTabId, ROADMAP_TAB } from "../model/schema";
import { type Config, readConfig } from "./config";
import type { CriteriaRead } from "./criteria";
import { type Finding, type ReadTab, readDataTab } from "./read";
import { readRegistry } from "./registry";
import { identityRules, jumpRules, roadmapYearRules, rowRules, villageCodeRules } from "./rules";
import { checkScoring, type ScoringGrids, type ScoringRead } from "./scoring";

export type Grid = readonly (readonly unknown[])[];

/** A tab as read: its name in the sheet and its values. */
export type NamedGrid = { readonly name: string; readonly grid: Grid };

/** The tabs as read from the sheet; a missing tab is undefined. Names are the sheets' names. The
 * optional criteria scoring tabs are those of ScoringGrids. */
export interface WorkbookGrids extends ScoringGrids {
  readonly config?: Grid;
  readonly roadmap?: Grid;
  readonly data: Partial<Record<DataTabId, NamedGrid>>;
  /** The workbook's own spreadsheet id, when it has a list of areas. */
  readonly ownId?: string;
}

export interface CheckedWorkbook {
  readonly config: Config;
  readonly roadmap?: Roadmap;
  readonly tabs: Partial<Record<DataTabId, ReadTab>>;
  readonly findings: readonly Finding[];
  /** The criteria tab and the scoring tabs, when the commune scores. */
  readonly criteria?: CriteriaRead;
  readonly scoring: readonly ScoringRead[];
}

const missingTab = (tab: string): Finding => ({
  tab,
  cell: "A1",
  severity: "error",
  message: CHECK.missingTab(tab),
});

/** Reads the roadmap tab; every bad cell becomes a finding at its own address. */
export function checkRoadmap(
  grid: Grid | undefined,
  name = ROADMAP_TAB,
): { roadmap?: Roadmap; findings: Finding[] } {
  if (!grid) return { findings: [missingTab(name)] };
  const { roadmap, problems } = readRoadmapTable(grid, `tab ${name}`);
  const findings = problems.map(
    (p): Finding => ({
      tab: name,
      cell: a1(p.row, p.col),
      severity: "error",
      message: CHECK.roadmapCell(p.message),
    }),
  );
  return { roadmap, findings };
}

/** Checks a commune workbook: every rule of domain.md, one finding per problem. */
export function checkWorkbook(grids: WorkbookGrids): CheckedWorkbook {
  const findings: Finding[] = [];
  const { config, findings: configFindings } = grids.config
    ? readConfig(grids.config)
    : { ...readConfig([]), findings: [missingTab(CONFIG_TAB)] };
  findings.push(...configFindings);
  const { roadmap, findings: roadmapFindings } = checkRoadmap(grids.roadmap);
  findings.push(...roadmapFindings);

  const tabs: Partial<Record<DataTabId, ReadTab>> = {};
  if (config.level === "Xã") {
    for (const tab of COMMUNE_TABS) {
      const source = grids.data[tab.id];
      if (!source) {
        findings.push(missingTab(tab.name));
        continue;
      }
      const read = readDataTab(tab, source.grid, source.name);
      tabs[tab.id] = read;
      findings.push(...read.findings, ...rowRules(read), ...identityRules(read));
      findings.push(...jumpRules(read, config.jumpPoints));
      if (roadmap) findings.push(...roadmapYearRules(read, roadmap));
    }
    if (tabs.units && tabs.villages) findings.push(...villageCodeRules(tabs.units, tabs.villages));
    const scored = checkScoring(grids, tabs);
    findings.push(...scored.findings);
    return { config, roadmap, tabs, ...scored, findings: sortFindings(findings) };
  } else {
    const areas = grids.data.areas;
    findings.push(
      ...(areas
        ? readRegistry(areas.grid, areas.name, grids.ownId).findings
        : [missingTab(AREAS_TAB)]),
    );
  }
  return { config, roadmap, tabs, scoring: [], findings: sortFindings(findings) };
}

/**
 * Errors before warnings, then by row and column, keeping tabs in the order they were checked; one
 * finding per cell (the first error found there), so fixing it shows what else the cell needs.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const tabOrder = [...new Set(findings.map((f) => f.tab))];
  const seen = new Set<string>();
  return [...findings]
    .sort((a, b) => {
      const [ra, ca] = parseA1(a.cell);
      const [rb, cb] = parseA1(b.cell);
      return (
        tabOrder.indexOf(a.tab) - tabOrder.indexOf(b.tab) ||
        Number(a.severity === "warning") - Number(b.severity === "warning") ||
        ra - rb ||
        ca - cb
      );
    })
    .filter((f) => {
      const key = `${f.tab}!${f.cell}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The errors that stop a job for `year`: that year's rows, plus anything not tied to a year. */
export function blockingErrors(findings: readonly Finding[], year?: number): Finding[] {
  return findings.filter(
    (f) =>
      f.severity === "error" && (year === undefined || f.year === undefined || f.year === year),
  );
}
