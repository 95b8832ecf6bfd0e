// The Node end of the stand-in: runs the add-on's real server functions (SERVER_FUNCTIONS) on
// whatever Spreadsheet service is installed as globals (the memory spreadsheet), and bundles the
// browser half (stand-in.ts) for injection into a page.

import { build } from "esbuild";
import { SERVER_FUNCTIONS } from "../../src/ui/server";
import { illegalValue, type RpcReply } from "./wire";

const FUNCTIONS = SERVER_FUNCTIONS as unknown as Record<string, (...args: unknown[]) => unknown>;

/** Runs one server function with JSON arguments; the result is checked and JSON-cloned. */
export function callServer(
  name: string,
  argsJson: string,
  functions: Record<string, (...args: unknown[]) => unknown> = FUNCTIONS,
): RpcReply {
  if (!Object.hasOwn(functions, name) || typeof functions[name] !== "function")
    return { ok: false, error: `Script function not found: ${name}` };
  let args: unknown;
  try {
    args = JSON.parse(argsJson);
  } catch {
    return { ok: false, error: "Invalid arguments" };
  }
  if (!Array.isArray(args)) return { ok: false, error: "Invalid arguments" };
  const badArg = illegalValue(args);
  if (badArg) return { ok: false, error: `Failed due to illegal value in property: ${badArg}` };
  let value: unknown;
  try {
    value = (functions[name] as (...a: unknown[]) => unknown)(...args);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `Exception: ${e.message}` : String(e) };
  }
  const bad = illegalValue(value);
  if (bad) return { ok: false, error: `Failed due to illegal value in return value: ${bad}` };
  return value === undefined ? { ok: true } : { ok: true, value: JSON.stringify(value) };
}

let cached: Promise<string> | undefined;

/** The stand-in as one script for a page: google.script.run with SERVER_FUNCTIONS' names. */
export function standInScript(): Promise<string> {
  cached ??= build({
    entryPoints: [new URL("stand-in.ts", import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2019",
    charset: "utf8",
    define: { __GAS_FUNCTIONS__: JSON.stringify(Object.keys(FUNCTIONS)) },
    logLevel: "warning",
  }).then((out) => out.outputFiles.map((f) => f.text).join(""));
  return cached;
}
