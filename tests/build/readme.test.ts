import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CUSTOM_ENTRIES } from "../../src/entries";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("gives every custom function with its vi_VN example", () => {
    for (const f of CUSTOM_ENTRIES) {
      expect(readme).toContain(`${f.name}(`);
      expect(readme).toContain(f.example as string);
      // vi_VN syntax: ";" between arguments, never ","
      expect(f.example).not.toContain(",");
    }
  });
  it("starts with the commands that work today", () => {
    const firstScreen = readme.split("\n").slice(0, 30).join("\n");
    for (const command of ["npm install", "npm test", "npm run deploy"])
      expect(firstScreen).toContain(command);
  });
});
