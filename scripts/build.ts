// npm run build: both flavors, each in its own folder that clasp pushes: dist/xa/ (the commune
// flavor) and dist/tonghop/ (districts and provinces), each with Code.js (the custom functions and
// the menu: an esbuild IIFE + generated top-level wrappers), Jobs.html (the job code, loaded when a
// job runs), Help.html, Guidance.html (texts the template job reads), Sidebar.html and its
// appsscript.json.

import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { FLAVOR_ENTRIES, type Flavor, IN_CODE } from "../src/entries";
import { JOBS_FILE, JOBS_GLOBAL } from "../src/sheets/jobcode";
import { FLAVOR_NAMES, FLAVORS } from "./flavors";
import { buildSidebar } from "./sidebar";
import { GLOBAL_NAME, guidanceFile, helpHtml, wrappers } from "./wrappers";

/** esbuild's options shared by Code.js and the job code. */
const BUNDLE = {
  bundle: true,
  format: "iife",
  target: "es2020",
  charset: "utf8",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  write: false,
} as const;

/** The job code as one script element. Apps Script hands the file back as it is; an HTML parser
 * would end the element early at "</script" and treats "<!--" and "<?" specially, so none may occur
 * inside (esbuild escapes "</script" in strings; this makes sure). */
async function jobsFile(flavor: Flavor): Promise<string> {
  const result = await build({
    ...BUNDLE,
    entryPoints: [FLAVORS[flavor].jobs.pathname],
    globalName: JOBS_GLOBAL,
  });
  const code = result.outputFiles[0]?.text ?? "";
  const unsafe = /<\/script|<!--|<\?/iu.exec(code);
  if (unsafe) throw new Error(`job code of ${flavor} contains "${unsafe[0]}" at ${unsafe.index}`);
  return `<!-- src/main/${flavor}-jobs.ts, loaded by Code.js when a job runs (src/sheets/jobcode.ts) -->\n<script>\n${code}</script>\n`;
}

export interface FlavorBytes {
  /** Code.js: loaded by every custom-function cell. */
  readonly code: number;
  /** Jobs.html: loaded by every job. */
  readonly jobs: number;
}

/** Builds one flavor: Code.js, Jobs.html, Help.html, Guidance.html, appsscript.json. */
export async function buildServer(flavor: Flavor): Promise<FlavorBytes> {
  const { entry, dist, manifest } = FLAVORS[flavor];
  const entries = FLAVOR_ENTRIES[flavor];
  mkdirSync(dist, { recursive: true });
  const result = await build({
    ...BUNDLE,
    entryPoints: [entry.pathname],
    globalName: GLOBAL_NAME,
    footer: { js: wrappers(entries, IN_CODE[flavor]) },
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const jobs = await jobsFile(flavor);
  writeFileSync(new URL("Code.js", dist), code);
  writeFileSync(new URL(`${JOBS_FILE}.html`, dist), jobs);
  writeFileSync(new URL("Help.html", dist), helpHtml(entries));
  writeFileSync(new URL("Guidance.html", dist), guidanceFile());
  copyFileSync(manifest, new URL("appsscript.json", dist));
  return { code: code.byteLength, jobs: Buffer.byteLength(jobs) };
}

/** Every flavor, and the sidebar (the same page in both: it offers what getStatus says). */
export async function buildAll(): Promise<void> {
  for (const flavor of FLAVOR_NAMES) {
    const bytes = await buildServer(flavor);
    const { budget, jobsBudget, title } = FLAVORS[flavor];
    const over = (n: number, limit: number) =>
      n < limit ? "" : ` — VƯỢT NGÂN SÁCH ${(limit / 1000).toFixed(0)} KB`;
    console.log(
      `dist/${flavor} (${title}): Code.js ${(bytes.code / 1000).toFixed(1)} KB${over(bytes.code, budget)}, Jobs.html ${(bytes.jobs / 1000).toFixed(1)} KB${over(bytes.jobs, jobsBudget)}`,
    );
  }
  const { bytes } = await buildSidebar();
  console.log(`dist/*/Sidebar.html: ${(bytes / 1000).toFixed(1)} KB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();
