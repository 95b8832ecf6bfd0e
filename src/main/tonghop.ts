// The gathering flavor's entry points (dist/tonghop): the commune flavor's, with the district and
// province additions of ui/gathering.ts joining or replacing them.

import { GATHERING_FUNCTIONS, GATHERING_HANDLERS, onInstall, onOpen } from "../ui/gathering";
import { entries as commune } from "./xa";

export const entries = {
  ...commune,
  onOpen,
  onInstall,
  ...GATHERING_HANDLERS,
  ...GATHERING_FUNCTIONS,
};
