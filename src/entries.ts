// The one list of entry points, docs joined to implementations. Read by the build (wrappers,
// JSDoc, Help.html) and by the tests; never imported by src/main.ts, so docs stay out of the bundle.

import { type EntryDoc, type EntryPoint, joinEntries } from "./core/entry";
import { CUSTOM_DOCS, CUSTOM_FUNCTIONS } from "./functions/custom";
import { MENU, MENU_HANDLERS, onInstall, onOpen } from "./ui/menu";
import { SERVER_DOCS, SERVER_FUNCTIONS } from "./ui/server";

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
  Object.keys(MENU_HANDLERS).map((name) => [
    name,
    { kind: "server", summary: MENU.find(([, fn]) => fn === name)?.[0] ?? name, params: [] },
  ]),
) as Record<keyof typeof MENU_HANDLERS, EntryDoc>;

export const CUSTOM_ENTRIES: readonly EntryPoint[] = joinEntries(CUSTOM_DOCS, CUSTOM_FUNCTIONS);

export const ENTRY_POINTS: readonly EntryPoint[] = [
  ...CUSTOM_ENTRIES,
  ...joinEntries(TRIGGER_DOCS, { onOpen, onInstall }),
  ...joinEntries(MENU_DOCS, MENU_HANDLERS),
  ...joinEntries(SERVER_DOCS, SERVER_FUNCTIONS),
];
