// npm run build: bundles src/ into dist/Code.js (IIFE + generated top-level wrappers), writes the
// formula help dist/Help.html, and copies appsscript.json beside them: the folder clasp pushes.

import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { ENTRY_POINTS } from "../src/entries";
import { GLOBAL_NAME, helpHtml, wrappers } from "./wrappers";

export const DIST = new URL("../dist/", import.meta.url);

export async function buildServer(): Promise<void> {
  mkdirSync(DIST, { recursive: true });
  await build({
    entryPoints: [new URL("../src/main.ts", import.meta.url).pathname],
    outfile: new URL("Code.js", DIST).pathname,
    bundle: true,
    format: "iife",
    globalName: GLOBAL_NAME,
    target: "es2020",
    charset: "utf8",
    minify: true,
    legalComments: "none",
    footer: { js: wrappers(ENTRY_POINTS) },
    logLevel: "warning",
  });
  writeFileSync(new URL("Help.html", DIST), helpHtml(ENTRY_POINTS));
  copyFileSync(new URL("../appsscript.json", import.meta.url), new URL("appsscript.json", DIST));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildServer();
  console.log("Đã tạo dist/Code.js, dist/Help.html và dist/appsscript.json");
}
