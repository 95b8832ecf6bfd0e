// npm run deploy -- xa | tonghop, and the two manifests it pushes.

import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  chosenFlavor,
  claspArgs,
  PLACEHOLDER,
  scriptIdProblem,
  writeProjectFile,
} from "../../scripts/deploy";
import { FLAVOR_NAMES, FLAVORS } from "../../scripts/flavors";

const root = new URL("../../", import.meta.url);
const json = (url: URL) => JSON.parse(readFileSync(url, "utf8"));
const deploy = (...args: string[]) =>
  spawnSync("npx", ["tsx", "scripts/deploy.ts", ...args], { cwd: root, encoding: "utf8" });

describe("npm run deploy", () => {
  it("ships each flavor's clasp file with the placeholder; bare clasp pushes the commune flavor", () => {
    expect(json(FLAVORS.xa.clasp)).toEqual({ scriptId: PLACEHOLDER, rootDir: "dist/xa" });
    expect(json(FLAVORS.tonghop.clasp)).toEqual({ scriptId: PLACEHOLDER });
  });
  it("asks which flavor when none or an unknown one is named", () => {
    expect(chosenFlavor(["tonghop"])).toBe("tonghop");
    expect(chosenFlavor([])).toContain("npm run deploy -- xa");
    expect(chosenFlavor(["tinh"])).toContain('Không có bản "tinh"');
    const run = deploy();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Chưa chọn bản để đưa lên.");
    expect(run.stderr).toContain("npm run deploy -- tonghop");
  });
  it.each(FLAVOR_NAMES)("refuses the placeholder of %s, naming its own clasp file", (flavor) => {
    const run = deploy(flavor);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Chưa đặt mã dự án Apps Script (scriptId)");
    expect(run.stderr).toContain(flavor === "xa" ? ".clasp.json" : "scripts/tonghop/clasp.json");
  });
  it("accepts a real-looking script id and pushes only the flavor's folder", () => {
    const id = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdEFGH";
    expect(scriptIdProblem({ scriptId: id }, "xa")).toBeNull();
    expect(scriptIdProblem({}, "tonghop")).toContain("scripts/tonghop/clasp.json");
    for (const flavor of FLAVOR_NAMES)
      expect(claspArgs(flavor)).toEqual([
        "clasp",
        "-P",
        new URL(`dist/${flavor}/`, root).pathname,
        "push",
        "--force",
      ]);
  });
});

describe("what clasp would push", () => {
  // clasp starts a whole Node process: allow it time on a loaded machine
  it.each(FLAVOR_NAMES)("is exactly dist/%s's six files", { timeout: 60_000 }, (flavor) => {
    writeProjectFile(flavor, "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdEFGH");
    try {
      // the same project path as the push; show-file-status needs no login
      const args = claspArgs(flavor);
      const status = spawnSync(
        "npx",
        ["clasp", "-P", args[2] as string, "show-file-status", "--json"],
        { cwd: root, encoding: "utf8" },
      );
      expect(status.status).toBe(0);
      const files = JSON.parse(status.stdout).filesToPush as string[];
      expect(files.map((f) => f.replace(`dist/${flavor}/`, "")).sort()).toEqual([
        "Code.js",
        "Guidance.html",
        "Help.html",
        "Jobs.html",
        "Sidebar.html",
        "appsscript.json",
      ]);
    } finally {
      rmSync(new URL(".clasp.json", FLAVORS[flavor].dist));
    }
  });
});

describe("appsscript.json of each flavor", () => {
  const manifests = FLAVOR_NAMES.map((f) => json(FLAVORS[f].manifest));
  it("runs on V8 in Vietnam's time zone with explicit scopes", () => {
    for (const manifest of manifests) {
      expect(manifest.runtimeVersion).toBe("V8");
      expect(manifest.timeZone).toBe("Asia/Ho_Chi_Minh");
      expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    }
  });
  it("differs between the flavors only in its scopes", () => {
    const [xa, tonghop] = manifests.map(({ oauthScopes, ...rest }) => rest);
    expect(tonghop).toEqual(xa);
  });
  it("justifies every scope in the README", () => {
    const readme = readFileSync(new URL("README.md", root), "utf8");
    for (const scope of manifests.flatMap((m) => m.oauthScopes)) expect(readme).toContain(scope);
  });
});
