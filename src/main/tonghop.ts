// The gathering flavor's Code.js (dist/tonghop): the same custom functions, the menu with the
// district and province group, and the loader of its job code (src/main/tonghop-jobs.ts).

import { CUSTOM_FUNCTIONS } from "../functions/custom";
import { GATHERING_TRIGGERS } from "../ui/open";

export { jobs } from "../sheets/jobcode";

export const entries = { ...CUSTOM_FUNCTIONS, ...GATHERING_TRIGGERS };
