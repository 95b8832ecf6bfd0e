// Writes the top-level wrappers Apps Script needs: esbuild strips comments and hides functions
// inside its IIFE, so each entry point gets `function NAME(params) {}` with its JSDoc, appended.

import type { EntryPoint } from "../src/core/entry";
import { GUIDANCE, type Guidance } from "../src/core/model/guidance";
import { INDICATOR_WORDING, INDICATORS, PROGRAMMES } from "../src/core/model/indicators";

export const GLOBAL_NAME = "AddOn";

function jsdocLine(text: string): string {
  // "*/" inside a description would end the comment early.
  return text.replace(/\*\//gu, "*\u2215");
}

/** The JSDoc block Sheets reads for a custom function's formula help and autocomplete. */
export function jsdoc(entry: EntryPoint): string {
  const lines = [jsdocLine(entry.summary)];
  if (entry.example) lines.push("", `Ví dụ: ${jsdocLine(entry.example)}`);
  lines.push("");
  for (const p of entry.params) lines.push(`@param {${p.type}} ${p.name} ${jsdocLine(p.doc)}`);
  if (entry.returns) lines.push(`@return ${jsdocLine(entry.returns)}`);
  lines.push("@customfunction");
  return ["/**", ...lines.map((l) => (l ? ` * ${l}` : " *")), " */"].join("\n");
}

/**
 * One wrapper: a real declaration with the real parameter names, delegating to Code.js's bundle, or
 * to the job code when `inCode` is false. Only custom functions get JSDoc (nothing reads it on
 * menu, trigger and google.script.run functions, and every byte of Code.js is loaded by every
 * custom-function call).
 */
export function wrapper(entry: EntryPoint, inCode = true): string {
  const params = entry.params.map((p) => p.name).join(", ");
  const target = inCode ? `${GLOBAL_NAME}.entries` : `${GLOBAL_NAME}.jobs()`;
  const call = `return ${target}.${entry.name}(${params});`;
  return entry.kind === "custom"
    ? `${jsdoc(entry)}\nfunction ${entry.name}(${params}) {\n  ${call}\n}`
    : `function ${entry.name}(${params}) { ${call} }`;
}

/** Every entry point's wrapper; those not named in `inCode` call the job code. */
export function wrappers(entries: readonly EntryPoint[], inCode?: ReadonlySet<string>): string {
  return `\n${entries.map((e) => wrapper(e, inCode?.has(e.name) ?? true)).join("\n")}\n`;
}

const escapeHtml = (s: string) =>
  s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");

/** dist/Help.html: every custom function with its parameters and a vi_VN example. */
export function helpHtml(entries: readonly EntryPoint[]): string {
  const items = entries
    .filter((e) => e.kind === "custom")
    .map((e) => {
      const params = e.params
        .map((p) => `<li><code>${p.name}</code>: ${escapeHtml(p.doc)}</li>`)
        .join("");
      return `<section><h2><code>${e.name}(${e.params.map((p) => p.name).join("; ")})</code></h2><p>${escapeHtml(e.summary)}</p><ul>${params}</ul>${e.example ? `<p>Ví dụ: <code>${escapeHtml(e.example)}</code></p>` : ""}</section>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><base target="_top">
<style>body{font:14px/1.5 Arial,sans-serif;color:#202124;margin:0 8px}h2{font-size:15px;margin:16px 0 4px}code{background:#f1f3f4;padding:0 3px;border-radius:3px}ul{margin:4px 0;padding-left:20px}table{border-collapse:collapse}td,th{border:1px solid #dadce0;padding:4px;vertical-align:top;text-align:left}</style>
</head><body>
<p>Bảng tính tiếng Việt dùng dấu <code>;</code> giữa các đối số. Ô trống được bỏ qua; khi dữ liệu sai, ô báo <code>#ERROR!</code> và chú thích nói rõ ô nào sai, cần nhập gì.</p>
${items}
<h2>Các chỉ tiêu (mã dùng trong MUCTIEU và tab Lộ trình)</h2>
<table><tr><th>Mã</th><th>Chỉ tiêu</th><th>Tử số</th><th>Mẫu số</th></tr>
${INDICATORS.map((i) => `<tr><td><code>${i.id}</code></td><td>${escapeHtml(i.name)}<br><small>${escapeHtml(PROGRAMMES[i.programme].split(":")[0] ?? "")}</small></td><td>${escapeHtml(INDICATOR_WORDING[i.id]?.numerator ?? "")}</td><td>${escapeHtml(INDICATOR_WORDING[i.id]?.denominator ?? "")}</td></tr>`).join("\n")}
</table>
</body></html>
`;
}

/** Guidance.html: the template's long texts as JSON, which the template job reads (never shown). */
export function guidanceFile(guidance: Guidance = GUIDANCE): string {
  return `<!-- src/core/model/guidance.ts: read by the template job, not a page -->\n${JSON.stringify(guidance)}\n`;
}
