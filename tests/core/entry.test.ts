import { describe, expect, it } from "vitest";
import { joinEntries } from "../../src/core/entry";

describe("joinEntries", () => {
  it("gives each documented name its own implementation and docs, in the docs' order", () => {
    const doc = (summary: string) => ({ kind: "server" as const, summary, params: [] });
    const a = () => "a";
    const b = () => "b";
    const entries = joinEntries({ B: doc("bê"), A: doc("a") }, { A: a, B: b });
    expect(entries.map((e) => [e.name, e.summary, e.impl])).toEqual([
      ["B", "bê", b],
      ["A", "a", a],
    ]);
  });
});
