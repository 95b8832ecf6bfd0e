import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PLACEHOLDER, scriptIdProblem } from "../../scripts/deploy";

const root = new URL("../../", import.meta.url);

describe("npm run deploy", () => {
  it("ships with the placeholder, and clasp pushes dist/", () => {
    const clasp = JSON.parse(readFileSync(new URL(".clasp.json", root), "utf8"));
    expect(clasp).toEqual({ scriptId: PLACEHOLDER, rootDir: "dist" });
  });
  it("refuses the placeholder with a message that says what to do", () => {
    const run = spawnSync("npx", ["tsx", "scripts/deploy.ts"], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Chưa đặt mã dự án Apps Script (scriptId)");
  });
  it("accepts a real-looking script id", () => {
    expect(
      scriptIdProblem({ scriptId: "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdEFGH" }),
    ).toBeNull();
    expect(scriptIdProblem({})).toContain(".clasp.json");
  });
});

describe("appsscript.json", () => {
  const manifest = JSON.parse(readFileSync(new URL("appsscript.json", root), "utf8"));
  it("runs on V8 in Vietnam's time zone with explicit scopes", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
  });
  it("justifies every scope in the README", () => {
    const readme = readFileSync(new URL("README.md", root), "utf8");
    for (const scope of manifest.oauthScopes) expect(readme).toContain(scope);
  });
});
