// Writes the top-level wrappers Apps Script needs: esbuild strips comments and hides functions
// inside its IIFE, so each entry point gets `function NAME(params) {}` with its JSDoc, appended.

import type { EntryPoint } from "../src/core/entry";

export const GLOBAL_NAME = "AddOn";

function jsdocLine(text: string): string {
  // "*/" inside a description would end the comment early.
  return text.replace(/\*\//gu, "*\u2215");
}

/** The JSDoc block Sheets reads for formula help and autocomplete. */
export function jsdoc(entry: EntryPoint): string {
  const lines = [jsdocLine(entry.summary)];
  if (entry.example) lines.push("", `Ví dụ: ${jsdocLine(entry.example)}`);
  lines.push("");
  for (const p of entry.params) lines.push(`@param {${p.type}} ${p.name} ${jsdocLine(p.doc)}`);
  if (entry.returns) lines.push(`@return ${jsdocLine(entry.returns)}`);
  if (entry.kind === "custom") lines.push("@customfunction");
  return ["/**", ...lines.map((l) => (l ? ` * ${l}` : " *")), " */"].join("\n");
}

/** One wrapper: a real declaration with the real parameter names, delegating to the bundle. */
export function wrapper(entry: EntryPoint): string {
  const params = entry.params.map((p) => p.name).join(", ");
  return `${jsdoc(entry)}\nfunction ${entry.name}(${params}) {\n  return ${GLOBAL_NAME}.entries.${entry.name}(${params});\n}`;
}

export function wrappers(entries: readonly EntryPoint[]): string {
  return `\n${entries.map(wrapper).join("\n\n")}\n`;
}
