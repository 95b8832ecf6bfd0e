// Call counting, simulated latency and permission checks wrapped around every fake method.

/**
 * Simulated seconds per call. None of these are published by Google; they are assumptions of
 * the right order of magnitude, checked against the public measurements cited per field.
 */
export interface Latency {
  /** openById / openByUrl. Assumption: ≈1 s, opening a file is the slowest Spreadsheet call. */
  open: number;
  /** getValues and other bulk getters: fixed part. Assumption. */
  read: number;
  readPerCell: number;
  /**
   * setValues and other Range writes. A single setValues of 4,000 cells took < 50 ms and a
   * flush() ≈ 600 ms (Stack Overflow answer "What is faster: ScriptDb or SpreadsheetApp?",
   * mirrored at ruby-bash.developreference.com/article/29263774); 0.1 s is deliberately slower.
   */
  write: number;
  writePerCell: number;
  /** Any other Spreadsheet-service call (getSheetByName, getName, insertSheet...). Assumption. */
  call: number;
  /** SpreadsheetApp.flush(): ≈0.6 s in the measurement cited for `write`. */
  flush: number;
  /** Properties getters/setters: 30 ms / 62 ms average (ziritione.org/post/apps_script_performance). */
  propertyRead: number;
  propertyWrite: number;
  /** LockService calls (not counting the time spent waiting). Assumption. */
  lock: number;
  /** Builders (rules, validations, charts) are assembled in the script: no round trip. Assumption. */
  builder: number;
}

export const DEFAULT_LATENCY: Latency = {
  open: 1.0,
  read: 0.05,
  readPerCell: 0.000_005,
  write: 0.1,
  writePerCell: 0.000_01,
  call: 0.01,
  flush: 0.6,
  propertyRead: 0.03,
  propertyWrite: 0.06,
  lock: 0.01,
  builder: 0,
};

export const NO_LATENCY: Latency = Object.fromEntries(
  Object.keys(DEFAULT_LATENCY).map((k) => [k, 0]),
) as unknown as Latency;

/** How a class's methods are policed. */
export interface CallKind {
  /** Whether a method changes the document (refused for viewers and inside custom functions). */
  writes(method: string): boolean;
  /** Latency bucket for the class. */
  bucket: "spreadsheet" | "builder" | "properties" | "lock";
}

const MUTATORS =
  /^(set|insert|delete|clear|protect|add|remove|merge|breakApart|rename|update|hide|show|move|autoResize|appendRow)/u;

export const SPREADSHEET_KIND: CallKind = {
  writes: (m) => MUTATORS.test(m),
  bucket: "spreadsheet",
};
export const BUILDER_KIND: CallKind = { writes: () => false, bucket: "builder" };
export const PROPERTIES_KIND: CallKind = { writes: () => false, bucket: "properties" };
export const LOCK_KIND: CallKind = { writes: () => false, bucket: "lock" };

/** An object whose calls are counted. */
export interface CallSite {
  readonly env: CallPolicy;
  /** Id of the spreadsheet whose sharing applies to writes, or null. */
  accessScope?(): string | null;
  /** Cells a call of `method` touches, for per-cell latency. */
  cellCount?(method: string): number;
}

export interface CallPolicy {
  invoke<T>(site: CallSite, className: string, method: string, kind: CallKind, run: () => T): T;
}

/**
 * Wraps each listed prototype method so that a call from outside the fake is counted, costs
 * simulated time and is checked against the environment's permissions. Calls the fake makes
 * to itself (nested) are not counted twice.
 */
export function instrument(
  cls: { prototype: object },
  className: string,
  methods: readonly string[],
  kind: CallKind = SPREADSHEET_KIND,
): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const method of methods) {
    const original = proto[method];
    if (typeof original !== "function") throw new Error(`${className}.${method} is missing`);
    proto[method] = function (this: CallSite, ...args: unknown[]) {
      return this.env.invoke(this, className, method, kind, () => original.apply(this, args));
    };
  }
}

/** Methods that read cell contents in bulk (latency grows with the cells read). */
export const BULK_READ =
  /^get(Values?|DisplayValues?|Formulas?|NumberFormats?|Backgrounds?|Notes?|DataValidations?|FontWeights?|SheetValues)$/u;
