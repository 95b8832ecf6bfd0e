// The commune flavor's job code (dist/xa/Jobs.html): the menu handlers and what google.script.run
// and triggers call. Loaded by Code.js only when a job runs (src/sheets/jobcode.ts).

import { MENU_HANDLERS } from "../ui/menu";
import { SERVER_FUNCTIONS } from "../ui/server";

export const entries = { ...MENU_HANDLERS, ...SERVER_FUNCTIONS };
