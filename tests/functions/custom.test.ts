// The custom functions, as source and as the commune flavor's built Code.js runs them (the
// gathering flavor's bundle has the same ones, tested in tests/build/bundle.test.ts).

import { describe } from "vitest";
import { CUSTOM_ENTRIES } from "../../src/entries";
import { entries } from "../../src/main/xa";
import { loadBundle } from "../fixtures/bundle";
import { customFunctionCases } from "./custom.cases";

type Fn = (...args: unknown[]) => unknown;
const xa = loadBundle("xa");
const IMPLEMENTATIONS: [string, Record<string, Fn>][] = [
  ["src/main/xa.ts", entries as Record<string, Fn>],
  [
    "dist/xa/Code.js",
    Object.fromEntries(
      CUSTOM_ENTRIES.map((e) => [e.name, (...a: unknown[]) => xa.call(e.name, ...a)]),
    ),
  ],
];

describe.each(IMPLEMENTATIONS)("custom functions of %s", (_where, functions) =>
  customFunctionCases(functions),
);
