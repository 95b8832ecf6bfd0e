// The shape of an entry point: one record per function Apps Script must see at top level, from
// which the build writes the wrapper and its JSDoc. Docs and implementations sit in two maps with
// the same keys, so the docs stay out of the bundle every custom-function call loads.

export interface EntryParam {
  /** The real parameter name shown in formula help (ASCII, Vietnamese without marks). */
  readonly name: string;
  /** JSDoc type, e.g. "number|Array<Array<number>>". */
  readonly type: string;
  readonly doc: string;
}

export interface EntryDoc {
  /** custom: a sheet function; trigger: onOpen/onInstall; server: menu or google.script.run. */
  readonly kind: "custom" | "trigger" | "server";
  readonly summary: string;
  readonly params: readonly EntryParam[];
  readonly returns?: string;
  /** A vi_VN formula, for the README and formula help. */
  readonly example?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: entry points take whatever Apps Script passes.
export type EntryImpl = (...args: any[]) => unknown;

export interface EntryPoint extends EntryDoc {
  readonly name: string;
  readonly impl: EntryImpl;
}

/** Joins a docs map and an implementations map with the same keys into entry points. */
export function joinEntries<K extends string>(
  docs: Readonly<Record<K, EntryDoc>>,
  impls: Readonly<Record<K, EntryImpl>>,
): EntryPoint[] {
  return (Object.keys(docs) as K[]).map((name) => ({ name, ...docs[name], impl: impls[name] }));
}
