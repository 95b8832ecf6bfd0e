// npm run deploy: builds dist/ (Code.js, Help.html, Sidebar.html, appsscript.json), then `clasp push`;
// refused while .clasp.json holds the placeholder.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { buildServer } from "./build";
import { buildSidebar } from "./sidebar";

export const PLACEHOLDER = "DAT_SCRIPT_ID_CUA_BAN_VAO_DAY";

/** Returns why the script id cannot be pushed to, or null when it looks like a real one. */
export function scriptIdProblem(config: { scriptId?: unknown }): string | null {
  const id = config.scriptId;
  if (typeof id !== "string" || id === PLACEHOLDER || !/^[A-Za-z0-9_-]{20,}$/u.test(id))
    return [
      "Chưa đặt mã dự án Apps Script (scriptId) trong .clasp.json, nên không thể đẩy mã lên.",
      "Cách làm: mở Google Sheet → Tiện ích mở rộng → Apps Script → Cài đặt dự án → sao chép",
      '"Mã tập lệnh" (Script ID), rồi thay "DAT_SCRIPT_ID_CUA_BAN_VAO_DAY" trong .clasp.json bằng mã đó.',
      "Lần đầu, chạy `npx clasp login` để đăng nhập tài khoản Google.",
    ].join("\n");
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = JSON.parse(readFileSync(new URL("../.clasp.json", import.meta.url), "utf8"));
  const problem = scriptIdProblem(config);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  await buildServer();
  await buildSidebar();
  const push = spawnSync("npx", ["clasp", "push", "--force"], { stdio: "inherit" });
  process.exit(push.status ?? 1);
}
