// Builders and built objects the Spreadsheet service hands out: conditional format rules, data
// validation rules and embedded charts (charts are recorded, not drawn).

import type { Rect } from "./a1";
import { BUILDER_KIND, instrument } from "./calls";
import { BooleanCriteria, ChartType, DataValidationCriteria, enumKey, member } from "./enums";
import type { Env } from "./env";
import { type Syntax, translateFormula } from "./formula";
import type {
  CfFormat,
  CfRuleSpec,
  ChartModel,
  SheetModel,
  SheetRect,
  ValidationSpec,
} from "./model";

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GCfBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GCfRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type GDvBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GDv = GoogleAppsScript.Spreadsheet.DataValidation;
type GChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GContainer = GoogleAppsScript.Spreadsheet.ContainerInfo;
type GChartOptions = GoogleAppsScript.Charts.ChartOptions;

const as = <T>(x: object): T => x as unknown as T;

/**
 * A rule's values as read back from a sheet: a custom formula comes back in the locale's syntax,
 * as the rule editor shows it (what Apps Script returns is unverified; code must not rely on it).
 */
function readBack(criteria: string, values: unknown[], syntax?: Syntax): unknown[] {
  return values.map((v) =>
    criteria === "CUSTOM_FORMULA" && syntax && typeof v === "string" && v.startsWith("=")
      ? translateFormula(v, syntax, syntax)
      : Array.isArray(v)
        ? [...v]
        : v,
  );
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

/** Sheets reports colours as lower-case #rrggbb. */
export function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  const named = NAMED_COLORS[c];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/u.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/u.test(c)) return c;
  throw new Error(`Invalid argument: color (${color})`);
}

// ---------------------------------------------------------------------------------------------
// Conditional formatting

const CF_BUILDER_METHODS = [
  "build",
  "copy",
  "getBooleanCondition",
  "getGradientCondition",
  "getRanges",
  "setBackground",
  "setBold",
  "setFontColor",
  "setItalic",
  "setStrikethrough",
  "setUnderline",
  "setRanges",
  "whenCellEmpty",
  "whenCellNotEmpty",
  "whenFormulaSatisfied",
  "whenNumberBetween",
  "whenNumberNotBetween",
  "whenNumberEqualTo",
  "whenNumberNotEqualTo",
  "whenNumberGreaterThan",
  "whenNumberGreaterThanOrEqualTo",
  "whenNumberLessThan",
  "whenNumberLessThanOrEqualTo",
  "whenTextEqualTo",
  "whenTextContains",
  "whenTextDoesNotContain",
  "whenTextStartsWith",
  "whenTextEndsWith",
  "withCriteria",
] as const satisfies readonly (keyof GCfBuilder)[];

const emptyFormat = (): CfFormat => ({
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
});

function copySpec(spec: CfRuleSpec): CfRuleSpec {
  return {
    criteria: spec.criteria,
    values: [...spec.values],
    format: { ...spec.format },
    ranges: spec.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
  };
}

export class MemConditionalFormatRuleBuilder
  implements Pick<GCfBuilder, (typeof CF_BUILDER_METHODS)[number]>
{
  private readonly spec: CfRuleSpec;

  constructor(
    readonly env: Env,
    spec?: CfRuleSpec,
  ) {
    this.spec = spec
      ? copySpec(spec)
      : { criteria: "", values: [], format: emptyFormat(), ranges: [] };
  }

  private self(): GCfBuilder {
    return as<GCfBuilder>(this);
  }

  private when(criteria: string, ...values: unknown[]): GCfBuilder {
    this.spec.criteria = criteria;
    this.spec.values = values;
    return this.self();
  }

  private style<K extends keyof CfFormat>(key: K, value: CfFormat[K]): GCfBuilder {
    this.spec.format[key] = value;
    return this.self();
  }

  build(): GCfRule {
    if (this.spec.criteria === "")
      throw new Error("A conditional format rule needs a condition (call a when...() method).");
    return as<GCfRule>(new MemConditionalFormatRule(this.env, this.spec));
  }
  copy(): GCfBuilder {
    return as<GCfBuilder>(new MemConditionalFormatRuleBuilder(this.env, this.spec));
  }
  getBooleanCondition(): GCondition | null {
    return this.spec.criteria === ""
      ? null
      : as<GCondition>(new MemBooleanCondition(this.env, this.spec));
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GRange[] {
    return this.spec.ranges.map((r) => this.env.range(r.sheet, r.rect));
  }
  setBackground(color: string | null): GCfBuilder {
    return this.style("background", color === null ? null : normalizeColor(color));
  }
  setFontColor(color: string | null): GCfBuilder {
    return this.style("fontColor", color === null ? null : normalizeColor(color));
  }
  setBold(bold: boolean | null): GCfBuilder {
    return this.style("bold", bold);
  }
  setItalic(italic: boolean | null): GCfBuilder {
    return this.style("italic", italic);
  }
  setStrikethrough(strikethrough: boolean | null): GCfBuilder {
    return this.style("strikethrough", strikethrough);
  }
  setUnderline(underline: boolean | null): GCfBuilder {
    return this.style("underline", underline);
  }
  setRanges(ranges: GRange[]): GCfBuilder {
    this.spec.ranges = ranges.map((r) => this.env.unwrapRange(r));
    return this.self();
  }
  whenCellEmpty(): GCfBuilder {
    return this.when("CELL_EMPTY");
  }
  whenCellNotEmpty(): GCfBuilder {
    return this.when("CELL_NOT_EMPTY");
  }
  whenFormulaSatisfied(formula: string): GCfBuilder {
    return this.when("CUSTOM_FORMULA", formula);
  }
  whenNumberBetween(start: number, end: number): GCfBuilder {
    return this.when("NUMBER_BETWEEN", start, end);
  }
  whenNumberNotBetween(start: number, end: number): GCfBuilder {
    return this.when("NUMBER_NOT_BETWEEN", start, end);
  }
  whenNumberEqualTo(number: number): GCfBuilder {
    return this.when("NUMBER_EQUAL_TO", number);
  }
  whenNumberNotEqualTo(number: number): GCfBuilder {
    return this.when("NUMBER_NOT_EQUAL_TO", number);
  }
  whenNumberGreaterThan(number: number): GCfBuilder {
    return this.when("NUMBER_GREATER_THAN", number);
  }
  whenNumberGreaterThanOrEqualTo(number: number): GCfBuilder {
    return this.when("NUMBER_GREATER_THAN_OR_EQUAL_TO", number);
  }
  whenNumberLessThan(number: number): GCfBuilder {
    return this.when("NUMBER_LESS_THAN", number);
  }
  whenNumberLessThanOrEqualTo(number: number): GCfBuilder {
    return this.when("NUMBER_LESS_THAN_OR_EQUAL_TO", number);
  }
  whenTextEqualTo(text: string): GCfBuilder {
    return this.when("TEXT_EQUAL_TO", text);
  }
  whenTextContains(text: string): GCfBuilder {
    return this.when("TEXT_CONTAINS", text);
  }
  whenTextDoesNotContain(text: string): GCfBuilder {
    return this.when("TEXT_DOES_NOT_CONTAIN", text);
  }
  whenTextStartsWith(text: string): GCfBuilder {
    return this.when("TEXT_STARTS_WITH", text);
  }
  whenTextEndsWith(text: string): GCfBuilder {
    return this.when("TEXT_ENDS_WITH", text);
  }
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria,
    args: unknown[],
  ): GCfBuilder {
    return this.when(enumKey(criteria), ...args);
  }
}
instrument(
  MemConditionalFormatRuleBuilder,
  "ConditionalFormatRuleBuilder",
  CF_BUILDER_METHODS,
  BUILDER_KIND,
);

const CF_RULE_METHODS = [
  "copy",
  "getBooleanCondition",
  "getGradientCondition",
  "getRanges",
] as const satisfies readonly (keyof GCfRule)[];

export class MemConditionalFormatRule implements Pick<GCfRule, (typeof CF_RULE_METHODS)[number]> {
  readonly spec: CfRuleSpec;
  constructor(
    readonly env: Env,
    spec: CfRuleSpec,
  ) {
    this.spec = copySpec(spec);
  }
  copy(): GCfBuilder {
    return as<GCfBuilder>(new MemConditionalFormatRuleBuilder(this.env, this.spec));
  }
  getBooleanCondition(): GCondition {
    return as<GCondition>(new MemBooleanCondition(this.env, this.spec));
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GRange[] {
    return this.spec.ranges.map((r) => this.env.range(r.sheet, r.rect));
  }
}
instrument(MemConditionalFormatRule, "ConditionalFormatRule", CF_RULE_METHODS, BUILDER_KIND);

const CONDITION_METHODS = [
  "getBackground",
  "getBold",
  "getCriteriaType",
  "getCriteriaValues",
  "getFontColor",
  "getItalic",
  "getStrikethrough",
  "getUnderline",
] as const satisfies readonly (keyof GCondition)[];

export class MemBooleanCondition implements Pick<GCondition, (typeof CONDITION_METHODS)[number]> {
  constructor(
    readonly env: Env,
    private readonly spec: CfRuleSpec,
  ) {}
  getBackground(): string | null {
    return this.spec.format.background;
  }
  getBold(): boolean | null {
    return this.spec.format.bold;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return member(BooleanCriteria, this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return readBack(this.spec.criteria, this.spec.values, this.spec.ranges[0]?.sheet.book.syntax);
  }
  getFontColor(): string | null {
    return this.spec.format.fontColor;
  }
  getItalic(): boolean | null {
    return this.spec.format.italic;
  }
  getStrikethrough(): boolean | null {
    return this.spec.format.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.spec.format.underline;
  }
}
instrument(MemBooleanCondition, "BooleanCondition", CONDITION_METHODS, BUILDER_KIND);

// ---------------------------------------------------------------------------------------------
// Data validation

const DV_BUILDER_METHODS = [
  "build",
  "copy",
  "getAllowInvalid",
  "getCriteriaType",
  "getCriteriaValues",
  "getHelpText",
  "requireCheckbox",
  "requireFormulaSatisfied",
  "requireNumberBetween",
  "requireNumberNotBetween",
  "requireNumberEqualTo",
  "requireNumberNotEqualTo",
  "requireNumberGreaterThan",
  "requireNumberGreaterThanOrEqualTo",
  "requireNumberLessThan",
  "requireNumberLessThanOrEqualTo",
  "requireTextContains",
  "requireTextEqualTo",
  "requireTextIsEmail",
  "requireValueInList",
  "setAllowInvalid",
  "setHelpText",
  "withCriteria",
] as const satisfies readonly (keyof GDvBuilder)[];

export class MemDataValidationBuilder
  implements Pick<GDvBuilder, (typeof DV_BUILDER_METHODS)[number]>
{
  private readonly spec: ValidationSpec;

  constructor(
    readonly env: Env,
    spec?: ValidationSpec,
  ) {
    // New rules allow invalid data (show a warning) unless setAllowInvalid(false) is called.
    this.spec = spec
      ? { ...spec, values: [...spec.values] }
      : { criteria: "", values: [], allowInvalid: true, helpText: null };
  }

  private require(criteria: string, ...values: unknown[]): GDvBuilder {
    this.spec.criteria = criteria;
    this.spec.values = values;
    return as<GDvBuilder>(this);
  }

  build(): GDv {
    if (this.spec.criteria === "")
      throw new Error("A data validation rule needs a criteria (call a require...() method).");
    return as<GDv>(new MemDataValidation(this.env, this.spec));
  }
  copy(): GDvBuilder {
    return as<GDvBuilder>(new MemDataValidationBuilder(this.env, this.spec));
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return member(DataValidationCriteria, this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }
  requireCheckbox(...values: unknown[]): GDvBuilder {
    return this.require("CHECKBOX", ...values.slice(0, 2));
  }
  requireFormulaSatisfied(formula: string): GDvBuilder {
    return this.require("CUSTOM_FORMULA", formula);
  }
  requireNumberBetween(start: number, end: number): GDvBuilder {
    return this.require("NUMBER_BETWEEN", start, end);
  }
  requireNumberNotBetween(start: number, end: number): GDvBuilder {
    return this.require("NUMBER_NOT_BETWEEN", start, end);
  }
  requireNumberEqualTo(number: number): GDvBuilder {
    return this.require("NUMBER_EQUAL_TO", number);
  }
  requireNumberNotEqualTo(number: number): GDvBuilder {
    return this.require("NUMBER_NOT_EQUAL_TO", number);
  }
  requireNumberGreaterThan(number: number): GDvBuilder {
    return this.require("NUMBER_GREATER_THAN", number);
  }
  requireNumberGreaterThanOrEqualTo(number: number): GDvBuilder {
    return this.require("NUMBER_GREATER_THAN_OR_EQUAL_TO", number);
  }
  requireNumberLessThan(number: number): GDvBuilder {
    return this.require("NUMBER_LESS_THAN", number);
  }
  requireNumberLessThanOrEqualTo(number: number): GDvBuilder {
    return this.require("NUMBER_LESS_THAN_OR_EQUAL_TO", number);
  }
  requireTextContains(text: string): GDvBuilder {
    return this.require("TEXT_CONTAINS", text);
  }
  requireTextEqualTo(text: string): GDvBuilder {
    return this.require("TEXT_EQUAL_TO", text);
  }
  requireTextIsEmail(): GDvBuilder {
    return this.require("TEXT_IS_VALID_EMAIL");
  }
  requireValueInList(values: string[], showDropdown = true): GDvBuilder {
    return this.require("VALUE_IN_LIST", [...values], showDropdown);
  }
  setAllowInvalid(allowInvalidData: boolean): GDvBuilder {
    this.spec.allowInvalid = allowInvalidData;
    return as<GDvBuilder>(this);
  }
  setHelpText(helpText: string): GDvBuilder {
    this.spec.helpText = helpText;
    return as<GDvBuilder>(this);
  }
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): GDvBuilder {
    return this.require(enumKey(criteria), ...args);
  }
}
instrument(MemDataValidationBuilder, "DataValidationBuilder", DV_BUILDER_METHODS, BUILDER_KIND);

const DV_METHODS = [
  "copy",
  "getAllowInvalid",
  "getCriteriaType",
  "getCriteriaValues",
  "getHelpText",
] as const satisfies readonly (keyof GDv)[];

export class MemDataValidation implements Pick<GDv, (typeof DV_METHODS)[number]> {
  readonly spec: ValidationSpec;
  /** `syntax`: the locale of the sheet the rule was read from (none for a freshly built one). */
  constructor(
    readonly env: Env,
    spec: ValidationSpec,
    private readonly syntax?: Syntax,
  ) {
    this.spec = { ...spec, values: spec.values.map((v) => (Array.isArray(v) ? [...v] : v)) };
  }
  copy(): GDvBuilder {
    return as<GDvBuilder>(new MemDataValidationBuilder(this.env, this.spec));
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return member(DataValidationCriteria, this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return readBack(this.spec.criteria, this.spec.values, this.syntax);
  }
  getHelpText(): string {
    return this.spec.helpText ?? "";
  }
}
instrument(MemDataValidation, "DataValidation", DV_METHODS, BUILDER_KIND);

// ---------------------------------------------------------------------------------------------
// Embedded charts (recorded: type, ranges, options, position)

const CHART_BUILDER_METHODS = [
  "addRange",
  "build",
  "clearRanges",
  "getChartType",
  "getContainer",
  "getRanges",
  "removeRange",
  "setChartType",
  "setNumHeaders",
  "setOption",
  "setPosition",
] as const satisfies readonly (keyof GChartBuilder)[];

export function copyChart(chart: ChartModel): ChartModel {
  return {
    ...chart,
    ranges: chart.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
    options: new Map(chart.options),
    position: { ...chart.position },
  };
}

export class MemEmbeddedChartBuilder
  implements Pick<GChartBuilder, (typeof CHART_BUILDER_METHODS)[number]>
{
  readonly chart: ChartModel;

  constructor(
    readonly env: Env,
    readonly sheet: SheetModel,
    chart?: ChartModel,
  ) {
    this.chart = chart
      ? copyChart(chart)
      : {
          id: 0,
          type: "",
          ranges: [],
          options: new Map(),
          position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
          numHeaders: -1,
        };
  }

  private self(): GChartBuilder {
    return as<GChartBuilder>(this);
  }

  addRange(range: GRange): GChartBuilder {
    this.chart.ranges.push(this.env.unwrapRange(range));
    return this.self();
  }
  build(): GChart {
    if (this.chart.type === "")
      throw new Error("The chart type must be set (setChartType) before build().");
    return as<GChart>(new MemEmbeddedChart(this.env, this.sheet, this.chart));
  }
  clearRanges(): GChartBuilder {
    this.chart.ranges = [];
    return this.self();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return member(ChartType, this.chart.type);
  }
  getContainer(): GContainer {
    return as<GContainer>(new MemContainerInfo(this.chart.position));
  }
  getRanges(): GRange[] {
    return this.chart.ranges.map((r) => this.env.range(r.sheet, r.rect));
  }
  removeRange(range: GRange): GChartBuilder {
    const target = this.env.unwrapRange(range);
    this.chart.ranges = this.chart.ranges.filter((r) => !sameSheetRect(r, target));
    return this.self();
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GChartBuilder {
    this.chart.type = enumKey(type);
    return this.self();
  }
  setNumHeaders(headers: number): GChartBuilder {
    this.chart.numHeaders = headers;
    return this.self();
  }
  setOption(option: string, value: unknown): GChartBuilder {
    this.chart.options.set(option, value);
    return this.self();
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): GChartBuilder {
    this.chart.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this.self();
  }
}
instrument(MemEmbeddedChartBuilder, "EmbeddedChartBuilder", CHART_BUILDER_METHODS, BUILDER_KIND);

function sameSheetRect(a: SheetRect, b: SheetRect): boolean {
  const same = (x: Rect, y: Rect) =>
    x.r1 === y.r1 && x.c1 === y.c1 && x.r2 === y.r2 && x.c2 === y.c2;
  return a.sheet === b.sheet && same(a.rect, b.rect);
}

const CHART_METHODS = [
  "getChartId",
  "getContainerInfo",
  "getNumHeaders",
  "getOptions",
  "getRanges",
  "modify",
] as const satisfies readonly (keyof GChart)[];

export class MemEmbeddedChart implements Pick<GChart, (typeof CHART_METHODS)[number]> {
  readonly chart: ChartModel;
  constructor(
    readonly env: Env,
    readonly sheet: SheetModel,
    chart: ChartModel,
  ) {
    this.chart = copyChart(chart);
  }
  /** Null until the chart is inserted into a sheet, as in Apps Script. */
  getChartId(): number | null {
    return this.chart.id === 0 ? null : this.chart.id;
  }
  getContainerInfo(): GContainer {
    return as<GContainer>(new MemContainerInfo(this.chart.position));
  }
  getNumHeaders(): number {
    return this.chart.numHeaders;
  }
  getOptions(): GChartOptions {
    const options = new Map(this.chart.options);
    return { get: (option: string) => options.get(option) ?? null };
  }
  getRanges(): GRange[] {
    return this.chart.ranges.map((r) => this.env.range(r.sheet, r.rect));
  }
  modify(): GChartBuilder {
    return as<GChartBuilder>(new MemEmbeddedChartBuilder(this.env, this.sheet, this.chart));
  }
}
instrument(MemEmbeddedChart, "EmbeddedChart", CHART_METHODS);

class MemContainerInfo implements GContainer {
  constructor(private readonly p: ChartModel["position"]) {}
  getAnchorColumn(): number {
    return this.p.col;
  }
  getAnchorRow(): number {
    return this.p.row;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}
