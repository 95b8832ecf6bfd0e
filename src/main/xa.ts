// The commune flavor's entry points (dist/xa) and nothing else: the build wraps each one in a
// top-level `function NAME(params) { return AddOn.entries.NAME(params); }` (see src/entries.ts).

import { CUSTOM_FUNCTIONS } from "../functions/custom";
import { MENU_HANDLERS, onInstall, onOpen } from "../ui/menu";
import { SERVER_FUNCTIONS } from "../ui/server";

export const entries = {
  ...CUSTOM_FUNCTIONS,
  onOpen,
  onInstall,
  ...MENU_HANDLERS,
  ...SERVER_FUNCTIONS,
};
