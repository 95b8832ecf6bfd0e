// The shape of an entry point: one record per function Apps Script must see at top level, from
// which the build writes the wrapper and its JSDoc. Pure data, shared by every floor.

export interface EntryParam {
  /** The real parameter name shown in formula help (ASCII, Vietnamese without marks). */
  readonly name: string;
  /** JSDoc type, e.g. "number|Array<Array<number>>". */
  readonly type: string;
  readonly doc: string;
}

export interface EntryPoint {
  readonly name: string;
  /** custom: a sheet function; trigger: onOpen/onInstall; server: called by google.script.run. */
  readonly kind: "custom" | "trigger" | "server";
  readonly summary: string;
  readonly params: readonly EntryParam[];
  readonly returns?: string;
  /** A vi_VN formula, for the README and formula help. */
  readonly example?: string;
  // biome-ignore lint/suspicious/noExplicitAny: entry points take whatever Apps Script passes.
  readonly impl: (...args: any[]) => unknown;
}
