// Exposes the entry points and nothing else: the build wraps each one in a top-level function.

import type { EntryPoint } from "./core/entry";
import { UI } from "./core/messages";
import { CUSTOM_FUNCTIONS } from "./functions/custom";
import { MENU, MENU_HANDLERS, onInstall, onOpen, showFunctionHelp } from "./ui/menu";
import { SERVER_ENTRIES } from "./ui/server";

const EVENT = { name: "e", type: "Object", doc: "Sự kiện Apps Script." } as const;

const menuEntries: EntryPoint[] = Object.entries(MENU_HANDLERS).map(([name, impl]) => ({
  name,
  kind: "server",
  summary: `${UI.entry.menu} (${MENU.find(([, fn]) => fn === name)?.[0] ?? name})`,
  params: [],
  impl,
}));

export const ENTRY_POINTS: readonly EntryPoint[] = [
  ...CUSTOM_FUNCTIONS,
  { name: "onOpen", kind: "trigger", summary: UI.entry.onOpen, params: [EVENT], impl: onOpen },
  {
    name: "onInstall",
    kind: "trigger",
    summary: UI.entry.onInstall,
    params: [EVENT],
    impl: onInstall,
  },
  ...menuEntries,
  ...SERVER_ENTRIES,
  {
    name: "showFunctionHelp",
    kind: "server",
    summary: UI.entry.showFunctionHelp,
    params: [],
    impl: () => showFunctionHelp(CUSTOM_FUNCTIONS),
  },
];

/** The implementations by name; the generated wrappers call `AddOn.entries.NAME(...)`. */
export const entries: Readonly<Record<string, EntryPoint["impl"]>> = Object.fromEntries(
  ENTRY_POINTS.map((e) => [e.name, e.impl]),
);
