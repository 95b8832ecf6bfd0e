// The gathering flavor's job code (dist/tonghop/Jobs.html): the commune flavor's, with the district
// and province additions of ui/gathering.ts joining or replacing them.

import { GATHERING_FUNCTIONS, GATHERING_HANDLERS } from "../ui/gathering";
import { entries as commune } from "./xa-jobs";

export const entries = { ...commune, ...GATHERING_HANDLERS, ...GATHERING_FUNCTIONS };
