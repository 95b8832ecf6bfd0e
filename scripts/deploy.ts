// npm run deploy -- xa | tonghop: builds dist/, then pushes that flavor's folder with clasp to the
// Apps Script project whose scriptId is in the flavor's clasp file (.clasp.json for the commune
// flavor, scripts/tonghop/clasp.json for the gathering flavor). Refused while it holds the
// placeholder, or when no flavor is named.

import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import type { Flavor } from "../src/entries";
import { buildAll } from "./build";
import { FLAVOR_NAMES, FLAVORS } from "./flavors";

export const PLACEHOLDER = "DAT_SCRIPT_ID_CUA_BAN_VAO_DAY";

const root = new URL("../", import.meta.url).pathname;
const shown = (url: URL) => relative(root, url.pathname);

/** Why no flavor can be pushed from these arguments, or the flavor. */
export function chosenFlavor(args: readonly string[]): Flavor | string {
  const name = args[0];
  if (name && (FLAVOR_NAMES as string[]).includes(name)) return name as Flavor;
  return [
    name ? `Không có bản "${name}".` : "Chưa chọn bản để đưa lên.",
    "Hãy chạy một trong hai lệnh:",
    ...FLAVOR_NAMES.map((f) => `  npm run deploy -- ${f}    (${FLAVORS[f].title})`),
  ].join("\n");
}

/** Returns why the script id cannot be pushed to, or null when it looks like a real one. */
export function scriptIdProblem(config: { scriptId?: unknown }, flavor: Flavor): string | null {
  const id = config.scriptId;
  if (typeof id !== "string" || id === PLACEHOLDER || !/^[A-Za-z0-9_-]{20,}$/u.test(id))
    return [
      `Chưa đặt mã dự án Apps Script (scriptId) của ${FLAVORS[flavor].title} trong ${shown(FLAVORS[flavor].clasp)}, nên không thể đẩy mã lên.`,
      "Cách làm: mở Google Sheet (hoặc dự án Apps Script) sẽ nhận bản này → Tiện ích mở rộng → Apps Script",
      `→ Cài đặt dự án → sao chép "Mã tập lệnh" (Script ID), rồi thay "${PLACEHOLDER}" trong ${shown(FLAVORS[flavor].clasp)} bằng mã đó.`,
      "Lần đầu, chạy `npx clasp login` để đăng nhập tài khoản Google.",
    ].join("\n");
  return null;
}

/** clasp pushes the folder its project file sits in: that flavor's dist folder, and nothing else. */
export function writeProjectFile(flavor: Flavor, scriptId: string): void {
  writeFileSync(
    new URL(".clasp.json", FLAVORS[flavor].dist),
    `${JSON.stringify({ scriptId, rootDir: "." }, null, 2)}\n`,
  );
}

/** The push: clasp reads the project file written into the flavor's dist folder (an absolute
 * path: clasp 3 refuses a relative one as escaping the project root). */
export function claspArgs(flavor: Flavor): string[] {
  return ["clasp", "-P", FLAVORS[flavor].dist.pathname, "push", "--force"];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flavor = chosenFlavor(process.argv.slice(2));
  if (!(FLAVOR_NAMES as string[]).includes(flavor)) {
    console.error(flavor);
    process.exit(1);
  }
  const { clasp } = FLAVORS[flavor as Flavor];
  const config = JSON.parse(readFileSync(clasp, "utf8"));
  const problem = scriptIdProblem(config, flavor as Flavor);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  await buildAll();
  writeProjectFile(flavor as Flavor, config.scriptId);
  const push = spawnSync("npx", claspArgs(flavor as Flavor), { cwd: root, stdio: "inherit" });
  process.exit(push.status ?? 1);
}
