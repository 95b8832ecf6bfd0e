// The configuration tab: one labelled value per row (label in A, value in B), read into settings
// with a finding for each value that is missing or wrong.

import { a1 } from "../a1";
import { isBlank, numberFromText, parseYear } from "../cells";
import { CHECK } from "../messages";
import { DEFAULT_PRESET } from "../model/roadmaps";
import {
  CONFIG_FIELDS,
  CONFIG_TAB,
  type ConfigField,
  findRoadmapChoice,
  HIERARCHIES,
  LEVELS,
  type Level,
} from "../model/schema";
import { identityKey, tidy } from "../text";
import type { Finding } from "./read";

export interface Deadline {
  readonly day: number;
  readonly month: number;
}

export interface Config {
  readonly level: Level;
  readonly areaName: string;
  readonly areaCode: string;
  readonly year?: number;
  /** The roadmap choice's code (QUOCGIA…, RIENG), whether the cell holds its title or an old code. */
  readonly preset: string;
  readonly amberPoints: number;
  readonly jumpPoints: number;
  readonly hierarchy: string;
  readonly deadline: Deadline;
}

export interface ReadConfig {
  readonly config: Config;
  readonly findings: Finding[];
  /** Field key → 1-based sheet row holding it. */
  readonly rows: ReadonlyMap<string, number>;
}

// Stryker disable next-line ArrayDeclaration: the roadmap field is in CONFIG_FIELDS, with choices
const PRESET_CHOICES = CONFIG_FIELDS.find((f) => f.key === "preset")?.choices ?? [];

// Stryker disable next-line OptionalChaining,StringLiteral: only called with keys of CONFIG_FIELDS
const initial = (key: string) => CONFIG_FIELDS.find((f) => f.key === key)?.initial ?? "";

/** "10/12" (or a Date the sheet made of it) → day 10, month 12. */
export function parseDeadline(value: unknown): Deadline | undefined {
  if (value instanceof Date) return { day: value.getDate(), month: value.getMonth() + 1 };
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/u.exec(String(value));
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const days = new Date(Date.UTC(2024, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days ? { day, month } : undefined;
}

function parsePoints(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : numberFromText(String(value));
  return n !== null && n >= 0 && n <= 100 ? n : undefined;
}

/** Reads the configuration grid; missing or bad values fall back to defaults with a finding. */
export function readConfig(
  grid: readonly (readonly unknown[])[],
  sheetName = CONFIG_TAB,
): ReadConfig {
  const findings: Finding[] = [];
  const rows = new Map<string, number>();
  const values = new Map<string, unknown>();
  grid.forEach((line, i) => {
    const label = line[0];
    if (typeof label !== "string") return;
    const field = CONFIG_FIELDS.find((f) => identityKey(f.label) === identityKey(label));
    const first = field && rows.get(field.key);
    if (first)
      findings.push({
        tab: sheetName,
        cell: a1(i + 1, 1),
        severity: "error",
        message: CHECK.twice(`Dòng “${field.label}”`, `dòng ${first}`),
      });
    else if (field) {
      rows.set(field.key, i + 1);
      values.set(field.key, line[1]);
    }
  });
  // a missing row is reported where "Bổ sung mẫu" will add it: one cell each
  let free = grid.length + 1;
  const problem = (field: ConfigField, message: string, severity: Finding["severity"] = "error") =>
    findings.push({
      tab: sheetName,
      cell: rows.has(field.key) ? a1(rows.get(field.key) as number, 2) : a1(free++, 1),
      severity,
      message,
    });

  const read = <T>(
    key: string,
    parse: (v: unknown) => T | undefined,
    bad: (f: ConfigField, v: unknown) => string,
    fallback: T,
    required = false,
  ): T => {
    const field = CONFIG_FIELDS.find((f) => f.key === key) as ConfigField;
    if (!rows.has(key)) {
      problem(field, CHECK.config.missingRow(field.label), required ? "error" : "warning");
      return fallback;
    }
    const v = values.get(key);
    if (isBlank(v)) {
      if (required) problem(field, CHECK.config.required(field.label));
      return fallback;
    }
    const parsed = parse(v);
    if (parsed === undefined) {
      problem(field, bad(field, v));
      return fallback;
    }
    return parsed;
  };
  const choice = (choices: readonly string[]) => (v: unknown) =>
    choices.find((c) => identityKey(c) === identityKey(String(v)));
  const notChoice = (choices: readonly string[]) => (f: ConfigField, v: unknown) =>
    CHECK.config.notChoice(f.label, v, choices);
  const text = (v: unknown) => tidy(String(v));
  // Stryker disable next-line all: text() reads any value, so this message is never asked for
  const neverRefused = () => "";

  const config: Config = {
    level: read("level", choice(LEVELS), notChoice(LEVELS), "Xã" as Level, true) as Level,
    areaName: read("areaName", text, neverRefused, "", true),
    areaCode: read("areaCode", text, neverRefused, ""),
    year: read<number | undefined>(
      "year",
      (v) => {
        const y = parseYear(v);
        return y.ok ? y.value : undefined;
      },
      (f, v) => CHECK.config.year(f.label, (parseYear(v) as { message: string }).message),
      undefined,
    ),
    preset: read(
      "preset",
      (v) => findRoadmapChoice(v)?.name,
      notChoice(PRESET_CHOICES),
      DEFAULT_PRESET,
    ),
    amberPoints: read(
      "amber",
      parsePoints,
      (f, v) => CHECK.config.points(f.label, v),
      Number(initial("amber")),
    ),
    jumpPoints: read(
      "jump",
      parsePoints,
      (f, v) => CHECK.config.points(f.label, v),
      Number(initial("jump")),
    ),
    hierarchy: read(
      "hierarchy",
      choice(HIERARCHIES),
      notChoice(HIERARCHIES),
      HIERARCHIES[0] as string,
    ),
    deadline: read(
      "deadline",
      parseDeadline,
      (f, v) => CHECK.config.deadline(f.label, v),
      parseDeadline(initial("deadline")) as Deadline,
    ),
  };
  return { config, findings, rows };
}
