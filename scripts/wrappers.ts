// Writes the top-level wrappers Apps Script needs: esbuild strips comments and hides functions
// inside its IIFE, so each entry point gets `function NAME(params) {}` with its JSDoc, appended.

import type { EntryPoint } from "../src/core/entry";
import { SCORING_ACTION } from "../src/core/messages";
import { CRITERIA, CRITERIA_TAB, KIND, MODELS } from "../src/core/model/criteria";
import { columnHelp, GUIDANCE, type Guidance } from "../src/core/model/guidance";
import { INDICATOR_WORDING, INDICATORS, PROGRAMMES } from "../src/core/model/indicators";
import { SCORING_SPECS } from "../src/core/model/scoring";

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
${criteriaHelp()}
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

/** The help's section on the criteria tab and the scoring tabs (build time only, not in Code.js). */
function criteriaHelp(): string {
  const columns = CRITERIA.columns
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.header)}</td><td>${escapeHtml(columnHelp(GUIDANCE, "criteria", c))}</td></tr>`,
    )
    .join("");
  const kinds = [
    [KIND.item, "một tiêu chí: nhóm, mã, nội dung và điểm tối đa ở cột Điểm"],
    [
      KIND.total,
      "tổng điểm tối đa của mô hình; điểm tối đa các tiêu chí phải cộng lại bằng số này",
    ],
    [KIND.pass, "đạt khi tổng điểm từ số này trở lên (không được lớn hơn tổng điểm)"],
    [
      KIND.itemMin,
      "không bắt buộc: mỗi tiêu chí (hoặc tiêu chí ghi ở cột Mã) phải đạt ít nhất số điểm này",
    ],
    [
      KIND.groupMin,
      "không bắt buộc: mỗi nhóm (hoặc nhóm ghi ở cột Nhóm tiêu chí) phải đạt ít nhất số % này của điểm tối đa của nhóm",
    ],
    [
      KIND.form,
      "một nhóm đối tượng có mẫu phiếu riêng (Công dân học tập); dòng có cột Đối tượng trống áp dụng cho mọi đối tượng",
    ],
  ]
    .map(
      ([k, d]) => `<tr><td>${escapeHtml(k as string)}</td><td>${escapeHtml(d as string)}</td></tr>`,
    )
    .join("");
  const tabs = SCORING_SPECS.map((s) => escapeHtml(s.tab)).join(", ");
  return `<h2>Tab “${CRITERIA_TAB}” và chấm điểm</h2>
<p>Bấm <b>${escapeHtml(SCORING_ACTION.tabs)}</b> (trình đơn hoặc thanh bên, bảng tính cấp xã): tiện ích tạo tab “${CRITERIA_TAB}” điền sẵn bộ tiêu chí mẫu (mỗi bộ ghi nguồn; phần chưa xác nhận để trống và ghi “cần xác nhận theo văn bản của tỉnh”), và một tab chấm điểm cho mỗi mô hình có đủ tiêu chí, điểm tối đa và điểm đạt (${tabs}). Mô hình: ${MODELS.map((m) => escapeHtml(m.name)).join(", ")}. Sửa bộ tiêu chí rồi bấm lại để cập nhật cột Tổng điểm và Kết quả.</p>
<table><tr><th>Cột</th><th>Ý nghĩa</th></tr>${columns}</table>
<p>Cột “Loại dòng”:</p>
<table><tr><th>Loại dòng</th><th>Ý nghĩa</th></tr>${kinds}</table>
<p>Tab chấm điểm: mỗi hộ (dòng họ, thôn, đơn vị, người) một dòng mỗi năm, với mã thôn/TDP (mã đơn vị), tên, Đăng ký (có/không), điểm từng tiêu chí. Cột Tổng điểm và Kết quả (Đạt, Chưa đạt, Chưa chấm, Thiếu điểm) tự tính cho mọi dòng, cả dòng thêm sau. Không nhập số CCCD. <b>Chấm cả danh sách ở tab chấm điểm</b>, không đặt DAT_TIEUCHI ở từng dòng: hàm chỉ để kiểm tra nhanh một trường hợp. Bấm <b>${escapeHtml(SCORING_ACTION.rollup)}</b> để ghi số đăng ký và số đạt của từng thôn (đơn vị) vào tab Thôn - TDP (Đơn vị); ô đã nhập tay chỉ bị ghi đè khi bạn đồng ý.</p>`;
}
