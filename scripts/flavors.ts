// The two deployable projects built from src/: where each one's entry, manifest and clasp file
// are, where it is built, and its size budget (every custom-function cell loads its Code.js).

import type { Flavor } from "../src/entries";

export interface FlavorBuild {
  /** Who it is for, for messages. */
  readonly title: string;
  /** Code.js's entry module: the custom functions, the menu, the job code's loader. */
  readonly entry: URL;
  /** The job code's entry module, bundled into Jobs.html. */
  readonly jobs: URL;
  /** Its appsscript.json: the top level keeps the commune flavor's (the repository's top level is
   * fixed), the gathering flavor's lives in scripts/tonghop/. */
  readonly manifest: URL;
  /** Where its scriptId is kept; npm run deploy writes dist/<flavor>/.clasp.json from it. */
  readonly clasp: URL;
  /** The folder clasp pushes: Code.js, Jobs.html, Help.html, Guidance.html, Sidebar.html,
   * appsscript.json. */
  readonly dist: URL;
  /** Code.js must stay under this many bytes: every custom-function cell loads it. */
  readonly budget: number;
  /** Jobs.html must stay under this many bytes: every job loads it. */
  readonly jobsBudget: number;
}

const root = new URL("../", import.meta.url);
export const DIST = new URL("dist/", root);

export const FLAVORS: Readonly<Record<Flavor, FlavorBuild>> = {
  xa: {
    title: "bản dành cho xã",
    entry: new URL("src/main/xa.ts", root),
    jobs: new URL("src/main/xa-jobs.ts", root),
    manifest: new URL("appsscript.json", root),
    clasp: new URL(".clasp.json", root),
    dist: new URL("xa/", DIST),
    budget: 80_000,
    jobsBudget: 200_000,
  },
  tonghop: {
    title: "bản tổng hợp dành cho huyện, tỉnh",
    entry: new URL("src/main/tonghop.ts", root),
    jobs: new URL("src/main/tonghop-jobs.ts", root),
    manifest: new URL("scripts/tonghop/appsscript.json", root),
    clasp: new URL("scripts/tonghop/clasp.json", root),
    dist: new URL("tonghop/", DIST),
    budget: 100_000,
    jobsBudget: 250_000,
  },
};

export const FLAVOR_NAMES = Object.keys(FLAVORS) as Flavor[];
