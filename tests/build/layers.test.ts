// The code stacks in floors and every import points down (design.md): main → functions, ui →
// sheets → core; inside core, its root files → model → check → report → share. No import circles.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../src/", import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Relative imports of each source file, as paths relative to src/ without ".ts". */
const graph = new Map(
  files(SRC).map((file) => {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(/from "(\.{1,2}\/[^"]+)"/gu)].map((m) =>
      relative(SRC, normalize(join(dirname(file), m[1] as string))),
    );
    return [relative(SRC, file).replace(/\.ts$/u, ""), targets] as const;
  }),
);

/** Higher floors may import lower ones; the same floor may import itself (without circles). */
function floor(module: string): number {
  if (module.startsWith("core/share/")) return 5;
  if (module.startsWith("core/report/")) return 4;
  if (module.startsWith("core/check/")) return 3;
  if (module.startsWith("core/model/")) return 2;
  if (module.startsWith("core/")) return 1;
  if (module.startsWith("sheets/")) return 10;
  if (module.startsWith("functions/")) return 20;
  if (module.startsWith("ui/sidebar/")) return 21;
  if (module.startsWith("ui/")) return 20;
  return 30; // main.ts, entries.ts and other entry files
}

describe("layers", () => {
  it("finds the source files", () => {
    expect(graph.size).toBeGreaterThan(20);
  });

  it("never imports a higher floor", () => {
    const up: string[] = [];
    // the sidebar reads the server's types only: erased at build time
    for (const [from, targets] of graph)
      for (const to of targets)
        if (floor(to) > floor(from) && !(from.startsWith("ui/sidebar/") && to.startsWith("ui/")))
          up.push(`${from} → ${to}`);
    expect(up).toEqual([]);
  });

  it("has no import circles", () => {
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === "done") return;
      if (state.get(node) === "open") {
        circles.push([...path.slice(path.indexOf(node)), node].join(" → "));
        return;
      }
      state.set(node, "open");
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, "done");
    };
    for (const node of graph.keys()) visit(node, []);
    expect(circles).toEqual([]);
  });
});
