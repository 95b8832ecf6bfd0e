// Each flavor's entry points, docs joined to implementations. Read by the build (wrappers, JSDoc,
// Help.html) and by the tests; never imported by src/main/*, so docs stay out of the bundles.

import { type EntryDoc, type EntryImpl, type EntryPoint, joinEntries } from "./core/entry";
import { CUSTOM_DOCS, CUSTOM_FUNCTIONS } from "./functions/custom";
import { entries as TONGHOP } from "./main/tonghop";
import { entries as TONGHOP_JOBS } from "./main/tonghop-jobs";
import { entries as XA } from "./main/xa";
import { entries as XA_JOBS } from "./main/xa-jobs";
import { GATHERING_DOCS, GATHERING_HANDLERS } from "./ui/gathering";
import { MENU_HANDLERS } from "./ui/menu";
import { GATHERING_MENU, MENU } from "./ui/open";
import { SERVER_DOCS } from "./ui/server";

const EVENT = { name: "e", type: "Object", doc: "Sự kiện Apps Script." } as const;

const TRIGGER_DOCS: Record<"onOpen" | "onInstall", EntryDoc> = {
  onOpen: {
    kind: "trigger",
    summary: "Tạo trình đơn của tiện ích khi mở bảng tính.",
    params: [EVENT],
  },
  onInstall: { kind: "trigger", summary: "Tạo trình đơn ngay khi cài tiện ích.", params: [EVENT] },
};

const MENU_DOCS = Object.fromEntries(
  Object.keys({ ...MENU_HANDLERS, ...GATHERING_HANDLERS }).map((name) => [
    name,
    {
      kind: "server",
      summary: [...MENU, ...GATHERING_MENU].find(([, fn]) => fn === name)?.[0] ?? name,
      params: [],
    },
  ]),
) as Record<string, EntryDoc>;

const DOCS: Readonly<Record<string, EntryDoc>> = {
  ...CUSTOM_DOCS,
  ...TRIGGER_DOCS,
  ...MENU_DOCS,
  ...SERVER_DOCS,
  ...GATHERING_DOCS,
};

/** A flavor's entry points, in the order of its entries; every one must have its docs. */
export function entryPoints(entries: Readonly<Record<string, EntryImpl>>): EntryPoint[] {
  const missing = Object.keys(entries).filter((name) => !DOCS[name]);
  if (missing.length) throw new Error(`entry points without docs: ${missing.join(", ")}`);
  return joinEntries(
    Object.fromEntries(Object.keys(entries).map((name) => [name, DOCS[name] as EntryDoc])),
    entries,
  );
}

export const CUSTOM_ENTRIES: readonly EntryPoint[] = joinEntries(CUSTOM_DOCS, CUSTOM_FUNCTIONS);

/** The two deployable projects: the commune flavor and the gathering flavor (district, province):
 * Code.js's entry points, then the job code's. */
export const FLAVOR_ENTRIES = {
  xa: entryPoints({ ...XA, ...XA_JOBS }),
  tonghop: entryPoints({ ...TONGHOP, ...TONGHOP_JOBS }),
} as const;

/** The entry points whose code is in Code.js itself; the others are in the job code (Jobs.html). */
export const IN_CODE: Readonly<Record<keyof typeof FLAVOR_ENTRIES, ReadonlySet<string>>> = {
  xa: new Set(Object.keys(XA)),
  tonghop: new Set(Object.keys(TONGHOP)),
};

export type Flavor = keyof typeof FLAVOR_ENTRIES;
