// The commune flavor's Code.js (dist/xa): the custom functions and the menu, and the loader of the
// job code (src/main/xa-jobs.ts, shipped as Jobs.html). The build wraps each entry point in a
// top-level `function NAME(params) {}` (see src/entries.ts).

import { CUSTOM_FUNCTIONS } from "../functions/custom";
import { COMMUNE_TRIGGERS } from "../ui/open";

export { jobs } from "../sheets/jobcode";

export const entries = { ...CUSTOM_FUNCTIONS, ...COMMUNE_TRIGGERS };
