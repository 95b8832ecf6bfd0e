// The Node end of the stand-in: runs the add-on's real server functions on whatever Spreadsheet
// service is installed as globals (the memory spreadsheet), and bundles the browser half
// (stand-in.ts) for injection into a page.

import { build } from "esbuild";
import type { Flavor } from "../../src/entries";
import { GATHERING_FUNCTIONS } from "../../src/ui/gathering";
import { SERVER_FUNCTIONS } from "../../src/ui/server";
import { illegalValue, type RpcReply } from "./wire";

export type ServerFunctions = Record<string, (...args: unknown[]) => unknown>;

/** What google.script.run may call in each flavor. */
export const FLAVOR_FUNCTIONS: Readonly<Record<Flavor, ServerFunctions>> = {
  xa: SERVER_FUNCTIONS as unknown as ServerFunctions,
  tonghop: GATHERING_FUNCTIONS as unknown as ServerFunctions,
};

/** The preview shows communes and provinces: the gathering flavor's functions by default. */
const FUNCTIONS = FLAVOR_FUNCTIONS.tonghop;

/** Runs one server function with JSON arguments; the result is checked and JSON-cloned. */
export function callServer(
  name: string,
  argsJson: string,
  functions: ServerFunctions = FUNCTIONS,
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

const cached = new Map<ServerFunctions, Promise<string>>();

/** The stand-in as one script for a page: google.script.run with the functions' names. */
export function standInScript(functions: ServerFunctions = FUNCTIONS): Promise<string> {
  const script = cached.get(functions) ?? standIn(Object.keys(functions));
  cached.set(functions, script);
  return script;
}

function standIn(names: readonly string[]): Promise<string> {
  return build({
    entryPoints: [new URL("stand-in.ts", import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2019",
    charset: "utf8",
    define: { __GAS_FUNCTIONS__: JSON.stringify(names) },
    logLevel: "warning",
  }).then((out) => out.outputFiles.map((f) => f.text).join(""));
}
