// npm run build: both flavors, each in its own folder that clasp pushes: dist/xa/ (the commune
// flavor) and dist/tonghop/ (districts and provinces), each with Code.js (esbuild IIFE + generated
// top-level wrappers), Help.html, Guidance.html (texts the template job reads), Sidebar.html and
// its appsscript.json.

import { copyFileSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { FLAVOR_ENTRIES, type Flavor } from "../src/entries";
import { FLAVOR_NAMES, FLAVORS } from "./flavors";
import { buildSidebar } from "./sidebar";
import { GLOBAL_NAME, guidanceFile, helpHtml, wrappers } from "./wrappers";

/** Builds one flavor's Code.js, Help.html, Guidance.html and appsscript.json; returns Code.js's
 * size in bytes. */
export async function buildServer(flavor: Flavor): Promise<number> {
  const { entry, dist, manifest } = FLAVORS[flavor];
  const entries = FLAVOR_ENTRIES[flavor];
  mkdirSync(dist, { recursive: true });
  const code = new URL("Code.js", dist);
  await build({
    entryPoints: [entry.pathname],
    outfile: code.pathname,
    bundle: true,
    format: "iife",
    globalName: GLOBAL_NAME,
    target: "es2020",
    charset: "utf8",
    minify: true,
    legalComments: "none",
    footer: { js: wrappers(entries) },
    logLevel: "warning",
  });
  writeFileSync(new URL("Help.html", dist), helpHtml(entries));
  writeFileSync(new URL("Guidance.html", dist), guidanceFile());
  copyFileSync(manifest, new URL("appsscript.json", dist));
  return statSync(code).size;
}

/** Every flavor, and the sidebar (the same page in both: it offers what getStatus says). */
export async function buildAll(): Promise<void> {
  for (const flavor of FLAVOR_NAMES) {
    const bytes = await buildServer(flavor);
    const { budget, title } = FLAVORS[flavor];
    const note = bytes < budget ? "" : ` — VƯỢT NGÂN SÁCH ${(budget / 1000).toFixed(0)} KB`;
    console.log(`dist/${flavor}/Code.js (${title}): ${(bytes / 1000).toFixed(1)} KB${note}`);
  }
  const { bytes } = await buildSidebar();
  console.log(`dist/*/Sidebar.html: ${(bytes / 1000).toFixed(1)} KB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();
